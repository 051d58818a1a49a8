"""A deterministic, realistic office site: departments (部 → 課), staff, dated posts and free pages.

One generated `Corpus` is written either as a Koho site (`write_koho`) or as the same content for Hugo
(`write_hugo`), so both tools build the very same text. Bodies are Japanese and English Markdown with
headings, lists, tables, links, emphasis, code and hashtags; every hashtag written in a body is one of the
entry's own front-matter hashtags, so both tools list the same entries on each tag page.
"""
import json
import os
import random
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

SITE_TITLE = "架空市役所"
BASE_URL = "https://example.jp/"
SITE_HASHTAG = "架空市"
SHARE_TARGETS = ["x", "facebook", "line", "hatena"]
FEED_ITEMS = 20
PAGINATE = 20
# The free pages every size has (content/pages/).
FREE_PAGES = [("about", "架空市について"), ("sns-policy", "ソーシャルメディア運用方針"),
              ("accessibility", "ウェブアクセシビリティ方針")]

FAMILY = [("佐藤", "さとう", "Sato"), ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"),
          ("田中", "たなか", "Tanaka"), ("伊藤", "いとう", "Ito"), ("渡辺", "わたなべ", "Watanabe"),
          ("山本", "やまもと", "Yamamoto"), ("中村", "なかむら", "Nakamura"), ("小林", "こばやし", "Kobayashi"),
          ("加藤", "かとう", "Kato"), ("吉田", "よしだ", "Yoshida"), ("山田", "やまだ", "Yamada"),
          ("佐々木", "ささき", "Sasaki"), ("山口", "やまぐち", "Yamaguchi"), ("松本", "まつもと", "Matsumoto"),
          ("井上", "いのうえ", "Inoue"), ("木村", "きむら", "Kimura"), ("林", "はやし", "Hayashi"),
          ("斎藤", "さいとう", "Saito"), ("清水", "しみず", "Shimizu"), ("阿部", "あべ", "Abe"),
          ("森", "もり", "Mori"), ("池田", "いけだ", "Ikeda"), ("橋本", "はしもと", "Hashimoto"),
          ("石川", "いしかわ", "Ishikawa"), ("小川", "おがわ", "Ogawa"), ("藤田", "ふじた", "Fujita"),
          ("岡田", "おかだ", "Okada"), ("後藤", "ごとう", "Goto"), ("長谷川", "はせがわ", "Hasegawa")]
GIVEN = [("翔太", "しょうた", "Shota"), ("陽菜", "ひな", "Hina"), ("大輔", "だいすけ", "Daisuke"),
         ("美咲", "みさき", "Misaki"), ("健", "けん", "Ken"), ("直子", "なおこ", "Naoko"), ("拓也", "たくや", "Takuya"),
         ("由美", "ゆみ", "Yumi"), ("誠", "まこと", "Makoto"), ("恵", "めぐみ", "Megumi"), ("亮", "りょう", "Ryo"),
         ("彩", "あや", "Aya"), ("浩二", "こうじ", "Koji"), ("裕子", "ゆうこ", "Yuko"), ("悠斗", "ゆうと", "Yuto"),
         ("結衣", "ゆい", "Yui"), ("和也", "かずや", "Kazuya"), ("千尋", "ちひろ", "Chihiro"),
         ("隆", "たかし", "Takashi"), ("さくら", "さくら", "Sakura")]
ROLES = [("主事", 40), ("主任", 20), ("主査", 15), ("係長", 12), ("課長補佐", 6), ("課長", 5), ("部長", 2)]
DIVISIONS = [("総務部", "General Affairs"), ("企画部", "Planning"), ("市民部", "Citizens' Affairs"),
             ("福祉部", "Welfare"), ("健康部", "Health"), ("環境部", "Environment"), ("産業観光部", "Industry"),
             ("建設部", "Construction"), ("都市整備部", "Urban Development"), ("教育部", "Education"),
             ("消防本部", "Fire Department"), ("上下水道部", "Waterworks")]
SECTIONS = ["防災課", "広報広聴課", "人事課", "財政課", "税務課", "市民課", "保険年金課", "子育て支援課", "高齢福祉課",
            "障がい福祉課", "健康づくり課", "環境保全課", "ごみ対策課", "商工観光課", "農林課", "道路課", "公園緑地課",
            "都市計画課", "建築指導課", "学校教育課", "生涯学習課", "図書館", "文化スポーツ課", "情報政策課", "契約課",
            "会計課", "交通政策課", "住宅課", "国際交流課", "地域振興課", "秘書課", "法務課", "水道課", "下水道課"]
BASE_TAGS = ["架空市", "防災", "桜まつり", "子育て", "観光", "図書館", "健康", "選挙", "ごみ分別", "地域づくり", "DX",
             "Sakura", "移住", "農業", "道の駅", "花火大会", "防犯", "交通安全", "予防接種", "成人式", "文化財", "環境",
             "脱炭素", "公園", "水道", "税", "マイナンバー", "高齢者", "障がい者支援", "国際交流", "スポーツ", "学校",
             "給食", "消防", "救急", "空き家", "商店街", "雪まつり", "OpenData", "男女共同参画"]
AREAS = ["北区", "南区", "東区", "西区", "中央区", "山手", "港町", "川辺", "丘陵", "駅前", "旧市街", "新町", "湖畔",
         "本町", "緑が丘"]
TOPICS = ["防災訓練", "子育て支援", "図書館の講座", "道路工事", "ごみの分別", "健康相談", "観光案内", "オンライン申請",
          "マイナンバーカード", "公園の整備", "市民窓口", "選挙の準備", "税の申告", "地域の見守り", "避難所の運営",
          "学校給食", "文化財の保存", "空き家の活用", "交通安全教室", "予防接種"]
SUBJECTS = ["本市では", "当課では", "今年度は", "地域の皆さまと協力して", "市民の皆さまのご意見を受けて",
            "昨年に引き続き", "新たな取り組みとして", "関係機関と連携して"]
VERBS = ["を実施しました。", "の準備を進めています。", "について説明会を開きます。", "の受付を始めました。",
         "の進め方を見直しました。", "に取り組んでいます。", "の結果をまとめました。", "についてご案内します。"]
EN_TOPICS = ["disaster drills", "child care support", "library workshops", "road works", "waste sorting",
             "health consultations", "tourist information", "online applications", "park maintenance"]
EN_VERBS = ["The city held", "Our team is preparing", "We have started accepting applications for",
            "We reviewed how we run", "We continue to work on"]
SERVICES = ["証明書の発行", "各種申請の受付", "相談窓口", "施設の予約", "補助金の申請", "届出の受付"]
PLACES = ["市役所本庁舎 2階", "市民会館 大ホール", "中央図書館 研修室", "北区地域センター", "オンライン（Zoom）"]

# Where posts' dates start, and the span they cover (all in the past, so no build leaves one out).
FIRST_POST = datetime(2016, 4, 1, 9, 0, tzinfo=timezone(timedelta(hours=9)))
POST_SPAN_DAYS = 9 * 365


@dataclass
class Department:
    slug: str
    name: str
    name_en: str
    parent: str | None
    summary: str
    order: int
    hashtags: list
    services: list
    phone: str
    email: str
    body: str


@dataclass
class Staff:
    slug: str
    name: str
    reading: str
    name_en: str
    role: str
    department: str
    hashtags: list
    topics: list
    x: str
    bluesky: str
    since: str
    order: int
    email: str
    body: str


@dataclass
class Post:
    slug: str
    title: str
    date: datetime
    author: str
    department: str
    hashtags: list
    summary: str
    body: str


@dataclass
class Page:
    slug: str
    title: str
    body: str


@dataclass
class Corpus:
    tags: list
    departments: list = field(default_factory=list)
    staff: list = field(default_factory=list)
    posts: list = field(default_factory=list)
    pages: list = field(default_factory=list)

    @property
    def entry_count(self):
        return len(self.departments) + len(self.staff) + len(self.posts) + len(self.pages)


@dataclass(frozen=True)
class Shape:
    """How many entries of each kind a site of a given size has."""
    staff: int
    departments: int
    posts: int
    tags: int

    @staticmethod
    def for_pages(pages):
        """The 10k shape (4,000 staff, 100 departments, ~5,900 posts, ~116 hashtags), scaled to `pages` entries."""
        staff = round(pages * 0.40)
        departments = max(5, round(pages * 0.01))
        posts = max(1, pages - staff - departments - len(FREE_PAGES))
        tags = max(12, min(len(BASE_TAGS) * (len(AREAS) + 1), round(pages * 0.0116)))
        return Shape(staff=staff, departments=departments, posts=posts, tags=tags)


# The placeholder a body carries for a hashtag: each writer turns it into its tool's form.
TAG_OPEN, TAG_CLOSE = "\u2063⟦", "⟧\u2063"


def tag_vocabulary(count):
    """`count` distinct hashtags: the base list, then area-prefixed ones (北区防災)."""
    tags = list(BASE_TAGS)
    for area in AREAS:
        tags += [area + t for t in BASE_TAGS if t != SITE_HASHTAG and t.isascii() is False]
    return tags[:count]


class Writer:
    """Makes text for one corpus from one seeded random source."""

    def __init__(self, rng, tags):
        self.rng = rng
        self.tags = tags
        # A few hashtags are used a lot, most a little (as on a real site).
        self.weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(tags))]

    def pick_tags(self, low, high, first=None):
        chosen = [first] if first else []
        for t in self.rng.choices(self.tags, self.weights, k=self.rng.randint(low, high)):
            if t not in chosen:
                chosen.append(t)
        return chosen

    def sentence(self):
        r = self.rng
        return r.choice(SUBJECTS) + r.choice(TOPICS) + r.choice(VERBS)

    def paragraph(self, low=2, high=5):
        return "".join(self.sentence() for _ in range(self.rng.randint(low, high)))

    def english(self):
        r = self.rng
        return f"{r.choice(EN_VERBS)} {r.choice(EN_TOPICS)} with {r.choice(EN_TOPICS)}; see the notes below."

    def table(self):
        r = self.rng
        rows = [("日時", f"{r.randint(1, 12)}月{r.randint(1, 28)}日 {r.randint(9, 16)}:00〜"),
                ("場所", r.choice(PLACES)), ("対象", "市内在住・在勤の方"), ("定員", f"{r.randint(2, 20) * 10}名"),
                ("費用", "無料")]
        return "| 項目 | 内容 |\n| --- | --- |\n" + "\n".join(f"| {a} | {b} |" for a, b in rows)

    def hashtag_line(self, tags):
        shown = tags[: self.rng.randint(1, min(2, len(tags)))]
        return "詳しくは " + " ".join(TAG_OPEN + t + TAG_CLOSE for t in shown) + " をご覧ください。"

    def post_body(self, tags, department, department_name):
        r = self.rng
        parts = [self.paragraph(3, 6), self.english(), "## " + r.choice(TOPICS) + "について", self.table(),
                 self.paragraph(2, 4),
                 "### 申し込み方法\n\n" + "\n".join(f"{n}. {self.sentence()}" for n in range(1, r.randint(3, 5))),
                 "- " + "\n- ".join(self.sentence() for _ in range(r.randint(2, 4))),
                 f"お問い合わせは[{department_name}](/departments/{department}/)まで。"
                 f"**受付は平日のみ**です。申請書は `様式第{r.randint(1, 9)}号` を使います。",
                 self.hashtag_line(tags),
                 f"[関連情報（外部サイト）](https://www.example.jp/info/{r.randint(1000, 9999)}/)"]
        return "\n\n".join(parts) + "\n"

    def staff_body(self, tags, department, department_name):
        r = self.rng
        parts = [f"[{department_name}](/departments/{department}/)で{r.choice(TOPICS)}を担当しています。"
                 + self.paragraph(1, 3),
                 "## 担当している仕事\n\n- " + "\n- ".join(r.sample(TOPICS, r.randint(2, 4))),
                 self.english(), self.hashtag_line(tags)]
        return "\n\n".join(parts) + "\n"

    def department_body(self, tags):
        r = self.rng
        parts = [self.paragraph(2, 4), "## 主な仕事\n\n- " + "\n- ".join(r.sample(TOPICS, 4)),
                 "## 窓口\n\n" + self.table(), self.english(),
                 "[架空市について](/pages/about/)もご覧ください。" + self.hashtag_line(tags)]
        return "\n\n".join(parts) + "\n"


def generate(shape, seed=1):
    """The whole site's content for `shape`, the same for the same seed on every machine."""
    rng = random.Random(seed)
    tags = tag_vocabulary(shape.tags)
    w = Writer(rng, tags)
    corpus = Corpus(tags=tags)

    parents = max(1, shape.departments // 8)
    for i in range(shape.departments):
        if i < parents:
            base, en = DIVISIONS[i % len(DIVISIONS)]
            name = base if i < len(DIVISIONS) else f"{base}（第{i // len(DIVISIONS) + 1}）"
            parent = None
        else:
            k = i - parents
            name = SECTIONS[k % len(SECTIONS)] + ("" if k < len(SECTIONS) else f"（第{k // len(SECTIONS) + 1}）")
            en = f"Section {k + 1}"
            parent = f"dept-{k % parents:03d}"
        d_tags = w.pick_tags(1, 2)
        corpus.departments.append(Department(
            slug=f"dept-{i:03d}", name=name, name_en=en, parent=parent, summary=w.sentence(), order=i,
            hashtags=d_tags,
            services=[(s, w.sentence()) for s in rng.sample(SERVICES, 2)], phone=f"0123-45-{i % 10000:04d}",
            email=f"dept{i}@example.jp", body=w.department_body(d_tags)))
    names = {d.slug: d.name for d in corpus.departments}
    # Staff work in the sections (課) mostly; a few in the divisions themselves.
    homes = [d.slug for d in corpus.departments[parents:]] or [d.slug for d in corpus.departments]

    roles, role_weights = zip(*ROLES)
    for i in range(shape.staff):
        fam, given = rng.choice(FAMILY), rng.choice(GIVEN)
        department = rng.choice(homes) if rng.random() > 0.05 else f"dept-{rng.randrange(parents):03d}"
        s_tags = w.pick_tags(1, 2)
        corpus.staff.append(Staff(
            slug=f"staff-{i:05d}", name=f"{fam[0]} {given[0]}", reading=f"{fam[1]} {given[1]}",
            name_en=f"{given[2]} {fam[2]}", role=rng.choices(roles, role_weights)[0], department=department,
            hashtags=s_tags, topics=rng.sample(TOPICS, 2), x=f"kaku_{i}", bluesky=f"kaku{i}.bsky.social",
            since=f"{2000 + rng.randrange(25)}-04", order=rng.randrange(100), email=f"staff{i}@example.jp",
            body=w.staff_body(s_tags, department, names[department])))

    step = timedelta(days=POST_SPAN_DAYS) / max(1, shape.posts)
    for i in range(shape.posts):
        author = corpus.staff[rng.randrange(len(corpus.staff))] if corpus.staff else None
        department = author.department if author else corpus.departments[0].slug
        # The first posts use every hashtag once, so each tag has a page with at least one post.
        p_tags = w.pick_tags(1, 3, first=tags[i] if i < len(tags) else None)
        date = FIRST_POST + step * i + timedelta(hours=i % 8, minutes=(i * 7) % 60)
        corpus.posts.append(Post(
            slug=f"post-{i:05d}", title=f"{rng.choice(TOPICS)}のお知らせ（第{i + 1}報）", date=date,
            author=author.slug if author else "", department=department, hashtags=p_tags,
            summary=w.sentence() + w.sentence(), body=w.post_body(p_tags, department, names[department])))

    for slug, title in FREE_PAGES:
        corpus.pages.append(Page(slug=slug, title=title, body="\n\n".join(
            [w.paragraph(3, 5), "## 基本方針", "- " + "\n- ".join(w.sentence() for _ in range(4)), w.english()])
            + "\n"))
    return corpus


# MARK: - Writing

def q(text):
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def qlist(items):
    return "[" + ", ".join(q(t) for t in items) + "]"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def koho_body(body):
    """Hashtags as Koho reads them: `#防災`, which Koho links to the tag's page."""
    return body.replace(TAG_OPEN, "#").replace(TAG_CLOSE, "")


def tag_path(tag):
    return "/tags/" + tag.lower() + "/"


def hugo_body(body):
    """Hashtags as Markdown links to the tag's page: Hugo has no hashtag syntax, so the link is written out."""
    out, rest = [], body
    while TAG_OPEN in rest:
        before, _, rest = rest.partition(TAG_OPEN)
        tag, _, rest = rest.partition(TAG_CLOSE)
        out.append(f"{before}[#{tag}]({tag_path(tag)})")
    return "".join(out) + rest


def koho_site_yml(theme):
    return (f"title: {SITE_TITLE}\ndescription: 架空市役所の職員・部署・お知らせ（ベンチマーク用の架空のサイト）\n"
            f"base_url: {BASE_URL}\nlanguage: ja\ntimezone: Asia/Tokyo\n"
            + (f"theme: {theme}\n" if theme else "")
            + f"hashtags: [{SITE_HASHTAG}]\nshare: [{', '.join(SHARE_TARGETS)}]\n"
            f"feeds:\n  items: {FEED_ITEMS}\n  full_content: true\npaginate: {PAGINATE}\n"
            "organization:\n  name: 架空市役所\n  address: 架空県架空市本町1-1\n  phone: 0123-45-6789\n")


def write_koho(corpus, out, theme=None, theme_dir=None):
    """Writes `corpus` as a Koho site in `out`; `theme_dir` is copied to themes/<theme>/ when given."""
    write(os.path.join(out, "site.yml"), koho_site_yml(theme))
    if theme and theme_dir:
        shutil.copytree(theme_dir, os.path.join(out, "themes", theme), dirs_exist_ok=True)
    for d in corpus.departments:
        services = "".join(f"  - name: {q(n)}\n    description: {q(s)}\n    url: /pages/about/\n"
                           for n, s in d.services)
        write(os.path.join(out, "content/departments", d.slug + ".md"),
              f"---\nname: {q(d.name)}\nname_en: {q(d.name_en)}\nsummary: {q(d.summary)}\n"
              + (f"parent: {d.parent}\n" if d.parent else "")
              + f"order: {d.order}\nhashtags: {qlist(d.hashtags)}\nservices:\n{services}"
              f"contact:\n  phone: {d.phone}\n  email: {d.email}\n  hours: 平日 8:30〜17:15\n---\n"
              + koho_body(d.body))
    for s in corpus.staff:
        write(os.path.join(out, "content/staff", s.slug + ".md"),
              f"---\nname: {q(s.name)}\nreading: {q(s.reading)}\nname_en: {q(s.name_en)}\nrole: {q(s.role)}\n"
              f"department: {s.department}\nhashtags: {qlist(s.hashtags)}\ntopics: {qlist(s.topics)}\n"
              f"social:\n  x: {s.x}\n  bluesky: {s.bluesky}\nemail: {s.email}\nsince: \"{s.since}\"\n"
              f"order: {s.order}\n---\n" + koho_body(s.body))
    for p in corpus.posts:
        write(os.path.join(out, f"content/posts/{p.date.year}/{p.slug}.md"),
              f"---\ntitle: {q(p.title)}\ndate: {p.date.isoformat()}\nauthor: {p.author}\n"
              f"department: {p.department}\nhashtags: {qlist(p.hashtags)}\nsummary: {q(p.summary)}\n---\n"
              + koho_body(p.body))
    for p in corpus.pages:
        write(os.path.join(out, "content/pages", p.slug + ".md"), f"---\ntitle: {q(p.title)}\n---\n" + p.body)


def hugo_config():
    return f"""baseURL: {BASE_URL}
title: {SITE_TITLE}
languageCode: ja
defaultContentLanguage: ja
hasCJKLanguage: true
timeZone: Asia/Tokyo
paginate: {PAGINATE}
rssLimit: {FEED_ITEMS}
enableRobotsTXT: true
taxonomies:
  tag: tags
  author: authors
  unit: units
permalinks:
  posts: /posts/:filename/
outputs:
  home: [html, rss, json]
  section: [html]
  taxonomy: [html]
  term: [html, rss]
  page: [html]
outputFormats:
  RSS:
    baseName: feed
  JSON:
    baseName: feed
params:
  description: 架空市役所の職員・部署・お知らせ（ベンチマーク用の架空のサイト）
  hashtags: [{SITE_HASHTAG}]
  share: [{', '.join(SHARE_TARGETS)}]
  organization: 架空市役所
"""


# `authors` and `units` link posts and staff to their people and departments; their own pages are not built.
HIDDEN = "---\ncascade:\n  _build:\n    render: never\n    list: never\n_build:\n  render: never\n  list: never\n---\n"
# Staff and departments have a feed of their posts, as in Koho.
WITH_FEED = "---\ntitle: {title}\noutputs: [html]\ncascade:\n  outputs: [html, rss]\n---\n"


def write_hugo(corpus, out, files_dir):
    """Writes `corpus` as a Hugo site in `out`, with the layouts and static files in `files_dir`."""
    write(os.path.join(out, "config.yaml"), hugo_config())
    shutil.copytree(files_dir, out, dirs_exist_ok=True)
    write(os.path.join(out, "content/authors/_index.md"), HIDDEN)
    write(os.path.join(out, "content/units/_index.md"), HIDDEN)
    write(os.path.join(out, "content/pages/_index.md"), "---\n_build:\n  render: never\n---\n")
    write(os.path.join(out, "content/staff/_index.md"), WITH_FEED.format(title="職員紹介"))
    write(os.path.join(out, "content/departments/_index.md"), WITH_FEED.format(title="部署紹介"))
    write(os.path.join(out, "content/posts/_index.md"), "---\ntitle: お知らせ\n---\n")
    write(os.path.join(out, "content/tags/_index.md"), "---\ntitle: ハッシュタグ\n---\n")
    for d in corpus.departments:
        services = "".join(f"  - name: {q(n)}\n    description: {q(s)}\n    url: /pages/about/\n"
                           for n, s in d.services)
        write(os.path.join(out, "content/departments", d.slug + ".md"),
              f"---\ntitle: {q(d.name)}\nname_en: {q(d.name_en)}\nsummary: {q(d.summary)}\n"
              + (f"parent: {d.parent}\n" if d.parent else "")
              + f"order: {d.order}\ntags: {qlist(d.hashtags)}\nservices:\n{services}"
              f"contact:\n  phone: {d.phone}\n  email: {d.email}\n  hours: 平日 8:30〜17:15\n---\n"
              + hugo_body(d.body))
    for s in corpus.staff:
        write(os.path.join(out, "content/staff", s.slug + ".md"),
              f"---\ntitle: {q(s.name)}\nreading: {q(s.reading)}\nname_en: {q(s.name_en)}\nrole: {q(s.role)}\n"
              f"department: {s.department}\nunits: [{s.department}]\ntags: {qlist(s.hashtags)}\n"
              f"topics: {qlist(s.topics)}\nsocial:\n  x: {s.x}\n  bluesky: {s.bluesky}\nemail: {s.email}\n"
              f"since: \"{s.since}\"\norder: {s.order}\n---\n" + hugo_body(s.body))
    for p in corpus.posts:
        write(os.path.join(out, f"content/posts/{p.date.year}/{p.slug}.md"),
              f"---\ntitle: {q(p.title)}\ndate: {p.date.isoformat()}\nauthors: [{p.author}]\n"
              f"units: [{p.department}]\ntags: {qlist(p.hashtags)}\nsummary: {q(p.summary)}\n---\n"
              + hugo_body(p.body))
    for p in corpus.pages:
        write(os.path.join(out, "content/pages", p.slug + ".md"), f"---\ntitle: {q(p.title)}\n---\n" + p.body)
