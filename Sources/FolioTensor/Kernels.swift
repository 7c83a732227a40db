/// The elementwise loops every operation is built from.
///
/// Each is generic over the element types and marked inline-always, so each operation gets
/// its own specialised loop with the closure inlined: no per-element dynamic dispatch.
enum Kernels {
  /// `out[i] = f(a[i])` for a new contiguous `out` shaped like `a`.
  @inline(__always)
  static func map<A, R>(_ a: Tensor, to dtype: DType, _ f: (A) -> R) -> Tensor {
    let out = Tensor(empty: a.shape, dtype: dtype)
    let o = out.pointer(R.self)
    let x = a.storage.base.assumingMemoryBound(to: A.self)
    if a.isContiguous {
      let x = x + a.offset
      for i in 0..<a.count { o[i] = f(x[i]) }
      return out
    }
    let walk = StridedWalk(shape: a.shape, strides: [out.strides, a.strides], offsets: [0, a.offset])
    let sa = walk.rowStrides[1]
    let n = walk.rowLength
    walk.forEachRow { offsets in
      let (po, pa) = (o + offsets[0], x + offsets[1])
      for i in 0..<n { po[i] = f(pa[i * sa]) }
    }
    return out
  }

  /// `out[i] = f(a[i], b[i])` over operands already broadcast to `out`'s shape (a broadcast
  /// operand has stride 0 along the broadcast dimensions). `out` may be a view, which is how
  /// the in-place operators write through to the tensor they update.
  @inline(__always)
  static func zip<A, B, R>(
    _ a: Tensor, _ aStrides: [Int], _ b: Tensor, _ bStrides: [Int], into out: Tensor, _ f: (A, B) -> R
  ) {
    let o = out.storage.base.assumingMemoryBound(to: R.self)
    let x = a.storage.base.assumingMemoryBound(to: A.self)
    let y = b.storage.base.assumingMemoryBound(to: B.self)
    @inline(__always) func row(_ po: UnsafeMutablePointer<R>, _ pa: UnsafeMutablePointer<A>, _ pb: UnsafeMutablePointer<B>, _ n: Int, _ so: Int, _ sa: Int, _ sb: Int) {
      // The common layouts get loops without strides, which the compiler vectorises.
      if so == 1 && sa == 1 && sb == 1 && UnsafeRawPointer(po) == UnsafeRawPointer(pa) {
        // In place (`a += b`): one pointer read and written, which vectorises; through two
        // names the compiler's overlap check would send it down the scalar loop.
        for i in 0..<n { po[i] = f(UnsafeRawPointer(po + i).load(as: A.self), pb[i]) }
      } else if so == 1 && sa == 1 && sb == 1 {
        for i in 0..<n { po[i] = f(pa[i], pb[i]) }
      } else if so == 1 && sa == 1 && sb == 0 {
        let v = pb[0]
        for i in 0..<n { po[i] = f(pa[i], v) }
      } else if so == 1 && sa == 0 && sb == 1 {
        let v = pa[0]
        for i in 0..<n { po[i] = f(v, pb[i]) }
      } else {
        for i in 0..<n { po[i * so] = f(pa[i * sa], pb[i * sb]) }
      }
    }
    // Operands laid out as a contiguous `out`, or one broadcast value: a single row, with no
    // walk to build. Small tensors, a training loop's usual operands, spend more time in the
    // walk's setup than in the loop.
    if out.isContiguous, let sa = unitOrZero(aStrides, like: out), let sb = unitOrZero(bStrides, like: out) {
      return row(o + out.offset, x + a.offset, y + b.offset, out.count, 1, sa, sb)
    }
    let walk = StridedWalk(
      shape: out.shape, strides: [out.strides, aStrides, bStrides], offsets: [out.offset, a.offset, b.offset])
    let (so, sa, sb) = (walk.rowStrides[0], walk.rowStrides[1], walk.rowStrides[2])
    walk.forEachRow { offsets in row(o + offsets[0], x + offsets[1], y + offsets[2], walk.rowLength, so, sa, sb) }
  }

  /// 1 when an operand with these strides is laid out as the contiguous `out`, 0 when it is
  /// one value broadcast everywhere, nil otherwise.
  static func unitOrZero(_ strides: [Int], like out: Tensor) -> Int? {
    if strides == out.strides { return 1 }
    return strides.allSatisfy { $0 == 0 } ? 0 : nil
  }

  /// `out[i] = f(a[i], b[i], c[i])` over operands already broadcast to `out`'s shape.
  @inline(__always)
  static func zip3<A, B, C, R>(
    _ a: Tensor, _ aStrides: [Int], _ b: Tensor, _ bStrides: [Int], _ c: Tensor, _ cStrides: [Int],
    into out: Tensor, _ f: (A, B, C) -> R
  ) {
    let o = out.storage.base.assumingMemoryBound(to: R.self)
    let x = a.storage.base.assumingMemoryBound(to: A.self)
    let y = b.storage.base.assumingMemoryBound(to: B.self)
    let z = c.storage.base.assumingMemoryBound(to: C.self)
    @inline(__always) func row(
      _ po: UnsafeMutablePointer<R>, _ pa: UnsafeMutablePointer<A>, _ pb: UnsafeMutablePointer<B>, _ pc: UnsafeMutablePointer<C>,
      _ n: Int, _ so: Int, _ sa: Int, _ sb: Int, _ sc: Int
    ) {
      // `where(mask, g, 0)`, the relu gradient, has a scalar third operand.
      if so == 1 && sa == 1 && sb == 1 && sc == 1 {
        for i in 0..<n { po[i] = f(pa[i], pb[i], pc[i]) }
      } else if so == 1 && sa == 1 && sb == 1 && sc == 0 {
        let v = pc[0]
        for i in 0..<n { po[i] = f(pa[i], pb[i], v) }
      } else {
        for i in 0..<n { po[i * so] = f(pa[i * sa], pb[i * sb], pc[i * sc]) }
      }
    }
    // As in `zip`: operands laid out as a contiguous `out`, or broadcast values, need no walk.
    if out.isContiguous, let sa = unitOrZero(aStrides, like: out), let sb = unitOrZero(bStrides, like: out),
      let sc = unitOrZero(cStrides, like: out)
    {
      return row(o + out.offset, x + a.offset, y + b.offset, z + c.offset, out.count, 1, sa, sb, sc)
    }
    let walk = StridedWalk(
      shape: out.shape, strides: [out.strides, aStrides, bStrides, cStrides],
      offsets: [out.offset, a.offset, b.offset, c.offset])
    let s = walk.rowStrides
    walk.forEachRow { offsets in
      row(o + offsets[0], x + offsets[1], y + offsets[2], z + offsets[3], walk.rowLength, s[0], s[1], s[2], s[3])
    }
  }
}
