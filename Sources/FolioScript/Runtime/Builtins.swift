import Glibc

/// The functions every cell can call without importing anything: `print`, the numeric
/// conversions, and Foundation-style math.
enum Builtins {
  /// The built-in names and their values.
  static let all: [String: Value] = {
    var table: [String: Value] = [:]
    func define(_ name: String, _ signature: Signature, _ body: @escaping (CallContext, [Value]) throws -> Value) {
      table[name] = .function(Function(name, signature, body: body))
    }

    define("print", Signature([.init(nil), .init("separator", default: .string(" ")),
                               .init("terminator", default: .string("\n"))], variadic: true)) { context, args in
      guard case .array(let items) = args[0] else { return .void }
      let text = items.map(\.description).joined(separator: args[1].description) + args[2].description
      context.output.write(text)
      return .void
    }
    define("Double", Signature([.init(nil)])) { _, args in
      switch args[0] {
      case .int(let n): return .double(Double(n))
      case .double: return args[0]
      default: throw RuntimeError("no exact matches in call to initializer Double(_:) for '\(args[0].typeName)'")
      }
    }
    define("Int", Signature([.init(nil)])) { _, args in
      switch args[0] {
      case .int: return args[0]
      case .double(let d):
        guard d.isFinite, let n = Int(exactly: d.rounded(.towardZero)) else {
          throw RuntimeError("Double value \(d) cannot be converted to Int because it is outside the representable range")
        }
        return .int(n)
      default: throw RuntimeError("no exact matches in call to initializer Int(_:) for '\(args[0].typeName)'")
      }
    }
    define("String", Signature([.init(nil)])) { _, args in .string(args[0].description) }

    for (name, function) in [("sqrt", Glibc.sqrt), ("exp", Glibc.exp), ("log", Glibc.log), ("sin", Glibc.sin),
                             ("cos", Glibc.cos), ("tanh", Glibc.tanh), ("floor", Glibc.floor), ("ceil", Glibc.ceil)]
      as [(String, (Double) -> Double)]
    {
      define(name, Signature([.init(nil)])) { _, args in
        guard case .double(let x) = args[0] else {
          throw RuntimeError("\(name)(_:) expects a 'Double', got '\(args[0].typeName)'")
        }
        return .double(function(x))
      }
    }
    define("pow", Signature([.init(nil), .init(nil)])) { _, args in
      guard case .double(let x) = args[0], case .double(let y) = args[1] else {
        throw RuntimeError("pow(_:_:) expects two 'Double' values, got '\(args[0].typeName)' and '\(args[1].typeName)'")
      }
      return .double(Glibc.pow(x, y))
    }
    define("abs", Signature([.init(nil)])) { _, args in
      switch args[0] {
      case .int(let n):
        guard n != Int.min else { throw RuntimeError("arithmetic overflow: abs(\(n)) does not fit in Int") }
        return .int(Swift.abs(n))
      case .double(let d): return .double(Swift.abs(d))
      default: throw RuntimeError("abs(_:) expects a number, got '\(args[0].typeName)'")
      }
    }
    for (name, pickFirst) in [("min", true), ("max", false)] {
      define(name, Signature([.init(nil), .init(nil)])) { _, args in
        guard case .bool(let less) = try BinaryOperator.less.apply(args[1], args[0]) else { return args[0] }
        return less == pickFirst ? args[1] : args[0]
      }
    }
    return table
  }()
}
