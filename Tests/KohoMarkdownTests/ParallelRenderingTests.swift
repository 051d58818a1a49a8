import Testing
@testable import KohoMarkdown

@Suite struct ParallelRenderingTests {
    /// Fifty different documents that use every extension, so that a shared-state race would show.
    static let documents: [String] = (0..<50).map { index in
        """
        # 文書 \(index)

        ~~取り消し \(index)~~ と www.example\(index).jp と https://example.jp/\(index) と a\(index)@example.jp

        | 課 | 番号 |
        |---|---:|
        | ~~総務課~~ | \(index) |

        - [x] 済 \(index)
        - [ ] 未

        注記[^n\(index)] と [危険](javascript:alert(\(index))) と [課](/departments/\(index)/)

        [^n\(index)]: 注 \(index)
        """
    }

    @Test func renderingInParallelEqualsRenderingInTurn() async {
        let renderer = MarkdownRenderer(options: MarkdownOptions.site(basePath: "/city/"))
        let serial = Self.documents.map { renderer.render($0) }
        let parallel = await withTaskGroup(of: (Int, RenderedMarkdown).self) { group in
            for round in 0..<4 {
                for (index, document) in Self.documents.enumerated() {
                    group.addTask { (index + round * Self.documents.count, renderer.render(document)) }
                }
            }
            var results: [Int: RenderedMarkdown] = [:]
            for await (index, rendered) in group { results[index] = rendered }
            return results
        }
        for (index, rendered) in parallel {
            #expect(rendered == serial[index % Self.documents.count])
        }
        #expect(serial.allSatisfy { $0.html.contains("<del>") && $0.html.contains("<table>") })
    }
}
