/// Transcendental functions written so the compiler vectorises the loops that call them.
///
/// Glibc's `expf` is an opaque call of about 3 ns, so a million-element `exp` would run at a
/// twentieth of memory speed. This is Cephes' `expf` (range reduction by ln 2 in two parts,
/// then a degree-6 polynomial; under 2 ulp) without branches or calls: every step is
/// arithmetic, bit operations or a select, which LLVM turns into SIMD instructions.
enum VectorMath {
  /// eˣ, with IEEE results for NaN, overflow (inf) and underflow (0).
  @inline(__always)
  static func exp(_ x: Float) -> Float {
    // Below -104 the result rounds to 0 even as a subnormal; above 88.73 it is infinite.
    var y = x < -104 ? -104 : x
    y = y > 88.8 ? 88.8 : y
    y = x != x ? 0 : y
    // Adding 1.5·2²³ rounds to the nearest integer and leaves it in the low bits of the
    // float's pattern, where it is read back below.
    let shifted = y * 1.44269504088896341 + 12_582_912
    let k = shifted - 12_582_912
    let r = y - k * 0.693359375 - k * -2.12194440e-4
    var p: Float = 1.9875691500e-4
    p = p * r + 1.3981999507e-3
    p = p * r + 8.3334519073e-3
    p = p * r + 4.1665795894e-2
    p = p * r + 1.6666665459e-1
    p = p * r + 5.0000001201e-1
    p = p * r * r + r + 1
    // 2ᵏ as two factors, each a normal float, so k from -149 to 128 needs no special case.
    let whole = Int32(bitPattern: shifted.bitPattern) &- 0x4B40_0000
    let half = whole &>> 1
    let scaleA = Float(bitPattern: UInt32(bitPattern: (half &+ 127) &<< 23))
    let scaleB = Float(bitPattern: UInt32(bitPattern: (whole &- half &+ 127) &<< 23))
    var result = x > 88.72283935546875 ? Float.infinity : p * scaleA * scaleB
    result = x < -104 ? 0 : result
    return x != x ? x : result
  }
}
