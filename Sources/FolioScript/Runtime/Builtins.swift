import Glibc

/// The functions every cell can call without importing anything, and the static members and
/// initializers of the built-in types.
enum Builtins {
  /// The names of the built-in types, usable as values: `Int.max`, `Double(3)`.
  static let typeNames: Set<String> = ["Int", "Double", "Float", "String", "Bool", "Array", "Dictionary", "Character", "Optional"]

  /// The built-in global names and their values.
  static let all: [String: Value] = {
    var table: [String: Value] = [:]
    func define(_ name: String, _ signature: Signature, _ body: @escaping (CallContext, [Value]) throws -> Value) {
      table[name] = .function(Function(name, signature, body: body))
    }

    for name in typeNames { table[name] = .type(.builtin(name)) }

    define("print", Signature([.init(nil), .init("separator", default: .string(" ")),
                               .init("terminator", default: .string("\n"))], variadic: true)) { context, args in
      guard case .array(let items) = args[0] else { return .void }
      let text = try items.map(context.describe).joined(separator: args[1].description) + args[2].description
      context.output.write(text)
      return .void
    }

    let unary: [(String, (Double) -> Double)] = [
      ("sqrt", Glibc.sqrt), ("exp", Glibc.exp), ("log", Glibc.log), ("log2", Glibc.log2), ("log10", Glibc.log10),
      ("sin", Glibc.sin), ("cos", Glibc.cos), ("tan", Glibc.tan), ("tanh", Glibc.tanh), ("atan", Glibc.atan),
      ("floor", Glibc.floor), ("ceil", Glibc.ceil), ("round", Glibc.round),
    ]
    for (name, function) in unary {
      define(name, Signature([.init(nil)])) { _, args in .double(function(try double(args[0], name))) }
    }
    define("pow", Signature([.init(nil), .init(nil)])) { _, args in
      .double(Glibc.pow(try double(args[0], "pow"), try double(args[1], "pow")))
    }
    define("atan2", Signature([.init(nil), .init(nil)])) { _, args in
      .double(Glibc.atan2(try double(args[0], "atan2"), try double(args[1], "atan2")))
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
    for (name, wantsLess) in [("min", true), ("max", false)] {
      define(name, Signature([.init(nil)], variadic: true)) { _, args in
        guard case .array(var items) = args[0], !items.isEmpty else {
          throw RuntimeError("\(name) needs at least two arguments")
        }
        // `max(x, 0)` with a Double x: the literal is a Double in Swift.
        if items.contains(where: { if case .double = $0 { return true } else { return false } }) {
          items = items.map { if case .int(let n) = $0 { return .double(Double(n)) } else { return $0 } }
        }
        // Swift's min keeps the earlier of equal values (`<`), max the later (`>=`).
        let better: BinaryOperator = wantsLess ? .less : .greaterEqual
        var best = items[0]
        for item in items.dropFirst() {
          if case .bool(true) = try better.apply(item, best) { best = item }
        }
        return best
      }
    }
    for (name, inclusive) in [("stride(from:to:by:)", false), ("stride(from:through:by:)", true)] {
      let label = inclusive ? "through" : "to"
      table[name] = .function(Function("stride", Signature([.init("from"), .init(label), .init("by")])) { _, args in
        try stride(args[0], args[1], args[2], inclusive: inclusive)
      })
    }
    define("zip", Signature([.init(nil), .init(nil)])) { context, args in
      let first = try BuiltinMethods.elements(of: args[0], context)
      let second = try BuiltinMethods.elements(of: args[1], context)
      return .array(zip(first, second).map { .tuple(TupleValue(elements: [$0, $1], labels: nil)) })
    }
    define("fatalError", Signature([.init(nil, default: .string(""))])) { _, args in
      throw RuntimeError("fatal error: \(args[0].description)")
    }
    define("precondition", Signature([.init(nil), .init(nil, default: .string(""))])) { _, args in
      guard case .bool(true) = args[0] else { throw RuntimeError("precondition failed: \(args[1].description)") }
      return .void
    }
    define("assert", Signature([.init(nil), .init(nil, default: .string(""))])) { _, args in
      guard case .bool(true) = args[0] else { throw RuntimeError("assertion failed: \(args[1].description)") }
      return .void
    }
    // Operators as functions, for `reduce(0, +)` and `sorted(by: >)`.
    for op in BinaryOperator.allCases {
      define(op.rawValue, Signature([.init(nil), .init(nil)])) { _, args in try op.apply(args[0], args[1]) }
    }
    return table
  }()

  /// The function for a global name, choosing `stride` by its labels.
  static func function(named name: String, labels: [String?]) -> Value? {
    if name == "stride" { return all["stride(from:\(labels.count > 1 ? labels[1] ?? "" : ""):by:)"] }
    return all[name]
  }

  /// `Int.max`, `Double.pi`, `Double.infinity`, …
  static func staticMember(_ name: String, of type: String) -> Value? {
    switch (type, name) {
    case (_, "init"):
      return .function(Function("\(type).init", Signature([.init(nil)])) { context, arguments in
        try construct(type, [(nil, arguments[0])], context)
      })
    case ("Int", "max"): return .int(Int.max)
    case ("Int", "min"): return .int(Int.min)
    case ("Double", "pi"), ("Float", "pi"): return .double(Double.pi)
    case ("Double", "infinity"): return .double(Double.infinity)
    case ("Double", "nan"): return .double(Double.nan)
    case ("Double", "greatestFiniteMagnitude"): return .double(Double.greatestFiniteMagnitude)
    case ("Double", "leastNormalMagnitude"): return .double(Double.leastNormalMagnitude)
    case ("Double", "ulpOfOne"): return .double(Double.ulpOfOne)
    default: return nil
    }
  }

  /// `Int("42")`, `Double(3)`, `String(x)`, `Array(repeating:count:)`, …
  static func construct(_ type: String, _ arguments: [(label: String?, value: Value)], _ context: CallContext) throws -> Value {
    let labels = arguments.map(\.label)
    switch (type, labels) {
    case ("Int", [nil]):
      switch arguments[0].value {
      case .int: return arguments[0].value
      case .double(let d):
        guard d.isFinite, let n = Int(exactly: d.rounded(.towardZero)) else {
          throw RuntimeError("Double value \(d) cannot be converted to Int because it is outside the representable range")
        }
        return .int(n)
      case .string(let s): return Int(s).map { .some(.int($0)) } ?? .none
      case .bool(let b): return .int(b ? 1 : 0)
      default: break
      }
    case ("Double", [nil]), ("Float", [nil]):
      switch arguments[0].value {
      case .int(let n): return .double(Double(n))
      case .double: return arguments[0].value
      case .string(let s): return Double(s).map { .some(.double($0)) } ?? .none
      default: break
      }
    case ("String", [nil]), ("String", ["describing"]):
      if case .string = arguments[0].value { return arguments[0].value }
      return .string(try context.describe(arguments[0].value))
    case ("String", ["repeating", "count"]):
      guard case .string(let text) = arguments[0].value, case .int(let count) = arguments[1].value else { break }
      guard count >= 0 else { throw RuntimeError("String(repeating:count:) needs a count of 0 or more, not \(count)") }
      return .string(String(repeating: text, count: count))
    case ("String", []):
      return .string("")
    case ("String", let labels) where labels.first == "format" && labels.dropFirst().allSatisfy({ $0 == nil }):
      guard case .string(let format) = arguments[0].value else { break }
      return .string(try FormatString.format(format, arguments.dropFirst().map(\.value), context))
    case ("Bool", [nil]):
      if case .string(let s) = arguments[0].value { return Bool(s).map { .some(.bool($0)) } ?? .none }
      if case .bool = arguments[0].value { return arguments[0].value }
    case ("Array", ["repeating", "count"]):
      guard case .int(let count) = arguments[1].value, count >= 0 else {
        throw RuntimeError("Array(repeating:count:) needs a count of 0 or more")
      }
      return .array(Array(repeating: arguments[0].value, count: count))
    case ("Array", [nil]):
      return .array(try BuiltinMethods.elements(of: arguments[0].value, context))
    case ("Array", []):
      return .array([])
    case ("Optional", [nil]):
      return .some(arguments[0].value)
    case ("Dictionary", []):
      return .dictionary(DictionaryValue())
    case ("Dictionary", ["uniqueKeysWithValues"]):
      var dictionary = DictionaryValue()
      for pair in try BuiltinMethods.elements(of: arguments[0].value, context) {
        guard case .tuple(let tuple) = pair, tuple.elements.count == 2 else { break }
        if dictionary[tuple.elements[0]] != nil { throw RuntimeError("duplicate key \(tuple.elements[0].debugDescription)") }
        try dictionary.set(tuple.elements[1], for: tuple.elements[0])
      }
      return .dictionary(dictionary)
    default:
      break
    }
    let spelled = "\(type)(" + labels.map { "\($0 ?? "_"):" }.joined() + ")"
    let given = arguments.map(\.value.typeName).joined(separator: ", ")
    throw RuntimeError("no exact matches in call to initializer \(spelled) with arguments of type (\(given))")
  }

  private static func double(_ value: Value, _ name: String) throws -> Double {
    switch value {
    case .double(let d): return d
    // Integer literals reach here as Ints: `sqrt(16)` compiles in Swift.
    case .int(let n): return Double(n)
    default: throw RuntimeError("\(name)(_:) expects a 'Double', got '\(value.typeName)'")
    }
  }

  /// The values of `stride(from:to:by:)` or `stride(from:through:by:)`.
  private static func stride(_ from: Value, _ to: Value, _ by: Value, inclusive: Bool) throws -> Value {
    switch (from, to, by) {
    case (.int(let a), .int(let b), .int(let step)):
      guard step != 0 else { throw RuntimeError("stride step must not be zero") }
      let values = inclusive ? Array(Swift.stride(from: a, through: b, by: step)) : Array(Swift.stride(from: a, to: b, by: step))
      return .array(values.map(Value.int))
    default:
      let numbers = try [from, to, by].map { try double($0, "stride") }
      guard numbers[2] != 0 else { throw RuntimeError("stride step must not be zero") }
      let values = inclusive
        ? Array(Swift.stride(from: numbers[0], through: numbers[1], by: numbers[2]))
        : Array(Swift.stride(from: numbers[0], to: numbers[1], by: numbers[2]))
      return .array(values.map(Value.double))
    }
  }
}
