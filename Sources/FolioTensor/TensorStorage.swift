import CKernels
import Glibc

/// The memory behind one or more tensors: a view shares its base tensor's storage.
final class TensorStorage {
  /// The first byte, aligned for SIMD loads.
  let base: UnsafeMutableRawPointer
  /// The size in bytes.
  let byteCount: Int

  /// Allocates `byteCount` bytes, zeroed when `zeroed` is set.
  init(byteCount: Int, zeroed: Bool) {
    _ = TensorStorage.allocatorTuned
    self.byteCount = byteCount
    base = .allocate(byteCount: Swift.max(byteCount, 1), alignment: 64)
    if zeroed { memset(base, 0, byteCount) }
  }

  deinit { base.deallocate() }

  /// Set once before the first tensor: freed tensor memory stays in the process for the next
  /// one (page faults were 7% of a backprop step without it; see CKernels/allocator.c).
  private static let allocatorTuned: Void = folio_keep_freed_memory()
}
