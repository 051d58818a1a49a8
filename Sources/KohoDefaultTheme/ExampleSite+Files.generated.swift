// Generated from site.yml, content/ and static/ by `make goldens`; do not edit.
extension ExampleSite {
    /// Every file of the example site, by path.
    public static let files: [File] = [
        File(path: "content/departments/bosai.en.md", contents: #"""
---
name: Disaster Management Division
reading:
summary: "Prepares for earthquakes and heavy rain: runs evacuation shelters and drills, and sends out disaster information."
---
We keep residents safe before, during and after a disaster. We run the city's evacuation shelters, hold a drill every September, and publish hazard maps in Japanese and English.

"""#),
        File(path: "content/departments/bosai.md", contents: #"""
---
name: 防災危機管理課
reading: ぼうさいききかんりか
name_en: Disaster Management Division
parent: shimin-seikatsu
summary: 地震・大雨などの災害に備え、避難所の運営や防災訓練、防災情報の発信を行います。
services:
  - name: ハザードマップの配布
    description: 洪水・土砂災害・地震のハザードマップを窓口で配布しています。ウェブ版もあります。
    url: https://disaportal.gsi.go.jp/
  - name: 出前講座「わが家の防災」
    description: 自治会や学校に職員がうかがい、家庭でできる備えをお話しします。10人以上でお申し込みください。
  - name: 防災行政無線の内容の確認
    description: 放送が聞き取れなかったときは、電話で放送内容を確認できます（自動音声、24時間）。
contact:
  phone: 0123-45-6741
  email: bosai@example.jp
  address: 本庁舎4階 防災センター
  hours: 平日 8時30分〜17時15分（災害時は24時間体制）
hashtags: [防災]
social:
  x: kaku_bosai
  line: "@kakubosai"
order: 2
---
防災危機管理課は、市民の皆さんの命と暮らしを災害から守るための課です。

## 日ごろの取り組み

- 避難所の指定と、備蓄品の管理
- 年1回の総合防災訓練と、地域の訓練の支援
- 防災行政無線、緊急速報メール、公式 SNS による情報発信

災害が起きたとき、または起きそうなときは、このページと公式 SNS で最新の情報をお知らせします。日ごろから #防災 のハッシュタグで、備えのヒントを発信しています。

"""#),
        File(path: "content/departments/dx.en.md", contents: #"""
---
name: Digital Transformation Office
reading:
summary: "Brings the city's procedures online (to be set up in fiscal 2027)."
---
The office will move paper procedures online so that residents can apply from home, in Japanese or in English.

"""#),
        File(path: "content/departments/dx.md", contents: #"""
---
name: デジタル推進室
reading: でじたるすいしんしつ
name_en: Digital Transformation Office
parent: somu
summary: 行政手続きのオンライン化を進めます（2027年度に設置予定）。
order: 3
draft: true
---
準備中です。

"""#),
        File(path: "content/departments/fukushi-kenko.en.md", contents: #"""
---
name: Welfare and Health Department
reading:
summary: "Looks after child-rearing, support for older people and people with disabilities, and health."
---
The department's divisions support families, older residents and people with disabilities, and run health check-ups.

"""#),
        File(path: "content/departments/fukushi-kenko.md", contents: #"""
---
name: 福祉健康部
reading: ふくしけんこうぶ
name_en: Welfare and Health Department
summary: 子育て、高齢者・障害のある方の支援、健康づくりを担当する部です。
contact:
  phone: 0123-45-6704
  email: fukushi@example.jp
  address: 本庁舎2階
  hours: 平日 8時30分〜17時15分
hashtags: [子育て, 健康]
order: 3
---
福祉健康部は、生まれてから年を重ねるまで、市民の皆さんの暮らしと健康を支える部です。

- 子育て支援課：妊娠・出産・子育ての相談、保育園の入園、児童手当
- 健康づくりの取り組み：健診、予防接種、食生活の相談

「どこに相談すればいいか分からない」というときは、まず本庁舎2階の総合相談窓口へお越しください。

"""#),
        File(path: "content/departments/kanko.en.md", contents: #"""
---
name: Tourism Division
reading:
summary: "Holds events such as the cherry blossom festival, and guides visitors, including those from abroad."
---
We organise the cherry blossom festival and the summer fireworks, and answer visitors' questions in English at City Hall and at the station.

"""#),
        File(path: "content/departments/kanko.md", contents: #"""
---
name: 観光課
reading: かんこうか
name_en: Tourism Division
parent: sangyo-kanko
summary: 桜まつりをはじめとするイベントの開催と、観光情報の発信、外国人旅行者への案内を行います。
services:
  - name: 架空市桜まつり
    description: 毎年4月上旬、城址公園で開催します。夜はライトアップも行います。
  - name: 観光案内所
    description: 架空駅前にあります。英語での案内もできます。
    url: /pages/about/
contact:
  phone: 0123-45-6751
  email: kanko@example.jp
  address: 本庁舎5階 51番窓口
  hours: 平日 8時30分〜17時15分
hashtags: [桜まつり, 観光]
social:
  instagram: kaku_kanko
  facebook: kakukanko
order: 1
params:
  english: |
    The Tourism Division runs the Kaku Cherry Blossom Festival every April and the tourist information
    centre in front of Kaku Station, where you can ask for help in English.
---
観光課は、架空市を訪れる方にも、住んでいる方にも、まちの魅力を楽しんでもらうための課です。

![城址公園の桜並木のイラスト](/images/posts/sakura.svg)

春の #桜まつり が一年でいちばん大きな行事です。外国から来られる方のために、英語の案内も用意しています。

"""#),
        File(path: "content/departments/koho.en.md", contents: #"""
---
name: Public Relations Division
reading:
summary: 'Brings city news to residents through the newsletter "Kaku", the website and social media.'
---
The Public Relations Division tells residents what the city is doing, in words everyone can follow: the monthly newsletter, this website and the city's social media accounts.

"""#),
        File(path: "content/departments/koho.md", contents: #"""
---
name: 広報課
reading: こうほうか
name_en: Public Relations Division
parent: somu
summary: 広報紙「かくう」、公式ウェブサイト、公式ソーシャルメディアで市の情報を届けます。
services:
  - name: 広報かくう
    description: 毎月1日発行。全戸配布のほか、**市内の公共施設**やコンビニエンスストアでも配布しています。
  - name: 取材・撮影のお申し込み
    description: 報道機関からの取材の窓口です。前日までにご連絡ください。
  - name: ソーシャルメディア運用方針
    url: /pages/sns-policy/
contact:
  phone: 0123-45-6721
  email: koho@example.jp
  address: 本庁舎3階 32番窓口
  hours: 平日 8時30分〜17時15分
hashtags: [広報かくう]
social:
  x: kaku_city
  instagram: kaku_city_official
  youtube: "@kakucity"
order: 2
---
広報課は、市の取り組みを市民の皆さんに分かりやすく伝える課です。

## 伝える手段

| 媒体 | 発行・更新 | 主な内容 |
| --- | --- | --- |
| 広報かくう | 毎月1日 | 市政の動き、イベント、各種手続き |
| 公式ウェブサイト | 随時 | お知らせ、職員・部署紹介 |
| 公式ソーシャルメディア | 随時 | 災害時の緊急情報、イベントの様子 |

災害が起きたときは、[防災危機管理課](/departments/bosai/)と連携して、ソーシャルメディアで最新の情報をお届けします。#防災

"""#),
        File(path: "content/departments/kosodate.en.md", contents: #"""
---
name: Child and Family Support Division
reading:
summary: "Supports families from pregnancy to school age: advice, allowances and childcare."
---
We answer questions about pregnancy, childbirth, child allowances and nursery places. Come to the counter or call us; interpreters can be arranged.

"""#),
        File(path: "content/departments/kosodate.md", contents: #"""
---
name: 子育て支援課
reading: こそだてしえんか
name_en: Child and Family Support Division
parent: fukushi-kenko
summary: 妊娠・出産から就学までの子育てを、相談・手当・保育の面から支えます。
services:
  - name: 子育て応援アプリ「かくうっこ」
    description: 予防接種の予定や健診のお知らせ、子育てイベントの情報をスマートフォンでお届けします。
  - name: 保育園・認定こども園の入園申し込み
    description: 4月入園の一次募集は**10月1日から31日まで**です。年度の途中の入園は、毎月10日が締め切りです。
  - name: 子育て相談（電話・窓口）
    description: 保健師と保育士が、子育ての悩みをお聞きします。匿名でも構いません。
    url: /staff/nakamura-yuko/
contact:
  phone: 0123-45-6761
  email: kosodate@example.jp
  address: 本庁舎2階 21番窓口
  hours: 平日 8時30分〜17時15分（電話相談は水曜のみ19時まで）
hashtags: [子育て]
# 子どもや日本語を学んでいる人のために、本文の漢字に読みがなを付けます（読む人がページで表示を切り替えます）
furigana: true
social:
  instagram: kaku_kosodate
  line: "@kakukosodate"
order: 1
---
子育て支援課は、お父さん・お母さん、そして子どもたちのための課です。

## こんなときはご相談ください

- 妊娠が分かったとき（母子健康手帳の交付）
- 保育園に入りたいとき
- 子育てに疲れたとき、誰かに話を聞いてほしいとき

相談は無料で、秘密は守ります。#子育て のハッシュタグで、イベントや手続きの情報を発信しています。

"""#),
        File(path: "content/departments/sangyo-kanko.en.md", contents: #"""
---
name: Industry and Tourism Department
reading:
summary: "Grows local business and tells people in Japan and abroad about Kaku City."
---
The department supports shops and companies, and promotes Kaku City as a place to visit.

"""#),
        File(path: "content/departments/sangyo-kanko.md", contents: #"""
---
name: 産業観光部
reading: さんぎょうかんこうぶ
name_en: Industry and Tourism Department
summary: 地域の産業を育て、架空市の魅力を国内外に伝える部です。
contact:
  phone: 0123-45-6703
  email: sangyo@example.jp
  address: 本庁舎5階
  hours: 平日 8時30分〜17時15分
order: 4
---
産業観光部は、農業・商工業の振興と観光を担当しています。

"""#),
        File(path: "content/departments/shimin-seikatsu.en.yml", contents: #"""
name: Citizens' Life Department
reading:
summary: Handles residence and family records, and the safety of daily life.

"""#),
        File(path: "content/departments/shimin-seikatsu.yml", contents: #"""
# 本文のない部署の例（.yml ファイル）
name: 市民生活部
reading: しみんせいかつぶ
name_en: Citizens' Life Department
summary: 戸籍・住民票などの手続きと、暮らしの安全・安心を担当する部です。
contact:
  phone: 0123-45-6702
  hours: 平日 8時30分〜17時15分
order: 2

"""#),
        File(path: "content/departments/shimin.en.md", contents: #"""
---
name: Citizens Division
reading:
summary: "The counter for residence records, family registers and My Number cards."
---
We issue certificates of residence and family register copies, register moving in and out, and issue My Number cards.

"""#),
        File(path: "content/departments/shimin.md", contents: #"""
---
name: 市民課
reading: しみんか
name_en: Citizens Division
parent: shimin-seikatsu
summary: 住民票・戸籍・マイナンバーカードなど、暮らしの手続きの窓口です。
services:
  - name: 住民票の写し・印鑑登録証明書の交付
    description: 本庁舎1階の窓口のほか、マイナンバーカードがあれば全国のコンビニエンスストアでも取得できます。
  - name: 転入・転出の届出
    description: 引っ越しの前後14日以内に届け出てください。
  - name: マイナンバーカードの交付
    description: 予約制です。平日の夜間と、第2・第4日曜日にも受け付けています。
contact:
  phone: 0123-45-6731
  email: shimin@example.jp
  address: 本庁舎1階 1〜5番窓口
  hours: |-
    平日 8時30分〜17時15分
    第2・第4日曜日 9時〜12時（マイナンバーカードの交付のみ）
hashtags: [マイナンバーカード]
order: 1
---
市民課は、市役所に来られる方が最初に訪れることの多い窓口です。

## こんなときはご相談ください

- 引っ越しをするとき
- 子どもが生まれたとき、結婚するとき
- 住民票や印鑑登録証明書が必要なとき

窓口が混み合う月曜日の午前中と、3月下旬〜4月上旬は、待ち時間が長くなります。オンライン申請やコンビニ交付もご利用ください。

"""#),
        File(path: "content/departments/shoko.en.md", contents: #"""
---
name: Commerce and Industry Division
reading:
summary: "Supports local shops and companies, start-ups and hometown tax donations."
---
We help local businesses grow, advise people starting a business, and run the hometown tax donation programme.

"""#),
        File(path: "content/departments/shoko.md", contents: #"""
---
name: 商工振興課
reading: しょうこうしんこうか
name_en: Commerce and Industry Division
parent: sangyo-kanko
summary: 市内の商店や企業の支援、創業の相談、ふるさと納税を担当しています。
services:
  - name: ふるさと納税
    description: 架空市への寄附と返礼品の受付。返礼品を提供する事業者も募集しています。
  - name: 創業・経営の相談
    description: 中小企業診断士による無料相談を、毎月第1・第3木曜日に行っています（予約制）。
  - name: 商店街のイベント支援
    description: 商店街や地域団体が行うイベントの費用の一部を補助します。
contact:
  phone: 0123-45-6752
  email: shoko@example.jp
  address: 本庁舎5階 52番窓口
  hours: 平日 8時30分〜17時15分
hashtags: [ふるさと納税]
order: 2
---
商工振興課は、架空市で働く人、商売をする人を応援する課です。

市内の事業者の皆さんと一緒に、#ふるさと納税 の返礼品を通して、架空市の名産品を全国に紹介しています。創業を考えている方は、お気軽にご相談ください。

"""#),
        File(path: "content/departments/somu.en.md", contents: #"""
---
name: General Affairs Department
reading:
summary: "Supports the City Hall organisation, its staff and its communications."
---
The department keeps City Hall running: its organisation, its people and how it talks to residents.

"""#),
        File(path: "content/departments/somu.md", contents: #"""
---
name: 総務部
reading: そうむぶ
name_en: General Affairs Department
summary: 市役所の組織・人事・情報発信を支え、市政を円滑に進める部です。
contact:
  phone: 0123-45-6701
  email: somu@example.jp
  address: 本庁舎3階
  hours: 平日 8時30分〜17時15分
hashtags: [市政]
order: 1
---
総務部は、市役所という組織そのものを支える部です。職員の採用や研修、庁舎の管理、条例や規則の整備、そして市民の皆さんへの情報発信を担当しています。

- 総務課：人事・文書・庁舎管理
- 広報課：広報紙、ウェブサイト、ソーシャルメディア

市民の皆さんから見えにくい仕事が多いですが、#架空市 の行政サービスを滞りなく届けるための土台をつくっています。

"""#),
        File(path: "content/departments/somuka.en.md", contents: #"""
---
name: General Affairs Division
reading:
summary: "Looks after staff and training, official records and the City Hall building."
---
We hire and train staff, keep the city's official records and look after the City Hall building.

"""#),
        File(path: "content/departments/somuka.md", contents: #"""
---
name: 総務課
reading: そうむか
name_en: General Affairs Division
parent: somu
summary: 職員の人事・研修、公文書の管理、庁舎の維持管理を担当しています。
services:
  - name: 情報公開請求の受付
    description: 市が保有する公文書の開示請求を受け付けます。請求書は窓口または郵送で提出できます。
    url: /pages/about/
  - name: 市職員採用試験
    description: 毎年6月と10月に実施します。募集要項は4月に公開します。
contact:
  phone: 0123-45-6711
  email: somuka@example.jp
  address: 本庁舎3階 31番窓口
  hours: 平日 8時30分〜17時15分
order: 1
---
## 主な仕事

総務課は、市役所の「裏方」です。

1. 職員の採用・研修・健康管理
2. 公文書の管理と情報公開
3. 本庁舎・支所の維持管理

情報公開の請求や、職員採用試験についてのお問い合わせはこちらへどうぞ。

"""#),
        File(path: "content/pages/about.en.md", contents: #"""
---
title: About Kaku City and City Hall
description: An overview of Kaku City, and City Hall's organisation, opening hours and access.
---
Kaku City is a town of about 82,000 people in the middle of Kaku Prefecture, known for the cherry trees of its castle park and the rice fields along its river. #架空市

> This site is a sample of the static site generator Koho. Kaku City and Kaku City Hall do not exist.

## The city

| Item | Details |
| --- | --- |
| Population | 82,140 (1 April 2026) |
| Area | 214.6 km² |
| City tree and flower | Cherry |

## City Hall

City Hall has departments such as General Affairs, Citizens' Life, and Industry and Tourism, each with its divisions. See what each one does on [Departments](/en/departments/), and who does it on [Staff](/en/staff/).

## Opening hours and access

- Open weekdays, 8:30 to 17:15 (closed on weekends, national holidays and over the New Year)
- 1-1-1 Chuo, Kaku City, Kaku Prefecture 999-0001
- A 10-minute walk from Kaku Station; parking for 120 cars.

"""#),
        File(path: "content/pages/about.md", contents: #"""
---
title: 架空市と市役所について
description: 架空市の概要と、市役所の組織・開庁時間・アクセスをご案内します。
order: 1
---
架空市は、架空県の中央部にある人口およそ8万2千人のまちです。城址公園の桜と、川沿いに広がる田園風景で知られています。#架空市

> このサイトは静的サイトジェネレーター Koho のサンプルです。架空市・架空市役所は実在しません。

## 市の概要

| 項目 | 内容 |
| --- | --- |
| 人口 | 82,140人（2026年4月1日現在） |
| 面積 | 214.6平方キロメートル |
| 市の木・花 | 桜 |

## 市役所の組織

市役所には総務部、市民生活部、産業観光部などの部があり、それぞれの部に課があります。各部署の仕事は[部署紹介](/departments/)で、担当している職員は[職員紹介](/staff/)で紹介しています。

## 開庁時間とアクセス

- 開庁時間：平日 8時30分〜17時15分（土日・祝日、年末年始を除く）
- 所在地：〒999-0001 架空県架空市中央一丁目1番1号
- 架空駅から徒歩10分。来庁者用駐車場（120台）があります。

"""#),
        File(path: "content/pages/accessibility.md", contents: #"""
---
title: ウェブアクセシビリティ方針
description: 架空市役所の公式サイトは、誰もが使えることを目指して、JIS X 8341-3:2016 の適合レベル AA に準拠するよう作っています。
order: 3
---
架空市役所は、年齢や障害の有無、使う機器にかかわらず、誰もが市の情報にたどり着けるよう、公式サイトのアクセシビリティの確保に取り組んでいます。

## 目標とする水準

JIS X 8341-3:2016（WCAG 2.1 と同等）の**適合レベル AA** に準拠することを目標とします。

## 取り組んでいること

- 画像には、内容が分かる代替テキストを付けています
- 文字と背景のコントラストを確保し、ダークモードにも対応しています
- キーボードだけで、すべてのページを操作できるようにしています
- スマートフォンから大きな画面まで、文字を拡大しても読めるように作っています
- 英語の文章には、読み上げソフトが英語として読めるよう言語を指定しています

## 試験の方法

すべてのページを、自動の検査ツール（axe-core と Nu HTML Checker）でサイトを更新するたびに検査しています。

お気づきの点は、[広報課](/departments/koho/)までお知らせください。

"""#),
        File(path: "content/pages/privacy.md", contents: #"""
---
title: 個人情報の取り扱い
description: このサイトでの個人情報の取り扱いについて（準備中）。
order: 4
draft: true
---
（下書き）公開前に法務担当の確認を受けます。

"""#),
        File(path: "content/pages/sns-policy.md", contents: #"""
---
title: ソーシャルメディア運用方針
description: 架空市役所が公式ソーシャルメディアを運用するときの方針と、ご利用にあたってのお願いです。
order: 2
---
架空市役所（以下「市」）は、市政の情報を速く、分かりやすくお届けするため、公式ソーシャルメディアを次の方針で運用します。

## 運用するアカウント

| サービス | アカウント | 主な担当 |
| --- | --- | --- |
| X | `@kaku_city` | [広報課](/departments/koho/) |
| Bluesky | `kaku-city.bsky.social` | 広報課 |
| Mastodon | `@kaku_city@mastodon.social` | 広報課 |
| LINE | `@kakubosai` | [防災危機管理課](/departments/bosai/) |

職員個人のアカウントを[職員紹介](/staff/)に載せている場合、その職員が担当する業務について発信します。

## 発信する情報

1. 市政やイベントのお知らせ
2. 災害時の緊急情報（全アカウントで同時に発信します）
3. 市の魅力を伝える写真や動画

## 返信とコメントについて

原則として、個別のコメントやメッセージへの返信は行いません。お問い合わせは、各部署の窓口または電話・メールでお願いします。

## 削除することがあるコメント

- 法令に違反するもの、またはそのおそれがあるもの
- 特定の個人や団体を誹謗中傷するもの
- 個人情報を含むもの
- 営利を目的とするもの

## ハッシュタグ

市の公式な発信には、#架空市 のハッシュタグを付けています。ほかのハッシュタグは[ハッシュタグ一覧](/tags/)をご覧ください。

制定：2026年1月15日　広報課

"""#),
        File(path: "content/posts/2025/convenience-store.md", contents: #"""
---
title: 住民票の写しがコンビニで取れるようになります
date: 2025-10-01
author: suzuki-hanako
department: shimin
hashtags: [マイナンバーカード, 新サービス]
summary: 10月20日から、マイナンバーカードを使って全国のコンビニで住民票の写しなどを取得できます。
---
10月20日（月）から、マイナンバーカードをお持ちの方は、全国のコンビニエンスストアで証明書を取得できるようになります。#新サービス

## 取得できる証明書

| 証明書 | 手数料（コンビニ） | 手数料（窓口） |
| --- | --- | --- |
| 住民票の写し | 200円 | 300円 |
| 印鑑登録証明書 | 200円 | 300円 |
| 所得証明書 | 200円 | 300円 |

利用できる時間は、毎日6時30分から23時までです（年末年始を除く）。カードの暗証番号が分からなくなった方は、市民課の窓口で再設定できます。

"""#),
        File(path: "content/posts/2025/furusato-nozei.md", contents: #"""
---
title: ふるさと納税の返礼品に、城山の桃など12品目が加わりました
date: 2025-08-20
author: kobayashi-shota
department: shoko
hashtags: [ふるさと納税]
summary: 城山地区の桃、川端の地酒、伝統工芸の竹かごなど、12品目を新しく返礼品に加えました。
---
8月20日から、ふるさと納税の返礼品に12品目が加わりました。#ふるさと納税

## 新しく加わった主な返礼品

| 返礼品 | 事業者 | 寄附額 |
| --- | --- | --- |
| 城山の白桃（2kg） | 城山果樹園 | 12,000円 |
| 純米酒「川端」720ml 2本 | 川端酒造 | 15,000円 |
| 竹かご（手編み） | 架空竹工房 | 30,000円 |

いただいた寄附は、子育て支援と、城址公園の桜の保全に使わせていただきます。返礼品を提供していただける市内の事業者の方は、[商工振興課](/departments/shoko/)までご相談ください。

"""#),
        File(path: "content/posts/2025/kosodate-app.md", contents: #"""
---
title: 子育て応援アプリ「かくうっこ」の配信を始めました
date: 2025-02-03
author: nakamura-yuko
department: kosodate
hashtags: [子育て, 新サービス]
summary: 予防接種の予定や健診のお知らせを、スマートフォンに届けるアプリです。無料でお使いいただけます。
---
2月3日から、子育て応援アプリ「かくうっこ」の配信を始めました。#新サービス

## できること

- お子さんの生年月日から、予防接種と乳幼児健診の予定をお知らせします
- 子育て支援センターのイベントの申し込み
- 夜間・休日に受診できる医療機関の案内

アプリはスマートフォンのアプリストアで「かくうっこ」と検索してください。使い方が分からないときは、[子育て支援課](/departments/kosodate/)の窓口でお手伝いします。#子育て

"""#),
        File(path: "content/posts/2025/nenmatsu-nenshi.md", contents: #"""
---
title: 年末年始の窓口業務のご案内
date: 2025-12-10
author: suzuki-hanako
department: shimin
hashtags: [お知らせ]
summary: 12月29日から1月3日まで、市役所の窓口はお休みです。
---
年末年始（12月29日〜1月3日）は、市役所の窓口業務をお休みします。

- 戸籍の届出（出生・死亡など）は、本庁舎の夜間窓口でお預かりします。
- コンビニでの証明書の発行も、12月29日〜1月3日は停止します。
- ごみの収集日程は、広報かくう12月号をご覧ください。

急いで証明書が必要な方は、12月26日（金）までに手続きをお済ませください。

"""#),
        File(path: "content/posts/2025/ooame-hinanjo.md", contents: #"""
---
title: 【災害情報】大雨のため避難所を開設しました（7月10日 15時30分）
date: 2025-07-10T15:30:00+09:00
author: [tanaka-kenichi, matsumoto-kenta]
department: bosai
# やさしい日本語で読めるよう、漢字に読みがなを付けます
furigana: true
hashtags: [防災, 大雨]
summary: 大雨警報の発表を受け、市内3か所に避難所を開設しました。川端地区の方は早めの避難をお願いします。
image:
  src: /images/posts/ooame.png
  alt: 雨の中、水位の上がった川と、避難所を示す緑色の案内標識のイラスト
---
**7月10日 15時30分現在**の情報です。大雨警報の発表を受け、次の避難所を開設しました。#防災

| 避難所 | 地区 | 開設時刻 |
| --- | --- | --- |
| 架空市民会館 | 中央地区 | 15時00分 |
| 川端中学校 体育館 | 川端地区 | 15時00分 |
| 城山小学校 体育館 | 城山地区 | 15時30分 |

## 避難するときは

- 明るいうちに、動きやすい服装で避難してください。
- 食料、飲み物、常備薬、スマートフォンの充電器をお持ちください。
- 浸水が始まっているときは、無理に外に出ず、自宅の2階以上に移ってください。

**追記（7月11日 10時）**：大雨警報の解除を受け、すべての避難所を閉鎖しました。避難された約140人の皆さん、お疲れさまでした。

"""#),
        File(path: "content/posts/2025/sakura-matsuri-2025.md", contents: #"""
---
title: 第40回 架空市桜まつりを開催します
date: 2025-03-21
author: ito-sakura
department: kanko
hashtags: [桜まつり, 観光]
summary: 4月5日（土）・6日（日）、城址公園で桜まつりを開催します。夜は桜のライトアップも。
image:
  src: /images/posts/sakura.svg
  alt: 城址公園の桜並木と、ぼんぼりが並ぶ遊歩道のイラスト
---
今年も城址公園で #桜まつり を開催します。40回目の節目となる今年は、ステージイベントを拡大します。

## 開催概要

| 項目 | 内容 |
| --- | --- |
| 日時 | 2025年4月5日（土）・6日（日）10時〜20時 |
| 会場 | 城址公園（架空市城山町） |
| ライトアップ | 18時〜21時 |
| 入場料 | 無料 |

## ご来場の皆さんへのお願い

- 公園には駐車場がありません。公共交通機関をご利用ください。
- ごみはお持ち帰りください。
- 雨天の場合、ステージイベントは市民会館に会場を変更します。

架空駅前の観光案内所では、英語での案内も行っています。

"""#),
        File(path: "content/posts/2025/sogo-bosai-kunren.md", contents: #"""
---
title: 総合防災訓練を実施しました
date: 2025-09-01T13:00:00+09:00
author: [tanaka-kenichi, sato-misaki]
department: [bosai, koho]
hashtags: [防災, 防災の日]
summary: 防災の日に、市民の皆さん約1,200人が参加して総合防災訓練を行いました。
---
9月1日の防災の日に、市内全域で総合防災訓練を行いました。約1,200人の市民の皆さんにご参加いただき、ありがとうございました。

## 訓練の内容

- 緊急速報メールと防災行政無線による避難の呼びかけ
- 指定避難所の開設と、受付の練習
- 公式 SNS での情報発信の訓練

SNS での情報発信の訓練では、広報課と防災危機管理課が一緒に、実際の災害と同じ手順で投稿の作成と確認を行いました。訓練の投稿には「【訓練】」と付けています。

次回の訓練は来年9月の予定です。#防災

"""#),
        File(path: "content/posts/2025/tsuyu-sonae.md", contents: #"""
---
title: 梅雨の前に、ハザードマップで避難先を確かめましょう
date: 2025-05-26
author: tanaka-kenichi
department: bosai
hashtags: [防災, ハザードマップ]
summary: 改訂版ハザードマップを全戸に配布しました。避難所と避難経路を家族で確かめておきましょう。
---
大雨の季節を前に、改訂版の洪水ハザードマップを全戸に配布しました。#防災

![川沿いの浸水想定区域が色分けされたハザードマップのイラスト](/images/posts/hazard-map.svg)

## 主な指定避難所

| 地区 | 避難所 | 収容人数 |
| --- | --- | --- |
| 中央地区 | 架空市民会館 | 600人 |
| 城山地区 | 城山小学校 体育館 | 350人 |
| 川端地区 | 川端中学校 体育館 | 400人 |

## 今のうちに確かめておきたいこと

1. 自宅が浸水想定区域に入っているか
2. 避難所までの道のりに、危ない場所はないか
3. 家族が離ればなれのとき、どこで落ち合うか

ハザードマップが届いていない方は、[防災危機管理課](/departments/bosai/)までご連絡ください。

"""#),
        File(path: "content/posts/2026/bosai-no-hi-2026.md", contents: #"""
---
title: 9月6日（日）に総合防災訓練を行います
date: 2026-08-26
author: [matsumoto-kenta, tanaka-kenichi]
department: bosai
hashtags: [防災, 防災の日]
summary: 今年は川端地区で、大雨による浸水を想定した訓練を行います。防災行政無線で訓練の放送が流れます。
---
9月6日（日）に、総合防災訓練を行います。今年は、大雨による川の氾濫を想定した訓練です。#防災の日

## 当日の流れ

| 時刻 | 内容 |
| --- | --- |
| 8時30分 | 防災行政無線と緊急速報メールで訓練の避難指示 |
| 8時35分 | 各地区の一時集合場所へ避難 |
| 9時30分 | 川端中学校で避難所の開設訓練 |
| 11時00分 | 終了 |

緊急速報メールは「【訓練】」と付けて送ります。携帯電話が鳴りますが、驚かないでください。

昨年の訓練の様子は[総合防災訓練を実施しました](/posts/sogo-bosai-kunren/)をご覧ください。#防災

"""#),
        File(path: "content/posts/2026/hinanjo-junbi.md", contents: #"""
---
title: 避難所の備蓄品を見直しました
date: 2026-05-12
author: yamamoto-riku
department: bosai
hashtags: [防災]
summary: 下書き：避難所の備蓄品の見直しについて。
draft: true
---
（下書き）各避難所の備蓄品の点検結果をまとめます。

"""#),
        File(path: "content/posts/2026/influenza-josei.md", contents: #"""
---
title: 高齢の方と子どものインフルエンザ予防接種の費用を助成します
date: 2026-10-01
author: yoshida-naoki
department: [fukushi-kenko, kosodate]
hashtags: [健康, 子育て]
summary: 10月1日から1月31日まで。65歳以上の方は自己負担1,500円、中学生までのお子さんは1回2,000円を助成します。
---
10月1日から、インフルエンザ予防接種の費用の助成を始めます。#健康

## 助成の内容

| 対象 | 助成 |
| --- | --- |
| 65歳以上の方 | 自己負担1,500円で接種できます |
| 生後6か月〜中学3年生 | 1回につき2,000円を助成します（13歳未満は2回まで） |

市内の協力医療機関で接種してください。医療機関の一覧は、子育て応援アプリ「かくうっこ」でも確認できます。

"""#),
        File(path: "content/posts/2026/living-guide-en.md", contents: #"""
---
title: "New English Living Guide for Kaku City Residents"
date: 2026-02-21
author: emily-carter
department: [kanko, shimin]
hashtags: [国際交流, KakuCity]
summary: The English living guide covers moving in, garbage sorting, disaster preparedness and seeing a doctor.
params:
  lang: en
---
Kaku City Hall has published an English living guide for residents from abroad. #KakuCity

## What is in the guide

1. Moving in: registering your address at the [Citizens Division](/departments/shimin/)
2. How to sort and put out your garbage
3. Getting ready for earthquakes and heavy rain ([Disaster Management Division](/departments/bosai/))
4. How to see a doctor, at night and on holidays

Pick up a free copy at the Tourism Division (5th floor) or the Citizens Division (1st floor).
If you have questions, please ask Emily Carter, our Coordinator for International Relations, in English.

"""#),
        File(path: "content/posts/2026/photo-contest.md", contents: ##"""
---
title: "#かくうの夏 フォトコンテストを開催します"
date: 2026-06-20
author: yamada-aoi
department: koho
hashtags: [かくうの夏, 広報かくう, 観光]
summary: "Instagram・X・Bluesky で #かくうの夏 を付けて投稿してください。入賞作品は広報かくう9月号の表紙に。"
image:
  src: /images/posts/kaku-summer.jpg
  alt: 夏の夕方、山並みの手前に青々とした田んぼが広がる架空市の風景のイラスト
---
架空市の夏の風景を、写真で教えてください。#かくうの夏

## 応募のしかた

1. 架空市内で撮った夏の写真を用意します
2. Instagram、X、Bluesky のいずれかで、ハッシュタグ「#かくうの夏」を付けて投稿します
3. 公式アカウントをフォローしてください（入賞の連絡に使います）

| 項目 | 内容 |
| --- | --- |
| 募集期間 | 7月1日（水）〜8月31日（月） |
| 賞 | 最優秀賞1点、入賞5点 |
| 発表 | 広報かくう9月号、公式ソーシャルメディア |

最優秀賞の作品は、広報かくう9月号の表紙を飾ります。ご応募をお待ちしています。

"""##),
        File(path: "content/posts/2026/saiyo-shiken.md", contents: #"""
---
title: 令和8年度 架空市職員採用試験の募集を始めます
date: 2026-04-15
author: kato-megumi
department: somuka
hashtags: [職員採用]
summary: 一般事務、土木、保健師、情報の4職種で募集します。5月の説明会では若手職員と話せます。
---
令和8年度の架空市職員採用試験の募集を始めます。#職員採用

## 募集する職種

1. 一般事務（大学卒業程度）
2. 土木技術
3. 保健師
4. 情報（デジタル推進）

## 説明会

5月16日（土）に市民会館で説明会を開きます。採用2〜3年目の職員が、仕事のやりがいや一日の流れをお話しします。申し込みは不要です。

受験案内は[総務課](/departments/somuka/)の窓口と、このサイトで配布しています。

"""#),
        File(path: "content/posts/2026/seikatsu-guide-english.md", contents: #"""
---
title: 外国人住民のための生活ガイド（英語版）を公開しました
date: 2026-02-20
author: emily-carter
department: [kanko, shimin]
hashtags: [国際交流]
summary: ごみの出し方、転入の手続き、災害への備えなどをまとめた英語版の生活ガイドを作りました。
---
市内で暮らす外国人住民の方のために、英語版の生活ガイドを作りました。#国際交流

## ガイドの内容

1. 引っ越してきたときの手続き（[市民課](/departments/shimin/)）
2. ごみの分け方と出し方
3. 地震や大雨への備え（[防災危機管理課](/departments/bosai/)）
4. 病院のかかり方

観光課と市民課の窓口で配っています。英語での相談は、国際交流員のエミリーが承ります。

"""#),
        File(path: "content/posts/2026/sns-kaisetsu.md", contents: #"""
---
title: 公式 Bluesky・Mastodon アカウントを開設しました
date: 2026-01-15
author: sato-misaki
department: koho
hashtags: [広報かくう, SNS]
summary: X・Instagram に加えて、Bluesky と Mastodon でも市のお知らせを発信します。
---
1月15日から、架空市の公式アカウントを Bluesky と Mastodon にも開設しました。#架空市

- Bluesky：`kaku-city.bsky.social`
- Mastodon：`@kaku_city@mastodon.social`

災害時の緊急情報は、すべての公式アカウントで同時に発信します。運用のルールは[ソーシャルメディア運用方針](/pages/sns-policy/)をご覧ください。

"""#),
        File(path: "content/posts/2026/yozakura-lightup-2026.md", contents: #"""
---
title: 桜まつり 夜桜ライトアップが始まりました
date: 2026-04-01T18:30:00+09:00
author: [ito-sakura, emily-carter]
department: kanko
hashtags: [桜まつり, 夜桜]
summary: 今夜から城址公園の夜桜ライトアップが始まりました。4月12日まで毎晩18時30分から。
image:
  src: /images/posts/yozakura.svg
  alt: 夜空の下でライトアップされた桜と、お城の石垣のイラスト
---
今夜18時30分、城址公園の夜桜ライトアップが始まりました。#桜まつり

## ライトアップの期間

- 期間：4月1日（水）〜4月12日（日）
- 時間：18時30分〜21時30分
- 場所：城址公園 お堀端の遊歩道

今年は英語のガイドツアーも行います（毎週土曜日、19時から）。お申し込みは観光課まで。

"""#),
        File(path: "content/posts/2027/soshiki-kaihen.md", contents: #"""
---
title: 令和9年度の組織改編について
date: 2027-04-01
author: takahashi-makoto
department: somu
hashtags: [市政]
summary: 4月1日から、総務部にデジタル推進室を新しく設けます。
---
4月1日から、行政手続きのオンライン化を進めるため、総務部にデジタル推進室を新しく設けます。

"""#),
        File(path: "content/staff/emily-carter.en.md", contents: #"""
---
name: Emily Carter
name_en:
role: Coordinator for International Relations
topics: [Everyday life in Kaku City for residents from abroad, Tourist information in English, Sister city exchange]
photo:
  src: /images/staff/emily-carter.png
  alt: A drawing of Emily Carter, with shoulder-length red hair and a blue top
params: {}
---
Hi, I'm Emily, the Coordinator for International Relations at Kaku City Hall. I came here from Vancouver, Canada, in 2024.

If you live in Kaku City and need help with moving in, garbage sorting, health insurance or disaster preparedness, please talk to me in English at the Tourism Division (City Hall, 5th floor).

"""#),
        File(path: "content/staff/emily-carter.md", contents: #"""
---
name: エミリー・カーター
name_en: Emily Carter
role: 国際交流員
department: kanko
hashtags: [国際交流]
topics: [外国人住民の生活相談, 英語での観光案内, 姉妹都市交流]
social:
  instagram: emily_in_kaku
  blog: https://emily-in-kaku.example.com/
email: emily.carter@example.jp
since: 2024-08
order: 2
photo:
  src: /images/staff/emily-carter.png
  alt: 肩までの赤毛で、青い服を着たエミリー・カーターの似顔絵
params:
  english: |
    Hi, I'm Emily, the Coordinator for International Relations at Kaku City Hall. I came here from
    Vancouver, Canada, in 2024.

    If you live in Kaku City and need help with moving in, garbage sorting, health insurance or
    disaster preparedness, please talk to me in English at the Tourism Division (City Hall, 5th floor).
    You can also e-mail me; I usually reply within two working days.
---
カナダのバンクーバーから来ました、国際交流員のエミリーです。観光課で、英語での観光案内や、外国から来て市内で暮らす方の生活相談を担当しています。

## 英語で相談できます

市役所の手続きで分からないことがあれば、英語でお気軽にご相談ください。日本語の書類を一緒に読むこともできます。

## 好きな場所

城址公園の桜が大好きです。#桜まつり の時期は、英語のガイドツアーも案内しています。

"""#),
        File(path: "content/staff/ito-sakura.md", contents: #"""
---
name: 伊藤 さくら
reading: いとう さくら
name_en: Sakura Ito
role: 観光課 主事
department: kanko
hashtags: [桜まつり]
topics: [桜まつりの出店・ボランティア, 観光パンフレット]
social:
  instagram: sakura_kaku_kanko
  threads: sakura_kaku_kanko
  youtube: "@kaku-kanko"
since: 2019-04-01
order: 1
---
観光課の伊藤です。名前のとおり、#桜まつり の担当を任されて今年で4年目になります。

## 桜まつりの裏側

出店の受付、ボランティアさんとの打ち合わせ、ライトアップの試験点灯まで、準備は前の年の秋から始まります。当日の様子は観光課の Instagram でお届けしています。

"""#),
        File(path: "content/staff/kato-megumi.md", contents: #"""
---
name: 加藤 恵
reading: かとう めぐみ
name_en: Megumi Kato
role: 総務課 人事係長
department: somuka
hashtags: [職員採用]
topics: [市職員採用試験, インターンシップ, 職員の働き方]
social:
  x: kaku_saiyo
  website: https://saiyo.example.jp/
email: kato.megumi@example.jp
phone: 0123-45-6712
since: 2010-04
order: 1
---
総務課で職員の採用と研修を担当している加藤です。

## 市役所の仕事に興味のある方へ

市役所には、窓口、福祉、土木、観光、情報システムなど、いろいろな仕事があります。夏のインターンシップでは、若手職員と一緒に実際の職場を回ります。採用試験の説明会は毎年5月に開いています。#職員採用

"""#),
        File(path: "content/staff/kobayashi-shota.md", contents: #"""
---
name: 小林 翔太
reading: こばやし しょうた
name_en: Shota Kobayashi
role: 商工振興課 主任
department: shoko
hashtags: [ふるさと納税]
topics: [ふるさと納税の返礼品, 返礼品の事業者募集, 創業の相談]
photo:
  src: /images/staff/kobayashi-shota.png
  alt: 黒髪を横に流し、紺のスーツに赤いネクタイを締めた小林翔太の似顔絵
social:
  x: shota_kaku_furusato
  note: kobayashi_shota
  youtube: "@kaku-furusato"
email: kobayashi.shota@example.jp
phone: 0123-45-6753
since: 2016-04-01
order: 1
---
商工振興課の小林です。ふるさと納税の担当になって4年目です。

## 返礼品は「会いに行ける」ものを

返礼品を選ぶときは、必ず作っている方に会いに行きます。城山地区の桃農家さん、川端地区の酒蔵さん。作り手の話を聞くと、紹介したいことが山ほど出てきます。

返礼品の裏話は、YouTube の「かくう ふるさと便」で紹介しています。#ふるさと納税

"""#),
        File(path: "content/staff/matsumoto.md", contents: #"""
---
# ファイル名と違う slug の例（URL は /staff/matsumoto-kenta/）
slug: matsumoto-kenta
name: 松本 健太
reading: まつもと けんた
name_en: Kenta Matsumoto
role: 防災危機管理課 主任（防災行政無線）
department: bosai
hashtags: [防災]
topics: [防災行政無線, 消防団への入団, 緊急速報メール]
social:
  x: matsumoto_bosai
email: matsumoto.kenta@example.jp
since: 2018-04
order: 3
---
防災危機管理課の松本です。防災行政無線と緊急速報メールの担当で、自分でも消防団員として活動しています。

## 放送が聞こえなかったら

防災行政無線は、雨や風の強い日には聞き取りにくくなります。電話（0123-45-6749、自動音声・24時間）で、直近の放送内容を確認できます。#防災

"""#),
        File(path: "content/staff/nakamura-yuko.md", contents: #"""
---
name: 中村 優子
reading: なかむら ゆうこ
name_en: Yuko Nakamura
role: 子育て支援課 子育て相談係長（保健師）
department: kosodate
hashtags: [子育て]
topics: [妊娠・出産の相談, 乳幼児健診, 子育て応援アプリ「かくうっこ」, 産後のこころの相談]
photo:
  src: /images/staff/nakamura-yuko.jpg
  alt: 長い髪で、ピンクの服を着て笑っている中村優子の似顔絵
social:
  instagram: yuko_kosodate_kaku
  note: nakamura_hokenshi
email: nakamura.yuko@example.jp
phone: 0123-45-6762
since: 2008-04
order: 1
---
保健師の中村です。子育て支援課で、妊娠中の方から小学校に上がる前のお子さんのご家族まで、子育ての相談を受けています。

## 相談で大切にしていること

「こんなことを聞いていいのかな」と思うようなことこそ、聞かせてください。夜泣き、離乳食、きょうだいげんか。どれも、ひとりで抱えなくていいことです。

## かくうっこ、使ってみてください

2025年に始めた子育て応援アプリ「かくうっこ」の企画を担当しました。予防接種の予定を自動で知らせてくれるので、忙しいご家庭にこそ使っていただきたいです。#子育て

"""#),
        File(path: "content/staff/sato-misaki.en.md", contents: #"""
---
name: Misaki Sato
reading:
name_en:
role: Director, Public Relations Division
topics: [Articles for the newsletter "Kaku", Press and interview requests, The city's social media]
photo:
  src: /images/staff/sato-misaki.png
  alt: A drawing of Misaki Sato, smiling, with shoulder-length hair
---
I lead the Public Relations Division. We write the monthly newsletter "Kaku", run this website and the city's social media, and are the first contact for the press.

"""#),
        File(path: "content/staff/sato-misaki.md", contents: #"""
---
name: 佐藤 美咲
reading: さとう みさき
name_en: Misaki Sato
role: 広報課長
department: koho
hashtags: [広報かくう]
topics: [広報かくうへの掲載, 取材のお申し込み, 公式ソーシャルメディア]
photo:
  src: /images/staff/sato-misaki.png
  alt: 肩までの髪で、笑顔の佐藤美咲の似顔絵
social:
  x: sato_kaku
  instagram: misaki_kaku_koho
  note: sato_misaki
email: sato.misaki@example.jp
phone: 0123-45-6722
since: 2005-04
order: 1
---
広報課長の佐藤です。入庁してから税務課、観光課を経て、広報課は2度目の配属になります。

## 大切にしていること

市役所のお知らせは、どうしても堅い言葉になりがちです。「読んだ人が次に何をすればいいか」が一度で分かる文章を目指しています。広報かくうの巻頭特集は、毎月わたしが取材に行っています。

## 休日の過ごし方

市内のパン屋さんめぐりが趣味です。おすすめは #架空市 のハッシュタグで時々紹介しています。

"""#),
        File(path: "content/staff/suzuki-hanako.md", contents: #"""
---
name: 鈴木 花子
reading: すずき はなこ
role: 市民課 窓口係長
department: shimin
topics: [住民票・印鑑登録証明書, 転入・転出の手続き, コンビニ交付]
social:
  line: "@kaku_shimin"
  threads: hanako_kaku
email: suzuki.hanako@example.jp
since: 2015-04
order: 1
---
市民課の窓口係長をしています。引っ越しの手続きや証明書の発行など、毎日たくさんの方とお話しします。

## 窓口からのお願い

3月下旬から4月上旬は、1年でいちばん窓口が混み合います。住民票の写しは、マイナンバーカードがあればコンビニでも取れますので、ぜひご利用ください。#架空市

"""#),
        File(path: "content/staff/takahashi-makoto.md", contents: #"""
---
name: 高橋 誠
reading: たかはし まこと
name_en: Makoto Takahashi
role: 総務部長
department: somu
topics: [市役所の組織, 職員採用]
social:
  facebook: takahashi.makoto.kaku
  website: https://takahashi-makoto.example.com/
email: takahashi.makoto@example.jp
phone: 0123-45-6701
since: 1994
order: 1
---
総務部長の高橋です。1994年に入庁し、福祉、財政、企画の仕事を経験してきました。

## 市民の皆さんへ

市役所の仕事を、もっと身近に感じていただけるよう、このサイトで職員一人ひとりの顔と仕事を紹介することにしました。気になることがあれば、担当の職員に遠慮なくお尋ねください。

"""#),
        File(path: "content/staff/tanaka-kenichi.en.md", contents: #"""
---
name: Kenichi Tanaka
reading:
name_en:
role: Chief, Disaster Management Division (also Public Relations)
---
I prepare the city for disasters and make sure warnings reach every resident quickly, in plain words.

"""#),
        File(path: "content/staff/tanaka-kenichi.md", contents: #"""
---
name: 田中 健一
reading: たなか けんいち
name_en: Kenichi Tanaka
role: 防災危機管理課 主査（広報課兼務）
department: [bosai, koho]
hashtags: [防災]
topics: [ハザードマップ, 避難所, 出前講座「わが家の防災」, 防災情報の発信]
photo:
  src: /images/staff/tanaka-kenichi.png
  alt: 短髪で眼鏡をかけ、防災服を着た田中健一の似顔絵
social:
  bluesky: tanaka-bosai.bsky.social
  mastodon: "@tanaka_bosai@mastodon.social"
  youtube: "@kaku-bosai"
email: tanaka.kenichi@example.jp
phone: 0123-45-6742
since: 2012-04-01
order: 1
---
防災危機管理課の田中です。防災士の資格を持っています。災害時の情報発信を担当するため、広報課も兼務しています。

## 出前講座にうかがいます

「わが家の防災」という出前講座で、年に30回ほど自治会や学校にうかがっています。非常持ち出し袋の中身を実際に並べて、皆さんと一緒に見直すのが好評です。

災害の情報は、[防災危機管理課のページ](/departments/bosai/)と公式 SNS でお知らせします。#防災

"""#),
        File(path: "content/staff/watanabe-daisuke.yml", contents: #"""
# 本文のない職員の例（.yml ファイル）
name: 渡辺 大輔
reading: わたなべ だいすけ
name_en: Daisuke Watanabe
role: 市民生活部長
department: shimin-seikatsu
topics: [市民生活部の業務全般]
social:
  blog: https://watanabe-daisuke.example.com/
since: 1998-04
order: 1

"""#),
        File(path: "content/staff/yamada-aoi.md", contents: #"""
---
name: 山田 葵
reading: やまだ あおい
name_en: Aoi Yamada
role: 広報課 主事
department: koho
hashtags: [広報かくう, かくうの夏]
topics: [公式 Instagram・YouTube, 写真・動画の撮影, フォトコンテスト]
photo:
  src: /images/staff/yamada-aoi.png
  alt: 髪をお団子にまとめ、緑の服を着た山田葵の似顔絵
social:
  instagram: aoi_kaku_koho
  threads: aoi_kaku_koho
  bluesky: aoi-kaku.bsky.social
email: yamada.aoi@example.jp
since: 2022-04
order: 2
---
広報課の山田です。公式 Instagram と YouTube の写真・動画を担当しています。

## まちを歩いて撮っています

一週間に一度は、カメラを持って市内を歩きます。朝の田んぼ、商店街の夕方、お堀の白鳥。「架空市にこんな場所があったんだ」と言ってもらえるのがいちばんうれしいです。

夏には #かくうの夏 フォトコンテストを開きます。皆さんの一枚を楽しみにしています。

"""#),
        File(path: "content/staff/yamamoto-riku.md", contents: #"""
---
name: 山本 陸
reading: やまもと りく
role: 防災危機管理課 主事
department: bosai
topics: [避難所の備蓄品]
since: 2026-04-01
order: 2
draft: true
---
4月に入庁しました。プロフィールは準備中です。

"""#),
        File(path: "content/staff/yoshida-naoki.md", contents: #"""
---
name: 吉田 直樹
reading: よしだ なおき
name_en: Naoki Yoshida
role: 福祉健康部長
department: fukushi-kenko
topics: [福祉健康部の業務全般, 地域包括ケア]
photo:
  src: /images/staff/yoshida-naoki.jpg
  alt: 白髪まじりで眼鏡をかけ、青いネクタイを締めた吉田直樹の似顔絵
social:
  facebook: yoshida.naoki.kaku
email: yoshida.naoki@example.jp
phone: 0123-45-6704
since: 1991-04-01
order: 1
---
福祉健康部長の吉田です。入庁して最初の仕事が、高齢者のお宅を一軒ずつ訪ねる調査でした。

## 窓口を「ひとつ」に

子育て、介護、障害、生活の困りごと。ひとつの家庭に、いくつもの相談が重なっていることがあります。本庁舎2階の総合相談窓口では、どの課の担当かを気にせずに相談していただけます。

"""#),
        File(path: "site.en.yml", contents: #"""
# The English words of the site (site.yml keeps everything else).
title: Kaku City Hall
description: The official site of Kaku City Hall, with its staff, what each department does, and its news.
organization:
  name: Kaku City Hall
  logo: /images/logo.svg
  address: 1-1-1 Chuo, Kaku City, Kaku Prefecture 999-0001
  phone: 0123-45-6789
  email: info@example.jp
  social:
    x: kaku_city
    facebook: kaku.city
    youtube: "@kakucity"
    line: "@kakucity"
    bluesky: kaku-city.bsky.social
    mastodon: "@kaku_city@mastodon.social"

"""#),
        File(path: "site.yml", contents: #"""
# 架空市役所 — Koho のサンプルサイト（架空の市役所です。実在の団体とは関係ありません）
title: 架空市役所
description: 架空市役所の公式サイトです。職員と部署の仕事、日々の取り組みやお知らせを紹介しています。
base_url: https://example.jp/kaku/
# サイトの言語。最初の言語（ja）がサイトのルート（/）に、ほかの言語は /en/ のように言語名のフォルダに置かれます。
# 記事の翻訳は隣のファイル（content/staff/sato-misaki.en.md）に書きます。翻訳のない記事は、
# untranslated: fallback（既定）なら日本語のまま載り、omit ならその言語から外れます。
languages: [ja, en]
untranslated: fallback
timezone: Asia/Tokyo
theme: default
hashtags: [架空市]
share: [x, facebook, line, bluesky, mastodon, threads, hatena, email]
mastodon_instance: mastodon.social
organization:
  name: 架空市役所
  logo: /images/logo.svg
  address: 〒999-0001 架空県架空市中央一丁目1番1号
  phone: 0123-45-6789
  email: info@example.jp
  social:
    x: kaku_city
    facebook: kaku.city
    youtube: "@kakucity"
    line: "@kakucity"
    bluesky: kaku-city.bsky.social
    mastodon: "@kaku_city@mastodon.social"
feeds:
  items: 20
  full_content: true
paginate: 5
markdown:
  unsafe_html: false
# 本文の漢字に読みがな（ふりがな）を付けるときは true にします。ページごとに front matter の
# `furigana: true` / `false` でも決められます（この例では子育て支援課と大雨の記事に付けています）
furigana: false

"""#),
        File(path: "static/favicon.svg", contents: ##"""
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0a58a8"/><circle cx="16" cy="16" r="9" fill="#fff"/><circle cx="16" cy="16" r="4" fill="#e8779a"/></svg>

"""##),
        File(path: "static/images/logo.svg", contents: ##"""
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><title>架空市の市章</title>
<circle cx="32" cy="32" r="30" fill="#0a58a8"/>
<g fill="#ffd6e2">
<circle cx="32" cy="17" r="8"/><circle cx="46.3" cy="27.4" r="8"/><circle cx="40.8" cy="44.1" r="8"/><circle cx="23.2" cy="44.1" r="8"/><circle cx="17.7" cy="27.4" r="8"/>
</g>
<circle cx="32" cy="32" r="6" fill="#e8779a"/>
</svg>

"""##),
        File(path: "static/images/posts/hazard-map.svg", contents: ##"""
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360"><title>川沿いの浸水想定区域が色分けされたハザードマップ</title>
<rect width="640" height="360" fill="#f4f1e8"/>
<path d="M0 150q120-40 240 10t220 0 180-20v90q-90 40-180 20t-220 0-240 0z" fill="#f6c2c2"/>
<path d="M0 170q120-30 240 15t220 0 180-20v40q-90 30-180 15t-220 0-240-5z" fill="#e57f7f"/>
<path d="M0 185q120-20 240 18t220 0 180-18" stroke="#3b82c4" stroke-width="14" fill="none"/>
<g fill="#2e7d32"><path d="M110 70l14 24h-28z"/><path d="M470 280l14 24h-28z"/><path d="M300 60l14 24h-28z"/></g>
<g stroke="#777" stroke-width="3" fill="none"><path d="M60 40l80 280M320 20v320M520 40l-40 300"/></g>
<rect x="16" y="16" width="150" height="64" rx="6" fill="#fff" stroke="#999"/>
<rect x="28" y="28" width="18" height="14" fill="#e57f7f"/><rect x="28" y="52" width="18" height="14" fill="#f6c2c2"/>
<path d="M60 35h90M60 59h70" stroke="#555" stroke-width="4"/>
</svg>

"""##),
        File(path: "static/images/posts/kaku-summer.jpg", base64: "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wgARCAJ2BLADASIAAhEBAxEB/8QAGwABAQADAQEBAAAAAAAAAAAAAAEDBAUCBgf/xAAZAQEAAwEBAAAAAAAAAAAAAAAAAQIDBAX/2gAMAwEAAhADEAAAAesr0/PiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKKIkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACqrMURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRVRMURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURQVW0URRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRVRMURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURQVWYoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiqi0URRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEXJDE6u1za8B9JcrfNPoNTSvKZsXTlFWRRFEURRFEURRFEURRFEURRFFFZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHUztj6Z5fUGdgAHO6LSvzjrcn1OUNKgAAAAAAAAAAAAVVZiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKIoiiKNrr4svl9QY3AAAAcrq+Na8BXq8kURRFEURRFEURRFEURRFEUURIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADNh3s7dIeV1AAAAAAcfX6HP9TmDWgAAAAAAAAAAAFVW0URRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEXyV59oikxRFEURRFEURRFEURRFEURRFEURROhobuVuiPN6AAAAAANLm9DQ9HnitqxRFEURRFEURRFEURRFEUVUTFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEURRFEUQ4qu/83r+WGb6H5gj7l8x9C3zKXiiKIoiiKIoiiKIoiiKIoiiKIombEq7jx78zpCAAAAA8y5mvXp88VaIoiiKIoiiKIoiiKIoiiKCqzFEURRFEURRFEURRPL5aabvX+M9zl9u5HYrvFJiiKIoiiKIoiiKIoiiKIoiiKIoiiKIomDS+cnLb0ScAQA9+B9D2fhdxt9c1Nyu8URRFEURRFEURRFEURRFEURRFGz0uJ0eXTaHLoAAAA5+fm9OcV15xRFEURRFEURRFEURRFEURRVVtFEURRFEURRFEUTxPkpz9aRflBDf0CftNj4b6GvR2C11ikxRFEURRFEURRFEURRFEURRFEXnTXc+b0sFucJyAAAAAvZ4pb7n38V9FXo6aq6xRFEURRFEURRFEURRFEURRFG7ucbJz36rV2Oe3oVk84LNnU1sXRRK6KQ5E16vn43zbH7hwe3XX2qLxRFEURRFEURRFEURQVExRFEURRFEURRMM+Qtl61i/KCABqL7aVTofTfE+41+6cbtZ9MUtFEURRFEURRFEURRFEURRJq/Lzn0ONGnKCoAAAAAAAHT+j+J9xr904vap0lRaKIoiiKIoiiKIoiiKIoiiKIoAiiLpo2+bxOffDb1C2AIZMY7/b+FyV2+5cHuV6PSotFEURRFEURRFEUVVZiiKIoiiKIomp5+SvjcJpyggAay3nSMfRzdLj7FsegNOJ0OeT9vsfB/RZ9XaVTaKIoiiKIoiiKIoiiLryz8Lm8+/N68l+cAAAAAAAAAABuaZP2W78D26dP0bxkz3iiKIoiiKIoiiKIoiiKIoiiLjPevxeJfDq8mNOcFQAAAGTGPoO38Jkrt924Hcz6faotFEURRFEURRREgAAAAOd5+UvhcZryAADEnzzrMfRCNANre4+5pybgvyAdH6f4f3XX75xO3l1hFgAAAAADH8xNOn81jbcYTQAAAAAAAAAAAAADP9L8mjT9BfJfTZdecVuAAAAAAAAAA88v52+Xb4GJpyhNAAAAAAAAGTGPoO78Fkpv96+f7mfTkEWAAAAqq2iiKIoiicnx8vrzXya8gAAHjmbmOnXqtjzn1YWZFsLMMLP7tnl2dLc14qJxAdHnE/dbHwH0mPX21Z9EURRFEXyi83mcPXnzYDXlBAAAAAAAAAAAAAAAAD34H0vc/Pt3Po+1aW9l1xUTFEURRFEURRGt83bLu/N6LblC2QAAAAAAAAAAADJjH0Pd+ByU3++fP93Lq9qreKIoorIAADg+PnNuWw25AAAAAMWLLi5/TCmwHrY19jfgDTlAAAA6P1Xwnum36C4fcw7QrYcC1Ol8nreejiC2QAAAAAAAAAAAAAAAAAAAF7nCRb9AyfB/T4dnVWZ7gAAHngWp2/nePj35LC+AAAAAAAAAAAAAAAADJjH0Xe/P8ufR9++d72PVkFb+hEgCD5nxw9+MNuUAAAAADFiy4uf0wpsB62NfY34A05QB6PLP7o1Wx4MT15udLmlvvXwzHo3ecbcwIAAAAAAAAAAAAAAAAAAAAAAA6v1HwWTPf9CcDvYdtOXE9PicHT35M+A15gQAAAAAAAAAAAAAAAAAAAy4h9H3vz7Ln0foSuT0IviYfJ+OT0cQbcoAAAAAAGLFlxc/phTYD1sYNzbgxXZyOXVyZ2bx7MwACUY/GdZq+N1doN7xdqNjxZievNwAAAAAAAAAAAAAAAAAAAAAADe0SenzBIKgAAAAAAAAAAAAAAAAAAAAAAfpC4/P9h8b45/XwBrzAAAAAAACmHFmw8/phTYDL1OX1I4AjlAAAAAAAAASjH4zrNXxurtBveLtRseLMT15uAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALTyyWGJntWu2rDUbnqr7b4jzqT0BrzgAAAAD0eWfJRq5NpkxZKzaelu6T0wnYDL1OX1I4AjlAAAAAAAAAAAAAASjH4zrNXxurtBveLtRseLMT15uAAAAAAAAAAAAAAAAAAAAAAAALTyyWGJntWu2rDUbnqrSu6hqXaQ17nVYrkQ8eqgEAAAANAdoAAAuSGK7OTNq5M7N49mYAADT0t3Sn0wnYDL1OX1I4AjlAAAAAAAAAAAAAAAAAAASjH4zrNXxurtBveLtRseLMT15uAAAAAAAAALTyyWGJntWu2rDUbnqrSu6hqXaQ17nVYrkQ8eqgEAAAAAAAAAAAAAANAvajJkq1/W17za+TIzBQAAAAABp6W7pT6YTsBl6nL6kcARygAAAAAAAAAAAAAAAAAAAAAAAJRj8Z1mr43V2g3vN2m3PUNK7qGpdpDXudViuRDx6qAQAAAAAAAAAAAAAAAAAAAAAAAAxZKkEAAAAAAAAAMGDeNdFvFtFvDU2xmCgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0GLnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6AMCjOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwDOwCNhNtdsDXbA12wNdsDXbA12wNdsDXbA12wNdsDXbA12wNdsDXbA12wNdsDXbA12wNdsDXbA12wNdsDXbA12wNdsDXbA12wNdsDXbA12wNdsDXbA12wNdsDXbA12wNdsDXbA12wNdsDXbA12wNdsDXbA12wNdsDXbA12wNdsDXbA12wNdsDXbA12wNdsDXbA12wNdsDXbA12wNdsDXbA12wNdsDXbA12wNdsDXbA12wNdsDXbA12wNdsDXbANBaN9oDfaA32gN9oDfaA32gN9oDfaA32gN9oDfaA32gN9oDfaA32gN9oDfaA32gN9oDfaA32gN9oDfaA32gN9oDfaA32gN9oDfaA32gN9oDfaA32gN9oDfaA32gN9oDfaA32gN9oDfaA32gN9oDfaA32gN9oDfaA32gN9oDfaA32gN9oDfaA32gN9oDfaA32gN9oDfaA32gN9oDfaA32gN9oDfaA32gN9oDfaA32gN9oDfaA32gN9oDfaA6Ax0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1xtUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADYGOgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHPdBtXnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6A57oDnugOe6AMCls7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AM7AI2SdZsjWbI1myNZsjWbI1myNZsjWbI1myNZsjWbI1myNZsjWbI1myNZsjWbI1myNZsjWbI1myNZsjWbI1myNZsjWbI1myNZsjWbI1myNZsjWbI1myNZsjWbI1myNZsjWbI1myNZsjWbI1myNZsjWbI1myNZsjWbI1myNZsjWbI1myNZsjWbI1myNZsjWbI1myNZsjWbI1myNZsjWbI1myNZsjWbI1myNZsjWbI1myNZsjWbI1myNZsjWbIOctXoucOi5w6LnDoucOi5w6LnDoucOi5w6LnDoucOi5w6LnDoucOi5w6LnDoucOi5w6LnDoucOi5w6LnDoucOi5w6LnDoucOi5w6LnDoucOi5w6LnDoucOi5w6LnDoucOi5w6LnDoucOi5w6LnDoucOi5w6LnDoucOi5w6LnDoucOi5w6LnDoucOi5w6LnDoucOi5w6LnDoucOi5w6LnDoucOi5w6LnDoucOi5w6LnDoucOi5w6LnDoucOi5w6LnDoucOi5w6LnDoucOi5w6Iy3AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1xvgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB//EACkQAAICAgEFAAAGAwEAAAAAAAATAQIDBBIRIDBAUAUQMTNgcCEykLD/2gAIAQEAAQUC/wDE5pS1yutBGKkfnOOkltaC+O1P6Ow4Op+ngy4P6M18XTx7GLl/RWvTlbybNOM/0Rjrxp5L15V/ofDHXJ5tiOmT+htX/bzbX9D6vn2v0/kEzFYraL1+Jq/7eba/kGfPXDGbNbLOPJbHODark+Jhnpk82eeuT+PbG4TPWfzwbVsZiy1yx8KluVfJaeNfo2mKxbeluLLTLHycuWuKuxsWzd9bTWcG7E/CwX6T5M9+s/QtaKxtbE5pK2ms6+5FvkbG3FC9pvbw4M98Jg2KZvg4cnXx5r8fo3tFK7Oec1uzX2b4jDlplr8PJeuOuzt2yebX3ZgpaL19/Hl8OTL22tFYpat4+VkvXHTYzWzX7q2ms6+7FvhbO1XCZclstvPiyWxW19uuT4FbzUrmgi0T+c2iC2aC95t2foZ92tTJkvkml7UnDvFLVvHx8uSuKmfLbNfw6+zfCYctMtfdmYrGzuzb1NfbviMWWmWvx8+3TGZs98vbS9qTh3ilq3j4mfLXDTNltlv33y9LRPWPyraa2192Le5sZ6YYz575p9WtprbX3Yk/X4mfYx4TPtZMvhpe1Jw75S9bx8HYz1w0y5LZLd+a/wCWO/GezX2r4TDmpmr7Gzu9CZ6z7GDYvhMGxTN8HLlpijPu3v5aXtScO+UvW8e9tbEYK5L2yW78t+nZivx7a2mltbdi3rZstMNdnZvm93X3pqUtW9fcvetIz78yWmbT56XtScO+UvW8e3t7MYK3tN7d+S/HuxX6d2ttXwmHNTNX0tncrjL2te3vYst8Vtfcpk9qZiIz78QZL2yW9Ol7UnBvlL1vHsbm1GGLWm1u/JfjE/578V+6tppbW3ot6GS9cddnctl+Hr7l8Rhy0y19bPu0xmbNfNPr0vak4N8pet6+rubaiZmZ7724xM9Z8GK/Xv1tq+Ew5qZq+TZ2qYTLlvlt8StppbX3ok/X08+1jwmfZyZvcpe1JwfiBS9b19Lc21+K2ObSmScUwLFixYsWJkTJHXp3VtNLa29FvFaYrG1vTb5OvsXwmvs0zehnz48Jn3cmT4FL2pOD8QKXrevn3dzj5b90fr49bavhMOamavdsbFMEbGe+efl62/NSlq3r48uSmKNjftYn/Pw6XtS2D8QKXrevk3dzzX7o/XyUtNLa29Fu3a3uhMzM/NxZb4ra27TL4bWilc/4gXta8/Gpe2O2D8QKXrkr4d3c5ee/dH6+bW274TBmpmrmzUw12dq+f6WtuXxGHLTNXsn/ABGxv0oZct8s/Kpe2O2D8QKXrkr3bu4z0L90fr3REyRQ4QcDhJ0nspaaWve17fTpaaW1t+JI/wA/lsbuPEZ9jJmn51L2x27JmIje22+jfuj9fziskUIrEeDhBwOEnSfra+zkwTsbmTN9W0xWu7tTmn0b91f9opJFIOnT0OEHA4SdJ/k17RSu5tTnt6V+7H+56/CDgcJOk/yDJeuOm3s22L+nk7sf7nucIOBwk6T/ABHpJxk4ScBZwg4QcYOhlyVxU2ti2xf0YpJFIOnQ2O7H+58HhBwOEnSf4F0k4ycJOAs4QcIOMHTx7Ge2fJ5oiZIoRSO3Y7sf7nxuEHA4SdJ+n0k4ycJOAs4QcIOMHT4MVkihFYjwbHdj/c+Xwg4HCTpPxOknGThJwFnCDhBxg6fIikkUg6dPHsd2P9z6HCDgcJOk+r0k4ycJOAs4QcIOMHT50RMkUIpHn2O7H+59XhBwOEnSe7pJxk4ScBZwg4QcYOn1YrJFCKxHpbHdj/c+1xg4wdPuxSDp09XJTmJkTImRMiZK4pi3/NFgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFi/wDnewYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixf/ADvYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwYMGDBgwWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYsWLFixYv/ne2BsDYGwNgbA2BsDYGwNgbA2BsDYGwNgbA2BsDYGwNgbA2BsDYGwNgbA2BsDYGwNgbA2BsDYGwNgbA2BsDYGwNgbA2BsDYGwNgbA2BsDYGwNgbA2BsDYGwNgbA2BsDYGwNgbA2BsDYGwNgbA2BsDYGwNgbA2BsDYGwNgbA2BsDYGwNgbA2BsDYGwNgbA2BsDYGwNgbA2BsDYGwNgbA2BsDYGwNgbA2BsDYGwNgbA2BsDYGwNgbA2BsDYGwNgbA2BsDYGwNgbA2BsDYGwNgbB//8QALhEAAgIBBAAFAwMEAwAAAAAAAAECEhEDEyIxBBAhMEAgMmAUM0FCUFJhUYCQ/9oACAEDAQE/Af8AxExkWi2bH+x6LMY/BoxsyMVH6JRUuyUav8FhGq+qcbL8EivX2Jr1/A4d+xPv+3t4JTyRk0RkpfJfr8iUqi1H/Imn18SWpjobz9EdT/kXr8CD/j6pv+PkTnUbz5J46I6me/gt47J6mevrUmuiOon8BSM+WRy8m0uzeIyUuviak6nfnGDn15Q1HEjJS696eookpOXftQ1HEjJS6+E/Tslrf4jefOOq12RkpdfB1NSvovojFyeEQgoLCNbStyXkm10Q1U+/b6J638R91PHRDW/y+BLWS6HJy7+uOs12Rmpde9q6uPRfQk28I09NQXnr6X9S84ariRkpdexOagTm5fAhqOJDUUvcnqqJKbl37cdZrsjNS69vV1cekfp0nCC79SLssowYJTjHs1VHOY+abXqiGsn6P6tTX/iJ38OGvj7hNP1XsT1IxJ6rl78NdrsjNS69jV1v4j9fh/215+L+5fVp6ziRkpdeUpqHZqarn8aM3HohrKXf0ymodk9dy6+HDXa7IzjLr6dbW/pj7Hh/215+L+5fWpOPqj9T6f7G3L1fydPXceyM1PolJR9WT8R/id/Gh4hrvz1tbPGPs+H/AG15+L+5f2NNr1Q5OXq/la2tb0XXteH/AG15+L+5f33W1r+i69vw/wC2vPxf3L8I8P8Atrz8X9y/CPD/ALa8/F/cvwiOtOKwj9RqH6jUJzc/V/8AR7JkyZMmTJkyZMmTJkyZMmTJkyZMmTJkyZMmTJkyZMmTJkyZMmTJkyZMmTJkyZMmTJkyZMmTJkyZMmTJkyZMmTJkz+GcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcjkcvwyhQoUKFChQoUKFChQoUKFChQoUKFChQoUKFChQoUKFChQoUKFChQoUKFChQoUKFChQoUKFChQoUKFChQoUKFChQoWRZFkWRZFkWRZFkWRZFkWRZFkWRZFkWRZFkWRZFkWRZFkWRZFkWRZFkWRZFkWRZFkWRZFkWRZFkWRZFkWRZFkWRZFkWRZFkWRZFkWRZFkWRZFkWRZFkWRZFkWRZFkUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUiUibpum6bpum6bpum6bpum6bpum6bpum6bpum6bpum6bpum6bpum6bpum6bpum6bpum6bpum6bpum6bpum6bpum6bpum6bpum6bpum6bpum6bpum6bpum6bpum6bpum7+GXZdl2XZdl2XZdl2XZdl2XZdl2XZdl2XZdl2XZdl2XZdl2XZdl2XZdl2XZdl2XZdl2XZdl2XZdl2XZdl2XZdl2XZdl2XZdl2XZdl2XZdl2XZdl2XZdl2XZdl2XZdl2f//EACsRAAICAQQABQQCAwEAAAAAAAABEhMCAxEiYRAgMDFAIUFRYAQyFEJQkP/aAAgBAgEBPwH/AMRHkl9WZfy8F7H+b0Y/y8H7iyT+q/RtTUWmt2amplqPd+TT1MtN7o09Vai3X6Lrak8vNpakMt/0TVy2wb9DRy3wX6Hr/wBH6Gh/RfobW62GtvPiorb9E19P/ZebQ0/9n8heRr4SXoNfAz0d/riPBr38Fi37GGjt9cvHb4qW/kb28GvXS39No9vhrHyPE9vg4rfyN7De5jl4vH1Fj+fWeP4+AsTbzvEa29bHHfyt7+OOX28XjuNbegluJbfAeO41t6ixbEtvTeA016eGH3fly3Y/obm4luY7/fxa3MsNvbzY4fn4mWH4Pb0Fi2LFL13h+Bpr0MMPu/Pn/bx0vbzZYbjTXv4JNmOG3xmkzLBrypN+xjppfDemvsPFr38uGn936Gf9vHS9vI9TFC1MfBrcq+olt8nLTTGnj7iW/sY6X5+PlpJ+3jp6e31fo5/28dNpL6j1V9h6rZvv5FnkharFrIWpj8lrcS29vlaent9X6Wfv4v1FnkharFrIWpj/AMqSLMS3EuRp6cfq/Qepih6r+w8m/fyP4KzyQtVi1kLUx+XJFmJbiXIuLWWZE8jd+k2l7j1V9h6rZvv538ZZ5IWqxayFqY+pJFmJbiXIuLWWZE8jd/BeaQ9b8Dzyfpv5azyQtVlyLkXFrLMieRu/lPJv39Tc3/71paWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWkGQZBkGQZBkGQZBkGQZBkGQZBkGQZBkGQZBkGQZBkGQZBkGQZBkGQZBkGQZBkGQZBkGQZBkGQZBkGQZBkGQZBkGQZBkGQZBkGQZBkGQZBkGQZBkGQZBkGQZBkGQZBk2TZNk2TZNk2TZNk2TZNk2TZNk2TZNk2TZNk2TZNk2TZNk2TZNk2TZNk2TZNk2TZNk2TZNk2TZNk2TZNk2TZNk2TZNk2TZNk2TZNk2TZNk2TZNk2TZNk2TZNk2TZNlRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVfpnA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HA4HD9Mt6Lei3ot6Lei3ot6Lei3ot6Lei3ot6Lei3ot6Lei3ot6Lei3ot6Lei3ot6Lei3ot6Lei3ot6Lei3ot6Lei3ot6Lei3ot6Lei3ot6Lei3ot6Lei3ot6Lei3ot6Lei3ot6Lei3ot6Lei3ot6Lei3ot6Lei3ot6Lei3ot6Lei3ot6Lei3ohkQyIZEMiGRDIhkQyIZEMiGRDIhkQyIZEMiGRDIhkQyIZEMiGRDIhkQyIZEMiGRDIhkQyIZEMiGRDIhkQyIZEMiGRDIhkQyIZEMiGRDIhkQyIZEMiGRDIhkQyIZEMiGRDIhkQyIZEMiGRDIhkQyIZEMiGRDIhkQyIZFmRZkWZFmRZkWZFmRZkWZFmRZkWZFmRZkWZFmRZkWZFmRZkWZFmRZkWZFmRZkWZFmRZkWZFmRZkWZFmRZkWZFmRZkWZFmRZkWZFmRZkWZFmRZkWZFmRZkWZFmRZkWZFmRZkWZFmRZkWZFmRZkWZFmRZkWZFmRZkWZFmRZkWZFmRZkWZFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVFRUVfpkEQRBEEQRBEEQRBEEQRBEEQRBEEQRBEEQRBEEQRBEEQRBEEQRBEEQRBEEQRBEEQRBEEQRBEEQRBEEQRBEEQRBEEQRBEEQRBEEQRBEEQRBEEQRBEEQRBEEQRBEEQRBH//xAAyEAACAQIDBwMDBAIDAQAAAAAAMQECEQMhURASICIwQFAyQYFSYGFwkJGxkqEzcYKw/9oACAEBAAY/Av8A4nPLBzT/AAZUxtzpg5ZsZx+h16/46N6P4/Qzeq+OnvUv9Cryo6u9Cn9CYjqzH6ER15/P6Dz16f0Hq69P3DeZtBembx4WevT9wZ+rQ5loXoktVy1eEjr/APX2/u4P+ReXwWq5qS9E+DierM+SvVNoOWOQvRPx4q9cmlOnHembSWxcp18FaVPV3Y8jeqbQZZUabL0zaS2LlOviN3D5qi9U3npZenQyyq08DaX07Q/I71U2g0p9o4bOjQvRPx4S9c2g3aOWj++tbFzjUvTN48Bar+ejanhvVNoL0zePF71U5F5XtHHembSbuLlOvgrRzV6F65v2F6JsWq5avAZGeRlO3OTLPith806+xeubl6JmJLYsfMF6JiY8RvVF6viOlb1UaF6J+O+vM2g3cLKNe0tVzUF6J8RaOar8HNOWnDeiZiS2LHzBeiYmPC71XxGpvVdDJF423pm0m7i5Tr3medWhzLTtr0zaS2NlP1GXhM5vVpB9NOkdG9EzElsaPmC9ExMeCvL9oN6ubz0N2Nn44beqjQvRPx3O7g/5F5fc8vp0MsqtJ8Deufgth8kf76t6JmJLY0fMF6JiY7/WqVBvVzeehaHwWlcN6ZtJu4uU69teuSyo0722NnGpembx3t65iILYMW/Ml5m89heiZiS2NHzBeiYmO8tGdcqCaqpvPQ/PFaVxW9VGheifjs93D5qv9QXqm89/eibFquWvurzNoLYOc6yXrm89peiZiS2NHzBeiYmO53ac8T+iZqm8z0Pz0N2eK9M2k3cbKdfbsN6ubQbtHLR/fg7Vc1Beie3tRz1f6OefjuL0TMSWxo+YL0TEx227RnX/AEXnOejeejaXx29VGheifjq2jmr0L1zfwt6ZtJu42U/UZdnb1VaQZzanSO8vRMxJbGj5gvRMTHZ7mH6/edOle8DgYxjGMY4GZ8d6ZtJu43LOvt0r1TaDdwco+rxPLnToZZVfTPYc856FqeSn8eAvRMxJbGj5gvRMTHYTh4T96tO/t6qNC9E/HHnnV9JzLTxm7jZx9RvUTeOpeuqxbC5Y19zPwd6JmJLY0fMF6JiY6s4eD81eB3qZtJu43LOvtw7uB/kXnOfHXomxavlr6N6ptBbBj/1JeqZmfz4e9EzElsaPmC9ExMdKcPBXvV4S3qo0L0T8F65LemjTyVquagvRPDmWwuedfYvXVfxd6JmJLY0fMF6JiY49zC9HvOvgHsXBvUzaTerm8+U3qZtJu42U/UZbLU89X4OactI8feiZieG85QbmH/x/33mfSexeW5ZvT9Jb006R5WZqm0QbtOWH/fcR2j2L7m3qptBaMsOFHc09y9i+4Jqrm0GlEKO0jip757F9ooW17VsmqubQXle0drTxU+DexfYSFte1dTeq+I07anip8Q9i8mhbXtXg8+jTxU+NexeEQtr2ry1PFT5J7F2qFte1fYFPFT5d7FxIW17V5fPs6eKnzi+1IGMYxkTf9tJCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMY/wBu9CEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMY/270IQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxjGMYxj/AG70IQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCP//EAC8QAAMBAAEDAQcEAgMBAQEAAAABEVHwMUFhISAwQFBxgZEQocHRYHCAseHxkLD/2gAIAQEAAT8h/wD4nLzqeewt134H/cj1EkuiSGk+qTP40DvW8H6mbaun+jvRdPsEkkSi9tqqP1R1+bx/oyRK9ezPdwQ9PXz/AKK/+sXvfuofX/RO8d/r71D3uNRx9f8AQ8/26+//AC5/odfXxe/X1b6r/Q/8fv8A91/kLikjq2KizO6+St6Pj37dH1f+QepN7F6l+0TonRF+Fq7Mnfxr+SeKP09/Y+z/AB5xKv0SFq+o+/8AQY5jbdW/Yn/SX1X0PUo1d18j/eT3qWHYbrbfV/MWlRHVsU9C19I+r8nrsa3VfKvS0xLqxs19v/Ptq7iO6JH0z0+4mmk000+6+Q+pn9nvcgXX5i7qI7sgaR015f6K7iO6J0/x3/Xyi/DXshseZ3fumnrvc/QRR/J6/IYe26efdxdz+3zF/SQZ99ki/dO30PVQ1uq+SMCvkKNP3Pek2mmnGiDf81f2Iize6+UqQu69H6uvr7DuojuyL+y+VvUSfudFK/Y9tXeR3RKj+O/6+RUvpDt9T1ZHZdl8BWXS7Mjz/bfyDrb0xjPSx0If3/XoQhHuY6u4sXsNpG20ku7PR1fiP7Lst+yPI6kdPj8PK6l8oem+nZd2zsi+wvdTPuPb6Hqoa3VfHOKSOrZQr3u9/TPhIH0p9V9D1kdXdfIU2ujZW+rftfh2b0X3H/4vp7PkdSOnx+HldS+S90H3GGJv0XZe4gKWnUQplX6qzye6JUfx3/XxnqrgvUo3idF6L4ZWeT3RF+kOn3E0ibJp918kSNfmIqJPier9z5HUjpcPh5HUvkXWS/3Bn/gHuI37r/T606idVXT2JH3Ht9D1ANbqviG0k23Ehdeq+/8AQc5rberb+Jd+q9z9BfH/ACX/AL8hmys7mdUNe73vkdSOlw+HkdS+P4VPcaWGe4nv/X2Kv/h9lUeT3RHj+O/6+G9ETEurGr+y/wA/GJtNNONEq35q/sSFn918b5nUzpAZev4Gl5nVv4DyOpHT4fDzOpfGehD7I8sbyb1b9xPF1/sP1dfs+m+mee1A+49voesFrdV8Hcjrwo1Pv7v4+y+l2ZJn+0/inJJHVstK/FFRfN8J5nUjo8Ph5nUvifQSzt/Ick9U2/cI2bohmzbdb9vp/ZftKjyejRDh+e/r4BsR8xYp+58jSPpT6r6Hqr6u6+HvfbOj7lJddk6L4jzOpHR4fDzKpfDK6fu5/wCxya2erb7+4Rd/ZaP7x7nr/wAPPtxfuPb6HrBa3Ve9u/SXb6nrPuy7L6fJVx5PRom/RHT7iaRNk0+6+DuM+N6npn4i/wDfjPM6kdDh8PMql8Hc5vg/Ubbbbdb7+5v36VSPQVgrBWCsFYE7cj9K8E9J6G/Htrjy+jRPh+W/r3TSojq2UKd/uf0z5S39Wj9BHH/Kf+/AJfsl9Wyz9J6n9/kHmdSOhx+HmVS+A9Wco/6e97fa6fvIv3Ht9D1gtbqvb9e8E6lS8TovRfK02mmnGiFTJ1X10SkX917yJy9vJRX5fEGbNs233fyPzKpHR4/DzKpe96o8I/6X9++7fa6fvUxpfRonw/Lf17DaSbbiXcTXqPv2fYc2tnq2+/y66+l2ZAll2f0fuXRdfdnWu4eiGl9d2+T+YVI6PH4eYVL3UzGdPp7/ALfa6fv5f3Ht9D1c9bqj0nsS6seP7D/PzKL9KfVfRnqz6u69lkxskl1bPRFfhP7KFP2xfK/NKkdHj8PNKl7TaSbbiXdkjc1wPp8B2+10/b6Ihvdw+sPIfiY1dW9hMaX0aHJl/d/NExpfRom/RnT74MkTZNPo1+lL6C3ovqz+Ne+X+eVL2XNqQq2+w12xrufPT4Ht9rp+w32/Jq/B0Be20n1SG3tB5D8TGrq3zb6wFuhSR+e/7fzVeT1TbPXal/8A0/gu32vVAY6+gl19RJ0L37SfVIbe0HkPxMaurf5M2Jr6tnrYY+p5fwfb7X7z4dpPqkNvaDyH4mNXVv8AIEhE9zkB935+ERr1L2v3nxjSfVIbe0HkPxMaurf4jbu/TfRL1foeZnhPCIxEuz+50Lr9v4FJvoMdfQS6+ok6Efze1+8+QtJ9Uht7QeQ/Exq6t/gVu79N9EvV+h5meE8IjF7t2b6djonv+iIb3cEe1+p06ex/N7X7z5M0n1SG3tB5D8TGrq3zO3d+m+iXq/Q8zPCeERi+Qt9vyavwdAXuP5va/efK2k+qQ29oPIfiY1dW+SW7v030S9X6HmZ4TwiMXydJvoMdfQS6+ok6F7v+b2v3nzBpPqkNvaDyH4mNXVvhbd36b6Jer9DzM8J4RGL5d0RDe7gj2v1OnT3383tfvPmrSfVIbe0HkPxMaure1bu/TfRL1foeZnhPCIxfNW+35NX4OgL4L+b2v3nzppPqkeM8IjF89S6+ok6F8K70GlDxTxTxTxTxSSHp/wDmlGiNEaI0RojRGiNEaI0RojRGiNEaI0RojRGiNEaI0RojRGiNEaI0RojRGiNEaI0RojRGiNEaI0RojRGiNEaI0RojRGiNEaI0RojRGiNEaI0RojRGiNEaI0RojRGiNEaI0RojRGiNEaI0RojRGiNEaI0RojRGiNEaI0RojRGiNEaI0RojRGiNEaI0RojRGiNEaI0RojRGiNEaI0RojRGiNEaI0RojRGiNEaI0RojRGiNEaI0RojRGiNEaI0RojRGiNEaI0RojRGiNEaI0RojRwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwhwn/C2vWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6/8AhbOidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonRyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyhyn/C2vWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6yvWV6/+Fs6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidE6J0TonROidHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKHKf8La9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXrK9ZXr/4W+QeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQeQf/aAAwDAQACAAMAAAAQyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB+++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA//AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/APwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABRCxiwAAAAAAAAAAAAAADjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjjij/8A/wDNEOOOOOOOOOOOOOOzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzd//AP8A/wDo7zzzzzzzzzzzzzNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNZ/wD/AP8A/wD/AOY000000000000377777777777777777777777777777777777/AO++++++++++++++++p//wD/AP8A/wD1/vvvvvvvvvvvvgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACRrxQAAAAAAAAAAAAAAAE9f/8A/wD/APaAAAAAAAAAAAAAMcccccccccfXMsccccccccccccccccccd/v/AP8AIyxxxxxxxxxxxxxxxz//AP8A/wD/AMccccccccccccccssssssssovv/APjvLLLLLLLLLLLLLLLVb/8A/wD/AP8Au0yyyyyyyyyyyyyyyW7/APuksHfcssssssssssvPPPPPPPJXv/8Azcz/AM888888888888us/wD/AP8A/wD/AP8A/c08888888888888888868e//O4888888888zzzzzzz5e/8A/Qgf/wD7PPPPPPPPPPAZ/wD/AP8A/wD/AP8A/wD/AP8A7jrPPPPPPPPPPPPPL8z/AP8A/wD/APd6zzzzzzzNNNNNNTf/AP8A/IILX/8AdNNNNNNNNCv/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wAINNNNNNNNNNNYO/8A/wD/AP8A/wD/AP8A7hjTTTTfvvvvjX//AP8AFNOOFw//APX9vvvv8vv/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AN/z7777777O7/8A/wD/AP8A/wD/AP8A/wD/AP8A90+++OOOOWf/AP8A/wD/APf/AP3/AP8A/wD/APMOBV//AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AIxjjjgxf/8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP6jjjTT/wD/AP8A/wD/AP8A/f8A/wB//wD9f/7B/f8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AOhCnPv/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/vZCF+//AP8A/wD/AP8A/wB//wBY3/8A333/AN9//wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8Atc//AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/uT/AP8A/wD/AP8A/wDv3/8AB99999999999/wDff/8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/ANdd8e1P/wD/AP8A/wD/AB3PW/8Awfffffffffffffffff8A33//AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AF13x7fdfNt99999/wD/AP8A/jf/APffVv8A8H333333333333333333333/AN9//wD/AP8A/wD/AP8A/wD9dd8e33Xzbfffffffffffffffe9fTXffffffVv/wfffffffffffffffffffffffffff8A3nt918233333333333333333333333330/3333333333/wD/AH/fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc88888888888888888888888888888888888888888888888888888888888888888888888888/8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD888888888888888888888888888888888888888888888888888888888888888888888888888999999999999999999999999999999999999999999999999999999999999999999999999999CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx+++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++888888888888888888888888888888888888888888888888888888888888888888888888888wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww999999999999999999999999999999999999999999999999999999999999999999999999999+++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++999999999999999999999999999999999999999999999999999999999999999999999999999AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/8QAKREBAQACAgEDBAICAwEAAAAAABEBYSFRcRAxsSAwQaFAwVBgcIHw0f/aAAgBAwEBPxCIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiMZZTD3rh/6jD9uWcsplERERERERERERERERERERERERERERERERERERERERERERERlhhhJj6MJDPDKIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiI8x9XAIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiItjj7EM8IiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiPdEREREREREREcMfsc80REREREREREREREREREREREREREREREY8blk4/h7K9k90REREREREREY4zWM3F+rOYyqoiIiIiIiIiIiIiIjHhtjZ/LDG0iIiIiIiIiIiIjFx5ZZMrn6M+OHLGFwiIiIiIiIiIjy+r8JEREREREREREREREYsdsmVz6ZMqY+HDKIiIiIiIiIiMGNyZePDH15mnG54yiIiIiIiIiIlxljDPt6Zwx7rcYRjbk93tw9yIiIiIiIiIiIiIw4zHuznOVz65qYs4zjMy4TPOGApERERERERHA++WQv2nCZ5wwFIiIiIiIiIiekZYwp+IyZXPpjM5w4Tk92IiIiIiIiIiIx9hnOc5ufp0QJvy/Ppnbk4XjlERERERGc4wuWbPyfdyZUwZ4Mc84RERERERERmY5y4zmzFy+rGZzhxHPD3MiIiIiIiIjB32c3nPrjXuJL8/n1r+//AO+vE55wwNyRERERhufdlefb+B7H7PY/dEREREREcNjnL399rGZzhxnPD3siIiIiIjavpvs8jB7hhSmdmcck+/49c7R+NcoiI9mDHys5zlc/wsZnOGbhy2xNLhERERHC59+nB+2PvYznHOHBc8PeyIiIiJc3/f1/I+c+v6X9/VwOecMfc0Yq5uG9sfxs3c3H8MoiIxVzcFxx+/4WM5xzhw/PH7e+kRPSvJx39j5Hzn1/S/v68xSZV+P9Gcpc/wAng+WGKubBVjPnjjtnOcrn+LjOcZuHB88ftGeOcuX7Hz9n5Hzn1/S/v/B52kyzFbn+TnOMYuWf/wB2ftfI+c+v6X9/53Pn7Hy+38j59f0v7/0j5Hz6/pf3/pHyPn1/S/v/AEjCs3GG79Ybv1hlq/8AKcwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEwmEx/wuAAAAAAAAAAAAIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQn+mPN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vN5vNvb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29qampqampqampqampqampqampqampqampqampqampqampqampqampqampqampqampqampqampqampqampqampqampqampqampqampHSOkdI6R0jpHSOkdI6R0jpHSOkdI6R0jpHSOkdI6R0jpHSOkdI6R0jpHSOkdI6R0jpHSOkdI6R0jpHSOkdI6R0jpHSOkdI6R0jpHSOkdI6R0jpHSOkdI6R0jpHSOkdI6R0jpHSOkdf6Zvb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29//8QAKREBAQACAgICAgIBBAMAAAAAABEBYTFxUfAhQRAwIEBgUIGRsaHR4f/aAAgBAgEBPxCqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqsDSYfG1lN/9/wD4+NwzhiaXCqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqv4zVD/ALfwqF/zEwqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqs2fP1jj+WbF9PtVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVUI8fops+xVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVV8vb7/R8f8Ae/7VVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVf4VVVVVVVVVVVizZfbJlnGf5YxnOZhJ8FVVVVVVVVVVVVVVVj5Zwz8Kqqqqqqqqqqqqxi/xzjw4VVVVVVVVVVU/wDN/L5P+JVVVVVVVVVVVVVVVYVx+M4rJjhVVVVVVVVVVWPlDn+ecVkwqqqqqqqqqqx/QcW/HHmP/oKxc8fjnGccqqqqqqqqqqqqr+Jx+cHL8Ycs4zjlVVVVVVVVWUxjGOP1Yc8M4zyVVVVVVVVVVfCsfPDyMYn5wZ4ZxnkqqqqqqqqqqrlZ4/hgwuWTK5Q+M/jOMZ+Ms2PnCqqqqqqsfPCfz+1nGM8s+Pkqqqqqqqqqqy55Ywxx/PDnhk5Kqqqqqqqq5meP4ZzjGLlny/P3Pzj+WOWTKZVVVVVn4sfD+hiM/NVVVVVVVfOZYeH68GeHIKqqqqqqp/EwzcfDKplCGT5YZRPywYTLL8iqqqr8mMT4x/Tr8mcZymVVVVVcT+/eWPPz8HOqqqqr+hOb88n8sPzxyzMKzswwfP7/AK2NmXyuPnCqq/jXyGfn+lKzvn4OJKqql+h5vzyfnOcY+cvtGR9sZxnhgwmU/b4YMJj+z8zj4yzkMmcwYMfLjGMfGP6ucV8h8FWth/TzfnKKYXk4L4Zy+Wc/nGZw4TLD5wyOcMj7YzjPH9jBhMsGMw/s4ufjDbP1Z3OfuYzOHCZYfOGRzhkfbGcZ4/0jOcY5Zx/bOD7ZxM/Rhjx+z+ec4x85bRlcI5Exx/TYzOHCZYfOGRzhkfbGcZ4/s5zjHLOP7ZwfbOJn6MM5fWGXnN9s5PtnJzn9XKGF5OC+GcvlnP8ADHH9hjM4cJlh84ZHOGR9sZxnj9Wc4xyzj+2cH2ziZ+jDOX1hl5zfbOT7Zyc5/o8ll4D7T9GOP7rGZw4TLD5wx9mGfowzl9YZec32zk+2cnOf7XIv13KlM5v+u9HR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR0aWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29vV5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5V5/wz3y98vfL3y98vfL3y98vfL3y98vfL3y98vfL3y98vfL3y98vfL3y98vfL3y98vfL3y98vfL3y98vfL3y98vfL3y98vfL3y98vfL3y98vfL3y98vfL3y98vfL3y98vfL3y98vfL3y98vfL3y98vfL3y98vfL3y98vfL3y98vfL3y98vfP+GQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQampqampqampqampqampqampqampqampqampqampqampqampqampqampqampqampqampqampqampqampqampqampqampqampqampqbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsbGxsd3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3/wzS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tL//EAC0QAAMBAAAFAwIGAgMBAAAAAAABEfEhMUFx8FFhgZHBIDBAUKGxENFggOFw/9oACAEBAAE/EIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCE/+LwhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEJ/8XhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIT/4vCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIT/AAleXEanPh/iEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCKYi4NuCfIoTc9eAvrzOtv1Sv5F8UeiUEsQejVLdbfVQ/qi42nZf7HXarjN8kIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIRkCDTceS33/0LKSOSSiX40MQmc01UxXAzq/L+BpptNNNdGQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCE/wAJ4heLOj17/lpb1Ei6f9/4hCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEFvTeK/d0X3/ADUpTG8C5L/0QhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCenFip/Ar7m5/m9IBw9n0YxiIjjXuQhCEIQhCEIQhCEIQhCEIQhP+WJdLgd/HH89LSUSJfnn/P6yEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhWF8FfV/+fn9d8v6GQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQh4Pn8/8Anf6IQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEFhgrESOWF5hCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhC98Vc7P/AN/Pu0t+h9EQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCf459JVji936L3Z5Zjnq/ct69zuLqcHDuCTfH9n07MjIQhCEIQhCEIQhCEIQhCEIQhCEIQhCrfDifnxfnzy4pF8+v9kIQhCEIQhCEIQhCEIQhCEIT/gbMMSFbbiS9SiFyGLguzr3HW1rFbfq/wAHG4vhTge77P8Aglaq5nDuL9iXB1cGhCnm18H1/N5QSXuO44ZX3/cU+DrUSRc+mw7rp7I4xpeg7q+/L9q58D1TfZffkXq68Gc/duv9fj5DpmRknrlJXH2dO/LsKbFUypr2f7Cp8nIvJfmlIZW2er9Pj9bCEIQhCEIQhCEIQhCHMfOyJHH8fG5t/Z7dP8ch3zIz0FJJw73q/jsKNJrinxTIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQfoKcHdf8Ad+xzIvMuflJq49ebdvR9hQ9Rv/h6rt/iEIQhCEIQhCEIQhCEIQhCEIQhCEl3SZ9H+/y031D6PXuc+ZCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQTJOtv8Aper9igdZ5/L3fq/6/C5a/Wd/J07cjiKl6Dvr78iEIQhCEIQhCEIQhCEIQhCEIQhCEIQgmo+vU/RLqzikHB8eF7vovZfmuRMVNONMj7kUv8y13OTnxlX/AIQhCEIQhCEIQhCEIQhCEIQhCEILg002muTQppPj5L1dxNNJp1P8ha2LkvpXb1YzYxtuLb6kIQ5jPnxIXWp1bO/oQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIIHfXt6JdWekKrfBfu/V/j5L3nRo9BCScO96v47C4pNNNPimQhCEIQhCEIQhCEIQhCEIQhCEIQgigjzuD+7p25l60ewn0S6foFxo7ncXU41TwSb4/s+nZkIQhCEIQhCEIQhCEIQhCEIQhCEH0p18ZEVMPVcUKfo3+SluN6sppfUckcCV8N/wCkIQUWKtkSXuyh1zar7nwPQDybnYXJCigerL39T6LS/v8A0+gssnq2d/QhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEqycEfCQ/vicEPg+i/wB9fymjX6jf5OnbkcVcvSd9ffkQhCEIQhCEIQhCEIQhCEIQhCEFjrrcSEDPKt4dp0e/PsNtttut8W3+j45EcKcP3fZ/wRGVc3h3UQhCEIQhCEIQhCEIQhCEIQhCEIQgiiS9mxrRpe7ZCEIQtNS+H8w+xUZ6qquCvx1+fwqKB6svf1PotL+/9PoLLJ6tnf0+SEIQhCEIQhCEIQhCEIQhCEIQhCEIQhB/bW4IfYL7voUht8E8n0S/I4qE4/XsWgPJ/wCeWt10aPTa0nDver+Owo0muKfFNEIQhCEIQhCEIQhCEIQhCEIc2wq/xe79F7s4xq8txfu/03LW6+MnZO4JHH2dO/LsKKFUypr2ZCEIQhCEIQhCEIQhCEIQhCEIQhCEIQ9AGOvy9PkctXcL819R/wBfkqqJ6svf1+T6CS/v/T6CqwerZ39PkhCEIQhCEIQhCEIT9B1lVLfF/svVjWLOS6J6JdF+RxQ48vS9l/hrqm+U9PdClMTZVNdfwP2v1G/ydO3I405ek76+/L9QhEhW24kvVlQLltXBdnXuxl1aFbfq/wBSkri94tu3o+ws8D8Xfw9Hb9hvGyo49pFtXItHfk6fH1G623xb4t+v5iqierL39fk+mkv7/wBPoKrJ6tnf0+f0MIQhCEIQhCEIUrSS53P3ei/s6mFn0Xol0Xt+RU4hza6P9/g42uv5evYTTSaaafJr8HLm6+NHolaXh3vV/HYUaTUafFNEIQhCEIQhCEIQhCEIc8p65vsvvyKkduDufu3X+v1jmTFTTjTIG5NL/MtdzkJ4fV/4yEIQhCEIQhCEIQhCEIQhCEIQZ0D1Ze3r8FF7lNRt25F80ZK+t1v5/QKqJ6svf1+T6SS/v/T6CKwerZ39PkhCEIQhCEIQhCEIQhCEIQhCHCAHsJ/R7dR8Nb4OC9vyFJi+QvR6jNjG23W31/Dc1xcGfw7fibtfqN/k6duRCVl6Tvr78iEIQhCEIQhCEIQhBpNuDus+725HPDQyv/xe369IYO53V1OO9cEm+P7Pp2ZCEIQhCEIQhCEIQhCEIQhDiEIZiXdsQ9BJRey5v5gzvXq3L2S5L4/SI6J6svf1+T6DS/v/AE+gjsvq2d/T5IQhCEIQhCEIQhCEIQhCEOEAam4pPX7EMzBS4t/kUz8BX7DSzFbf47pnjyd/X4ufN1xo9IjS8O56v47CjSadT4pohCEIQhCEIQhBTK9eZv0S6s49XwfHhe76L2Xzf2PjfRwpw/d9n/BDBVzeHfXQhCEIQhCEIQhCEIQhCD4JtuJcWzhETwrcT36vj6iy6rkJ2l9+f6hPRfVl7+vyfRaX9/6fQRn31bO/p8kIQhCEIQhCEIQhCEIQo2vM+KPf19n1GvRbCtvV/kNnP+oHdtb+PZfkx8h5n0f7/Gya/Vb/ACdO3Ihqy9J319+RCEIQhCEIQgkkQudwf3dO3MoIj2E+idP2XnTdca89CdE/gkcfZ07rh2FFGqZU17MhCEIQhCEIQhCEIQbNUe7O7kv7Ka3Suvl1+X6xPTfVl7+vyfQaX9/6fQRn31bO/p8kIQhCEIQhCEIQhCC3WJrmpvRev9BzZitnW36v8l09ESj4IwGcVPvomYjMRmIzEZiMV04nszAYltNLa4ppMREOjzaRP8fOny40ehQpeHd9X8dhRpNRp8U0QhCEIQgjx9biXyJejjOHadHvz7Dbbbbbb4tv9oT1xW8W3b0fYX+BuLP4ejt/iEIQhCEIQhCf4QeE6qP0XTu4KeMOFOF7/Yp+wJ6b6svf1+T6aS/v/T6Cc++rZ39PkhCEIT8pDKGvEODdV6n79Btt18W/zPu/i/m/mP2t9Vv8nTtyOPqXpO+vvy/HzRqrvF7v0XuyN7XluL93+1ubMVNONP1RAvJr+Cf259zlkIfV/wCP2/Mq1eR8X2Lmy9DuHUdun8mNKNWytv3f7GnLvqy9/X5PpJL+/wDT6Cc++rZ39Pn81cc3m318Xt6/nfd/F/N/N5muXGj071Lw7vq/jsJppNOp8U1/lTJCtnEl6suJcdNVTt693w9KNWnSrb1f7crtnc9lrqcbz4Jnx/4Oz/n8nnxofEhaaPoj4d39DmMisf7OuLvqy9/X5PpJL+/9PoJj76tnf0+f8whCEIOJNtxL1EvFNUuE+ns9+vb8/wC7+L+b+exa312/ydO3I4hhek76+/I58r1z/RL78i1HXg7n7t1/r9y4918LcPw4P+CbSrm8O+uhCEIIiNWIkvdlDlA2bX3Phw9yf05G52FyX7WsLvqy9/X5PppL+/8AT6Cw++rZ39PkhCEIKbJVsiS9WXnHDlv2r0/t2/Qfd/F/N/HzDY3yvYuIox0/Wi+su6FeXwM5WPj8DPc1uPPY5jiH19vZe37pzPcuNeehDqbwSY/Z/ZcOwio1Yqa9mQupK4c8eHBUZrK6uEvx17v9vUF31ZfZ+q7kIQg5aZlEi6sQmD5Ebe/p7OvX9D938X83/PM5C6XrwCfsjkTfV8fx82HdH2AYvrLuhXl8DOVj4/dkpcQvEt29H2HDl/Dql9R/1+5QhBKbKcSQ1P4CXJuv4PRff9F938StBK2+CR0Ynucwv+Aq4S7L8/mw7o+wDF9Zd0K8vgZysfH/ACZfq63Ev/fY5jUM5t/Z6Lp+j+7+tnmw7o+wDF9Zd0K8vgZysfH/ACBWNa2/pLq/YqHXOZy/s/py/R8xKzFbKv2KebDuj7AMX1l3Qry+BnKx8f8AEEm+SbFyDPgTOr54CdzjuxT4q+ok6t8ISubRI6n3YkcvkElcFfAkJ8lt0SXVs6gekOpfu31f6FjEbfsdGL7nML/gKuEuyPB8fs882HdH2AYvrLuhXl8DOVj4/wCApN8k2LkGfAmdXzwE7nHdinxV9RJ1b4Qlc2iR1PuxI5fIJPJXx+XKMnBrsF931/P5hsb5XsXE5izBJJESXt+DwfH7ZPNh3R9gGL6y7oV5fAzlY+P3JJvkmxcgz4Ezq+eAnc47sU+KvqJOrfCErm0SOp92JHL5BJ5K+P2DmchdL14BP2RyJvq+P5Hg+P3GebDuj7AMX1l3Qry+BnKx8fsaTfJNi5BnwJnV88BO5x3Yp8VfUSdW+EJXNokdT7sSOXyCTyV8fs7GI2/Y6MX3OYX/AAFXCXZfl+D4/dp5sO6PsAxfWXdCvL4GcrHx+kSb5JsXIM+BM6vngJ3OO7FPir6iTq3whK5tEjqfdiRy+QSeSvj9u5hsb5XsXE5izBJJESXt+d4Pj97nmw7o+wDF9Zd0K8vgZysfH4Um+SbFyDPgTOr54CdzjuxT4q+ok6t8ISubRI6n3YkcvkEnkr4/dOZyF0vXgE/ZHIm+r4/ovB8f8Anmw7ob3y/DYkcvkEnkr4/feYX/AAFXCXZfpeuE816mCzBZgswWYLHtensSf/aaEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhCEIQhP/i+wjYRsI2EbCNhGwjYRsI2EbCNhGwjYRsI2EbCNhGwjYRsI2EbCNhGwjYRsI2EbCNhGwjYRsI2EbCNhGwjYRsI2EbCNhGwjYRsI2EbCNhGwjYRsI2EbCNhGwjYRsI2EbCNhGwjYRsI2EbCNhGwjYRsI2EbCNhGwjYRsI2EbCNhGwjYRsI2EbCNhGwjYRsI2EbCNhGwjYRsI2EbCNhGwjYRsI2EbCNhGwjYRsI2EbCNhGwjYRsI2EbCNhGwjYRsI2EbCNhGwjYRsI2EbCNhGwjYRsI2EbCNhGwjYRsI2EbCNhGwjYRsI2EbCNhGwjYRsI2EbCNhf9w9tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3Gbj/AOluojURqI1EaiNRGojURqI1EaiNRGojURqI1EaiNRGojURqI1EaiNRGojURqI1EaiNRGojURqI1EaiNRGojURqI1EaiNRGojURqI1EaiNRGojURqI1EaiNRGojURqI1EaiNRGojURqI1EaiNRGojURqI1EaiNRGojURqI1EaiNRGojURqI1EaiNRGojURqI1EaiNRGojURqI1EaiNRGojURqI1EaiNRGojURqI1EaiNRGojURqI1EaiNRGojURqI1EaiNRGojURqI1EaiNRGojURqI1EaiNRGojURqI1EaiNRGojURqI1EaiNRGojURqI1EaiNRHno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89f9Ldxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3Gbj/AOlu8jeRvI3kbyN5G8jeRvI3kbyN5G8jeRvI3kbyN5G8jeRvI3kbyN5G8jeRvI3kbyN5G8jeRvI3kbyN5G8jeRvI3kbyN5G8jeRvI3kbyN5G8jeRvI3kbyN5G8jeRvI3kbyN5G8jeRvI3kbyN5G8jeRvI3kbyN5G8jeRvI3kbyN5G8jeRvI3kbyN5G8jeRvI3kbyN5G8jeRvI3kbyN5G8jeRvI3kbyN5G8jeRvI3kbyN5G8jeRvI3kbyN5G8jeRvI3kbyN5G8jeRvI3kbyN5G8jeRvI3kbyN5G8jeRvI3kbyN5G8jeRvI3kbyN5G8jeRvI3kbyN5Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89Hno89f9Ldxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3GbjNxm4zcZuM3Gbj/AOlu2jbRto20baNtG2jbRto20baNtG2jbRto20baNtG2jbRto20baNtG2jbRto20baNtG2jbRto20baNtG2jbRto20baNtG2jbRto20baNtG2jbRto20baNtG2jbRto20baNtG2jbRto20baNtG2jbRto20baNtG2jbRto20baNtG2jbRto20baNtG2jbRto20baNtG2jbRto20baNtG2jbRto20baNtG2jbRto20baNtG2jbRto20baNtG2jbRto20baNtG2jbRto20baNtG2jbRto20baNtG2jbRto20baNtG2jbRto20baNtG2jbRto20baNtH//Z"),
        File(path: "static/images/posts/ooame.png", base64: "iVBORw0KGgoAAAANSUhEUgAABLAAAAJ2CAMAAAB4notuAAAAkFBMVEX////+//7u8/jL2unI1+bI1+XH1+XF1eOeurmZp7uXprqXpbqWpbqWpbmVpbmVpLmTpLeSobaBm4xul1pulltullprmV6ihFygglqgglmAin6dgVl5iJ+SdEyKcEeNbkaMbkaAblWNbEWKbERvlVp4h6BwlFl2hZ5Eh1UDb0cAb0cAbkcAbkYAbkVaWloEaEE/n3dHAAATLklEQVR42u3dcVMTWdrG4YPjDIYdkICoUxMFRyBpNJvv/+02KO6ANkknfbr7PMl1Vb1Vb+0f9yi7/urkgZlJxwBBJF8CQLAABAsQLADBAhAsQLAABAtAsADBAhAsAMECBAtAsAAECxAsAMECyBaso6Pj1938Aixbtmw5b7COxuOj0VEnvyPLli1bzhusPyfTyfKv3UGGLVu2bDlzsMaTm+m0k9+SZcuWLWcN1uvReHpzM+ngyWjZsmXLuYO1fNndTCej/Am2bNmy5dwfCZcvu5ubrt6Mli1btpwvWA8vuw5+Q5YtW7acO1heo5YtWy5iuclHQq9Ry5YtF7G8Plheo5YtWy5kuUGwvEYtW7ZcxnKDj4Reo5YtWy5jeW2wvEYtW7ZcyvL6YHmNWrZsuZDl9R8JvUYtW7ZcyPK6YHmNWrZsuZjltcHyGrVs2XIpy2s/EnqNWrZsuZTl5DVq2bLlKMvrguU1atmy5WKW130k9Bq1bNlyMcvJa9SyZctBltcFy2vUsmXLxSyv+0joNWrZsuVylpPXqGXLloN8IlwTLK9Ry5Ytl/OJcM1HQq9Ry5Ytl7P8OnmNWrZsOcYnwtE4eY1atmw5yCfCSfIatWzZcojlo/GqYHmNWrZsuazl5DVq2bLlEMtHk1XB8hq1bNlyWcvJa9SyZctBllfcsLxGLVu2XNbyqqO716hly5bLWk5eo5YtWw7yiXBFsLxGLVu2XNYnwhVHd69Ry5YtF7acvEYtW7Yc5BPh88HyGrVs2XJZnwhXfJfQa9SyZculLSevUcuWLUdZTl6jli1bjrKcvEYtW7YcYnk6fiZYXqOWLVsucDl5jVq2bDnKcvIatWzZcpTl5DVq2bLlKMvJa9SyZctRlpPXqGXLlqMsJ69Ry5YtR1lOXqOWLVuOspy8Ri1bthxlOXmNWrZsOcpy8hq1bNlylOXkNWrZsuUoy8lr1LJly1GWk9eoZcuWoywnr1HLli1HWU5eo5YtW46ynLxGLVu2HGU5eY1atmw5ynLyGrVs2XKU5eQ1atmy5SjLyWvUsmXLUZaT16hly5ajLCevUcuWLUdZTl6jli1bjrKcvEYtW7YcZTl5jVq2bDnKcvIatWzZcpTl5DVq2bLlKMvJa9SyZctRlpPXqGXLlqMsJ69Ry5YtR1lOXqOWLVuOspy8Ri1bthxlOXmNWrZsOcpy8hq1bNlylOXkNWrZsuUoy8lr1LJly1GWk9eoZcuWoywnr1HLli1HWU5eo5YtW46ynLxGLVu2HGU5eY1atmw5ynLyGrVs2XKU5eQ1atmy5SjLyWvUsmXLUZaT16hly5ajLCevUcuWLUdZTl6jli1bjrKcvEYtW7YcZTl5jVq2bDnKcvIatWzZcpTl5DVq2bLlKMvJa9SyZctRlpPXqGXLlqMsJ69Ry5YtR1lOXqOWLVuOspy8Ri1bthxlOXmNWrZsOcpy8hq1bNlylOXkNWrZsuUoy8lr1LJly1GWk9eoZcuWoywnr1HLli1HWU5eo5YtW46ynLxGLVu2HGU5eY1atmw5ynLyGrVs2XKU5XTkNWrZsuUgy2l84zVq2bLlGMtpPJ14jVq2bDnEcppMJ16jli1bDrGcpjcTr1HLli2HWE43XqOWLVsOspxufCK0bNlykOXU2cvuxrJly5bzLqdlzrp52d1YtmzZct7lNJ6Mj4478Pq1ZcuWLeddTqPRcUcsW7ZsOe9yOu7Oa8uWLVvOudxlsACyEixAsAAECxAsYEsnPBAsKLxWp6cjHhyfngoWlFur4+Uf0zEPjkaj/3TaLMGCrd2/rcbTWcWD2Wx6MhqdnAoWFJer42+1WizmPFh+LarZZDQ6FSwo7Xl18q1WVfXlK99V1ddltJbJ6ur+Lliw3fVqNJnd10qlfo7W3eLr7KSjR5ZgwTa9+nM0nS/U6pl31mJ22k2xBAu26tVs4XX1fLLm1bSTYgkWbHO/mnlerS7WfNJFsQQLtujVVK/WFGsxGx2fCBYU0KvJXK8aFEuwYPgD1vGxD4RNijXNXyzBAgesTsyrcfZiCRZs+MAajau5HDX7UHgqWDDwA8vFvekT6/ToRLBg2BeWT4RNf7Yh+482CBb4RBjmM6FggU+EYc7uggUbBssnQsECnwh9JhQsECzBAsFCsECwBEuwQLAECwQLwQLBEizBAsESLBAsBAsES7AECwRLsECwECwQLMECBEuwQLAES7BAsAQLECzBAsESLMECwRIsQLAECwRLsAQLdjRYd3dfBEuwIESw7ubzuWAJFkQI1vJP/GHgfwuiYMF+BeswBf73tgoW7FGwqsXbg4PDqroTLMGCwoN1N69eHByk07BPLMGC/QlWtTg9WHpRRS2WYMHeBGv5x/3+gXWQXgmWYEHxwTpc1iot/y/q3V2wYF+CVS3efutVynt3v8tMsECwflzcvxUr5919nptggWB9u7in78HKeHf/UuU2FyzY92A9XNwfipXr7n7/bMvsbMWvTLBgX4L1/eL+o1h57u73wUo5rf60KliwF8H6/8X9x4fCPHf374exrAQL9j1Yjy7uKefd/dsL68ALCwSrm4t71ru7YIFgdXpxz3l3fxSsth8FBQsEq+binvHu7oUFgtXtxT3j3f3fYB20/XGGA8ECwaq5uOe7u/8I1kF60fLHRRevHv4+R8GCvQ7WLxf3fHf3x8FatPn7ce4WZ4IFglV3cc92d38crHnV4m95XkZVsECwai/uue7uT4J11+4VKFggWLUX91x3d8ECwer+4p7p7i5YIFjdX9wz3d0FCwSrh4t7nru7YIFg9XFxz3J3FywQrD4u7lnu7oIFgtXLxT3H3V2wQLB6ubjnuLsLFghWPxf3DHd3wQLB6uni3v7uLlggWD1d3Nvf3QULBKuvi3vru7tggWD1dXFvfXcXLBCs3i7ube/uggWC1d/FveXdXbBAsPq7uLe8uwsWCFaPF/d2d3fBAsHq8eLe7u4uWCBYfV7cW93dBQsEq9eLe5u7u2CBYPV6cW9zdxcsEKx+L+4t7u6CBYLV78W9xd1dsECwer64b393FywQrL4v7lvf3QULBKvvi/vWd3fBAsHq/eK+7d1dsECwer+4b3t3FywQrP4v7lve3QULBGuAi/t2d3fBAsEa4OK+3d1dsECwhri4b3V3FywQrCEu7lvd3QULBGuQi/s2d3fBAsEa5uK+xd1dsECwhrm4b3F3FywQrIEu7pvf3QULBGugi/vmd3fBAsEa6uK+8d1dsECwBru4b3p3FywQrMEu7pve3QULBGu4i/uGd3fBAsEa7uK+4d1dsECwBry4b3Z3FywQrCEv7hvd3QULBGvIi/tGd/f4wToCNpAjWFkv7pvc3QcI1knWr34aAxs4zRCsrBf3Te7uAwQr71c/vQI20jpYmS/uG9zdew/W9DDv1z79BmzisJp/Kevi3vzu3nuwzl68zPrFT38AzR2+bB2s7Bf35nf3/oP122HWL396CTT3R+sXVgcX98Z39yGClfXLL1jQb7A6uLg3vrsLFgjW4Bf3pnd3wQLBGv7i3vDuLlggWMNf3Bve3QULBKuAi3uzu7tggWAVcHFvdncXLBCsEi7uje7uggWCVcTFvcndXbBAsIq4uDe5uwsWCFYZF/cGd3fBAsEq4+Le4O4uWCBYhVzc19/dBQsEq5SL+9q7u2CBYJVycV97dxcsEKxiLu7r7u6CBYJVzMV93d1dsECwyrm4r7m7Pw5WO4IFOx2sfi7uq+/uj4I1X7RzJliwq8Hq7eK++u7+b7AOXp2dtnF2KFiwo8Hq8eK+8u7+I1g9/fNsBAsiBqvHi/vKu/ujYB20JViwm8Hq9eK+6u7uhQWCVdbFfcXdXbBAsMq6uK+4uwsWCFaTi3vvXqSzX1qS/Zfy4uBMsGCXglUtXqVh/HJ3XwYr91/jlWDBLgVrXrX7kaetf1Tq9NcrVu5fS91fQ7Ag8g3r62Iov/7s6LyHv4ZgQeRgVUPp49fyVbBgp4K1rwQLBEuwAMESLBAswRIsECzBAgSr/2D9/rOXvx/WECwQrC6D1ShENV/p3+oIFghWny+s2hDVRexVDcECweoyWI1C9PZnb96+ua0hWCBYXQVrPnvTLEQXNd7UECwQrO6CddssRG9+/U/rGnYhWCBY3QXrulmImhIsEKxeX1iCBYIlWLD3fv55RsESLBg8RI1/oFGwBAsGD1HzH2gULMGCwUPU8Aca31ZKJFgI0cAhavgDjdcXgiVYCNHAIWr6A42CJVgI0eAhavwDjdfVXIqaFmt2LVgIURchaup2NvfGahqsi3PBQoi6CFHjF9bMC6uZu3mV+YElWEIkRBs6d8Qa7IQlWEIkRFs8sSRrmE+EgiVEQuQzYZhPhIIlREK0ebGq+Z0erZf/E6FgCRFbPLEqnwmbPLDOLwRLiIRocLezhWINcMHapWAJET3yoXBtrqpZ/l4FCJYQUeaPNihWzz/SMGywhIjY3yn0xlplUXXydU9CJERsd3hXrBX39tnF9bDBEiJ4XKzrau4HSJ/5eYaqk8+D98H6XYhgu2LN7v+5DZr10/Hq67LjHXx/8PkXlhBBo2RdzJZ/PO+/ITaY2g9kQ/5ylrWqZted/SFNQgTbOr+9mM2q5UfDwdRWY7hfzv0PM9x/VTqThAjafC68vlhGazD/rTHgL2d2cX173uXXOwkRtGvW+e1Qrm/rgvVpwF/Qecdf7FSXJiCGumDdnu/u7zf5rxzC3tCu619YggUIlmABgiVYIFiCBQiWYAGCJVggWIIFCJZgAYIlWCBYggUIlmABgiVYIFiCBQiWYAGCJVggWMW6riFYIFhDh+jivMbbGoIFgjV4iOr+ecufaggWCNbgIfpY458aggV7GqySQnR51Yxgwc4FK16IrgQLdkvNi6j2X/N1GzBEggVxQ9T0RfSm9oUVMESCBXFD1PhFVBusgCESLAgcooYvos+1wbr8eLWrBAvKC1HTF9HH+mBdCRYIUWnH6kvBAiGKcqwWLBCiMMdqwQIhCkOwQIgES7AQIiESLMFCiARLsBAiIRIswUKIECzBEiIhEizBQogQLMESIiFCsARLiBCs8D7XSkIkRAjWoBW6rHH1oVYSIiFCsPJn6Kp5hf7+q8b7d3WSEAkRgtWiQpeX9RV637hC75tLQgR7E6xOKvTXu7YZ6ilYQgQFBuufYBVqGywhghDn6fpgRavQJsESIiirQhucp/+uDVa0Cm0SLCGCsiq0wXn6mWC931lJiKDNeTp/hTawf8Hyv0xUaNhv1QuWYKFCu/hNMsHyv3dUKCzBgmLP03tSIcESLHbym2R7T7BAhQRLsAh0GFIhwRIsfKsewRIsFXKeFizBQoUQLMFynlYhBEuwfJMMwRIsFVIhBEuwfKseBCt+sHyrHgRr2GD5JhkI1rDBUiEQrGGD5Vv1IFglBss3yUCwwgTrLxUCwYoSLP+dg2AJFiBYggUIFiBYggUIlmCBYAkWIFiCBQiWYIFgCRYgWIIFCJZggWAJFiBYggUIlmCBYAkWIFiCBQiWYIFgCRYgWIIFCJZggWAJFiBYggUIlmCBYAkWIFiCBQiWYIFgCRYgWIIFCBYQNlifanwQLKBE7+rs8O9XsADBAhAsQLAABAtAsADBAhAsAMECBAtAsAAECxAsAMECECxAsAAEC0CwAMECECwAwQIEC0CwAAQLECwAwQIQLECwAAQLECxfAkCwAAQLECwAwQIQLECwAAQLQLAAwQIQLADBAgQLQLAABAsQLADBAhAsQLAABAtAsADBAhAsAMECBAtAsAAECxAsAMECBAtAsAAECxAsAMECECxAsAAEC0CwAMECGNS7pwQLKChJ7/967P3fH54QLKCgJH24unzs6vMTggUUlKTPV6sIFlBQkq4EC4iSJMECwiRJsECSwiRJsECSwiRJsECSdoRggSQJFkiSJAkWSJJgAZIkWCBJCBZIkmCBJCFYIEkIFpIkSYIFkoRgIUmSxHMun/z//zwlWEgSBSXp6uNjVx8/PSFYSBIFJen2+vax87dPCJYkSRIFJen84vyxi+snBEuSJImCknSxkmBJEpJUUJIES5KQpDBJEixJQpLCJEmwJAlJCpMkwZIkJClMkgRLkpCkHZEkSZKQJMGSJCRJkgRLkpAkwZIkJEmSBEuSkCSiBUuSkCQKCpYkIUkUFCxJQpIoKFiShCRRcLAkCUkiSrA+XEoSkkSQYEmSJEkSYYLlz6wkSRKChSSBYEmSJCFYSBIIFpIEgiVJkoRgIUkgWJIkSSBYkgSCJUmSBIIlScAuBUuSgIKCJUlAQcGSJKCgYEkSUFCwJAkoKFiSBIQJliQBUYIlSUCYYEkSECZYvgSAYAEIFiBYAIIFIFiAYAEIFoBgAYIFIFgAggUIFoBgAQgWIFgAggUgWIBgAQgWgGABggUgWACCBQgWgGABCBYgWACCBQgWgGABCBYgWACCBSBYgGABCBaAYAGCBSBYAIIFCBaAYAEIFiBYAIIFIFiAYAEIFoBgAYIFIFgAggUIFoBgAQgWIFgAggUIFoBgAQgWIFgAggUgWIBgAQgWgGABggVQkP8ByE96TkyYMIEAAAAASUVORK5CYII="),
        File(path: "static/images/posts/sakura.svg", contents: ##"""
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360"><title>城址公園の桜並木と、ぼんぼりが並ぶ遊歩道</title>
<rect width="640" height="360" fill="#cfe8fb"/>
<path d="M0 270q160-40 320-10t320 0v100H0z" fill="#9fcf8a"/>
<path d="M250 360l50-110h40l50 110z" fill="#e8dcc4"/>
<g fill="#6b4a36"><rect x="90" y="170" width="16" height="110"/><rect x="200" y="180" width="14" height="90"/><rect x="430" y="180" width="14" height="90"/><rect x="540" y="170" width="16" height="110"/></g>
<g fill="#f7c6d5"><circle cx="98" cy="150" r="60"/><circle cx="60" cy="180" r="40"/><circle cx="140" cy="175" r="42"/><circle cx="207" cy="165" r="48"/><circle cx="437" cy="165" r="48"/><circle cx="548" cy="150" r="60"/><circle cx="590" cy="180" r="40"/><circle cx="505" cy="178" r="40"/></g>
<g fill="#f09ab4"><circle cx="80" cy="140" r="16"/><circle cx="120" cy="160" r="14"/><circle cx="220" cy="150" r="12"/><circle cx="425" cy="150" r="12"/><circle cx="560" cy="135" r="16"/><circle cx="525" cy="170" r="12"/></g>
<g fill="#fff6d6" stroke="#c0392b" stroke-width="3"><rect x="262" y="250" width="14" height="22" rx="4"/><rect x="364" y="250" width="14" height="22" rx="4"/><rect x="245" y="300" width="16" height="26" rx="4"/><rect x="380" y="300" width="16" height="26" rx="4"/></g>
</svg>

"""##),
        File(path: "static/images/posts/yozakura.svg", contents: ##"""
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360"><title>夜空の下でライトアップされた桜と、お城の石垣</title>
<rect width="640" height="360" fill="#141b3a"/>
<circle cx="540" cy="70" r="28" fill="#fdf3c8"/>
<g fill="#fff" opacity=".8"><circle cx="80" cy="40" r="2"/><circle cx="200" cy="70" r="1.5"/><circle cx="330" cy="30" r="2"/><circle cx="430" cy="90" r="1.5"/></g>
<path d="M0 250h640v110H0z" fill="#3a3f4f"/>
<g stroke="#2a2e3a" stroke-width="3" fill="none"><path d="M0 280h640M0 310h640M0 340h640"/><path d="M60 250v30M160 250v30M260 250v30M360 250v30M460 250v30M560 250v30M110 280v30M210 280v30M310 280v30M410 280v30M510 280v30M610 280v30"/></g>
<g fill="#5a3b2c"><rect x="150" y="170" width="16" height="80"/><rect x="460" y="170" width="16" height="80"/></g>
<g fill="#ffb8cf"><circle cx="158" cy="150" r="70"/><circle cx="100" cy="180" r="40"/><circle cx="220" cy="180" r="42"/><circle cx="468" cy="150" r="70"/><circle cx="410" cy="182" r="40"/><circle cx="530" cy="182" r="42"/></g>
<g fill="#ffe1ea"><circle cx="140" cy="130" r="20"/><circle cx="185" cy="155" r="16"/><circle cx="450" cy="130" r="20"/><circle cx="495" cy="155" r="16"/></g>
</svg>

"""##),
        File(path: "static/images/staff/emily-carter.png", base64: "iVBORw0KGgoAAAANSUhEUgAAAUAAAAFACAMAAAD6TlWYAAAAwFBMVEX+9Nr98tn879X77dP77NL67NP67NL67NH57NL769H+5NH94c/84c7838v63cn73Mj63Mn63Mj63Mf569H56s/36tH148r628f528b52sb42cTr18LwzrHtwqXkxarwrKLhtJDen3zKhk7HfUPFej/KeTrFeT7FeT3FeTzEeT3LeDjEeD3EeDzEeDuWsbZViaAseqEpeaBseHUoeKAheKTDdjnCdTjCdDbCczWoc0cfdJ7AcDJTZXVrMDAoHh4eFRbeYGYsAAASJklEQVR42u2da2OasBrHI66ugrhj8cK1E2Q6jli1HgTL2n7/b3US8F4vQUgomOfNtjbS8tv/uYWQgBqzVAYYAgaQAWQAGUBmDCADyAAygMwYQAaQAWQAmTGADCADyAAyYwAZQAaQAWTGADKADCADyIwBZAAZQAaQGQPIADKADCAzBpABZAAZQGYMIAPIADKAzBhABpABZAAZQGYMIAPIADKAzBhABpABzNZ+1mNjABODk9ptSapXudhqUr0Nv/CTAcQwiAqCAwBUKpXu2rhKBX2hWoMUGcDL8GqQHdfVjH7ftKzB2izTMvuG3q0iilK7zgCepidBeDXNgOScIAyDIPDWBv8ahqEHQfb1NgRc/0YMvwtAqc2BigzhuRCd5w5tezgcOmMH2Rj+Ff7b9SBGzzINjQMc1CoDuLN2vQK6hjkIQ9+FqBz3pI1Htj1ehqFr9VUAHr6HDMF38N0qqOiInmfbZ9jtzLFtNwht06hDGdYZQKg+DtQMy0f0xi6eDe1JGFr97ndACPJXX7dvhYFzXXsHZtt+ODA1iPCeAdah+tr9QejDDJHYHNsLJ2YX1Np3CxDig+oLvITi2yUV2w0H/Qcg1e8SYLsG8Q1Cb3gjvtiTvdB6ruTpxyA3761UET47Db7Ikf0A+nF+ySQngDB36FZ6fBHCYTgwQLV9VwDblbYZBFngW/uxKVXa9wOwLiH5OUM3K3Ps0NJA+14AStVK3/NtN0uzA+jGucy80gfY5upm6A7dbM32gn6lVr8DgDD8WSF205Yol5h5EKQNsA00yM8lYXYuBAFtfrodkOGXE0FA2X/1wZIUv3wIArr81IFPjl8uBGkClLi2FZDkFxOUygqwXuNI5Y99gn26FTVFgG1gEufnjoeBQZUgoMjPCIcucXO8gUazL6YGUKpozsQhDxB2dVa9Wi8dwJ8wAAa2S8NgIgFS6QBSCYBbghTDICWAsIL23DElgDAMdrl6yRRYpeXAtKtBQMmBjZAeP9cdBjqtTEwFYJ3rDjyHJkDfqj38LA/ANuhTFSDNhgSUUYA08wgopQApShCUUoAUJQjKKUB6EqQAUIJN3JA6QFoSJA9QqujLv65bVgkCCh5s5uDBUIKwFiyDC9erbWvp5ADQHfk6hYaOOEAJGDlEwM20Vrv4APPyYOjDS6tNfmaVOMCHmuXn4sFoSsEgP7NKGmCd09xJTgCp+DAg7sFGTh4c5eH6Q/EBmrkBdP8uyedh0gAfc2lDKNbSgHQIzGEiYZdFKARBwgBhHxeMXDdHHyZNkDTAPENgNLVPuhQEhFOIEeYoQBqVDCAdAZdOngDdEennc4CsAHN14LgbsaqFVaCEliPkbaRLGbIArbwFSH5mGhAVYDByyy5BogBzbEKoSRCUXYCkJQjKLkDSEiQGsF7RJof3MXJG9IyaBIkB/FID+oGPZYEfYI48OxZ+8agW5KSiATx+GDcKTIOi9Q/6nxHBeUFATIDHM9E63xDOWSM2gYfGcbxwybDGNqzlmE5HDIilEHP/rZChb4mKfMoUpfWfJuIhiA1V1aF4TFNtyenGqvxB/CD5fI4QwOOJVKgBXmmdsGZD2KCw0I6LgR+GoSHI6cbKgnFQQhF8PgfoePAoOH2jDX2HIgi8iWvb9sBLPfZJ1O0JHR8GVHLweGLr4tPJG/XWKGzbmcRbVS7D/im1JhnbaomWP6TyfA5QycHDpfV06jafRHXgTSIUfjAcDCzLNGG21sVeurEt5TAIEnw+BwilEN37exCDzNNhrdW07C0KVY2SqyCIT2nHKvzhok5ytTQg5MEHv79jn/O0Vkvdomg0xR7KtLLca6UdC7PIcn9PvSGxV28AsRC4+/VtPwzOJFYYrMQtiqen1mXDH4v8PfRHDvlChgzAh7rlb8oIxw2tvi6fu9Xr2G4b29TR1oSb/0Vn4miV4gDcrwKHnmc2+UaLuom80B9sU/EoeCbjw4BQDlmONvwGBt9SZPoAe4rMq9tXHIllETIAtzlkPBnp59IHeVMa6mZOkthb2IBsEh4GfV5t5WaKoA/jjmQYWEVy4U0SHp5rgU9VHgncHHusuqkHh6gX+VmcGBh7ztgbqGIPTyuKKMqYWk0yVm7EvwqxeX1CAM3ot7ZxBdhTeF7TxPovOduxUUUdFVSFArjphMcTWxVxKje5yff/fXy8m01RyXLsvgRdj0w3TATgugzEFqDceP38/Pj4/HzXRDnDsftdMVplVDSAo/MN3GGkr79CJMg+3xtydmN3kzjjQgKMUsgTTph6/tjYp3m56kky9tCHCwgQll5YGlF/bER1XVZJxh5ODRYQIG4I7InvWygfH88XvT7J2MPnIwUEOAr6WDcoajskH5/9S9CTjN17FIC6kSIC9I3vATDKIsUDOHYdvYHThjTVQ7dUMhq7AdiUreWoiAAxk/BRYmj+ymrsYRouMUBY6u6gvNbVrMbeDUBIZVscf1xrL5KMvRuAMDXEke3z4/laWkgytugAz6xGOD1z/Aq7249XDCZJxu6vUihvGRNREX9o/f5zHSerJhlb6DIGey4hcjNV5HlBVbIeGxfSg2IW0naC+XyIRcF/dJdk7GZKtZCTCaaQw+PMMxOCRZzOWlpq8yl3gLJgFnQ6yx0tjfwl+NRUrYJOqCYMgsQEGK/2LSLAsfcNfFjh4yeERQQYrUs4K8Fer9eEBv9Msf7l6jVkUXeitQmFBDjyrWbrtAR7LVFs9hRFaaI/b8SHcY3tWt9CArwQBcWWbhi/kRm6Kt64gO36NRTBWK8TKybAsesZJ1uupv57z/TeLSLEuIYsqtZyWGCAaHm+emIFQdP4fWhKMzm/69eQW7vF+gUFiJ5tqsJR49UT9aN7/20kBYhxjZ4iCruXHYoKEBE0+EZzfzl9U/n9xXBXcWFeoyfLLZHX9175LixA6MW+qauNRoMiwJ4oCC3dtPdemS8uQHfkhEvLsvq7dQSi8eXmEyeRS9eA3Qf8gZPQG7plAAhF6Cz9cLDrSr7KJ6kAL19DFqzQ992DQ3gLDRCd/mvvTa/2moqRkt+la6A5aPif9nUTrQIDPKqpe01R3WZRQ72pFzl/jeMX5coB8GhmAd5+U1GRwX7s1k74zDXWM4AlA+jaRzMLvVYT9rBiqtmEk9c4ftu6LABPLRfspZmKOXeN43eFywLQdSd4i43STkG35IMtO8oDEHeCWlbOvyCSYFV5+QBirvVQBP7MgxSZ5+XrEt6+11A+F8aTIOxgVzArnHhry1o9C9dfg1i/WVNGgDgS/KWs3t/fzar6ld8z/MZKv1ZynxFgKQDiSFARrPcVIngY72S1/ryC31ipV2rucwIsB0AMCfZEGUnw3YTxTlF6m5UcAv87+vL15W9nBFgOgHgSRK4KnfU32iJLVmSlKfD8s/UeY1WuRsAz22aWAyBOFFT4mOD7ynxWIURefe6v4q+YdaV1owBLAhArEcN0sQb2vops/Q/IT72tBiwRQKz1MoqgWe9fbHV9SermxcIyA4Qdsdi6Vk0r4ibo7fD1G9eXpJ7ugssFEK+alhWe182198I/zGfYnlz/1LkSplQAx66nY7xlqSgNnlf1Z/TIHKYSDHytp6ayeYpeZoB4ThxXf00RbZQqijLmLMKlsyPKAzDBssEeJKcoMua+H7xxaef0EgFEy/ezX3gpN/QrP7Q8AB3P1oWMCfaavcs7z5cJoGsHltrMdvW0LFw5PKdUAKMw2Mpy8e+FFqSUABHBhpwpP3+Uz3HNRPfOuqJBJTt+RuiO8zkTIy+AaEuKrAgqvG57I7dUAA820j/TkUCC8lNG/JbXfhyxXWgJb8B46ZbcwGy05Czin+NdPTqnWBswYgF0xyMYB9NWMz2Z7wfX+ZHbSJrUJrRY51HBTKI2UgVCWWyYvuvg/KgibUJb51Qb62B1O7R0Xrk9ECqNlhmOxlhHDRsF2oT2+CyCSz3JwLjZjaH76rhnJ/4ltP8iscMITMwj0YZeYMqCcsuiI0UU+naAx4/c0WhUDiO4eGtD5MZi4kgot3jVDCeYJ9cRS8LkjsPAP9XQ9j1T5ZMVND1ZEPuDwB7j/oyCHYeR7Gz6oRsO+k0hQS7pNQTDCj38o2NJTSUQOxIIpxfZF4gXWgb+u9lPom4Gvo1/djbsQ7qEjvUidqZSP9HRwo4dYm6ZvF5/ENpJzu0cFu5QqjqnOZMkJ4iO3UEigH6ic09tWAUWC2BN4pKd7Yq/VdnFFTD0z3cldzRkMh8mCpDciUoEDyfl5MHE+S4AyR1sSPF43PwAOr7VfqgVDWDCE8JJAizmAc21WtXynW8BcOKoBTwi/MQJwzkBJHm6MFEFPtQSSJAgwIlL6Eg50gATSZAcQLICJAkwkuDwGyiQpACJAoQSDHIHSFiARAFGE9N2vgBJdnE0AGqTyThXgASnESgATNAREwJohxYn1YoL8CespvGcmAxAZ2KrhQZYa1d0D+e5d3KATu5NHBWAWE48hvY3KcAR+tT4agauSLViA4yejtiX2f0X2ni1SgLQXNl/4Kf+upcgDn2rTTQDUwFY59pnwiC6d0jhz3j1+vpvtphp2BvwyOL0bfbv9XWF4P+ZnIHoTJZ6pV0rOkAUBgdfl0/F8KDuELv/QXtLCHCOPjSbIopQiqeUOAyIB0AqAKOeeOwcSg8q5y8U3gxhWCzm0BIrMPoQ/Ph8BiG6SMmHDEm3IPQAokQS7FLxeBxJ73U6Q/AiDNCSA4w+tYa4mL2uVocMowTysxwA9whG2oN+u4G32NhtABdriggiDIqrP4jhll+tXisJwDXBiN549Q/R24eXEuAO4gIyhLEBMqTGjxLAqBz0/iDPnR1JLxuAW4ZQhzCpONT40QIodYDx39hzT9DLBGAMETF8XQUm6HRq5QEodTjQ0aaLc/QyA7jR4fSlW+E6UkkAInzdl+nbeXoZAowZwqryRatwklQCgAif9jJ7g4Xb4oJlCBBdbbZ4m001jgJCQAPf4m1xGV8M8Je8sxPUdqZcAxgjfKOBEHwLfBFApSHuTP6quj3jrwKENpvTQEgQ4OMW3wLHZtM9ezl+/0ZpPO9/f7aY41xyjZBkOiEHsFOFqQMbH7S3fTsiqIjabP/bWPy2CAHXKRxASQIdmDrw8aGwtTEUwA4IRvxm893359hXhQgXLxqodQoFEHovBwuXJPiOQ+I+wZjfrddCGfnlsSIVaJV+pwa06bXCBZ9gOn4xwigUFgVgh6vC4DdPge+AYGp+KDrAUNitkEgmgJD8FunueI9gBvxihLOXSrXz/QHG8pvNF4tsCGbDb+3HBEQIMk++mchvRzArfqREmC3ATpXLSH5bgpnxi0X40sk4l4Bs3beTmfzWBOcZ8otECMvqTN0YZO2+mclvTXCR6fUWs7c5dGPpOwKUapH7LrK1+TzjC2btxiDL8PeW+e0SMOTG3ewIgizD36wA/CI3nsFA+L0AdqLwtyiIoUAIOo/fCCDkNysOvzgQgmxmF0A2/F4yrV4oBML52wv3KH0TgBG/+aJQBlNJNgTBffKLAmEmBMG98suKILhbfhkRBPfLLxuC4I75ZUIwHcBOpdD8YoLpKmqQTn9asflFBNN1dWkAdjhtVnB+UUWdimAKgFK1M32bLQpu88WblmZu5naA0iNXAn7xurAUBFMAhAm4BPxQGJx2bp+jBmkKmFLwi1Ox9EgZIEwgRU/A2aRicM8JZO/R1c1hENxaQZeIX6owCO49AKZ14psASiWooI+9+FaCNwKclkuACOCse5MTA+bA6ZwY3JKBu2Vz4FiDN2ViwAS4BTh9rD1SAIhK6PLp72YnBiyD7M0q3JBHAHPgfQlWOqQBwjAxLacHR6Yl3mkLMAEedHSkAZa0hElRygAmwHQSBAkF2JmVOALeIkHABJiuFkwG8EdnWmoBxlOrEjGAaCFCqQV4gwQBa0LStSMgET9tUXpLKkHAUki6SiYBwMdq2VPILf0cYCkknQ8zgCcmVqUfJACWvgu5rRsBiQR4D/wS+jBgOfiED3MkXPjH433kYPSafII8DBJV0XcBMJkPA+bBp2rpCgGA5e+Dd0Fwhr9WC+AXMXcSAqMoiB8EAX4InC/uBWCSIAhYG0IJILgrgFMCLjy9H4BosSAuQcBySLopLYCdQ2aL+wGYYJUMwK0CtXsSYIIsAvCT8H0BzFqB95SEE6VhBpAOwLuqYuKnw5gEGUAGsAgA766Oxq+kMQFy3Xuqo5M8mfs/5JKRuhKXy7gAAAAASUVORK5CYII="),
        File(path: "static/images/staff/kobayashi-shota.png", base64: "iVBORw0KGgoAAAANSUhEUgAAAUAAAAFACAMAAAD6TlWYAAAAwFBMVEX9/v76+vr+++T7+e/69uX18d3y7trw7tny7Nvw7Nbv7Nbw7NX06t/w69Xv6tTu6tXu5tDn49HtzbDww57rv5rYxa/lu5jmupjnupbmupbnupXRuqPmuZXluJTpspjwqqDkuJTGsp3OnIidmpWJgH6KZWBHT188SFs7R1pARlg8Rls8Rlo8Rlk6RlvAN0DAMju+Mjy8MjzBLzmcNzxJQUs0P1QwNkcmIiUlHh8gHB4eHR4eHB8eHB4eFxkXFhoSEBOKc+F2AAASlklEQVR42u2de5+aPhbGMwr4cWYAUUTtQIuKuF1tO53ibdbL+39XmwDecQQkJ4g5f+38pLD5+pzznISAqMrjpkAcAQfIAXKAHCAPDpAD5AA5QB4cIAfIAXKAPDhADpAD5AB5cIAcIAfIAfLgADlADpAD5MEBcoAcIAfIgwPkADlADpAHB8gBcoAcIA8OkAPkADlAHhwgB8gBcoAcIA8OkAPkADlAHhwgB8gBZhtyGBxgUnCqqqg4pDDUIGQOMA48RVErYqlUEkRBC0MUBPwfRIl8xgF+FaoiY3ZCrdntO67nTmdBeJ7rON03DX8mVpV8KRHliV5VKIkaRjddbvxYr9Y4Vuvwr5k36DefSyUpT9mcF4Cyiuk9vznejKBaLhbzxWLxGcbC//OTgFxOB13NZ8gBHopPFUvVt8EUI1piVp/LyCAgl/iQmYsZiliwHOAWn1DSHG+9WWNEF+DtAkMkDJ0mRq5wgD6+kvg2mPn0lrHikzBcul21VFUfHqCsiGIXi285j0kvZDjHPjPtV0vMayFjgKpUarqbzfXMjcrl9WbaFURFflyAOHu1wXKzWCxTxWK+3njNkqQ8KsCaKPZn2HaXqWOx2KwGtRLLthCxlF/T26zmy5tiscR5XKoojwdQkQQsv/nn8tbAeTxQxNqjAawJmntT9h7lMa6E6mMBrJWa0yzkF8Rs89ln1dAwASirpf7ner7MLBarjSNI6qMAlKtCf7NaLDMMnMYDVVQfAyDmN0jd+132ko2nicojAPT5ZVb+DgshE4KIDb8lhWCjQWiAskyLX0hQLThAtUSNn09QhfZiYIC1Un+zWFKL2WYgqM8FBujz+6QHEGvQKdWKC1ARm7MVRQGShnDThyUICVCWVI9eAdzOST6boEYCCZCqgewl6KkVuZAAVboGsi+DA8ilGTiAqqTN1gAAsQa7gAThAColl34C+wDX05okFw4gUAKDJzEUQFnSpmsggMvlCs6JEZgAHZgEDp24aACxAGerzyUcQTAfQVAOAijAQIJykQDKojZbwgkQUoKoeBUwAOiKBQJIKuAaUoC+BAW1MABJDwgqwKAXVApkIh5cD7jTIEwvCAFQFd7W/4PmR5ZWiwJQgVjGOp8Re0UxEQYW4u8CXr9B2AiCsJDuBp4fVA6DAHTgMxhsNgJRA58ZeDCYD9MHqIpNJvhwDvdLhQAIt5LKopemD5BJExMu7ReiBr5IHhsFfi5nAEWQOkCykrX6ZFIEQRYUqANkMo8D7ARRYT0kAKgUAKDDxkP8VroIKYxNmJECF2tPrcp3D1D0WAH8XM008f4BCi4zgOuZJt07QNgdCSfxv9Ub9UYQACCLxUC4RhACIHnTxj6SIbgp5utCAJxvglcPkbcQBa82iQtxsVynjeCKBVAgdpFuGD0cDnm5DnkxUZys/lwunF662F7z/k0Eh+BHqdbww+wNvDkWRwwdzjeDRrrQ66XgovQ3WkIs6ZNQKnXbjzYeXs/xZteTGffBummnCwPslYNgO1Sfdavjh22beqNhX01mnMA93e4ch2lukbZ13RdbJzpqFaBxQe0PrNTM1h6DL0SSzDPyqrZLPcigccJvjw1/AzYudYPBwG6Z5/gMqy7JxQIo1S3jSEq7ZJ5eXAk45dfeY/O82Wzme23v9KgQYOWlUABfKicAA0HZjZ7nfe6T9jCB5ycJ7B+7xYYbFWwyc/xXJMCOqSvFSuGqokdkWsfWe+v1Ini/Im76DkzlPIFNvbfaBNjm5E1lAcjzPPejZdaAHlcCAlipRZZ6U7dn6xDFenHgzDiBTw3k5NiZ53mDQa/fi/xm4Iog0BZfSbNakQjb3jxE0evtnXmxntlnDnx8rB26SSS/ogF8UaSIEhhAOUDR3rXZy40TkZlHx+phOxPJDwNsVGBe4A0BUK5IlcYFgB1db2+7370zz7zIynZ4rNn5MkxDkUCMGAKgVKs3Lo/0GEXYZttt8/qxX8Y3vY6b6QLMRPAQ6h3L6sQPLES9bXZuDcuy6krl7ufCclVpWB2jlWzw5u38cB00LIN+M0M/hS9WP/oBQZAyQPmi/QIR1O9bgaT/Myikbexj6feDlBUYPYOLmtTZbd20sz+2ZVFOYpSPBLZJ66I3OmbGx/od9cv9KjCmAM223vPw7NZp63aWx0JIEOVBgKY+WK3m89XGs68ST3IsRBWkCTByETAyJwebOYnZxrsGJcmxIEuDVFNYMeIM0dJ78zBma6dhZ3UsTA5TBChXalYrngDXWyorT8/sWJgcRjkogW1vNd/pqvd1YiY5FuT+CGJeAslK847JfNX7Ki+THLtPYf1OTeSl0sgDQLI0eK8mosdK4bZ9kJbz3pftXZJj950jzbvsNAHGM2FiDKu9MbQzOxbGhnMBsLeFMrtwlzLVsQ8DEFPxNn5pm61m9pW16CTHPgxAbA2eP71Yz65WtSTH3j9APeatEFu3B7PVajaIYatJjt1Cv1OAMdsYn0q7QXYNNeJoKsmx993GxF1LCO7EtRoYiZ31scH8+U4BJrsfYl7aZHDjsbSXVKkC1KyEtzPp3Fi618WEaqXWMtkDbFnavQJM4CIUwzSovls/F0v6lDOY6l0lujeVaobJPoNrd3tPJA8SNCydqkQoA6zUvn290NRu31zivj4H9a0JtLd2XJbg9+8//Pj+PT3Eq+egfl+d/u6sC0Ycjjwcf0p8V89hmNS3Z9HenVWpGVEEj8aOo30rv8hzGB2L+u86UN9g6RM0roz9x4/b+Z2fw7AA9urT3+JbqdUt65vROpjVtc/G/iPxnO/KOVpYfZZeK8LjrnKlUm9gMVhfDv57BgAPzmHiy+l1RSrE464vValSq2EdtqBSGPcu+IJVqVqQV4DicVQq0uECf/vmDP7yHHj2IVYgnnGoAv6ijXy0vNr+fiu/r85BNmTJxXrc9bynbu2G//176nlu9DkAH7cG/V25s5WFduv7LdOQi+doWUX8VS/AlQX6zzawARhzu2De1/DZpTDZbASyBN0Ge2UHLMC4OWxayT9hJkDg3xeOs0Bt6pf2nZJPrp+A+qM17ADGk6DeGww6EU/R2I3BoKdfvc9HfwWQoQJjSLBlDf79+xex78XWe/iD6PfsMBQgLMAYEjR1AhATPK53pt0g/P79s698BdACBFbgdQmahumD6uF6Z5m7pRU95Ne7ZuTQAgQGGEOClh6gwvWuobdNHG1dx3UxHj9wAUIrMMbjh1uCGGHPxux0uxfiw4ltdXImQGiAcYzY3hIkEHHs/rjOD7gHZKHAOPtlLN3eU9uz7F2fyFDeB5MHgORFgtdXA4xGb3CG7zo/BgIEBxivmzYt7Bt7hrgaxpmEwDsIC4DVeC9CwQjJNt5e+J4xPc40mKwiyMUHGCuJg+6v3SIu3GrvOsLcJTATBSZYWTUxOivmDjnA136yTuEk2/eT7GNTGIyFCUD/EZysCZodBgWQFUCZbD83MhYgiwLITIGyVLOKwY8RQN9IWpnyY2EgDAFme5OT6I/ROJgBzNKK8QxEqcqPBrBarWSUxYRfRa4+HkBCsGNkkb9VZvpjC5DUwZu7GeIfDPkxBUi6GeO2QmiYhN9L9UEBEoI3zUkMq1OXXpgOgS1APCdR0hfClgGyjTzXAMnu33rKNCbpK1cY82MO0E/jRgovMTqWUZOqrPnlACBO4yoWYbI8xtlrgjzFcA8AsYqkWt1MtLpgWY08yC8nAAOEjSQv4tZrlYqci//r+QBIKqES/+l28hyInA9+uQEY/01bTDZwcIAcIAfIAXKAHCAHyAFygBwgB8gBcoAcIAfIAXKAHCAHmGE8P9eSANQqCge4DVnBapJEUU+0Ii1J1RdFeXiAsqo+lwWxqmha0/gW+57It7emVnuRhLKkqPLzowLE8KqSUJJe0VNZ67sTO7YEbd395WjlJ1R+ETB9VX28zUXPWHmSIDxr3b7rltETQq9NO/ZLjAyr+fqEnp6Q4zrdZk0sMYSI2EhPEkuS1nXc4WQymTYxC4wwfg00LMH/Jxr55yPX6TergiCxYYgYaA9LT2ti5eHRj4fD4cQhNJ7KSQC++gD7U/zPRwHEriYKoqwW/Vk5Va0IIpFeCG+EYzjRUBqAqOxOyAlCiCSbsa6hdQj63hi1KgohvRBeALCfDmBzsj/HcDjGQnT6WIeYYSEBqqpYUn164wN6ZPBjl/BIDtCZHJ5m5AuR5HIJMpURnPhE0qsQ7Y1OYjjtpgCItPHo7ExEh67TJDKUCwRQViUivuFR5h4M27eRxACxhYxGFxj2sQxhMhnB5K4vvnEUvZ2NJAUYWkgUwiFB2BRAECIIfE1S+S7R83O4nxTgkYVEynCIMxkAIaKOT2g6o8vi29tIWf9m7COC2kFgBZ5ayBnC/0wmEAjp/p5IiG/0Jb7QRsrkbee7MCJejL8P+zXKQs4YQiCkCPAZTzkCfKOrY524T0+vB1G3jbMHkg4/L1+wkAsI7/JXvdRqSYuHb2sj6CBOCGJ+Rx+jV3cc58QBQuzIdwdQVQXivPHwbTuZgzgm6PM7+rg7jXvm4WTsaKWqel8AVVHsutNxzEHuZiPHBFtmGIZdfzqOKxZyfO7RZNiv0spjRCd7cfH7snGJ7mSOEKG6ZbSJ5bbP9IdnIZME58Zfz8R9EyX1XgCqotQfJ8IX2shhlIVy3Q7DeC2/HgPsT5OdnZRCTaAhQkTDPJrxi9+xjewJlX+fxNGnMS3kGKHbFSiIEFGS32iUGKBzhOj3x8fHexj4f300URoLObzALyoizBigrKaS35mNoPrH7/eD+P3RQ+ks5ESEYkXNM0BVEvu/0gzu1EYwwPeLABNayJGZOErGPSHKNn01J5X8zmwEaV8BdKZpr4Ev0ixlmsYZApRlkr4ph+YT3Nc59OM4hd8PAKawkMOLDLtCll01ytB906fvmY2g3inA3yhtD3OexmqGaYwyLH/OdHTDyEaj8XDXq3ylwKdbZE7SeOpq2RFE2ZW/28Z1bCMRCrzZQg6rLS6E+QKoCs2b+R3aCPp9bCLYRrZNTroe5qwQltTnHAHMhN+hjWAFvp8osIxut5CDQtgXsnlkOxOAaqk/uX1UhzZypsCPrQJvs5CDfsYRM3nnAsoRv72N4KnwaQp/bA0mC6n7BTcbgigbfqNMBrWzESScA6wHnzSz4ZcZQZQnfsRG/FJ3WYEZWEi2BFGe+O1s5HQmR+ZyP8ItgePRKE8EUa74bW3kdC1hNxnOxkKyJIhyxY/4CEnViwrMykKyI4hu7P+y5hfYCGpGKzA7CzkgqLIDqJaaGfMLbeRsJheuJmRoIfsv7LZZ3S0AVbHpjjMekG8j5SiAPZSthez3xwoqG4CqpLlZCyK0kQsKzNZCdrO65i1ZnB6gXJUo8Atuz51NhYPJcJnGBYfjm1a30A0G4tDg5+85jwT4mrmF7MruDa9yRLcYMI3hBLfnohXoULri5AYrRukNJGsDPtwseDaTe3//+6qNRyNKV0xvxSkBylQMZCeI8u8zfu8fNQoWst1+9Cu1kaB8FcAgfjUjFPhRp/aVkTKoppyRoJQddJciPyzB33/PMviP82tM85IpkxilK4Ba9h30oQK9j3OAH/8oAsQEu+n66ZQAaSYwI4CulqqXQblLYDYAUycxSufANBN4NP71LxogzS+NTMLTODFKI0C6CcwMoAtTA0kLTZUfI4BkDpkiiZMDlCk7CKmBUQD//Bv9ly7AcRofQblzkIsA//6kLsEUPpKiBrpFBYgjuY+gxALsU+fHDGCaZRmUsxbG5/cT0zpfjfnjUVdgilYG5VGA0QA/IAA6dAHKFc0tMsAUEkS5s2Ayk/tzvhxIfS6X0oiTprALAvDcQ4AA+kYsUwOoChACZAow8XQkGUD6kxDmAJNOR1Aifk2IHIqcCkNMhrcSTLSyivLWw7AHOBBVainsFh9g0vkcSpLBIBYSPZODmgwntpEkAAXnMQC6z1RSGGYWwh5gwtkIyl8Gj0aXAHpAAJPkMMqbB1+aCgNNhoMcTtAJxgb4ArGSmosU/u9omGA6hxJ00SPKNyW+lODf9z8eUBuTKIdR7jI4XI75G9EG/oQCmGBVEOVsHuzHz/Mkhmujg20esX+vJC5AuVpzwQCel0GwAhhePn4jExsgXAmMKIOABTCQYLeUNUCgpcALZRCwACZdl0Y59JCzMghZAJO6CMqhh5yWQeACSN5TFn9VFeXSQ47KIHABDJbUYrtIXICiNhzDAtyVQeACGLqIkC1A+nvaLpZB6AKYcC4SG2AXHGBQBsELYMIbIyifJnxQBuELYCIbzjVAXAbf4QsgHYDgXcy2DMIXwFGiu8P5Bjj6z+gnB3grwiIAhLuhlJeI3UnHBAixMTVPMZy8xQT4f2Igb298INhSAAAAAElFTkSuQmCC"),
        File(path: "static/images/staff/nakamura-yuko.jpg", base64: "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBAUEBAYFBQUGBgYHCQ4JCQgICRINDQoOFRIWFhUSFBQXGiEcFxgfGRQUHScdHyIjJSUlFhwpLCgkKyEkJST/2wBDAQYGBgkICREJCREkGBQYJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCT/wgARCAFAAUADASIAAhEBAxEB/8QAGwABAAMBAQEBAAAAAAAAAAAAAAUGBwQBAgP/xAAZAQEAAwEBAAAAAAAAAAAAAAAAAQIDBAX/2gAMAwEAAhADEAAAAdIGNQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACHqS+ise4a329iHabEzm2zSZE0AAAAAAAAAAAAAEcfpnkRyU6QjUAACz6JikrbLXXP0W5gAAAAAAAAAAAPjJLjnVegK7AAAAAWLUMN1K2FgFsAAAAAAAAAABwmcQX6fnn2gkAAAABZa1+iNuR8hpxAAAAAAAAAAM60PFY1/GTj9dy6s1aYqzNPLIFc5mGZtMiClJ7yUE0v2GYRmw5FKy6TiO1a836CcQAAAAAAAAIvJtQp9Om1SZjuECq0HWm0DK4D3GbvrS3DK6OkUsj1SnWnbCwC/MAAAAAAAABBVqy0mnToYw3AgqdpzSoZ2e+DNLXYGlQzsBUJ+n3DbCwDTmAAAAAAAAAgsr1TKq9N6smQ3fLa0cnd8Rrz9fnsVPfIqPTzl6vJtxdXv3NvzrvzRZy+tQy3UtMbAL8wAAAAAAAAEFlWq5VXpdnGrrsH1S7plYIVjtmo62nPwS0kBXN57TpVzhNatSy3UpysAvzAAAAAAAAAQ+TbXitej5Fdvb5QvYbCo90zt+ggAfFMlJ0F5pUJe6rlW0Wx6RbnAAAAAAAAAZZqcHF8pe+U6wGlZrpVZmBnIEVmemZnpHgtAE5q1fsF+QJoAAAAAAAAABQKZtFQr20qTuP06q7buOTo/V75lgPTjqF1jNdqbF6N5ec2t/Tb3L1i3EAAAAAAAAAOBfpiOb5ekEdID3wfUhG+1pJR3nh74WuAB1y9d+p5rMj5B5oKAAAAAACOX+Yoj1waAAAAAAAAAJSLM7QjZKfIBQAAAADngOjmj1gdAAAAAAAAAAAHs9AdDnsAnyQAAAHL1RDaOEewAAAAAAAAAAAABO9cNMz44MQAAFesNZdvyI9EAAAAAAAAAAAAD9rFWLNPn+hwgf/8QAKhAAAQQBAQgDAAIDAAAAAAAABAECAwUAQBAREhMVIDA1BhQxITMyUID/2gAIAQEAAQUC/wCKC7UUPJ/kU78ksC5sVzlxHKmRnlw5B8iIZglsKZryi4Q4zbogrw195KNkM0ZEerONjBgJJlLl8VfYSASwTsJi1LnIxtga44jyU1h9OfU/ISuUP5qUv7QeoupudY+agn5R2nMKaGO96yP8zHuieCW00bTfISuYRjK0uRnSjc6UbnSjc6UbnSjc6UbnSjc6UbnSjc6UbnSjc6Ubjq0tjc+PlckrSucjWyyLNK1vG5rUY3Zw3L86fZyYAFKIuw/7ufWt5M6QY/E/MVOJJGcuRj1jex6SM0lm/l18cbpXhgRBs8xYMRjJYnQyVD+Ot0l36yii4yuz5AbIMOIbKHMi702nGymkfHjZCIuy/i4SKL1uku/WfHv3st65bAcOgKfP2HUJLZ6etWvh7PkP+NF63SXfrKWflGaC8n5pdF63SXfrPzA7uNzI5GTMeu5MYq7+56rvxi70kkbEwu7iYxVVVovW6S79ZsoSN8ecDcRETvVEXOBuy+I4YdlF63SXfrNghCikNcj27TEIDJithnpJbDMQT7BpW1zkahhKlkbKL1uku/WbaU/h7ZK8WRWVwsa9l0f2UXrdJbt4q3srLRJ08FnaIOn72UreGt0k0fOiVFavYDdOjyORkzOx8jYmG3av7houQPpbsb653bUev7LX1/bTjfZO01uF90XtqPX9lr6/tpgfpi6e8rOB2MY6RY6sh+Mp24HE2AfsKiSYd9O3JKshmPjfGuUlZzXaiSeNmLXC81rUYmyL+vsl/r2KiOTpwyyRTxu08krY0kJfJ371TI5OPJJODN6r3xkPjyOVsqaOYngxVVy+D8xV3+FFVFhJ4tEQRpxyNATPw6kaff5ppOUz91UEvNZ5J5OY/VQSct/jIfwRawZ/HH4jHb36wN26TxTLxS6yJeGTxL/K/wCi/8QAJBEAAQMDBQEAAwEAAAAAAAAAAQIDEQAQMAQSICExQRNAYWD/2gAIAQMBAT8B/wAIEE1+Gvw0UEfoIbA4rbnzM0n7zdT9ygQOZEiMjQ7m0WiotFnh3ONny5XBi4XJi73mNny5QD3cIAM3e8xs+UKSqKUZukxSlTRp3zGz5w3A+1uA84O+Y2fML3mNtUG4ubuKk5GULUKDI+04gAdXbQCO6LI+U8haR1jQgrMCmtMlHZ94KTupKNvB3TJX57S0FBg4G0FZgU22ECBjcbCxBpxsoMHnp2tif7l1DW9P95adG5Yz6hG1Z46Idk59aOwb/wD/xAAgEQABBAICAwEAAAAAAAAAAAABAAIQERIwAyAxQGBQ/9oACAECAQE/AfhLWSyV+gT1B3O7tP4DkTSyVrJZK1kgbTdbpbx2Ll3HQuWa3yHkCpLyRUs1uRCBRkIlAJut0HqIbrdBCIkBAQ3WZdLZGwhUn+JZ4VID0C20G181/8QAOBAAAQICBAsHBAIDAQAAAAAAAQIDABEhMUBBBBASICIwUWFxgbETIzI0QlKRFGKhwXKCUIDR4f/aAAgBAQAGPwL/AEokteUv2JpMdyhLY30mNPCHDzlFKiecUEjnGhhDg5x3yEOj4MBKV5C/aq35bqpbBeYKUHsm9iazz1IQ9N1r8iA40oKSb7YXF0n0p2mC46qZ6avKTSg+JO2EutmaVWoqUZAUkwXPSKEDYNb2az3Tle47bUlhJpdr4a8BR029E/q0ubEaA1+Rc6Jc7Qp5V1Q2mFLVWozOvStBkpJmDCXRXUobDZxg4Oi3XxxBaWFFJpEeXV8iPLq+RHl1fIjy6vxHl1fiPLq+RHl1fIjy6vkR5dXyI8ur8R5dXyI8ur5EFSmFACk4uxJ0XetmKjUKYW4a1mcBIvMoCRUKMfiCfgRp4XL+xhZcf7XKxo+jl91UaWEBP9o7zDfyTAxSN8KR7TKErTWkzhKxUoTsuEH7JQltAmpRkIEgCu9evkpICrl3iFNrElJMjDB+2Vle5dYUs+hOahtpRSp00kbIDqFH7hPxRPMU4pRlPRTsEONOKKi3KROzNbc96aeUN8VdbK9y6w/yzQEEBxBmmd8Dt0dm2DTTXmqODo7RtRmKaoV2ku1XXK7NY4mG+Kutle5dYyTU4Mmw5AqbEucN8VdbK9y64gnCTkLHquMBbaspJqMUaumCtZyUiswRg5y17bhEzSYb4q62V7l1xrYNadIYqooz6YqxJYFazM8MbfFXWyvcuuNDour3iApJmk0jM+qQStBrBu3RpEtneI0VFZ3CPqVEttiqV+7MKlGQFcLduNXDG3xV1sr3LrmfSuGg+A/rNmWgDuoiYaB405v0rZ/mf1mN8VdbK/8Axnmhl497cfd/7qS00Zu7fbms75n82VbfuSREjWM0Iwma0++8QFtqykmo5pWshKRWYKMGmke+/Oba9iQLMojwuaY/ec1z65r3D95yJ+FGmbPojvEaSf8Amc1z65r3D9501jvHKTu3Wg4UynRPjAu34pISVHdFICOJjTdPIQltM5DbmrbVORjQdI4iKMlfAxJaSnjiGEvJ7seAH1G0yNO6FLDdB9M6BEkgAbsYzTjkoAjfAWW6BWkGgxIaO6z6Ue0ajfG/UbRFHxZMlNJiZp1UzqZiMldB22LIRzNnyF8jYMhNd9pyFctdO+61779buFVrndfrDtNFt3ijVhOy2lO3Vq421J36s/4P/8QAKxABAAECAwYGAwEBAAAAAAAAAREAITFBUSBAYXGR8BAwgaGxwdHh8VCA/9oACAEBAAE/If8AgNtjai+F6w/w0GKftNKeTX38VYY2hF0KuvMk1c+TQrDO0ZnvT4ahP5UhIPDXlk7/AG32RddAp9B86xx/DyU14C703Pk1gnXG+X0i2ZpVO28DIaHDy+Yy9v2qKnpH6eO9BAGoyKd0ncTN81RuaJel+W9LCjTy/wAvnvInr5m6fG8xmcH0MfefPUW3vpXPvrvF/wAw9KKbCWNxfPcoQDJqNcXyQ3dbdM8T/B4EqGSS51rsD7rsD7rsD7r+h+Vf3fyrsD7rsD7rsD7rsD7r+/8AlXYH3XYH3R/DkksdfBVtuDgcPs3bARVcisdMv1pMTEPWsEZB6eDhS/D86u4roVbdJa9k5+POk3YMIxr6Qz4PBiKEsoEvgKYQhpG8V6Wn6gx5lYTYPqTurC4y6rfdWCAFHUbvF14aHnvIRtFz7qx0ApGsT2VN17Hgoh2lzbfnZZQgskGnWovcdEMxoAGCSbF0Hr1sqKmbKdLLL22QBMjm/R3bTseCkQ5w/nZ0hRhqKxVuaFGhGzKySEDPJmpqJRmkBgbKIM5fjdtOx4KA1jqGJuIA8y/Nd+t207HgoVSKJglNgsLJ4vBozmDM6Seiri0IhecttTMAyoUwaaegfxymVTZuxGOLxpEijKue7adjweM1rnouPv8APgtTBUbeCpoLwSc9hP38bxp2PB43I52dQo/wZNTYwy+QofpxoVw5MdSnzoL7mgazsKAaNeLsAwFKcimJMkHQYbxp2PBsEi6L2TslS5m34UYSGbflWFjYJnkLt67zpHdPYR2Bi5UY8WXDu6+TNubIw/elUqqt1djk51VuoL4dZKUFCQ89kWELA97WjOXYZ7JSxlMCi8m1YuWlLLLjsArBdcK7CU3aH0dcydfna77i2fZ/htR8T7bgdY3d1JvXdfVtd9xbPs/w2msSM9GXbXeFzss9+nhwYIJq5Fet0KFiuEXzWKa4zY7NrxwxjjSujTVdCHrdGpEbQR4PfxnqDkbyapPRepFJJHQgtWQg8uGfRZCSp2JJgODQpEiw7dN3kyvkGLVoOSbUutCJFmgENjQDVYFLJVlqXXati8NqWO+axN0KUOa5FOFU5vkiqRhKRKSvkgkRMyjjBk5HcoZS+Ru+CnM3CJJdi03m1a+bXh5xpmWFKpVld5FGSzVwcNvNT6aW9ofMt5ieGg32FnVeXwSTvuiB8ud8n+RscrV30YRrHZ//2gAMAwEAAgADAAAAEAgggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggjAxyggggggggggggggg7/PPPPCggggggggggggrPPPPPPLgggggggggggh9vPPPPPPgwggggggggggZi2LSUBfpAgggggggggjvf8N/4P8A1AIIIIIIIIIL3/8Ac/vc/wD6wgggggggggvCSN9+61JSggggggggggvLH/3bf7/KgggggggggggPCc//APPXxQIIIIIIIIIJPTyj/wDA88LCCCCCCCCCCCadK37/AGfwggggggggghtPvrnznvviSggggggghnvvvvvvvvvvrywgggggvvvvvvvvvvvvvnwggggk/vvvvvvvvvvvvvqwgggkfvvvvvvvvvvvvvhAgv/EACYRAQABBAEDAwUBAAAAAAAAAAERABAwMSEgQbFRYXFggZHR8KH/2gAIAQMBAT8Q+hNeULu0rs1vzOCsFci8vSPLakjhyxE+vt8gKwVEHXMURGHHOvRQTUKiikKixIqEerGeXzc7g7gf6x+a6ErwBfz49vzSohCUKkLipSjEBSrz49vzYZsCA67lIkP3bLFvPjXIsMUM3WKWbLgY9nq+3U0ejJzAg9WjbTUnF0yKdtFcISepjhnXcDoGPeiHv0chw/m6jjgE5f8An0fXc07b/WXRaa/XVBnRz+M8WNPPT9jf3jP+ZX//xAAgEQEAAQUBAAIDAAAAAAAAAAABEQAQITAxIEBBUWBx/9oACAECAQE/EP0RBcA/Al55h7uX17+jasvsYZ2LEWk6l+SlUJr+6naLEa3GaWbLmXXMsMUpzrOLxpecLnX1RhJQFKbqGgaNJa619WEMWke1IcsJYoxXW0DSHbo8oC3WsyX4vzcwbMuKKkLiNE1lzsnwQoh4nU/DXaeneeXeX//EACsQAQABAgQFBAMBAQEBAAAAAAERACExQVFhIEBxgaEQMJGxwdHw4fFQgP/aAAgBAQABPxD/AOAgXAXpS/ctSMbsvSOITr/4WNq01nYHw7ntWXl5/fA+GmmeYt8CUzKMZY8tLSzVl4acINg34pFZwcH5yV8U8OxI3aL6GdufVGeQXkE+DNqUMgdjK/aB1r/vsBI0BkPcwH6EokBSnPMTETMbnOYgKOxC+AYrkdqULZhafY8h/rf27+3AsB1NDk9m1DPyAI5hkGyc079oICJV7U3cszVtPyO9svdYEFnWaw6GWy+XNTEAgxHJPgOg+9jZwqV1RFuR5bOq5lgJbQI/k99EtYmWJ+BzAlxiSxL9rjsNDWPAgUV8vv40EzAZGiKGgOH4MzZOXnNGMbDlnsHd9AjLCYmDeXBo0KB8FqIYl14Zo0aBEmHqTRoeCGTwEraWHpCUgC2Er7ng5ZFoadiXwU9aszql/MVeIMtVB+aJkBrYAfVQUFQMKMOjSwZBJJ3wLTIjDiD+ApykLKcxZlOI1BUFYbIYt4nvwrLA5EDtUluX0jeShTCgMULtQUEgsLUSHw1jA6NJD8UyREmoJ9U8gx7oA++VctIJNWVNxI1q/inS4QTnruwHfgjStdmHZ4cCcpjvWFuCe40EZCUwajUzoshJmbJCbNKAqk/2WDlsziMrPJ7vg+XCwQEoeSLJUEl4HWoyIqJm2GdpviN6kRhSaJJ6yF1gMelGKEgYZgDWIVxWmrEhLOSW7DZOTtwjiFIs0gfg+K/lauWz/wAdqT98LZATYJIVymBHUoEMQfZmFMzhLATQAQABgGXqMM0f0kGamNFiYEy0ptPbiIwubdVwl24f8fqD91/K1ctmXRebhf5UTvyIWJANSDtZ2r+Vq5bMS4BRCJglBWIRe6RfUtH1RpMWXEGHG+I09xJidN6RlF3aXZChXG81RAPukJQdRrFojA61fiiqB2605QKl90hWgW1ad+JaVLKrrNfytXMZnhu5ztDtBokkNykJs6MVhzuz48Md2dITd1VoAICAocK8mT2+Yer+Vq5jOVAW3Mt3DyFHlWHBCR4MSagIxRlbIMPt+gN2dgEfFRcPZwPUAPNXFkmCZNBN0/56pQXhQEq9qjKTPth8Xd19f5Wrmc4GKFFkx6XE3kzOBBESRIRzpWoSyl6KPFNnqSE9lHigAAAEAEAcAEvcWdz6vYa8H8rVyqHkpH+zJpx9UQiIyIwjUfKS4BkLl/F7eyLcVmRc99Jli6U5ZlCVXFXXgYaQ/MA8RyuKSnuH5pjSRuQYfJwCiJZL0PUVdQ2Zd8etCEzI8n3bhmakOAo6mSPB7fu36UiIqZVZV14ARyoGq4FCFmHUA+Z5ZIBMoWEx2JPZ7ixBx4UkEYdodzr91Y448tKICBjb4GG4UiKIiZJCe2tQceEDIixeLxCrutOYesvGYuJNWejfBtW5amvFAid/SSoBbzGPmX1SuK5KVKWXq8LQgaOMBs9qmljIY+SKCRrY8Ct47v7ekPSEWFhHW+XYrHmADOImdjl80oCn8dsLSTk4YUMsmCB2PX7/ANtR6xXin2ermxJInZpEgVoLUXg6RpSXiAAALBC0bcvjKtV0D81MOpn3erxAWEd6MBBkZq2wFzXcqDkC6G7TN5JWaUxT34mCJZ9zo5VhB9B/GvKP5E4n7WrhUlJX2TLkSJlScESr7Lo2kSEptKLYH6XkpmhlYbH75dhseCsNl+nkJKMVjLp1fHMsJYkPk1b+9Za3hm69CnLIlXFeZBIgyJiNAURZDXXv7syJ7kZvd5tHnLtte2NY+2iCPI4vxPOsdSnUjB+Pr24hbTjd/wAOdkhxIbl/qfb0xkOhb8c7o6Aejb81hb2cL1dGZHzzsAZI0MB1vw//2Q=="),
        File(path: "static/images/staff/sato-misaki.png", base64: "iVBORw0KGgoAAAANSUhEUgAAAUAAAAFACAMAAAD6TlWYAAAAwFBMVEX9/f77+vv6+vv6+vr6+vn5+vr/9OT/8N/49/X87Nv26t3359j259n259j259fy59v15tf05dbz5df04tD9063307H50Kv2zajyyqbzyaXyyabyyaXyyaTe183xyKTyx6Lwx6PuxqTowqPnsZvuqZ7EpoyhsbawlYBpkaNjd38ycZAwcJA1b40vb48ub4+KUkpYRjxTMiw+LSU9LCQ9KyM8KyM8KiM7KiM7KiIpa40iZYc4Jx8zIx0wIRsrHhsnGRZCSoM8AAAUJUlEQVR42u2daWOaShSGp01cMNLiEqHxQlxKcKkBIbQaQf//v7ozoIiKygAzYJzzqU0ICY/vmffMCuBZpArAEDCADCADyACyYAAZQAaQAWTBADKADCADyIIBZAAZQAaQBQPIADKADCALBpABZAAZQBYMIAPIADKALBhABpABZABZMIAMIAPIALJgABlABpABZMEAMoAMIAPIALJgABlABpABZMEAMoAMYLYhbIMBxAXX8ELgtsFv/88AxggE6qlSLpcrlUpL9oOreF/wQAoM4EXlIXZcS1Y1TdeNuR+moRtjTR3IdUixXjCGoEj0uHKZl7WxMbfd9cZ13dU2HBf9fzWHGActCFEoEENQmMzlyhVZHRsLd+2uFpZpWpZlbwP+E/5/sXLW65WhazJX5hoNBjCMT6iUZU033bWzgKjsRWTYEKO9ct2Focnlcr0YMgRFyN16uaKO51B5lnmGXYiiaS7cjamrTShDgQGE+LiyoBnOenVWeSdhQYYukmEBEIL81SdrhuvaZlx6fpims5mPEcJ7BojU19TMtQMdAjtsc7VejVtlvnG3ACE+WZu7K0zxhRAu3LlWL+eax/kBbPAI33plJcTnZ/Jqbai55jHILXsrdZi8idW3V6Hj6nKOIswJIPQO1XBT4/Ms2VrPVVgV3hXARqU5dpws8G3zeNysNO4HoNAoD4y1bS2yCtvcGDCN7wVgo1bRVo65yDJM11TLuYy80gfY4JrjzcJaZBvmytUqvHAHABuVlrHJqvU7GGnYjPMgSBtgoywbrrkgEH/NzbhMnyCgzW9gkuGH0jgPgoBy/g7MFSl++RAEdPnJpkOOn0eQdjtIE2Cj1jJckvx8gl8WoMBzxposP0RQo1tRUwTYKI+J84NdY1elShBQ5KetLeL8FvbKlGn2i6kBhAbysbDJA4S9OqNZF74cQIGvkTaQcDHT+HIAUQLT4QcJrik2g4BWAg9WC1phr+YyJ3wxBdYNx6JG0Fzr1CQIaCXwxlzQC1jL0HJiKgAFrjVf2TQBOsaXagNpCxAlMa0OCaAiQJmuAGn6CPiSAqTYJwZfUoAUJQioCHBNW4D0JEhFgYZrUQdIS4LkAcJOiGMv6AclIwZf0kIo1oLEAQr1Fn0L2RIcUOiOAPICVHNoAf2BQRrDWhQAjnPJYM9GWuRHVim4sJGLh9CaHiENEFbRi7zCXI9vHyBsAtdmTgBtxxD42wc4dvMCCFtB8j5MPoVpDkXnUEsD4k2gubLzAmi5+q0DRP243ASIcpi4D5MGWNbdHAHC7hzpSXZAmJ+aJz8ak+xEAQq1vPrBoWaQsBEDsgIc51YE7pO4drMKpLocIa9ShixAwzXzBkh6ZBqQ5Kc61uKrS5AoQN0tAEDCEgQkBVgEfqTn58BXFyBpCQJy/ORDC/6wPuiFRa0VJAfwaDLur0M1Dotp4/YUeDwZ9+HoKsXQPg5HVsl1RwAxAaqHNeDfYbvTjoxOEO2rEe/aTrtzMApJcmwf0LEQ2KMSe5HR73cl0eMhdgaDIRSPrg+6/XTX9tt6uA9Jcn6OEMDjgVRzrbf73YiQOlsUmm4Yc9N0HXe9Vju9dNf22tpBBUBwfg4Qy+CDYQTL1dpRD9pRAxTowEV0JpZprtS01yri8OjzG98cwIO5JHthDkUl8kFXOxSmvVg5SFPORotSK8613a540AgSnJ8DVDwYPoAidaOgDOarhY/CteZzw9A1TVXPwI5/Lcxh/cDDyM3PAUIWMjgYSLXcM01gVzLMHQp1MNiaayQTrGv7sBE0qdTShAAeLkr9MN0zmdbtDgMUHVFUFOi0vV40P5xre2314Ew9cvNzpACGixjLcd0zxgobqz0K5Rw4/GtRvq+d/cFw9sogVMiQKmP2K4o+Fq6hqWef9zq2ZNf+GmqGu9p/in8J7SImAjBcBVqrlSa1O13qIbbb2jw44oJYJQgIeYgT8DPVdren0Aeo9HvtQTCnQGxQEBDykO0fbq8s9Zx9kI9+p78rBy1Sy1VJAdwOZVnn7ZcOQdXy2xJow5VbAjj2Tdg8W/9FOQRGesa9tr/rFFuO0SByJA+hNtDfWmOvzIEY71l7PViixGSNc63SCf4UMuP6hAD6ZaAZO4GVdnswENtdJeNrvYr6YzuidTMAYU/YQC0P/NSHsQSo/Opoxr9/hiaJvSyv3UrQsQj2hokA3JaBqAWM+ZD6ZrNZbzbG9YzHuTbcCpI6BYAQQG8s5iN6EDDiGfXNGoWzMTpKdtceDA3eIEDY7MQSidJR19twN1caTZxrD23kBgFabjyNBKKCcU1WONcejmzdIMCz8yAnSWYEUNbOZdvBuTY0P/JxowqM1QQq4uDfHsrm4s/gXBvKemth3xhAb0D/w1VjAlxhAFxhAxQHyEVIbX4l1xOBBM+Ooh6O1Pfmeyjryz+Dc+0OoNQ3HJvYCiOCAGOa8KExzH9ldu2+5+L9NTfXlYsNELbym6A0ueI7ONce1DHExvTJDWfFBgipGBvHL47NgaRkdm0YIKypKjc2oBofIGzmjQ0S1sa52qrhXHsI8KbGA9Hq3thDCVBWYl83NxtHH15ngnNtMJ/sWLc1pI9GExb2h6O2Yz5jT2oPVG3YjjPAgnNtsKLBvq1JJX88K+5Ygj8DJLYhEiXra4PRBGJrO0gt7YA2bK5x5kOUXvypO5xr/SFVcisECS7tsOIOBxKeWEIDgsQ8hJgCVQcVgn1JKQBAPxtuam2MP5zwd6V2cpegIm095KYUuGsE9TwnhUOrfQkukia2QtXvi+Sfw2ippUXw9Alyi8z/xViXIEnpCV2+R68z/CC6V4nYRht0bKXlGNLZ6VsJPrmiKJKUguL1eyALMYkNxfAkN9qgNarnZ9albn/424thX0lIMMY9UBFok1sYQ1SBaG7YXkRvQ+hK/d+hGHSTIIxxjx7sxjkW/BzVm9up5K3yNReWMx+IpxqUhr8PIwHBGPfodb3F+rZjNOr8zQH0N/ybjjFo945EKA1+Hwc2wOv3QH1mb7PDbW533b0BA2pQbXekcO9V6p48++++hNv+XbwH7C13xfZwe/7y31vccB1sdbAcR1f7nc5+mbSkZADw4j0UEf66oWb6a8SInsNI9OAdf12UZbvO3DC0/TqCk+YLNmCpm8DQPXodzdCNRbBIn+Rrvkie2hFsOIRdKWc9309hnObfK34beOEesPexcZyF/xJewof5kj18LNjxZ1umExpelbrDlPwu3QMNoS7MYM/6SuZuFODB2W1HiwWl18BFh/2EfZFz9+iHdwuTPomW7OFjlf2eSTRJFx5ZQJ2w136/r6ToEJ+5hzcCGNqsTvSdBGQBhs9APh1ZkKRUHeFz91A6Q2vxLzh1h/AZlqQPYNyffRJ3uWAWY/jBVlHYcHC3fIIleiHkfuc4nQHq/6ResNPRXphEHYSncQjtavdK0ri7bhQl1f6asIVQeK0N+YO4gySOudYD9iKUc2s0OjEQ7rbW+GeF3PxB3MiJdy1SvInizlDTz0xu6EPx6iew21njb+9q1YRbByjsX6weR4K/epqu69pzL2JsHn4DIowtQHtB440sVN6pZG47pTEkqIgIoK4+Hyar0mt7/PRrgw5hAbraV3ghi98hse24EhQVD5QG27vdCBj8h9hWvS8Pr1VCewFSei8apTcbur4Vx5KgLzVdFTuipKApI7GD2kXva9fqoL0Azc248kXeKxciGGfN4LaxQyoc9iHETm+obr+gtpW4LSA6wpwXvgrAPcE4ixX2BI/i+nLDoAakxo/aK8IRQW/XqXP9DIWeONAi+F1t/7ZrKanyo/mSem+A+OJce6iWHh4jVK+XgP4sOhp8pMePGkDkxR+OP0V2fdWg0uscINSGYoxOSN+bRYdCd8cV/qu9pB4RHMy9ijrWmILSg97bR8ctqtBK2rCmibMlyZtFdxxYv9DiRxEgOhhZ39howYwY57wDWP2hAqaDiplevA07sNNom2tjQOnt4LQB8g2uojmOibFsUPEi/lLeD3Ox0VsVivyoAuQbQlk1NpZJ4jQeWPyYK9M1tQpHkx9dgKghbI4dxzbVTsYEFUkxHCg/mWLzlwdAvlEvDwzXNfpStoPTqAF05ypHV345AOSFRqWmzTd6O9PFv2gX58e4VRZo86MPEIqQL8uapYsZElTamjOWy9Tllw9AZMfl1lgTMwOodDQd4RP4OwEI85gry8+vL9nwk16f5Uql0cjlUfIB6CGsPb9mwu/l9VngcsKXH0A0Z1xvKd2XLPTH14XcHiM/gDz/o9Z6VV7S669W/8HfJUBEUFJSLY55UZTnep6PkC9ARFB8TUEQVkKtGn/HAHmhLkAreUmcviL5mfNiA+R/1OstKZkIJQXabz1nfrkD9NL4+RW/JXzpvkowfX/wdw8QpjESIWYev7wqz43aj/z/+gIAhCqqNZ7/w6qqYfa2cq1eCgUQiRDm8X8YiyjFguArCkDUEgoYozNKq/ajGPwKA5DnG1gAC6K/AgGsNzAVyAAygAwgA8gAMoAMIAPIADKADCADyAAygAwgA8gAMoD5sEsA0JuNqzOAHoWGwNc5jsMCWOGeeKEh1O8doNBs8tVyjW/IsvwSf1LkF7y89aNWrtaazfudWIfwnrhKhauBUvXn22Q5EGMLsDN+H8nVR1B9gj//JOQJMbf1gU0ewhPkt7fRqPqtBEBVHvyKPyksV7+B7yUw+jN6k5sIYm5KBDlJDz60/Db6M/n8XH6+gerjIwDxl/y+vJbBI/yRn9Pl5+cUQeTh/fIRIn2ATQFKrwnpIXjv08nkcwQeHx5KVRyAte+PD1Xw9jmZTGYQ4gxB5HJhSBmgpz0EbwnhTSbTGYzpUgalh+94AMFj6Vt1skQ3mPoQJ/kwBFRTF9Jr+tKb+vBQTFAO4wP0BLi7B4T4DoXoMXyiipAewGaDQ/T+fH7upLd7+PdJFTxiA3wEoz1A74NAQkQ6pCpDQFF88hukt5wcPHUgQWyA4Of78Y2gEN9RLtOUIaCFT0CpuzzU3g7gcoSvwIMMPtAhbF49GTa/yqETQpNDvoFSN4JeYCOYAHcWEnG3CaxuJl4mf4WDdzx8vvhm5wLlMCbA0hkB7lN5ijJZuPWzs3x8s/Pi29tIVey+BBGx4vdF2n8bKvDYQiIQLmkgBDTwzS7i29mI9BqKl9MNSeGoRVnI8U2nW4TCrQIM8M2uPutyVHos14Iot44X7kuvz7VQVC9m8BFConZCDiB03pj4tjbyHYTiiCDk9xj+NqhO3qcx7usjhI58cwAFAVbNk5j4UA6P0IhCEA+HBBG/76FvxxPgDuE7RMg3bwtgk+Ng1fwe8yG3NlJ6CEWYoM8v9M0SGC1j33syg0UNT6opJPN6XB5mLyxcprPY4XeIowlG8JOXGPeeQUf+g5rCWwHY5J7eYB2G84iejTw8RBI84feAkcHB7VFTSMJMACH5zfAecDeoFUHwlF8proWEbz+FeUzCTAAR+S1x8fk28hihwVN+CQToi/ATijDzgylA5uabRH6RNuITPOWHZyHhzgkS4VOzyACbT9zbMsnDRdqIRzCKH56FHIqwmXEag2zTt5lMfn4jOCl9Owb4/eGE38PjlW7wZRFm7SUg2/T9k/TRPAme2AhCeMwviYWERTiFaSwUEaBQT56+gY2cAjyJZBYSrgkzTWOQYfMH03c6SxHvk59xCJZGaT4mL41b2REEWTZ/aZ7rnI2c4EtsIaE0nsCGsFgAm7D5W6bkF20jD9lZyGFD2CwSQMhvkprfORvJ0EJCDeFbRqMLIBt+b8v39Pzi2EhKCwn17EZcJmdNg6z4TWcZxPv050l/7qiqgRaSya+aZEQQZMNvlslDXbcRaCFZCDBDgqBI/JCNVL+VLgIcZQUwI4KgSPyuSrAEfk7eZ7MiEQSF4hc5qJW9hWRJEBSKH/KRS72Rb6XJMsvflgFBUDB+F3M4QwsJEcwRIKyfM+Z32UaytJD9B5auT5IGYJOTJ+/Z8rsowWwtJPjE0hFMAVB4av5ZTmaZAzxrIxlbyG4qYSmnGZtJDlDguVH2/CKn57YCPL8kMB3BSZpX6KYAWBl9EuB3PoeJCNCfkm4mH6MGKQz4c0rgcaKn57IayMreikFyA8nagK9IsBRjSWAOVgxSGMiU0OMsIwe1SGUwEv1smbgZBEkTeETqac7YCCEL2f3GP0mbQZC4ASTGLzqHCQrQbwYTJnEigAKJCvqKjRCzkJT1dEKARB8mSoIELWTXhZQTJTEoXALPIhcLks3gFEkMkjiwTK45P2Mj2UzGXfudSapBUDAHPtMhJi5Az4nptIHQQQjrL8JGEi4JpFBOJwE4Ig7w2EYyWM8Rb1QB30dA4RwkykYoZHBSH0nQBv4hL4YjG6FgIdvA9xFQSAEe2QgdAXq6Jw1QeGrR0cKBjdCwkKSlDCimAA9shIqFbAGOyAIUnpoTas8SLBYk3A1OJ0FQUAGGFgvSs5AkRoybwn8oCTC0WJCWhSQzYiyAQoXmowRrzkuULCRRdwQUrhNybCP0LGTr/i2s7gjA4ie/00ulnY1QtJAkEgQFtZDARmhaSJJKBgfgE0ULCWyEsoVg2wgoqoV4NjKFNlIaUf3UcHMY4GTwiDJAZCOZLwmMkcNkXFigncH+YkFA+1PD7I1gAOTeKPPzbKT6/k79l+LkMCisB29thP4vxfNhHBceUVegdwrbjP4vxchhgFFFz/KIHPhh5TAocgbnFNPPUYWEAkef0zsBiLNWCxS3iMmTYPxGEMRvAu8FH14jCArbj/tiAJv3BBCnEgTMQ9K5CGAeks5FQGwPoTqsmXsl+FbJHOAdCRDHRUBsE2YA0wC8KxPGsmEGkA5AujPCBQA4iVvHMICRAONPrzOAZwBmq8A7q6PROG7cSjouwNY91dE4XZH/AVYWlfFats5OAAAAAElFTkSuQmCC"),
        File(path: "static/images/staff/tanaka-kenichi.png", base64: "iVBORw0KGgoAAAANSUhEUgAAAUAAAAFACAMAAAD6TlWYAAAAwFBMVEXi8/3d7vnd6vPb6vXc6PHc6PDc6O/a6PLc5+/c5uzi29X3y6fa5u7V2Nr3yKP1yKLzxqDuw5/swZ3hxa3uwJvswJ3swJzswJvjwKTsv5rrv5vqv5vqvpvqvprtupnovJnWt57uq57hn4DXdjTWbym/nIGpn5efhXXXbifWbinWbijWbid5bmfVaiO9VyxeVE9SNTUvLTQrKCoqJSMpJSMrISAoKDEoJCMoJCIoJCEoHh4kJC0hISYgHR0bHiscGBk9VHOWAAASA0lEQVR42u2da3uiOheG4wELKnJw64xUhK2lvqPM4Gm6bb3U//+v3pWA1loPIJAoZH1prREu7j7rkJUISOAWyxBHwAFygBwgB8iNA+QAOUAOkBsHyAFygBwgNw6QA+QAOUBuHCAHyAFygNw4QA6QA+QAuXGAHCAHyAFy4wA5QA6QA+TGAXKAHCAHyI0D5AA5QA6QGwfIAXKAHCAHyI0D5AA5QA6QGwfIAXKAHCC3LAEUA+MAo4Kr+1YMLHgtcoDh2AlFRKwgBxa8LpbvkOJdAcSiw6Bk+XXoep43DQx+dYevtlzHb2LCHOBJemIBobr86nrTjy2xj8DW5NV6NgGMMkAU7oghuhfPBXoF+ZWwW38s58QWgQWv3gHkeuoNbeGOGKL7EF+R0FsCIExrsTxphCQGPHFlARXuAyG6B3wFBPT+226XZ9kdUIQxa2A4BF++B4SIPT6EZHdK6C1D2gIznHuv2JNzDlAEfK/uYvsRnt6O4ft27b2KzFXIFiDEPtnbbt+ve+4Jm8+32wmokG1pyBJgXQDnXW6jiu8Q4XrtyVAa5hIgeG9xOIXQt4xhoMJ3V2YpQsRSfh7EvmVMmy+301eGImQFsF4oDj+2s8Uyvs0+tliE+QJYx/JbzpeJ2GKORcgoHSNG4e91loz8diJcDxm5MQuAULwME4h+XyLhYuvVC/V8AKwXC+52vlgma7OtxyQQ0gcIQvG2s/+WSdtsPWVBELHht0zB5usZA4IoM/wYEUTZ4ceGIF2A9WKa/JgQpAoQ6r9U+WGC0zrdepAqwDpy0+UHBKEeLIoZBQjzj+18mbLNti5VJ0Y0+cnr5WKZPsFXmgTpARSL9ek6dQEu4V/0QTORoCwFwF0i8YpCJXMAIQDS0J/vxEN6EkT0HHhCC+B/NJ0YZc2Bg1qmkDGAkIHfl/RsTi8TI3oCnNMDuFhPaJXTiFYGocmPZh6hBLDg0QW4+JjKdCSIKEXANVV+FKMgymAE3EXBclYAikV59r5YZlOCKIspJKgFMwNQKE/W1AEu3+dyQcwEQJxCFtT5gQSpVDIokylkN5/LhgLLwoSFApfvCxo+nD5AsSAv3xnwo5SHEQUPfmXhwRigmxGALhuAUEsL5QwALItsQiAEwaWcflsQUQiB9KchFIMgohAC10w8mFIliDKbQyhlEZTZHEJpaYQCQI8VQCpdVQ7w3gGW6xNWSWRBoyGTNkCxKE8ZVTF06hjqAIMbIKRmX3fJZALgbHt4UeuU7fBcHxlQIMRA+/VTg4v10EnVhrODc73aGUgicIr69GOxdyqnpjZSM6Vmfv6z5msZlVNvCFLoB0IUPASoWt3UzNTt2QHAbPQDjwE2uu3UzNCsXAM0DMPsmpYZitWpsfkE6KMwzeeupqkQxmqNa9jOjs0jwO4ehapYlg151HUtzTiJ7+rYHALUlD0Kz5vOZmt8pzZHOenm18fmDmBXdSZ7FOv1x/tyPodXJ+NkmLG5A2io9vv2naCAWdj7uw9nO6ydyCNhxuYPoGZNPwIU67l/q0rXcfqnYmCYsTmMgfpkvkPhWJaqNCBDNNTTOeT62DxmYRtQqCqwqCmqZoFBmWKcKWKujs0jQE1r60pDbdtgZgMKlO75Qvvq2EwCrBfrFwA+W2rDclz/jr0Tzx3aDeX5DMLrY7MIsFIuNg8v6itAU2047nSz2azewFbwy9RzFOWkE4cYewyw+FR5dICVstS0zgE0nmu2+7ZZYUVhJm/452blOQ39mwhDjT0C6NTk0qP3A8uV5j/nAHY1ZTjdAAlQEwGDVfWGsbimelQJhht7DFB5lkqVhwZYKTV72hmAXc1wCYPNxB06kGEtmKR5K/Knia2YX/mFGnsMsNFriuVHBiiWqr3WGYBwsZMNVpLnmLWGomm4UVDTHPDT6XQzPZ7jhhr7DeBzr5myBNMFWJa0jnEOoOJtsH4cpaGbpmVq2rNlmobSsD0Q1mZ62GYJO/b7uVqdaroEUdoC1M8ANBsuZuJZjS444HNDsWyt1jbaXVNVXEgRG+9zjhF67CmAzafHBYgF2D4NsKs6b/jKG5oF191WHG82nwx1rYu7frUh1tWwYe77MCHHnjhX2hJE6Qqwo58BSES1mliYQttQXfzohu12QnzR6DY8/KahG+3wY88BTDkKpgkQUnCnRboo7/uNAwFAQ7WhmNs4RDhmzd3+/fvx8ffv1vfFrmpPV1hW1jNYN9xYM+jYHJ+ro0nlBwVIPBhf1Hy73ziw9QGajeEGnFLxYTq7B4f8Ddp7Vs3Fb9dUBUythRmrPLdPnytlH0ZpCrAKAmy3dfNw64CfMJ9xWg1kQ0S1gzIhsvIFintXxD4ldm7sKkjEJ86l96ppTkdQqiGwRyKTrhxsHtB2zdHV28pRiaq0yQ4KYLExFUO3JjDj3QQGv14buwpqwe/ngjz8sApsdvRgNe1z70BQbtgwofVVgwP/x6df+qEOK/TtbfdMpb3Czo6dbnbl0bdzAUBReFiArbM7CA4Bzs8AXAUKPAQ4vwLwu6WbRVKtAy8CBL90SBDTu5P946c+PhzSGtAN7Ja7nVy4/XJt7JmlUOLWUvEhAfpJ+ExvVPWTCMnINW8f17YTPViBIwqtQURTlFqYsbZ2biEg3TTMCCCpjTeun1kV5zOzuqQ0CaoczcShzAo39uxCQCYBdhVnRfwSywomEz6Vv9sg1On6BFcu/pJvlLG5ARj4sKd2/dQAkQ3mF9u5o+xr49XeK6OMzRJA4RLAbsOB5LoBL3zG0zHLnW23fz07YOLgFou7E1WUsSfT8IMCvFDGEMfELb6Vq6iW0X7Wa5bj2DWcVc12bQiSWk0+G4JRxmaojLkM0G8yv208u6aZZtfSGg0Vfpp6Q3c3K8irB3VJlLEZArifyp3NI1PSkHdt4KF1LcvU1UbNGk42b9MVZAXrtrHfQ2DzwZsJZ0sZxfGvf+oNHUtVVMWyh+4UL7ptpvtuavSxx2V0r/mgzQRIw/rFbc6mYnkYwRteoMRdl8mUrFmuNhPnOClEGXukwN6jtrOEylPzogTbptYAJ8Rr5P60l6yWg8pcTbXijP0aAvWHbaheCYJt0pBvDyerAIePZupatXY33lh6ITDtRSX92rcVzHZDd1zfIbFzuo4FmTb+WEpldMoA8b6EEAiVmoL3juMWslpraKYReqx+YezOg5uPvLBelH6cz4663jbIj2ezC0WJokCBYpjdy0i6X8b+2B/jfA6upru/KP2tHaevTW/3/g2sBy8MA/ddnq/qKYiG/tijY5xOwSmvq6e/O2vX1j8Wxr8Hdu7yL1uIY7RgFvLYACtPkn6CoP7vkd3C7/oxWu20HZjCBstSVe/prUvaIabH09+pY7T0Tto7iwQa984qSc1e50erdQjx27X/24tM8OIx8Ok6PS19fhQ2mVeeitUmiKFDEyA+3c+qVMrCHSyFilB6kqrVg86C/v3i44fAg2PonWa1KgmlcjbuoQpuLJRLpS/96eNr796Qhs8fA2YfhdKTkJ176YMKK+Jhe1Vvx+d34RhQvMAZ6VwZtWcqHdXUeqt3ELtuKQPPHyPlDiAjgMeLdPiCu71ez2jfiO/8MVoUqhcGAMXvnQVdvx3ehWN0flJ8NiQ9gNc6/ImZnv70gwlAMi+mAbDdSnMzEUOAlasN6t2tTaK/Q28RiakCL21VOFgwPvOF9bahqiEIUk0hdAGKoSSo9od/Tq/hDYd97eq/IO01EJYAw0iwZQz//PlzYqXSVPrwxh9Luy8BUn5E+HUJGioGCAS/xjsj4PfH0u9LgJQfUh9CgppBQDkQ73YrRoZhaAG//rUoSFuAlAGGkqCP6k9fU1Qd2Bk6/NIfBliNOxMgZYBhJGjuCP5x+pamqqrZd4bBHxTjziIgdYBhEvEnwSNzFPO+akAGAK/vlyFebA1P8OtfrwJT/mLhXQAsVX+EqKWV/jFCR7vOL+WNWHcBMFw13TFUZR/5wKCCVq7P4+hnEBYASU+hFWJCDLnXsvpglgW/hpkG/9ClpxwAxG2tUBs4TChgIAmrmm6YYboILByYiQLDdmWCGtoIt2GGZGD6/FgADLfrLXITkEEGZgUQyunTW47iWKfFwoEZARRLkp5wex9PQUQhLwBJLZMsvx4jfowAklvKJChBRgmEIUChUqgml0gwP0bXwQxgkqkY+EnlSt4ACgIQbCXF76ki5A+ggKckrST4VdjxYwoQx8G49WAL31yszI4fU4A4F+vxCJJt0AJDfmwB4opai5NK9E67WqgwvQS2AP0t6D/0291XYlQ/3wtAQSyXqq3b3Bjct1lhzY85QKFSId+DiP49kTb+FkOZNT/2ALEbl6taxG974S/RsHffOwGIvwchNX9E2jsI+O5BfncC0I+EzR8R+P2slu5BfncDEPuxqHUiNP8KlYrAAX4xKRLA0p3wux+AZQ6QA+QAOUAOkAPkADlADpAD5AA5QA6QA+QAOUAOkAN8GICViP3AJw7wk50oSWK5UIwCUCqU8af4ohKmUCyASXIzwrLcP01Zwp8qVuDzud2ZAPDKJcyuavf7g5f/9fSwy0odbfB7MOjbTRnDBy2KuQMIbisCvIrc7A8G49/YBtEAkg9hilWsRUFiBRGxkR4opyTboDuM4dcL2DgiwBfyIfxpDFGA47ERInWAFSI9CSsPrn6MMYzAfkUGSD4VQBwN+k0ZhMiAIaJMTyoXCthvA3i/RoHdBpAY/hdgdwYhlhB1HVK9bwymJ/0k9A7hxQQYQBxjb7ZBh0WqCOkBlKQSkoj2xoHbJgjQd+cR0aFM1ZURRfHJgfZ+jb5bfIC+EMeYYbVET4Z07qEqFZHY7L8Qzx2dtGQAEh3ieGhLqCBl5R6qolRAsu277uicJQXQj4dEhtiTMwAQ8BWq2Hcv0EsWYODKL/0mDYSIBr7RRfHtAbY6n3ZqT+WnXQMYREMaCBENfKNr+AjAjnZgne+qOzD1KkDCMED4qM8TqcCEzcc3CmHjl8GB9Y8JdrT+4fuDcZhj7hBKD/lYNKmM5ND4sP0+tCOCwO/l8O1xyGMShFVUkh4OoCgWJEgd4fGR7Lm30VeChN+X9yMc9fe4LyNBeiiAFQh+zQGkjtGN9usLQZ/frceC/8aLXU4rFKYCUBIg+F0rXMITjMcPIxz/HjQL6fgxSkV+xf44Fr4vBGPzC0KhlEoyQSnID1WjBb/LBBPg5yMEERal+wcYyO/XaJQMwWT4YYTpiBAlnnwTkd8nwaT47URYlu4ZIJTO9u9E5Lcn2EuKXyBCKK/uFyB4SD8p+QUTvF8J8vNFWEWJujFK0n1x9khMfoEGxy9JHg9E+GIXkvyaZ3IAxTJx39GdG9SEfTHBkhAlF/5KybpvagTBjaXkAiFKLvwl7b7pISSB8L4ASrh6eRk9iEEg/Imkyh0BfCx+JBDahYp4NwAlZP8ePxA/Egj7hUQefYhyyQ8vfyZEECXDb/Rg/EggTIQgyiu/pAii3PJLiCDKL79kCKIc80uEIIpZ/z00P58gQ4ASaj42P0Iw3qwOxdJfdTB+bH6YoB2rsxADoFiUHmr+dnZWV41D8HaAolDKAD9McCDHIBgDYKGfBX6kuyUWReoAcQLOBL+YqRjdnkAePQF/SSQ3p2KU5wSyBzi6PZGgWwXYzw4/EgalG5fq0M0VdIb4xamn0W0JWH78CvqYYPM2J0a5rmC+OLF8Uy2DbnJgO2v8bndidEsGlgfZA0icWKQCUMqeAwdOXKaiQLHQzCK/W8vpWwAOMgpwfEseQdEd2M4mP39OLKWvwPIgqwDBqpHzCOICjNeWQVFLGClrc5CYpQziJUw8CUYDKJalLEdATDBqFEQ8AsZLxFFjYLYFeEMiRnwSEq+nEBFgP/MAxwMp0nQEReJXHY+yblF3KkQBKKHMC5A0ZQppKTDrNcxNaQTxFBIvjSA+C/nuw+m4sJgXD442G0Hcg+PNRhDPwSd8uJSCAuGQg5wAHL1E8GEUoYoejXIBMFotjcJ7sJ0PAUbsCiI+Dz4VBMPv1UK8iPluvyIUMih8CHwZ5QVglCCIeBUYrxJEfB4XryODeA45nUXCdlURzyHxskhYgCX5ZZwfgBEW2BHPIfF6ghxgzDSMwk7k+vkCOEjYhTnA2C6cN4Bh6xgO8CTAMQd4XwBzVkfjm7eGraRDAsz2xtQ4lfT/AZQK3kAZSkNlAAAAAElFTkSuQmCC"),
        File(path: "static/images/staff/yamada-aoi.png", base64: "iVBORw0KGgoAAAANSUhEUgAAAUAAAAFACAMAAAD6TlWYAAAAwFBMVEXt6/7s5v3p5Pnl4vbr4OXi4PXi4PTi4PPh4fjh4PP/3b3/27r92bn71bf21LX30rP20rX20rT20rP30bL40a/20LPq2tvz1L310bP00LP0z7Lxz7Hi3/Lg3vLf3vLe3PDQ0+Tyt6bwqqDRvrjVp5nFn4yetLV/nJVqjIJKhHFJg3BHgm9Ggm9Ggm5Fgm5reHJtT1Y/fmk7e2V0Nz42LD80Kj0zKT0zKSczKDwyKDwzKC4uJDQpIDQpHysoHiMiGCVepfZzAAAQsklEQVR42u2deV+qwBrHBxAUU3IpdxArt7wqFtblqsf3/67uDFpqabLMBs7zz+kcR/z4Pb9nG54hoAmLZUAgEAAFQAFQABQmAAqAAqAAKEwAFAAFQAFQmAAoAAqAAqAwAVAAFAAFQNamIxMAI6EzLdNUFWQm/FEXAEPRs0wFQDNtaF30k6xbugAY0ExEzx4M547jInPmw4EtI4YCYCB8iN7cXW/W6/UK2Rr+6DpDyFCzBMCrzitJiN56tXTd5fID2XLpLr31xnMGOjBNAfBP+Sng2VmvPXf54Z3Yx9KFDJ0BkC0B8LJZUne+Wi/dH/T2toTCdGzAV0bmCaBugmd347neRVsu1+4AaKYAeL5oBoPV6g98yFxvM5cVUwA8w08D84239K7Yx3LjdGVTAPydP6T59kLw+yFCSJAfDXIDsAtGW9cLZJCgrOkC4Gn+BYP10vOCEpwDUwA89V/7w/sICtBbbgbAEgCPTXHWbmB+ELVrc5JIACcOPNyE4AedeO1IAuChglFsd/URBqC3XA/4CIMgkQJEADmRIEimAPmRIOBCgIOwAkRRcM5FIuZCgbITvAY8TsSKLgD6/GzXC+vBSIJc+DAHAM0wTchxOzLiwYc5ABghB+/zsCwUuFPgPIoCP1Zul4MgyEMMVJxIAFE7JwBGrAL5qQQFQAFQAIxUBgqAR2k4YhJZiiSyL2McUcbEK6TnEQtp0Qt/bcasIwDkZDuGj82EKDkEbSYIgHtz1lEQ8pBDONlQjbCbwMleAicbqhF82OXk1jAnN5XmEW4q8THcwQfA8M0IakO6AuCukLZk0A1ZS8Mq2gbAFFl4P5Q/j9ANu/OBxMGwKmOAuiVLg/nHZhWhilmveRjbB4yDH7D9ofxIuzFLf2xfYnuEiSVAU4PO662XEfq4o7H9Z6BYtwmwKylDN8BU9BUVenMbMBQhYCi/Z2ezcr2Y5nobd8BQhKwAdmVluFpHin2/EK7WSIS3BbALk0dM7z0qCl0kQkYHs5kAREdqXDzy+xbhUGJz9IEFQFOVh+v40e8kmXxs5l0m5xAZADQVeb5dfnh4zd06tmTdAkBL7jpr18NuMCY8M9hfACz4bQjwY0UQpER/u1TCgCBlgCZBfnuCVpoBmgpJfjuClDMJVYCw/ptvCfLz4yDlo7BUAZrRZhBCngHrUB1YoAkQnQdZeoSN9lFYigBN6XnlfXjECW6HNBMJPYC60nVXxAXoeR//XT1TPEYHKDow8QB4GNui90QAQDEArpceFXM3FJ0YpMyBkf3Xo+jEgJoAh3QceF/LyCkDaMq2R9EoTh7RAijN1y49gBTnp+kANOllENp5hBJA2aELkN5xbEDHgZ/p8qMoQToAAdUIuIuCjqmmBWDkw1zxShk6B8FoAKRaAx4aunlqAKJjDEuPutE5SgeopJDVB31+lNIISKkH7w6S6Clx4WgHkeJnYho+TB5gxKNwePKwlQKAEQ9j4rk7kg6A8w0TgLCWTkkZ46zY+DA6z2kmHmDER4slphkhDpD6ThblShCQD4FDNjmEUjdHA+CGGUAnBTHQlBxWLoyOdBLfVaUQA1kC7CYfYMTnEuHZ16ewIUMaIJPN1EMQJF/HUAHoLtmYu0oHwDUrW22TD1BTrefBzp771Oxl/5GDFGRhTQV7qxXuaFn+6zOVThq29HfWLbWatKyV0XcfmoYN1Z1lc7WHUpmSlR5quSylL8YVwEajAdXTbgWB9OfaSl3TUgZQ0+qVP1G0Wo2mUSzC+JXPX8MWYG1GTRfAbC5TPS/A5jeKwl273ev3h/N522jEW0vRhwFjD4Y8vlD4v47Zr99eCs14a0sP9dQBrJ8D2Cy8HFDAwtfz0G+0XvXvmvHWwiCYuiRyNgQ2ij1v7e1QoEco7PuHYb4Vb225VM2o2TQBVDPnc0Kx7a68vaaWrus48/kcNhLn4lqYtRSDIGAbAsuGc0DRbhdQhri7K1birk0ZwOwfVWD7G0WhWGygEqXZapTjri1VYRbJpgVgVs3l6heqmHLxC0UT1nhXiucQaytGJ0dFgzQA5jK1+l+lceAWLczaSr2WyVFIJIC8/NRa+aFapm73D9V6h7wIAXF+nfpDuVSiDxB+6IORIU6QvAvXH1jQ26eSEnGChAFS3cU6m4yTrcAw/EIkiOBrydeDZAGqHaMS7Ju2mrBEaeFfC3s6sgQBHwJs5u/a7WK+3MC8FjmxmlyAWqceSICN8l3f+fx87xvFJs61NCQIeBBgo+Bst//+bbfv7WID41oaUZAswGAlTCs/h0iQbZ1CA9/ar5akoyYUYMAU0ii8/PuybT/fwrWWjg8DkgK8dB/kxx7Lt6gglPe/ZRVmLR0fBhyEwKL7DeXfZ+9vKmHWHu1sJRRgoBDYKLY//x37ZRPP2m+AZO+PkAVY5QAg2hpUk5lEtPp9EBc2Wkdu+e/CLc0Iaw8azCQTYNA+rp13DonB/Zt5mLWHLEIyDXMAsJnvH6DM/y5NwqylU8dwABBScba70Lb936WpjihrbwZgw2jvItv282pUC7M26QAvTCOck1WxPf/cbj+d3l0L59qvNExySoF9GeNTMfLtfr+XL7Twrk12GRMCYLnRKt7li60G7rXkdxN4aOV2WJrBkYRZm+hWjukNpeRvJsA0zAG/JAPMqsGDIEEzEruhyoUPEw6BZDcTePDhJN8TCXxThCS/e8JHRsgCVDuXexHDMCqPj4/wjxjh7eo1iI8msBrtMMqtXu8JWq/XbkVEGOAapQfC99WJT2ddSMRG++nIeuUoCANco1QpdZINEDpx6QxBo/d0Yr3HCPyuX6NUJj9rTnzAMpcxHn7OV/787vDbG3H5nblGqUphVp/8iG+uU3+oVkrHEB+fflnoOHjlGvDjqg/1TPJHfHdD0vVStVqlCfAefly9RmFEmsaUflbLqZ1MpnaIhb/d76kc34WfjruPTCaj0RjSp3TQRlNzuc6Rxh57cQX45zXQfbicqqXmoI3P8KQrMU6/fS9KJfjHNSr1jpZN13HXXzW1sa+Bd189WiV96Ro0H5lA8ci/2jFOu7DyYwvaYzl6L3fhGikFeGZnwYjVCF+8Br3T1pQBZuhsr1IVINXfranW7+nsYXXUNCow8AZ1oxn+ldMNmFwqXTjorEezcGnutAFfuX4B4kdr2AEMJsFCr+/ARHBmPr/ffypcPdpA+h4IS4CBJNjsv7+/n5m/b+Vf4AtOr1jhSoB0AQaQYKOAAEKCzebpOEe+h/7daV/5L6AtQMq/pP66BCtG490nCONds/GVO5pFX3/v771rI220BUgZYAAJNgu+1N6dl2K+YDSgGfCHXn+PtclXBKQNMEgUbO0Jvjv9p3axUCi0ev0dvvfrU/nUBUgbYJBEvA93O4jQvv9y/WgX5RqQAcBA8zKtQrv//suc3vWRXrKzlHwAzGWu93NNI//yA6HTL17nR7cLZgMw4LNAm4X8d+RD9F4K+et9HP0MwgLgxXvtP0QIK5dCu/0Crdcu5AvB2uCOegMAAznxrvozDJiEC0Wj0Qq2i0DfgZkoMMTYYAU9FDrgODSDDMwIIJmpNxgAqWdgVgA1NYt/9rdSzrAQIBuAMAyWKiXMAqwx4ccGoB8GE3wfhD1ARBCnE7Pjxwog3gl+lIAZfQ9mAHEShPyyavbWAGoaLoJM+bEECAlWyyUc/DR2/JgCRF4cu5pB+YMhP6YAEUEjXjIuVao1SoOAPAJEFXWsrq5ULTOrX7gAuBtBjxoISyUqY+RcA0SPia+Vorlx6b5ay7Lmxxzg3o3D55JS+cGo5TTW/DgACAmqNSOkH0PvvadyiiEJANE5iE6tHGp3oVqtZ5hWL1wB9CNhJuhTenZDvLUcD/LjBqCfjo1K8Oolk8vywY8bgJoWDqDKCT9+AKphFSgACoACoAAoAAqAAqAAKAAKgAKgACgACoACoAAoAAqA7Ew3w+0H6gLgNzrdNE1VlkMBlBXdtEz95gFCdroiS5Js2XYp+CMp7p/tLnqXopmsIQKm8DQFUujag+FwNHltBwbYKI4W49FwYNvo/app6TcH0FeeJOmQ3Wg8e3tbLGbjcABnC/gunyLUosxOiYANPei2ig9v8baYTV+hhQWI3jNBFCcIoiZJChuGgAU9SYJuOxpDCc0Qhim0SWiA/rsmr69TCHGKIEIh6vSdmTJARE+G0vOVt2c3jQ5w99YdxLHPkLoOaQLULRVqD9KD0oPKmx5bDIB7iDCS/me0Z5hKgKYpS6ZP70R6eAB+CxHqsAtdmZ4MAS3xwTAP494Cae8XPSwAkfk6HA9hdaPQioaADj4Fie/1Ej1sAPe+vBghGdLxZAoAdei7UHzIdS/QwwjQZziBrjywkSenAKBuQXww8i1eL39lvAD3rvw6tGUKCAENfNM/xXcA2Gx82xlqB2tfA4hkOH1b0EAIaOCbXsO3A1goHqzxW3VHL99dBYhkOFn4CMnGQkA2dezwTQPY7HV0ZL8ektUsPB+/Pp5NAlzzCyHJjEwOoKWC4PgQwcWx/SAI+cEwerBZwIvuEMKiJnEAdRP2HOPg+PzIf7DpKUHEbzE+en0S4qpvs6ENNDNZAC1ZhoXLLAS+HyHxhKDPL/K1YDoZDzSJUHNCBKCpweD3thhPplMcBOPxgzaevY1I+TEgIj9lMFu8xsB3QjA2P1TUwFDYJSJCQER+o1DB72+CGPj5CKEfkxAhICO/8TS+7Qji4YdC4eyNhAgxA9R1PPI7EMTF71uEJs8AYemMSX7fBLHx24tQly1+AVpyd4hLfvsGb4KRny9CmI6xujHA7b4Yv66vwdkE6wXHi8lAUk0eAZqqjNN9DwjxGnJjE6MbYwNoKjJe9yVlyI27+AgCfOEPuu9kmgSDbbUtWXwBtCQba7Qna68oEGJKJQAfv/E0MQYD4UDSdW4AWtJgMXudJsgmk7ehrOmcALRA0vj5qWQo4SAI8PCbTqZJszEeguBW+eEiCG6WHyaC4Hb54SEYE6CZZH5YCILY9UuC+fkEZZMdQFg/vyWaHyI4ABYrgKZsj5NW/51p6wax+uIYAE2lm6D+9/Ke7cKOszcTHaCuKaMk9b+X++KxHSMORgdoSsO3FPBDTjzSFZ06QJiA316nqTCUiqkDtGR7kfAEfJKKIyeSiAB1pTtapESA/q2ryGEQ3HgA/A6DVsQj3ODWA+Chp7PoAfQr6EmaAEavpyMB1OVhugSIAI7tSLUMEA4cz4lBlAycOgf2U/EiUiYGUQSYqgx8lIm1CHuDIEoGWaRPf4hgpHIaRMggKSqhT/dlouQRIDLIkQSHkkkaIPwfSqkAfQufR4AQ4HEeCb8tA8KWMN00ljBHpUxYJwZCgPEkCEILcJFeAUappoEQYLxEHApgVtPTnIKh/WcWNhGHAmimXYAR2hEQrgkZLlIOELYj3VDtSBiAsAueTdNuYSUIRAr5tSkjE1JgVjVHqa5hIvVzQKSQeD4cCuDwFgBO0MYqCYCp70KidSMgjAffBL+QPgxEDj6Th5UskTLmNnLwdDqb2MErGRC8C7Gns5vgF86HgfDgeFsyQBQxZ9JwiH4YiCLmXBQMXsiA4CFwMrsVfmGCIBB93PkgiBugdVMAQ+zIBHfh1O+lRttVBYFzyOh2ckiYLBIYoJ3mG+rnsghegKmdaYudhkHgJHxrAPEq8KaScKg0LADSAXhTVUyoOiYwwJEAKBTIDuCt1dEhKunAAG+pjg5zZ+7/O7/DtvrdFKEAAAAASUVORK5CYII="),
        File(path: "static/images/staff/yoshida-naoki.jpg", base64: "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBAUEBAYFBQUGBgYHCQ4JCQgICRINDQoOFRIWFhUSFBQXGiEcFxgfGRQUHScdHyIjJSUlFhwpLCgkKyEkJST/2wBDAQYGBgkICREJCREkGBQYJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCT/wgARCAFAAUADASIAAhEBAxEB/8QAGwABAAIDAQEAAAAAAAAAAAAAAAQFAQYHAwL/xAAZAQEAAwEBAAAAAAAAAAAAAAAAAQIDBAX/2gAMAwEAAhADEAAAAeiCtgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADxoUXtfQ4mLTygCf61YvrHUMm6tavon3CQAAAAAAAAAAAEWVr6K3zm+RHSETHSBHSBHSBH9PT1mL6Xr2wgJAAAAAAAAAAAPGJE/HicXaEAAAHr5JXSuldvF7iYAAAAAAAAAAApKu0q4Wpjh7stdxemxqyzrcVpZNcWpsbGaXqrOss+7hvBIAAAAAAAAABjMWs00Od556y6O80nLXP1N0nbLZ9w8tGpff9Pg7uav8AOtbjeku+0rdMdauU+9cthzFlaZBaAAAAAAAAAEKbHpetHH1tG3mDpSFqtjnXO/rPjac765Nt9WKXZqnGlPLeIFhloGd5s2NJ7OQL0AAAAAAAAAAgRbmDz7w8ZZdWMkQEVAYym2MkzmTmfrzB0c4AAAAAAAAAAD4+0KbE6Dx9gVtr0u2gW08YVnOMiuYm2iV9nZxBIAAAAAAAAAAABX2ClqVPg8vVgVsAZnWr42J1coXqAAAAAAAAAAAAAAq7Ssx18BzdIHtaVdp084bYgAAAAAAAAAAADJhS6ZMdIoeY/F69f+dC6HhvGHH1AfXp9aD18u2X3Efvow7i5juVLXjOIkAAAAAAAAAaoi755ReetAtADtnE94rPR9M2/it673uXEuzyjcQ3zQ87BaAL/ofHfus9xajt+V8BIAAAAADONPmI+hmtAmAAEiOO3cj2fWOzlda5LtBqEQ4+oAABvOjInujS90yuESAAAABU8juaTXMLQAAABJkw5nfxo8iJLwHn9gAAAGet8jt6z10ZaAAAAKS753MaeNswAAAAPeXEl+jxIsqIeA87tAAAAA6rf836RjoESAAA4/2Hh16+Y0oAAAAAmws65zYP18gZaAAAAAWHZeF9zzuFLAf/xAArEAABAwIEBQQDAQEAAAAAAAAEAQIDAAUSEzBAEBEUIDMGFSExIiVQMoD/2gAIAQEAAQUC/wCUJJ44qfcW0twlWutnrrZ6S4SpTbi2o545d/LMyFsxskmjCbJHUUzJk3ZE6QMe90jtJj3RuHISdu6mGImkcJK1Mh9ZD6yH1kPrIfWQ+sh9ZD6yH1kPpokr6iGIifu5X43aUb8Dt1JMyKnlxuTUYVGxI5o5dzcqh8mpN5Lb97i5VD5OGG5urozn0IK8deBfU1k3F1e3EupPqpvJbfvbqvJDXq9YfJVxubQqQC4HV7DI2mmm2x8cjZWPe2NjzjLlJ7DK+lt9wCq3XNC+E3kDerHIvNNsQv4Sx5lMgwuq1N6w6+FvHgFLkEmnhYVABdehjPu3WwiwNFgMMkLnsRb54ryzpSk+UfBjdHHl0Ov47YnsHf7TcbmF144tkIfMeawKGyC4B70LmjW05pcJlkIbNagFAhMk91P4jbedvNnEsOIxnt9xCr91JQ1l/PgVZeb/AN1HXQ3IyhAogmcYG8mbd8C81Tkuoic1ZAq7ohvzqDt+d09uJv12FJOLPHcoHpJch2INnlkdjG4G7uePteCO9WAjsXsgj30sWHRiixfwHwc6VOS9iJzVkHL+FN5OyLyfwpvJ2ReTfySxwtmv4UVW24Mucb2va7saj3OuR7bZDD6gCkqKaOdN0ZdxQ6J9QFTU97pHVYy+luBPm7B/Nfy+puFNe6Nw1/KhoO8Cl7cw+AFh16IL7rYUhoStRUkPDRzLgGrmo3DcCUCD++0G8kh0FcIDm7O53to1SSPmf3ely8E0y4YuAy4hvVBfN/cx7on2y+NI2V4vPLRHncNOTM19u4ASoltLIUsnQs952F8umSmkAZmWLgUZlen9KxXTM1rmcgAznK92lBI5i8J5HO00VWraz+vG1Lub1penF/rhL/rTtZvQl6d4K6UHUh++E2rZCupB0vUk+InUiX54Sr86npyfAXpXSXOuGqx2JHuwpq2+XJO0pHYpNVF5K5cS6qLhXnz7f//EACURAAEDAwQDAQADAAAAAAAAAAEAAhEDEBIgITAxBDJRQCJgYf/aAAgBAwEBPwH+sTefwYkrB3xYO+LB3xYO+LEjmG5hARpIlEQY5W+1sv8AEESsj8s725GiTCNM5bJ5PQRDQYKnAwelOZgIBpMBMJ6KFM57pwgxx0/az2zuEdzuEASZKIIOQQ2MgJjY3Nqh/lyU6hOxTTCJm4MJzpVSoRsOZrshaQe1IHVnOgTztdimuDrucGpzsvwUe71u+eVkqHd6/ayU8hNwn+Q6l0meQ6r2jcHn8jteP3yk6q/sqHtqB1HXW9lR9tY0u11GZBU2YjW2/wD/xAAmEQABAwIGAwADAQAAAAAAAAABAAIRAxIEECAhMDEiMlETQGBh/9oACAECAQE/Af5iM4/QuAV7fqvb9V7fqvb9VwPMdhKJnSDCBkTyu9crf9RQVo+5N9RyOMCUKgs3TAOyml5EhR+QSO1b+MSe04vAkp4HYRqCyAmmRPHU9cmOjYobCAUSALQmkEWlHcQSnuB2GVMePJUpgbhAonMIlU6YO55nNtMZSpya2THO5tyc0tza0u6TW2/oVus6PXOGlWLECBnhxIViLTxgINzcFSwra03KrhWUR4pozLURHABKAjThB4lYseI0kSiI1tEasN6LE+mpwnU3vXh/RYj01u70s10qlhVWpedb8//EADoQAAECAgYIAwcDBAMAAAAAAAEAAgMREiEiMDFRBBATIEBBYXEygZFCUFJiobHBFCPRJDNygIKi4f/aAAgBAQAGPwL/AFQtOAVhhPdVBoXj+i8f0VYaVbYR2Vlw7cfNxUm2G3Mjbb1U2ny4yeJOAVJxmbuk0yKycMRxZcWj1UyB6rBYLBYLBYLBYLBYKoD1QeGj14zpd9OLFMymqLHTJvaL3SIRoGcuJh+aF6VE8uJh+aGvED0VrSf+ycXxadLW39P5q1Go/wDJW9J+p1lRPLiJpqGqg0U4p5ZKnHjbMHkf4U4elV9pIM0sGJDPP+Cg9hm12BRe8yaKyUYehtLIY9r/ANU4ulV9pqlo8anL2R/C2cQUIw5Z6inSUxw8s0K5IGeqNpUSstrCYyGS0xOYyQiMceozTobsHBOhPYXidVeC2TYZYJzNeKZDbyFfUpz3OMp2RknwohLjDwJyUHSodTia+4U1OaNc0Rw7dyJDiVQn8/sU3ZkU21tyKG3Zs4YNdeKJmKZ8LU6K8VxMJ5IRGNrh11ZIVjaNFpqJgMpwyaq8E4xCKbq3dFDgQq4bPa+53HcP23KMQYYOGIX9NGpMyn+CpeDrZC2ulv2rvh17XRH7J2XJS8fWoqWkxaDMp/gKjDFZxccTuTz4izgpG9kFaqHFB17Sy4uW7+oYS9mR5K0Sw9VUS89Ft3EsYMue7LjKQ892ZhjyqUxDHnXu0j5cdMYXMzh7gm1SO7IKbvT3Ed0e4zut9wUoj2sHzGSsudFPyhRKDdm9hwNaIiOa52bRLdAhuDXciRNQ3PG0e4ykKlaL4R+YKlCiNePlPF0S6m/4WKUKUFvTH1VJ7i45nUyZsRLBTt1qc0GzCsD86qTHFpzClElGb82PqqNLZv8Ahfw9KK6vk0YlFrTsofwtxPc70OKfFKTu6rAViNMdirUaQ7FCQElFjVTAq7qvdDSdrD+F34U4TrXNhxHCGFo8nxeZ5NRfEcXOOJO/E0Vxqfab3Tzk064RzYPsoeitOFt343w9ji1wwIQg6TJsTk7k7gjo2jOr9t4+wuWRm4sM1FisNl0IkemuDEcahDrUSO72zO5GjaU7/B5+x4A6LBP7h8Z+EXekwCbUISHY64EIeKLNvkDdjRIxtDwOz6Xxie2amDqi5xmTWTduAweJHW1pwYKrsEGRHNUj/cbU8XpIP7bLLeLa8+B1l/a8eQbb7Db06xetmbUOwfxdw4PJjZnueAleuhcojfqLuO75pel91v4D8ni7c7Mk301O+ByU93//xAAqEAABAgMGBwEBAQEAAAAAAAABABEhMUEwUWFxgZEQIEChscHwUNHhgP/aAAgBAQABPyH/AJQmWXTKD3AmXjjdE1AyBAVBzBeONkduhOptjegevgDXCpTpoEzrYsJcCYarXaKY6x3O6EdOizACgVT3+BHq4kRINgEzmGVYLdYLdYLdYLdYLdYLdYLdYLdYLdYLdBnO0J3kEw2I6zJkrONVT6vLyQVDlSNrp2Ao6F6Q6n4aW7/ZdS+GnI7ncwVxMiPhQtEL4b8bvi8baTVMaA8BVbuICABLluP7LqADFIIqGUWHFiAOG4oG8/xRtyRj4SRl0N5dwKkGWe59mRQv4jgQ1IrigU0Ukh1oyCExDuLuJUVozEL7oFHSKBky44ceZMDi9CFIPTsheLBBEbZbDgOKQyaEy2ARspF5wC7dMzYM6A1BQ0nhsDQo0dVY3EjgmkX4Ah1MHC3Co0TRYDRN6QMQXU7KoumVqahEwEiHRith8E+qE/cD08mrkHcs0gO/oKnxj5MAzDqfIBkCQuDIxGJqxN+QRhO6CxRXVHGT7gEympHkFTPIqM6pgA4S6oGOGAiQdANawJH0UUBAS4zaOniYxck35Igoi6gAehPK/BNZ1sRIOZM0AwYQHAF8GMh2BEldyHzdE8XkIEHhB5KMYVP1Ajo7lyIYDEWpBAclFnyF6l1LV4gbVw8jqwGOqIJEGY5HDJAkdl2SyYAH7hZIwPsoAJSwTMux5AHLCabd/WOcsYRE1NHcRxlJfhEjh5LrEvzn8AVCbqIhgMRykEByUOpP479/+R++/Ax0+BIJoT3KOpGhyQyPlA7ObEbocp41MiDRTOdCO81w3UB0x7hYlGAerLFn4xGZkE+7m73pFx3mVzwle7nI7svG8cvf+lEiHqVb+OAgBZFYpvLom17RcA9wnyMj08AMr9lj2ndj1OUOyaOJaPAokBArBFXh7ss4ef8AJBSIhBNxg+M4DuiSRJOTEm/lggNaIzUUjxdfq/pD9FZv9yo5XynJ55CDpJ9vCxfHZCQRkVj2exSrB1TJ535zwtcpiEcMLhJ/keiy9ipfE7GU/wAccE8UIeB4mKQ5I0AH+KbAVlwoNrFswmRUvifQFbMMHYzNnitIrQ7vxfnjtY/oa2ZRcxMam9jbQCGPK3sgjxD3EybMwbMe8OD5HFx8oNzlz3szliHATBQgNCHL79bWK1qIqdTaePjKytDEFI8tJ2h2y7hM7Pa9lxmtRhnj5rTbeLNqTJXxQWogQNeIiFQtXvNFueHs7h3jlB6tp5JNZsZKdrdSAcjD2pWILF1WrzlscQIri2aWoFBgXo8v/9oADAMBAAIAAwAAABDzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzue8+vfzzzzzzzzzzzzy/8A/wD/AP8Arf8APPPPPPPPPPPNAAwww0NPPPPPPPPPPPPKxwSBGQ6/PPPPPPPPPPPwBmGIKCtN/PPPPPPPPPPA0VB1aOQ3PPPPPPPPPPPG0Ygw0o1PPPPPPPPPPPPPyw1FA1H/ADzzzzzzzzzzzz88MMP/AM888888888888887DDU888888888888842LUDD6T20888888888/JDDGeIbDDV78888888piDDDRrHBDDDC9888888zDDDDDjBDDDDDn88888qDDDDDDhFDDDDDD+8888yDDDDDDXDDDDDDDq88/8QAIxEBAAIABgMAAwEAAAAAAAAAAQARECAhMDFxQVFhQJGhYP/aAAgBAwEBPxD/AC61gtl4BveYaoJ9E+ifRPoia0humiAFGUBTLjdcHZhfwolLSpQXPUsOTt3KaKlGmkFXMyqCvu5zjVOc6Eqgn25aeYmoDTWX22VBcEpyEZY9yp9VwSpt+yIsNxLcjhYq3EJCNYSsxJWwBpEN0FGyFYYBqP6iaj+8CuRVbd51ZBNMRNY6t/A5eseHrfQRXiO31i6PUF5gXbWuYriqYgadfcSSunqLXFSCPGwtFxbyuz1HT6yjUGy89zmX8Rfzmqcyoz3vLVrO7NwNXmH9tp//xAAkEQEAAgEEAgICAwAAAAAAAAABABExECAhMFFhQXGBoUBg8f/aAAgBAgEBPxD+rheipWhK7iPGWehPQnoT0IOoY9rshFbtRWSo7WT6dK/IgBobgtqeQafqHZbRcC55jrxksQB4qcwaH7mA8sSxgnioYMbABOeJXdYWjQrYWFode8y/t3llvarDC0Ov3KjCaUC+wCRmYC8aoHmGwDtEEpjWNKOZQxo1SABR3GKYpzqpBij+Bh+9c/33ogPmENedbi/MR8QHWi0QzOthClYrxCDZvz/koNSYip6EVEAUbak9y77NoCmIqd9LcK/KC/y3UtwveRWoi9+t4raHK73t+HMfhwY3jkdf/8QAKxABAAEDAgQGAgMBAQAAAAAAAREAITFBUWFxgbEQIDBAkaHB8dHh8FCA/9oACAEBAAE/EP8AyhYds2XoXpFODo/BLSFu519tJfQX4pKf8FtSFq4vsaZDcxD4Yaiz/bEff2kzhuuwUqlS0O1x/hSqqsrldfPhHUxS6QWkscP5TVy5Npzz8495GAlE+W7wKfrqnAbBoenjOuOzucKcQIRN9OD7sl6UY6wZq/jILitfrtfrtfrtfrtfrtfrtfrtfrtfrtfrtNSww2kqb1dC1h50MgxHB091i7YpFR0zw36+moucB4b9KEQRkbia+63N2RmM4ONXljZFBrk9W6m4L0mTBUqOBuEDjJ7qPsvZ8hfF6RMieWFwL08ey7Ff7W77qPsvZ8GUQYYs7UtSCm52Y0SgA5PpgU1OIhzC3lO/jjaZFbiU9WKY8G6UBMJJ/wA7lQCAC7sZ8Oy7Ff7W77hAYCVqyyeWLfdfZez4SCiPMxDdnQZ5UMXWCEHaM6maNi4TdtpCU0cIjRb6g5nKheNxCPZ0TRpIm0bBrViBkxHvveZzoyDlZPaBPxU9f8CRtf5AzS5hKLEZQ3Bqv1XZdir5QgTRLS/SMnt2Kd3kX/iktG7kmZpUkcxZNqkLuDNEJt4LRfAKMOeyASRaKgnad6jgCu2fYa2m+Rq8TRpeKS4jDUmkYyfBuMik/O9OeBQIzYCCb9CjLBCLoS/FfqCoEYAsK2BvGXK0kdGykhJcw2To8KEtKcEH5EO8UJCBA2EmgGWFrotTsTCFiIikddY5PtwyaT+HjzJNt6kTy8uVyBLsdKfaBESIGiQjiSgwAgYnCmZxLYmnkHjdgQ0yTwinxik1vRduV5RU5ATYihWzEDyGg+JzNyERNYJ4XKAw0ZEswIsTZNKmBsSYp4iJVcX4VKWSEkFHkABu86AAIBAbHiGTSB39uyBK/hr5CaSZsEdnbcbNAWmn5EmDyaQzYcg+lL8UqJ4yDbruUg50BAAQAQBtSSQ3GnsXYxDdectzlRDELC7yH5o0qspjtLzaiJJZqG+xsFvIjhDE5Fj26CQkjpS4hr3w/wAqfBlDT6L4FPAVAGtERgzKXg4UAAAAsBp7mESw6xj67eEejHhPxYQ5v9e70XFnZ0aMuEhNnyZyRQGyzTUJjucYddY6ST9UhY1ZoPOAKsNEYAXDsm6v68UIFTAGrQBZCVu6+8ix3Cw1N/IgiJI2Tem13yiXwxQALZGA6LFAAAACAMHkYg+R7++VSzuj/beiyDAwOf60AABAae/fYNd5ctqfBlD5UgKgDWmCHSGDnv8A8LsOx5fuuz/w+w7Hl+47P/AeDF4p956U8m2kX1z4miYaira6ESSCJ0zTQQuhswSpaBu38sbDi++kItp1KQBHxQBJjYFkS4Xp0ZuJ937ChqLtXnGOvuglgJaRXaMbNu4M8KaOvDfHELdBTEaldur4STUq2JnxHoWl/tsqTc8ZNyl8rurSYTwlnsOjwaI8qn1L0+N7JaHDJ0NKqtBRrb84PCmzDb2xeEZ/og4oONLWBpcHQXkQc/KKMirRMnGtB7gKd0ieSU18iBGKGpC4pPAz9qFEVcGXgRQpJEx0RaoCihg0D8h5DT1XKMpuvz5M2b0ivbK0eq8jJwpXDGYHMmpwSe0dYUruNvx4NdqSYlxD+OGDz2QIqtg4Jzi1NWIfnFm1fyiry3GjFRLPi9GihoczCciXR555pBJ4JUSLDwnZ0f4dIbVi3sM2KZxxnrahruMYNX0UltRsG/USdajCSpMqjvQQBtas2qJZ3oyT8Ukljq5fSAdPQzTNCk6WI6aC5Oj7C2hFd2MXQsuhxbelogUsU/0Q5RTmjNWVZCLhp9fselmrptFuBm1Bh1LZL+qOpzQmMjYu9DWk91RlTKvFfTkurogD8A+LcynTBesr6PTDNx2BMiO403rBwTYmwvzk09Vm6WegP5TkHqCU7PxMNv8An6jkSLQSfso6HehEERG4mH08x6gwiWDkOqKxYx6gucHfxF/gn36nOro7JZQJTnA6vTf5rALfR8+rZ+SR4nK8s8J09VYPajTA+3pYmxlqImR0kPqhRkYSh/uDjRSkNofmlUqyt19W80cySf0qSSOlvRAFgZaR5ko7y38+sjNz7NqU6mDY9Z1kIrtCP4ojGQgd5J8v/9k="),
    ]
}
