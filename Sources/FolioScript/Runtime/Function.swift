/// A callable value: a built-in or engine function, with the signature its calls are checked
/// against.
public final class Function {
  /// The name shown in messages, e.g. `print` or `Tensor.randn`.
  public let name: String
  /// The parameters, in order.
  public let signature: Signature
  /// The implementation; it receives the arguments already matched to `signature`.
  public let body: (CallContext, [Value]) throws -> Value

  /// Creates a function from its name, parameters and body.
  public init(_ name: String, _ signature: Signature, body: @escaping (CallContext, [Value]) throws -> Value) {
    self.name = name
    self.signature = signature
    self.body = body
  }
}

/// What a native function may use of the session that calls it.
public protocol CallContext: AnyObject {
  /// Where printed text and displayed figures go.
  var output: OutputSink { get }
  /// Calls a function value (a cell's closure or a native function) with positional arguments.
  func call(_ function: Value, _ arguments: [Value]) throws -> Value
  /// How `print` shows a value, consulting `description` properties of the cell's types.
  func describe(_ value: Value) throws -> String
  /// `value.name`, for values of the cell's own types as much as built-in ones.
  func member(_ name: String, of value: Value) throws -> Value
  /// `value[index]`, through a cell type's own subscript where it has one.
  func element(of value: Value, at index: Value) throws -> Value
}

/// The parameters of a function: labels, defaults, and an optional variadic first parameter.
public struct Signature {
  /// One parameter.
  public struct Parameter {
    /// The argument label callers write, or nil for `_`.
    public var label: String?
    /// The value used when the caller leaves the argument out, or nil if it is required.
    public var defaultValue: Value?

    /// Creates a parameter.
    public init(_ label: String?, default defaultValue: Value? = nil) {
      self.label = label
      self.defaultValue = defaultValue
    }
  }

  /// The parameters, in order.
  public var parameters: [Parameter]
  /// Whether the first parameter takes any number of unlabelled arguments, as `print` does;
  /// they are passed to the body as one array.
  public var isVariadic: Bool

  /// Creates a signature.
  public init(_ parameters: [Parameter], variadic: Bool = false) {
    self.parameters = parameters
    self.isVariadic = variadic
  }

  /// How Swift would write the signature's labels: `plot(_:title:xlabel:ylabel:)`.
  public func spelled(_ name: String) -> String {
    let labels = parameters.map { "\($0.label ?? "_"):" }.joined()
    return "\(name)(\(labels))"
  }

  /// Matches labelled arguments to the parameters, filling in defaults.
  ///
  /// Labels must appear in order, as Swift requires; a missing, extra or misspelled label is
  /// an error that shows the expected signature.
  public func match(_ arguments: [(label: String?, value: Value)], calling name: String, trailingClosure: Bool = false) throws -> [Value] {
    var result: [Value] = []
    result.reserveCapacity(parameters.count)
    var next = 0
    for (position, parameter) in parameters.enumerated() {
      if position == 0 && isVariadic {
        var items: [Value] = []
        while next < arguments.count && arguments[next].label == nil {
          items.append(arguments[next].value)
          next += 1
        }
        result.append(.array(items))
        continue
      }
      // As Swift's forward scan, a trailing closure passes over parameters with defaults,
      // unless nothing comes after them: `timeit(runs: 3) { … }` leaves `loops:` defaulted.
      let isTrailing = trailingClosure && next == arguments.count - 1
        && (parameter.defaultValue == nil || position == parameters.count - 1)
      if next < arguments.count && (arguments[next].label == parameter.label || isTrailing) {
        result.append(arguments[next].value)
        next += 1
      } else if let value = parameter.defaultValue {
        result.append(value)
      } else {
        let what = parameter.label.map { "argument '\($0):'" } ?? "an unlabelled argument"
        throw RuntimeError("missing \(what) in call to \(spelled(name))")
      }
    }
    if next < arguments.count {
      let extra = arguments[next].label.map { "argument '\($0):'" } ?? "unlabelled argument"
      throw RuntimeError("extra \(extra) in call to \(spelled(name))")
    }
    return result
  }
}
