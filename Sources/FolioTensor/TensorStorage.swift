import Glibc

/// The memory behind one or more tensors: a view shares its base tensor's storage.
final class TensorStorage {
  /// The first byte, aligned for SIMD loads.
  let base: UnsafeMutableRawPointer
  /// The size in bytes.
  let byteCount: Int

  /// Allocates `byteCount` bytes, zeroed when `zeroed` is set.
  init(byteCount: Int, zeroed: Bool) {
    self.byteCount = byteCount
    base = .allocate(byteCount: Swift.max(byteCount, 1), alignment: 64)
    if zeroed { memset(base, 0, byteCount) }
  }

  deinit { base.deallocate() }
}
