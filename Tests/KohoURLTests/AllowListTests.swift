import Testing
import KohoURL

/// The schemes messages name are the schemes the rule keeps.
@Suite struct AllowListTests {
    @Test func theAllowListIsTheDocumentedOne() {
        #expect(LinkPolicy.allowedSchemes == ["http", "https", "mailto", "tel", "sms", "ftp", "webcal", "geo"])
    }
}
