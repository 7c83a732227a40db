import Glibc

/// The element type of a tensor: PyTorch's four that tutorials use.
public enum DType: String, CaseIterable, Sendable {
  /// 32-bit floats, the default for data and parameters.
  case float32
  /// 64-bit floats, for checks that need the precision.
  case float64
  /// 64-bit integers: indices and class labels.
  case int64
  /// Booleans: masks and comparison results.
  case bool

  /// Whether elements are floating-point numbers.
  public var isFloatingPoint: Bool { self == .float32 || self == .float64 }

  /// The size of one element in bytes.
  var byteSize: Int {
    switch self {
    case .float32: 4
    case .float64, .int64: 8
    case .bool: 1
    }
  }

  /// PyTorch's promotion order between tensors: bool < int64 < float32 < float64.
  private var rank: Int {
    switch self {
    case .bool: 0
    case .int64: 1
    case .float32: 2
    case .float64: 3
    }
  }

  /// The type both operands of a binary operation are converted to.
  static func promoted(_ a: DType, _ b: DType) -> DType { a.rank >= b.rank ? a : b }
}

/// A Swift type that can be the element of a tensor.
public protocol TensorElement {
  /// The dtype a tensor of this element has.
  static var dtype: DType { get }
  /// Converts from Double, rounding toward zero for integers and testing `!= 0` for Bool.
  init(converting value: Double)
  /// The element as a Double.
  var doubleValue: Double { get }
}

/// The floating-point elements, with the math functions the elementwise kernels call.
protocol FloatElement: TensorElement, BinaryFloatingPoint, SIMDScalar, Codable {
  static func exp(_ x: Self) -> Self
  static func log(_ x: Self) -> Self
  static func tanh(_ x: Self) -> Self
  static func pow(_ x: Self, _ y: Self) -> Self
  static func log1p(_ x: Self) -> Self
}

extension Float: FloatElement {
  public static var dtype: DType { .float32 }
  public init(converting value: Double) { self = Float(value) }
  public var doubleValue: Double { Double(self) }
  static func exp(_ x: Float) -> Float { expf(x) }
  static func log(_ x: Float) -> Float { logf(x) }
  static func tanh(_ x: Float) -> Float { tanhf(x) }
  static func pow(_ x: Float, _ y: Float) -> Float { powf(x, y) }
  static func log1p(_ x: Float) -> Float { log1pf(x) }
}

extension Double: FloatElement {
  public static var dtype: DType { .float64 }
  public init(converting value: Double) { self = value }
  public var doubleValue: Double { self }
  static func exp(_ x: Double) -> Double { Glibc.exp(x) }
  static func log(_ x: Double) -> Double { Glibc.log(x) }
  static func tanh(_ x: Double) -> Double { Glibc.tanh(x) }
  static func pow(_ x: Double, _ y: Double) -> Double { Glibc.pow(x, y) }
  static func log1p(_ x: Double) -> Double { Glibc.log1p(x) }
}

extension Int64: TensorElement {
  public static var dtype: DType { .int64 }
  public init(converting value: Double) {
    // Out-of-range and NaN values saturate instead of trapping, as a cast in C would not.
    if value.isNaN { self = 0 } else if value >= 9.2e18 { self = .max } else if value <= -9.2e18 { self = .min } else {
      self = Int64(value)
    }
  }
  public var doubleValue: Double { Double(self) }
}

extension Bool: TensorElement {
  public static var dtype: DType { .bool }
  public init(converting value: Double) { self = value != 0 }
  public var doubleValue: Double { self ? 1 : 0 }
}
