import KohoDiagnostics

/// Lets a build phase's result through when the phase found no error, keeping its warnings for the report;
/// otherwise stops the build with the phase's errors and the warnings seen so far.
struct PhaseGate {
    let builder: SiteBuilder
    /// The warnings of the phases passed so far.
    private(set) var warnings: [Diagnostic] = []

    init(builder: SiteBuilder) {
        self.builder = builder
    }

    mutating func pass<T>(_ result: (T?, [Diagnostic])) throws(DiagnosticError) -> T {
        let (value, diagnostics) = result
        if let value, !diagnostics.contains(where: { $0.severity == .error }) {
            warnings += diagnostics
            return value
        }
        throw DiagnosticError(builder.fillSourceLines(warnings + diagnostics))
    }
}
