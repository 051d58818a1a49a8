import KohoDiagnostics

/// Lets a build phase's result through when the phase found no error, keeping its warnings for the report;
/// otherwise stops the build with the phase's errors and the warnings seen so far.
struct PhaseGate {
    let builder: SiteBuilder
    /// The warnings of the phases passed so far.
    private(set) var warnings: [Diagnostic] = []
    /// Errors found in a phase that need not stop the next one (a missing photo does not keep references from
    /// being checked): reported with the next phase's findings, so a person sees both at once.
    private var pending: [Diagnostic] = []

    init(builder: SiteBuilder) {
        self.builder = builder
    }

    mutating func pass<T>(_ result: (T?, [Diagnostic])) throws(DiagnosticError) -> T {
        let (value, diagnostics) = result
        if let value, pending.isEmpty, !diagnostics.contains(where: { $0.severity == .error }) {
            warnings += diagnostics
            return value
        }
        var bag = DiagnosticBag()
        bag.append(contentsOf: pending + diagnostics)
        throw DiagnosticError(builder.fillSourceLines(warnings + bag.sorted))
    }

    /// Passes `result` as ``pass(_:)`` does, and keeps `later` for the next phase: its errors are thrown with
    /// that phase's findings (or with this phase's, when this one fails), its warnings join the others.
    mutating func pass<T>(_ result: (T?, [Diagnostic]), deferring later: [Diagnostic]) throws(DiagnosticError) -> T {
        do {
            let value = try pass(result)
            warnings += later.filter { $0.severity != .error }
            pending += later.filter { $0.severity == .error }
            return value
        } catch {
            var bag = DiagnosticBag()
            bag.append(contentsOf: error.diagnostics + builder.fillSourceLines(later))
            throw DiagnosticError(bag.sorted)
        }
    }
}
