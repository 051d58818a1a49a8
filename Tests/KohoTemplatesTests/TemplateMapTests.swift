import KohoDiagnostics
import Testing

@testable import KohoTemplates

@Suite struct TemplateMapTests {
    @Test func keepsInsertionOrderAndOverwritesInPlace() {
        let m = TemplateMap([("b", .int(1)), ("a", .int(2))])
        m["b"] = .int(3)
        m["c"] = nil
        #expect(m.keys == ["b", "a", "c"])
        #expect(m.count == 3)
        if case .int(3)? = m["b"] {} else { Issue.record("b was not overwritten") }
        // A field set to nil is present and null; a field never set is absent.
        if case .null? = m["c"] {} else { Issue.record("c should be null") }
        #expect(m["zzz"] == nil)
    }

    @Test func growsPastItsFirstTableAndFindsEveryKey() {
        let m = TemplateMap()
        for i in 0..<500 { m["key\(i)"] = .int(i) }
        #expect(m.count == 500)
        for i in 0..<500 {
            guard case .int(let v)? = m["key\(i)"] else {
                Issue.record("key\(i) missing")
                return
            }
            #expect(v == i)
        }
        #expect(m["key500"] == nil)
        #expect(m.value(forKey: "key7", hash: TemplateMap.hash(of: "key7")) != nil)
        m.removeAll()
        #expect(m.isEmpty)
        #expect(m["key1"] == nil)
        m["again"] = .bool(true)
        #expect(m.keys == ["again"])
    }

    @Test func unicodeKeys() throws {
        let m = TemplateMap([("名前", .string("佐藤")), ("name", .string("Sato"))])
        #expect(try Fixture.render("{{ m['名前'] }} {{ m.name }} {{ m.名前 }}", ["m": .map(m)]) == "佐藤 Sato 佐藤")
    }
}

@Suite struct LibraryTests {
    @Test func includeRecursionStops() {
        let d = Fixture.diagnostic("{% include 'page.html' %}")
        #expect(d?.message == "includes are nested more than 64 deep")
        #expect(d?.hint == "does `page.html` include itself?")
    }

    @Test func renderUTF8GivesTheSameBytes() throws {
        let library = try Fixture.library(["p.html": "<p>{{ s }}</p>"])
        let context: [String: TemplateValue] = ["s": .string("仙北 & 角館")]
        #expect(
            try library.renderUTF8("p.html", context: context) == Array(library.render("p.html", context: context).utf8)
        )
    }

    @Test func contextNamesNoTemplateUsesAreFine() throws {
        let library = try Fixture.library(["p.html": "{{ a }}"])
        #expect(try library.render("p.html", context: ["a": .int(1), "unused": .int(2)]) == "1")
        #expect(library.templateNames == ["p.html"])
    }

    @Test func aFailedRenderLeavesTheLibraryUsable() throws {
        let library = try Fixture.library(["p.html": "{{ a.b }}"])
        #expect(throws: DiagnosticError.self) { try library.render("p.html", context: ["a": .null]) }
        #expect(try library.render("p.html", context: ["a": map(["b": .string("ok")])]) == "ok")
    }
}
