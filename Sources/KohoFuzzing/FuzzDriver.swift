#if KOHO_FUZZING
    import Foundation
#endif

/// The `main` of every `fuzz-*` executable.
///
/// Built by `scripts/fuzz.sh` (`-sanitize=fuzzer -D KOHO_FUZZING`), it hands the command line to libFuzzer's
/// driver with the target as the callback. SwiftPM links an executable's `@main` as the program's `main`,
/// so libFuzzer's own `main` is not used; `LLVMFuzzerRunDriver` is its documented way in. A plain build
/// (no fuzzer runtime) replays the files named on the command line instead, so `swift build` stays cheap.
public enum FuzzDriver {
    public static func main(_ target: FuzzTarget) {
        #if KOHO_FUZZING
            FuzzDriver.target = target
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
        #else
            FuzzReplay.main(target)
        #endif
    }

    #if KOHO_FUZZING
        /// The target of this process; set once, before libFuzzer starts calling back.
        nonisolated(unsafe) static var target = FuzzTarget.yaml
    #endif
}

#if KOHO_FUZZING
    /// libFuzzer's callback: one input.
    private func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        FuzzDriver.target.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
        return 0
    }

    /// `int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*cb)(const uint8_t *, size_t))` from
    /// libclang_rt.fuzzer (pointer and integer arguments: the Swift and C conventions agree on them).
    @_silgen_name("LLVMFuzzerRunDriver")
    private func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt
#endif
