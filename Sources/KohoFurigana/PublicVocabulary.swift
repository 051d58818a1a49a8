/// Words of public notices that the IPA dictionary misreads or cuts in two, with the reading a municipal
/// page means: 避難所 is ひなんじょ (the dictionary reads 避難 + 所 しょ), 分別 is ぶんべつ (sorting rubbish,
/// not ふんべつ, good sense), 明日 is あす (the reading announcements use). A word here is read as one only
/// where MeCab's words make it up exactly, so it is never found inside a longer word.
enum PublicVocabulary {
    /// Written form → reading in hiragana.
    static let readings: [String: String] = [
        // Places and facilities
        "避難所": "ひなんじょ", "指定避難所": "していひなんじょ", "投票所": "とうひょうじょ",
        "期日前投票所": "きじつぜんとうひょうじょ", "案内所": "あんないじょ", "観光案内所": "かんこうあんないじょ",
        "河川敷": "かせんじき", "本庁舎": "ほんちょうしゃ", "分庁舎": "ぶんちょうしゃ", "本市": "ほんし",
        "出張所": "しゅっちょうじょ", "保健所": "ほけんじょ",
        // The office's days and procedures
        "開庁": "かいちょう", "閉庁": "へいちょう", "開庁日": "かいちょうび", "閉庁日": "へいちょうび",
        "納期限": "のうきげん", "分別": "ぶんべつ", "明日": "あす", "一昨年": "いっさくねん", "一昨年度": "いっさくねんど",
        // Health and children
        "健診": "けんしん", "乳幼児健診": "にゅうようじけんしん", "病児": "びょうじ", "病児保育": "びょうじほいく",
        "親家庭": "おやかてい",
        // Elections and the nation
        "選挙人": "せんきょにん", "選挙人名簿": "せんきょにんめいぼ", "日本": "にほん",
    ]

    /// The most of MeCab's words one entry is made of.
    static let longest = 4

    /// The first characters of the entries: a word starting with another is not looked up.
    static let firstCharacters = Set(readings.keys.compactMap(\.unicodeScalars.first))
}
