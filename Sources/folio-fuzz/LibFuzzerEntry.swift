/// libFuzzer's entry point. scripts/fuzz.sh compiles this file and FuzzInput.swift, but not
/// Replay.swift, with `-sanitize=fuzzer`, which supplies `main`. In the SwiftPM build the
/// function is merely unused.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzInput.check(Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}
