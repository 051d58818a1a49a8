#!/usr/bin/env python3
"""Writes a synthetic Koho site for benchmarks: departments (部 → 課), staff and dated posts.

usage: scripts/gen-corpus.py OUT [--posts N] [--staff N] [--departments N] [--seed S]

The content is deterministic for a seed, uses Japanese and English text, hashtags, tables, lists, links and
code, so the build exercises every stage the way a real office's site does.
"""
import argparse
import os
import random

WORDS_JA = ["市民", "窓口", "防災", "訓練", "お知らせ", "子育て", "支援", "観光", "桜", "まつり", "道路", "工事",
            "図書館", "講座", "健康", "相談", "選挙", "税", "申請", "オンライン", "マイナンバー", "ごみ", "収集", "公園"]
WORDS_EN = ["city", "hall", "service", "update", "notice", "community", "event", "safety", "library", "tax"]
TAGS = ["架空市", "防災", "桜まつり", "子育て", "観光", "図書館", "Sakura", "DX", "健康", "選挙", "ごみ分別", "地域づくり"]
KANA = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ"


def sentence(rng, n=12):
    return "".join(rng.choice(WORDS_JA) for _ in range(n)) + "。"


def body(rng, paragraphs):
    out = []
    for i in range(paragraphs):
        out.append(sentence(rng, rng.randint(8, 20)) + " " + " ".join(rng.choice(WORDS_EN) for _ in range(5)))
        if i == 1:
            out.append("## " + rng.choice(WORDS_JA) + "について")
            out.append("| 項目 | 内容 |\n| --- | --- |\n| 日時 | 4月1日 |\n| 場所 | [市役所](/pages/about/) |")
        if i == 2:
            out.append("- " + "\n- ".join(sentence(rng, 4) for _ in range(3)))
            out.append("詳しくは #" + rng.choice(TAGS) + " で。`code` と **強調**。")
    return "\n\n".join(out) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out")
    p.add_argument("--posts", type=int, default=1000)
    p.add_argument("--staff", type=int, default=200)
    p.add_argument("--departments", type=int, default=40)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    rng = random.Random(a.seed)

    write(os.path.join(a.out, "site.yml"),
          "title: 架空市役所（ベンチマーク）\nbase_url: https://example.jp/bench/\nlanguage: ja\n"
          "timezone: Asia/Tokyo\nhashtags: [架空市]\nmastodon_instance: mastodon.example\n"
          "organization:\n  name: 架空市役所\n  address: 架空県架空市1-1\n  phone: 0123-45-6789\n")

    parents = max(1, a.departments // 5)
    departments = []
    for i in range(a.departments):
        slug = f"dept-{i:03d}"
        parent = f"\nparent: dept-{i % parents:03d}" if i >= parents else ""
        departments.append(slug)
        write(os.path.join(a.out, "content/departments", slug + ".md"),
              f"---\nname: 第{i}課\nreading: だい{i}か\nsummary: {sentence(rng, 6)}{parent}\norder: {i}\n"
              f"hashtags: [{rng.choice(TAGS)}]\nservices:\n  - name: {rng.choice(WORDS_JA)}の申請\n"
              f"    description: {sentence(rng, 5)}\n    url: /pages/about/\ncontact:\n  phone: 0123-45-{i:04d}\n"
              f"  email: dept{i}@example.jp\n---\n{body(rng, 3)}")

    staff = []
    for i in range(a.staff):
        slug = f"staff-{i:04d}"
        staff.append(slug)
        reading = "".join(rng.choice(KANA) for _ in range(3)) + " " + "".join(rng.choice(KANA) for _ in range(3))
        write(os.path.join(a.out, "content/staff", slug + ".md"),
              f"---\nname: 職員 {i}\nreading: {reading}\nname_en: Staff {i}\nrole: 主事\n"
              f"department: {rng.choice(departments)}\nhashtags: [{rng.choice(TAGS)}, {rng.choice(TAGS)}]\n"
              f"topics: [{rng.choice(WORDS_JA)}, {rng.choice(WORDS_JA)}]\n"
              f"social:\n  x: staff{i}\n  bluesky: staff{i}.bsky.social\nsince: 20{10 + i % 15}-04\n---\n{body(rng, 2)}")

    for i in range(a.posts):
        year = 2020 + i * 6 // max(1, a.posts)
        day = 1 + i % 28
        month = 1 + (i // 28) % 12
        tags = ", ".join(sorted({rng.choice(TAGS) for _ in range(3)}))
        write(os.path.join(a.out, f"content/posts/{year}/post-{i:05d}.md"),
              f"---\ntitle: {sentence(rng, 5)}（第{i}報）\ndate: {year}-{month:02d}-{day:02d}T{9 + i % 9:02d}:30:00+09:00\n"
              f"author: {rng.choice(staff)}\ndepartment: {rng.choice(departments)}\nhashtags: [{tags}]\n"
              f"summary: {sentence(rng, 8)}\n---\n{body(rng, 4)}")

    write(os.path.join(a.out, "content/pages/about.md"), "---\ntitle: 架空市について\n---\n" + body(rng, 3))


if __name__ == "__main__":
    main()
