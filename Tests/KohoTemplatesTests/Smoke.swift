import Testing
@testable import KohoTemplates
@Test func smoke() throws {
    let lib = try TemplateLibrary(sources: [TemplateSource(name: "a", path: "a", text: "Hi {{ x }}!")], environment: TemplateEnvironment())
    #expect(try lib.render("a", context: ["x": .string("<b>")]) == "Hi &lt;b&gt;!")
}
