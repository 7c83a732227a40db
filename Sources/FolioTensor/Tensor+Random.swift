/// Random tensors, drawn from the global generator unless one is passed.
extension Tensor {
  /// A tensor filled by calling `draw` once per element in row-major order.
  private static func filled<T: TensorElement>(_ shape: [Int], _: T.Type, _ draw: () -> T) throws -> Tensor {
    let count = try elementCount(shape)
    let out = Tensor(empty: shape, dtype: T.dtype)
    let p = out.pointer(T.self)
    for i in 0..<count { p[i] = draw() }
    return out
  }

  /// Draws a float tensor from a sampler of Doubles.
  private static func sampled(_ shape: [Int], _ dtype: DType, _ draw: () -> Double) throws -> Tensor {
    switch dtype {
    case .float32: return try filled(shape, Float.self) { Float(draw()) }
    case .float64: return try filled(shape, Double.self, draw)
    default: throw TensorError("random samples must be float32 or float64, not \(dtype)")
    }
  }

  /// Standard normal samples.
  public static func randn(_ shape: [Int], dtype: DType = .float32, generator: Generator = .global) throws -> Tensor {
    try sampled(shape, dtype) { generator.normal() }
  }

  /// Uniform samples in [0, 1).
  public static func rand(_ shape: [Int], dtype: DType = .float32, generator: Generator = .global) throws -> Tensor {
    try sampled(shape, dtype) { generator.uniform() }
  }

  /// Uniform samples in [low, high).
  public static func uniform(
    _ shape: [Int], low: Double = 0, high: Double = 1, dtype: DType = .float32, generator: Generator = .global
  ) throws -> Tensor {
    guard low <= high else { throw TensorError("uniform: low \(low) is greater than high \(high)") }
    return try sampled(shape, dtype) { low + (high - low) * generator.uniform() }
  }

  /// Normal samples with the given mean and standard deviation.
  public static func normal(
    _ shape: [Int], mean: Double = 0, std: Double = 1, dtype: DType = .float32, generator: Generator = .global
  ) throws -> Tensor {
    guard std >= 0 else { throw TensorError("normal: std must be non-negative, got \(std)") }
    return try sampled(shape, dtype) { mean + std * generator.normal() }
  }

  /// Uniform int64 samples in `low..<high`.
  public static func randint(_ low: Int, _ high: Int, _ shape: [Int], generator: Generator = .global) throws -> Tensor {
    guard low < high else { throw TensorError("randint: low \(low) must be less than high \(high)") }
    let span = UInt64(high - low)
    return try filled(shape, Int64.self) { Int64(low) + Int64(generator.integer(below: span)) }
  }

  /// A random permutation of `0..<n` as int64 (Fisher–Yates).
  public static func randperm(_ n: Int, generator: Generator = .global) throws -> Tensor {
    guard n >= 0 else { throw TensorError("randperm: n must be non-negative, got \(n)") }
    let out = try arange(n)
    let p = out.pointer(Int64.self)
    for i in stride(from: n - 1, to: 0, by: -1) {
      let j = Int(generator.integer(below: UInt64(i + 1)))
      (p[i], p[j]) = (p[j], p[i])
    }
    return out
  }

  /// Indices drawn from the categorical distributions in the rows of this tensor of
  /// non-negative weights (1-D or 2-D), with or without replacement, as int64.
  public func multinomial(_ numSamples: Int, replacement: Bool = false, generator: Generator = .global) throws -> Tensor {
    guard rank == 1 || rank == 2 else { throw TensorError("multinomial: expected a 1-D or 2-D tensor, got shape \(shape)") }
    let rows = rank == 1 ? 1 : shape[0]
    let categories = shape[rank - 1]
    guard numSamples > 0 else { throw TensorError("multinomial: numSamples must be positive, got \(numSamples)") }
    guard replacement || numSamples <= categories else {
      throw TensorError("multinomial: cannot draw \(numSamples) samples from \(categories) categories without replacement")
    }
    let weights = try reshape([rows, categories]).toArray()
    guard weights.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
      throw TensorError("multinomial: weights must be finite and non-negative")
    }
    var samples: [Int64] = []
    samples.reserveCapacity(rows * numSamples)
    for row in 0..<rows {
      var w = Array(weights[row * categories..<(row + 1) * categories])
      for _ in 0..<numSamples {
        let total = w.reduce(0, +)
        guard total > 0 else { throw TensorError("multinomial: row \(row) has no positive weight left to draw from") }
        var target = generator.uniform() * total
        var chosen = categories - 1
        for (k, weight) in w.enumerated() where weight > 0 {
          if target < weight { chosen = k; break }
          target -= weight
        }
        // Rounding can leave target past the last positive weight: take that one.
        if w[chosen] == 0 { chosen = w.lastIndex(where: { $0 > 0 })! }
        samples.append(Int64(chosen))
        if !replacement { w[chosen] = 0 }
      }
    }
    return try Tensor(shape: rank == 1 ? [numSamples] : [rows, numSamples], values: samples)
  }
}
