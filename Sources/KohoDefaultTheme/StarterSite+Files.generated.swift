// Generated from starter/ja/ and starter/en/ by `make goldens`; do not edit.
extension StarterSite {
    /// The starter site in Japanese, by path.
    public static let japanese: [File] = [
        File(path: "content/departments/somu.md", contents: #"""
---
name: 総務課
reading: そうむか
name_en: General Affairs Division
summary: 組織の運営と情報発信を担当しています。
contact:
  phone: 000-000-0001
  email: somu@example.jp
  hours: 平日 8時30分〜17時15分
---
総務課の紹介をここに書きます。部署を増やすときは `koho new department 名前` を使います。

"""#),
        File(path: "content/pages/about.md", contents: #"""
---
title: このサイトについて
description: このサイトの目的と、お問い合わせ先をご案内します。
---
このサイトでは、職員と部署の仕事、日々の取り組みを紹介しています。

お問い合わせは[総務課](/departments/somu/)までどうぞ。

"""#),
        File(path: "content/posts/2026/welcome.md", contents: #"""
---
title: サイトを公開しました
date: 2026-04-01
author: sato
department: somu
summary: 職員と部署の仕事を紹介するサイトを始めました。
---
職員と部署の仕事を紹介するサイトを始めました。記事を増やすときは `koho new post 名前` を使います。

"""#),
        File(path: "content/staff/sato.md", contents: #"""
---
name: 佐藤 花子
reading: さとう はなこ
role: 広報担当
department: somu
topics: [サイトの更新, 取材のお申し込み]
---
自己紹介をここに書きます。職員を増やすときは `koho new staff 名前` を使います。

"""#),
        File(path: "site.yml", contents: #"""
# サイトの設定です。「# 」で始まる行はメモか、まだ使っていない設定です。
# 設定を使うときは、その行の先頭の「# 」を消して値を書きます（字下げはそのまま残します）。

# サイトの名前（必須）: ページの見出しや、ブラウザのタブに出ます
title: 新しいサイト
# サイトの説明: 検索結果やソーシャルメディアで紹介されるときに使われます
description: わたしたちの職員と部署の仕事を紹介するサイトです。
# 公開する場所のURL（必須）: 最後は / で終えます。https://example.jp/city/ のような下の階層でもかまいません
base_url: https://example.jp/
# サイトの言語: ja（日本語）か en（英語）。メッセージもこの言語になります
language: ja
# いくつかの言語で公開するときは、言語を並べます（最初がサイトの主な言語）。記事の翻訳は隣のファイル
# （sato.en.md）に書きます。翻訳のない記事は fallback なら主な言語のまま載り、omit ならその言語から外れます
# languages: [ja, en]
# untranslated: fallback
# 日付を表示するタイムゾーン
timezone: Asia/Tokyo
# テーマ: default は koho に組み込まれています。`koho theme export` で themes/ に写して変えられます
theme: default
# サイト全体のハッシュタグ: 共有するときの文面に付きます
# hashtags: [わたしたちの市]
# 共有ボタンの並び（書かなければすべて）: x, facebook, line, bluesky, mastodon, threads, hatena, email
# share: [x, facebook, line, bluesky, hatena, email]
# Mastodon で共有するときのサーバー（share に mastodon を入れるときに書きます）
# mastodon_instance: mastodon.social
# 組織の情報: ページの下と、検索エンジン向けのデータに出ます
# organization:
#   name: わたしたちの市役所
#   logo: /images/logo.svg
#   address: 〒000-0000 ○○県○○市中央1-1-1
#   phone: 000-000-0000
#   email: info@example.jp
#   social:
#     x: our_city
#     facebook: our.city
#     youtube: "@ourcity"
# フィード（RSS と JSON Feed）: 載せる記事の数と、本文をすべて載せるか（false で要約だけ）
# feeds:
#   items: 20
#   full_content: true
# 記事の一覧の1ページあたりの件数（書かなければ 20）
# paginate: 20
# Markdown の中の HTML をそのまま出すか: 内容を書く人すべてを信頼できるときだけ true にします
# markdown:
#   unsafe_html: false
# 本文の漢字に読みがな（ふりがな）を付けます（ページごとに front matter の furigana でも決められます）
# furigana: true
# ソーシャルメディアで共有されたときの画像（共有カードのないページ用。PNG か JPEG）
# share_image: /images/share.png
# テーマで使う独自の値（site.params.○○ で読めます）
# params:
#   tagline: 市民の皆さんとともに

"""#),
    ]

    /// The starter site in English, by path.
    public static let english: [File] = [
        File(path: "content/departments/general-affairs.md", contents: #"""
---
name: General Affairs Division
summary: Runs the office and tells residents what it does.
contact:
  phone: 000-000-0001
  email: general-affairs@example.org
  hours: Weekdays 8:30–17:15
---
Write about the department here. To add another, run `koho new department NAME`.

"""#),
        File(path: "content/pages/about.md", contents: #"""
---
title: About this site
description: What this site is for, and whom to ask about it.
---
This site introduces our staff, our departments and what we do day to day.

Questions are welcome at the [General Affairs Division](/departments/general-affairs/).

"""#),
        File(path: "content/posts/2026/welcome.md", contents: #"""
---
title: Our new site is live
date: 2026-04-01
author: sam-taylor
department: general-affairs
summary: A site about who our staff are and what each department does.
---
We have started a site about who our staff are and what each department does. To write another post, run
`koho new post NAME`.

"""#),
        File(path: "content/staff/sam-taylor.md", contents: #"""
---
name: Sam Taylor
role: Communications Officer
department: general-affairs
topics: [Updating the site, Press enquiries]
---
Write an introduction here. To add another member of staff, run `koho new staff NAME`.

"""#),
        File(path: "site.yml", contents: #"""
# The site's settings. Lines starting with `# ` are notes, or settings not used yet.
# To use a setting, remove the `# ` at the start of its line and write its value (keep the indentation).

# The site's name (required): in page headings and the browser's tab
title: Our new site
# What the site is about: shown by search engines and social media
description: Who our staff are and what each department does.
# The address the site is published at (required), ending in /; a folder like https://example.org/city/ works too
base_url: https://example.org/
# The site's language, ja (Japanese) or en (English); koho's messages follow it
language: en
# To publish in more languages, list them (the first is the main one). Translate an entry in a file beside
# it (sato.ja.md); an untranslated entry is shown in the main language (fallback) or left out (omit)
# languages: [en, ja]
# untranslated: fallback
# The time zone dates are shown in
timezone: UTC
# The theme; default is built into koho (`koho theme export` copies it into themes/ to change it)
theme: default
# Hashtags of the whole site, added to the text of share links
# hashtags: [OurCity]
# Share buttons in order (all when not written): x, facebook, line, bluesky, mastodon, threads, hatena, email
# share: [x, facebook, bluesky, mastodon, email]
# The Mastodon server to share to (needed when share lists mastodon)
# mastodon_instance: mastodon.social
# The organization, shown at the foot of pages and in the data for search engines
# organization:
#   name: Our City Hall
#   logo: /images/logo.svg
#   address: 1 Main Street, Our City
#   phone: 000-000-0000
#   email: info@example.org
#   social:
#     x: our_city
#     facebook: our.city
#     youtube: "@ourcity"
# Feeds (RSS and JSON Feed): how many posts they carry, and whole posts (true) or summaries (false)
# feeds:
#   items: 20
#   full_content: true
# Posts per page of the post list (20 when not written)
# paginate: 20
# Whether HTML inside Markdown is published as written: true only when everyone who writes content is trusted
# markdown:
#   unsafe_html: false
# Readings (furigana) over the kanji of every body (an entry's own `furigana` decides for it)
# furigana: true
# The picture shown when a page without a share card is shared (PNG or JPEG)
# share_image: /images/share.png
# Values of your own for a theme (read as site.params.NAME)
# params:
#   tagline: Working with our residents

"""#),
    ]
}
