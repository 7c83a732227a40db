import Glibc

/// A seeded source of random numbers: xoshiro256** seeded through SplitMix64.
///
/// The same seed gives the same numbers on every machine and every run, which is what
/// makes a notebook's output reproducible byte for byte. A class, like `torch.Generator`,
/// so one generator can be handed to several calls and advance across them.
public final class Generator {
  private var state: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
  /// A second normal deviate left over from the last Box–Muller pair.
  private var spareNormal: Double?

  /// The generator `setSeed` resets and the random constructors use by default.
  nonisolated(unsafe) public static let global = Generator(seed: 0)

  /// Creates a generator from a seed.
  public init(seed: UInt64) { reseed(seed) }

  /// Restarts the sequence from `seed`.
  public func reseed(_ seed: UInt64) {
    var mix = seed
    func splitMix() -> UInt64 {
      mix &+= 0x9E37_79B9_7F4A_7C15
      var z = mix
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    state = (splitMix(), splitMix(), splitMix(), splitMix())
    spareNormal = nil
  }

  /// The next 64 random bits.
  public func next() -> UInt64 {
    let result = rotate(state.1 &* 5, 7) &* 9
    let t = state.1 << 17
    state.2 ^= state.0
    state.3 ^= state.1
    state.1 ^= state.2
    state.0 ^= state.3
    state.2 ^= t
    state.3 = rotate(state.3, 45)
    return result
  }

  /// A uniform Double in [0, 1) with 53 random bits.
  public func uniform() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// A uniform integer in `0..<bound`, without modulo bias (Lemire's method).
  public func integer(below bound: UInt64) -> UInt64 {
    precondition(bound > 0)
    while true {
      let (high, low) = next().multipliedFullWidth(by: bound)
      if low >= (0 &- bound) % bound { return high }
    }
  }

  /// A standard normal deviate, by the Box–Muller transform.
  public func normal() -> Double {
    if let spare = spareNormal {
      spareNormal = nil
      return spare
    }
    // 1 - uniform() lies in (0, 1], so the logarithm is finite.
    let radius = (-2 * Glibc.log(1 - uniform())).squareRoot()
    let angle = 2 * Double.pi * uniform()
    spareNormal = radius * Glibc.sin(angle)
    return radius * Glibc.cos(angle)
  }

  private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 {
    (x << k) | (x >> (64 - k))
  }
}

/// Reseeds the global generator, like `torch.manual_seed`.
public func setSeed(_ seed: UInt64) {
  Generator.global.reseed(seed)
}
