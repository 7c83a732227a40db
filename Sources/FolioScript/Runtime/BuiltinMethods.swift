import Glibc

/// The methods and properties of the language's own values: arrays, strings, dictionaries,
/// ranges and numbers. Sequence methods (`map`, `filter`, `reduce`, …) are written once, over
/// the elements of any sequence.
enum BuiltinMethods {
  /// The names of the methods that change the value they are called on.
  static let mutatingNames: Set<String> = [
    "append", "insert", "remove", "removeLast", "removeFirst", "removeAll", "popLast", "sort", "reverse",
    "removeValue", "updateValue", "swapAt", "shuffle",
  ]

  /// The label a trailing closure stands for in a mutating method: `sort { … }` is
  /// `sort(by:)`, `removeAll { … }` is `removeAll(where:)`; `append { … }` appends a closure.
  static func trailingClosureLabel(of name: String) -> String? {
    switch name {
    case "sort": return "by"
    case "removeAll": return "where"
    default: return nil
    }
  }

  /// Whether mutating methods apply to this kind of value.
  static func isMutable(_ value: Value) -> Bool {
    switch value {
    case .array, .string, .dictionary: return true
    default: return false
    }
  }

  /// The elements a `for` loop or a sequence method visits.
  static func elements(of value: Value, _ context: CallContext) throws -> [Value] {
    switch value {
    case .array(let items): return items
    case .range(let range):
      guard let (lower, upper) = range.integerBounds else {
        throw RuntimeError("a range of '\(range.lower.typeName)' cannot be iterated; use stride(from:to:by:)")
      }
      let last = range.isClosed ? upper : upper - 1
      return last < lower ? [] : (lower...last).map(Value.int)
    case .string(let text): return text.map { .string(String($0)) }
    case .dictionary(let dictionary):
      return zip(dictionary.keys, dictionary.values).map { .tuple(TupleValue(elements: [$0, $1], labels: ["key", "value"])) }
    case .some(let wrapped): return try elements(of: wrapped, context)
    default:
      throw RuntimeError("value of type '\(value.typeName)' is not a sequence")
    }
  }

  // MARK: - Properties

  /// A property of a built-in value, or nil if it has none of that name.
  static func property(named name: String, of value: Value, _ context: CallContext) throws -> Value? {
    switch (value, name) {
    case (.array(let items), "count"): return .int(items.count)
    case (.array(let items), "isEmpty"): return .bool(items.isEmpty)
    case (.array(let items), "first"): return items.first.map(Value.some) ?? Value.none
    case (.array(let items), "last"): return items.last.map(Value.some) ?? Value.none
    case (.array(let items), "indices"): return .range(RangeValue(lower: .int(0), upper: .int(items.count), isClosed: false))
    case (.string(let text), "count"): return .int(text.count)
    case (.string(let text), "isEmpty"): return .bool(text.isEmpty)
    case (.string(let text), "first"): return text.first.map { .some(.string(String($0))) } ?? Value.none
    case (.string(let text), "last"): return text.last.map { .some(.string(String($0))) } ?? Value.none
    case (.string(let text), "description"): return .string(text)
    case (.dictionary(let dictionary), "count"): return .int(dictionary.count)
    case (.dictionary(let dictionary), "isEmpty"): return .bool(dictionary.count == 0)
    case (.dictionary(let dictionary), "keys"): return .array(dictionary.keys)
    case (.dictionary(let dictionary), "values"): return .array(dictionary.values)
    case (.range(let range), "lowerBound"): return range.lower
    case (.range(let range), "upperBound"): return range.upper
    case (.range(let range), "count"): return range.count.map(Value.int)
    case (.range(let range), "isEmpty"): return range.count.map { .bool($0 <= 0) }
    case (.int(let n), "magnitude"): return .int(n.magnitude > UInt(Int.max) ? Int.max : Int(n.magnitude))
    case (.int(let n), "description"): return .string(String(n))
    case (.double(let d), "isNaN"): return .bool(d.isNaN)
    case (.double(let d), "isInfinite"): return .bool(d.isInfinite)
    case (.double(let d), "isFinite"): return .bool(d.isFinite)
    case (.double(let d), "isZero"): return .bool(d.isZero)
    case (.double(let d), "magnitude"): return .double(d.magnitude)
    case (.double(let d), "description"): return .string(String(d))
    case (.bool(let b), "description"): return .string(String(b))
    case (.tuple, _), (.some, _), (.none, _): return nil
    default:
      if name == "first" || name == "last" || name == "count" || name == "isEmpty",
        let items = try? elements(of: value, context)
      {
        return try property(named: name, of: .array(items), context)
      }
      return nil
    }
  }

  // MARK: - Non-mutating methods

  /// A non-mutating method of a built-in value; the receiver is passed as argument 0.
  /// Overloads such as `contains(_:)` and `contains(where:)` are told apart by the labels
  /// (a trailing closure counts as the closure's label).
  static func method(named name: String, of value: Value, labels: [String?], trailingClosure: Bool) -> Function? {
    let takesClosure = trailingClosure || labels.contains { $0 == "where" || $0 == "by" }
    switch value {
    case .double: return numberMethod(name)
    case .int: return integerMethod(name)
    case .string: return stringMethod(name, takesClosure: takesClosure) ?? sequenceMethod(name, takesClosure: takesClosure)
    case .dictionary: return dictionaryMethod(name) ?? sequenceMethod(name, takesClosure: takesClosure)
    case .array, .range: return sequenceMethod(name, takesClosure: takesClosure)
    default: return nil
    }
  }

  private static func make(_ name: String, _ labels: [String?], _ body: @escaping (CallContext, [Value]) throws -> Value) -> Function {
    Function(name, Signature(labels.map { Signature.Parameter($0) }), body: body)
  }

  private static func numberMethod(_ name: String) -> Function? {
    switch name {
    case "rounded": return make(name, []) { _, a in .double(try double(a[0]).rounded()) }
    case "squareRoot": return make(name, []) { _, a in .double(try double(a[0]).squareRoot()) }
    case "truncatingRemainder":
      return make(name, ["dividingBy"]) { _, a in .double(try double(a[0]).truncatingRemainder(dividingBy: try double(a[1]))) }
    default: return nil
    }
  }

  private static func integerMethod(_ name: String) -> Function? {
    switch name {
    case "isMultiple":
      return make(name, ["of"]) { _, a in
        guard case .int(let n) = a[0], case .int(let m) = a[1] else { throw RuntimeError("isMultiple(of:) expects an Int") }
        return .bool(n.isMultiple(of: m))
      }
    case "signum":
      return make(name, []) { _, a in
        guard case .int(let n) = a[0] else { return a[0] }
        return .int(n.signum())
      }
    default: return nil
    }
  }

  private static func stringMethod(_ name: String, takesClosure: Bool) -> Function? {
    func text(_ value: Value) -> String {
      if case .string(let s) = value { return s }
      return value.description
    }
    switch name {
    case "uppercased": return make(name, []) { _, a in .string(text(a[0]).uppercased()) }
    case "lowercased": return make(name, []) { _, a in .string(text(a[0]).lowercased()) }
    case "hasPrefix": return make(name, [nil]) { _, a in .bool(text(a[0]).hasPrefix(text(a[1]))) }
    case "hasSuffix": return make(name, [nil]) { _, a in .bool(text(a[0]).hasSuffix(text(a[1]))) }
    case "contains" where !takesClosure:
      return make(name, [nil]) { _, a in .bool(text(a[0]).contains(text(a[1]))) }
    case "split":
      return make(name, ["separator"]) { _, a in
        let separator = text(a[1])
        guard separator.count == 1, let character = separator.first else {
          throw RuntimeError("split(separator:) takes a single character")
        }
        return .array(text(a[0]).split(separator: character).map { .string(String($0)) })
      }
    default: return nil
    }
  }

  private static func dictionaryMethod(_ name: String) -> Function? {
    switch name {
    case "mapValues":
      return make(name, [nil]) { context, a in
        guard case .dictionary(let dictionary) = a[0] else { return a[0] }
        var result = DictionaryValue()
        for (key, value) in zip(dictionary.keys, dictionary.values) { try result.set(try context.call(a[1], [value]), for: key) }
        return .dictionary(result)
      }
    case "filter":
      return make(name, [nil]) { context, a in
        guard case .dictionary(let dictionary) = a[0] else { return a[0] }
        var result = DictionaryValue()
        for (key, value) in zip(dictionary.keys, dictionary.values) {
          let entry = Value.tuple(TupleValue(elements: [key, value], labels: ["key", "value"]))
          if case .bool(true) = try context.call(a[1], [entry]) { try result.set(value, for: key) }
        }
        return .dictionary(result)
      }
    default: return nil
    }
  }

  private static func sequenceMethod(_ name: String, takesClosure: Bool) -> Function? {
    switch name {
    case "map":
      return make(name, [nil]) { c, a in .array(try elements(of: a[0], c).map { try c.call(a[1], [$0]) }) }
    case "filter":
      return make(name, [nil]) { c, a in
        .array(try elements(of: a[0], c).filter { try truth(c.call(a[1], [$0]), "filter") })
      }
    case "compactMap":
      return make(name, [nil]) { c, a in
        .array(try elements(of: a[0], c).compactMap { element -> Value? in
          switch try c.call(a[1], [element]) {
          case .some(let wrapped): return wrapped
          case .none: return nil
          case let other: return other
          }
        })
      }
    case "flatMap":
      return make(name, [nil]) { c, a in
        .array(try elements(of: a[0], c).flatMap { try elements(of: try c.call(a[1], [$0]), c) })
      }
    case "forEach":
      return make(name, [nil]) { c, a in
        for element in try elements(of: a[0], c) { _ = try c.call(a[1], [element]) }
        return .void
      }
    case "reduce":
      return make(name, [nil, nil]) { c, a in
        var accumulator = a[1]
        let items = try elements(of: a[0], c)
        // Swift types the `0` of `reduce(0, +)` from the elements; an Int seed beside Double
        // elements can only be such a literal, since Swift rejects any other Int there.
        if case .int(let n) = accumulator, case .double? = items.first { accumulator = .double(Double(n)) }
        for (index, element) in items.enumerated() {
          do {
            accumulator = try c.call(a[2], [accumulator, element])
          } catch where index == 0 {
            // `reduce(0) { $0 + $1.price }`: Swift types the seed from the closure, so an
            // Int seed the closure cannot use is a Double literal there.
            guard case .int(let n) = accumulator,
              let retried = try? c.call(a[2], [.double(Double(n)), element])
            else { throw error }
            accumulator = retried
          }
        }
        return accumulator
      }
    case "sorted" where takesClosure:
      return make(name, ["by"]) { c, a in .array(try sort(try elements(of: a[0], c), by: a[1], c)) }
    case "sorted":
      return make(name, []) { c, a in .array(try sort(try elements(of: a[0], c), by: .function(ascending), c)) }
    case "reversed":
      return make(name, []) { c, a in .array(try elements(of: a[0], c).reversed()) }
    case "enumerated":
      return make(name, []) { c, a in
        .array(try elements(of: a[0], c).enumerated().map {
          .tuple(TupleValue(elements: [.int($0.offset), $0.element], labels: ["offset", "element"]))
        })
      }
    case "contains":
      if takesClosure {
        return make(name, ["where"]) { c, a in .bool(try elements(of: a[0], c).contains { try truth(c.call(a[1], [$0]), name) }) }
      }
      return make(name, [nil]) { c, a in
        if case .range(let range) = a[0] { return .bool(try range.contains(a[1])) }
        return .bool(try elements(of: a[0], c).contains { try BinaryOperator.equal($0, a[1]) == true })
      }
    case "allSatisfy":
      return make(name, [nil]) { c, a in .bool(try elements(of: a[0], c).allSatisfy { try truth(c.call(a[1], [$0]), name) }) }
    case "first":
      return make(name, ["where"]) { c, a in
        try elements(of: a[0], c).first { try truth(c.call(a[1], [$0]), name) }.map(Value.some) ?? Value.none
      }
    case "firstIndex", "lastIndex":
      return make(name, [takesClosure ? "where" : "of"]) { c, a in
        let items = try elements(of: a[0], c)
        let test: (Value) throws -> Bool = takesClosure
          ? { try truth(c.call(a[1], [$0]), name) } : { try BinaryOperator.equal($0, a[1]) == true }
        let index = name == "firstIndex" ? try items.firstIndex(where: test) : try items.lastIndex(where: test)
        return index.map { .some(.int($0)) } ?? Value.none
      }
    case "min", "max":
      return make(name, takesClosure ? ["by"] : []) { c, a in
        let ordering = takesClosure ? a[1] : .function(ascending)
        let items = try elements(of: a[0], c)
        guard var best = items.first else { return .none }
        for item in items.dropFirst() {
          let isBefore = try truth(c.call(ordering, [item, best]), name)
          let isAfter = try truth(c.call(ordering, [best, item]), name)
          if name == "min" ? isBefore : isAfter { best = item }
        }
        return .some(best)
      }
    case "joined":
      return Function(name, Signature([.init("separator", default: .string(""))])) { c, a in
        let parts = try elements(of: a[0], c).map { part -> String in
          guard case .string(let text) = part else { throw RuntimeError("joined(separator:) needs an array of String") }
          return text
        }
        return .string(parts.joined(separator: a[1].description))
      }
    case "prefix", "suffix", "dropFirst", "dropLast":
      return Function(name, Signature([.init(nil, default: .int(1))])) { c, a in
        let items = try elements(of: a[0], c)
        guard case .int(let n) = a[1], n >= 0 else { throw RuntimeError("\(name) needs a count of 0 or more") }
        switch name {
        case "prefix": return .array(Array(items.prefix(n)))
        case "suffix": return .array(Array(items.suffix(n)))
        case "dropFirst": return .array(Array(items.dropFirst(n)))
        default: return .array(Array(items.dropLast(n)))
        }
      }
    case "count":
      return make(name, ["where"]) { c, a in .int(try elements(of: a[0], c).filter { try truth(c.call(a[1], [$0]), name) }.count) }
    default:
      return nil
    }
  }

  /// `<` as a function value, the default ordering of `sorted()` and `min()`; a cell's type
  /// may implement it.
  private static let ascending = Function("<", Signature([.init(nil), .init(nil)])) { context, a in
    guard let interpreter = context as? Interpreter else { return try BinaryOperator.less.apply(a[0], a[1]) }
    return try interpreter.apply(.less, a[0], a[1], span: SourceSpan(file: 0, start: 0, end: 0))
  }

  private static func sort(_ items: [Value], by ordering: Value, _ context: CallContext) throws -> [Value] {
    // Swift's sort is not stable by contract, but is in practice (introsort on small arrays
    // and a stable merge otherwise); a stable sort prints the same order.
    var failure: Error?
    let sorted = items.enumerated().sorted { a, b in
      guard failure == nil else { return false }
      do {
        if try truth(context.call(ordering, [a.element, b.element]), "sorted") { return true }
        if try truth(context.call(ordering, [b.element, a.element]), "sorted") { return false }
        return a.offset < b.offset
      } catch {
        failure = error
        return false
      }
    }.map(\.element)
    if let failure { throw failure }
    return sorted
  }

  private static func truth(_ value: Value, _ name: String) throws -> Bool {
    guard case .bool(let flag) = value else { throw RuntimeError("the closure passed to \(name) must return Bool, not '\(value.typeName)'") }
    return flag
  }

  private static func double(_ value: Value) throws -> Double {
    switch value {
    case .double(let d): return d
    case .int(let n): return Double(n)
    default: throw RuntimeError("expected a 'Double', got '\(value.typeName)'")
    }
  }

  // MARK: - Mutating methods

  /// Applies a mutating method to an array, string or dictionary in place.
  static func mutate(_ target: inout Value, name: String, arguments: [(label: String?, value: Value)], _ context: CallContext) throws -> Value {
    let labels = arguments.map(\.label)
    let spelled = "\(name)(" + labels.map { "\($0 ?? "_"):" }.joined() + ")"
    // Each kind's payload is moved out of `target` first: bound by `switch target`, it would
    // be shared with the switch's copy of the value, and every `append` would copy the array.
    if var items = Value.take(&target, { if case .array(let items) = $0 { items } else { nil } }) {
      defer { target = .array(items) }
      switch (name, labels) {
      case ("append", [nil]):
        try checkElement(arguments[0].value, joining: items)
        items.append(arguments[0].value)
      case ("append", ["contentsOf"]):
        let added = try elements(of: arguments[0].value, context)
        for element in added { try checkElement(element, joining: items) }
        items.append(contentsOf: added)
      case ("insert", [nil, "at"]):
        let index = try integer(arguments[1].value, "at:")
        guard index >= 0 && index <= items.count else {
          throw RuntimeError("array index \(index) out of range for insert into an array of count \(items.count)")
        }
        items.insert(arguments[0].value, at: index)
      case ("remove", ["at"]):
        let index = try integer(arguments[0].value, "at:")
        guard items.indices.contains(index) else { throw RuntimeError("index \(index) out of range for array of count \(items.count)") }
        return items.remove(at: index)
      case ("removeLast", []), ("removeFirst", []):
        guard !items.isEmpty else { throw RuntimeError("can't remove \(name == "removeLast" ? "last" : "first") element from an empty array") }
        return name == "removeLast" ? items.removeLast() : items.removeFirst()
      case ("popLast", []):
        return items.popLast().map(Value.some) ?? Value.none
      case ("removeAll", []):
        items.removeAll()
      case ("removeAll", ["where"]):
        var failure: Error?
        items.removeAll { element in
          do { return try truth(context.call(arguments[0].value, [element]), name) } catch { failure = error; return false }
        }
        if let failure { throw failure }
      case ("sort", []):
        items = try sort(items, by: .function(ascending), context)
      case ("sort", ["by"]):
        items = try sort(items, by: arguments[0].value, context)
      case ("reverse", []):
        items.reverse()
      case ("swapAt", [nil, nil]):
        let (i, j) = (try integer(arguments[0].value, "swapAt"), try integer(arguments[1].value, "swapAt"))
        guard items.indices.contains(i) && items.indices.contains(j) else { throw RuntimeError("swapAt index out of range") }
        items.swapAt(i, j)
      default:
        throw RuntimeError("array has no mutating method '\(spelled)'")
      }
      return .void
    }
    if var text = Value.take(&target, { if case .string(let text) = $0 { text } else { nil } }) {
      defer { target = .string(text) }
      switch (name, labels) {
      case ("append", [nil]):
        guard case .string(let suffix) = arguments[0].value else { throw RuntimeError("append(_:) on a String needs a String") }
        text += suffix
      case ("removeLast", []):
        guard !text.isEmpty else { throw RuntimeError("can't remove last element from an empty string") }
        return .string(String(text.removeLast()))
      default:
        throw RuntimeError("String has no mutating method '\(spelled)'")
      }
      return .void
    }
    if var dictionary = Value.take(&target, { if case .dictionary(let dictionary) = $0 { dictionary } else { nil } }) {
      defer { target = .dictionary(dictionary) }
      switch (name, labels) {
      case ("removeValue", ["forKey"]):
        return dictionary.remove(arguments[0].value).map(Value.some) ?? Value.none
      case ("updateValue", [nil, "forKey"]):
        let old = dictionary[arguments[1].value]
        try dictionary.set(arguments[0].value, for: arguments[1].value)
        return old.map(Value.some) ?? Value.none
      case ("removeAll", []):
        dictionary = DictionaryValue()
      default:
        throw RuntimeError("Dictionary has no mutating method '\(spelled)'")
      }
      return .void
    }
    throw RuntimeError("value of type '\(target.typeName)' has no member '\(name)'")
  }


  private static func checkElement(_ value: Value, joining items: [Value]) throws {
    if let first = items.first, first.typeName != value.typeName, !(first.isOptional || value.isOptional) {
      throw RuntimeError("cannot convert value of type '\(value.typeName)' to expected element type '\(first.typeName)'")
    }
  }

  // MARK: - Subscripts

  /// `container[position]`: an array element or slice, a dictionary entry (optional), or a
  /// tuple element.
  static func element(of container: Value, at position: Value) throws -> Value {
    switch (container, position) {
    case (.array(let items), .int(let index)):
      guard items.indices.contains(index) else {
        throw RuntimeError("index \(index) out of range for array of count \(items.count)")
      }
      return items[index]
    case (.array(let items), .range(var range)):
      // `xs[2...]` and `xs[..<2]` run to the end and from the start.
      if case .none = range.lower { range.lower = .int(0) }
      if case .none = range.upper { range = RangeValue(lower: range.lower, upper: .int(items.count), isClosed: false) }
      guard let (lower, upper) = range.integerBounds else { break }
      let end = range.isClosed ? upper + 1 : upper
      guard lower >= 0 && end <= items.count && lower <= end else {
        throw RuntimeError("range \(Value.range(range)) out of bounds for array of count \(items.count)")
      }
      return .array(Array(items[lower..<end]))
    case (.dictionary(let dictionary), _):
      return dictionary[position].map(Value.some) ?? Value.none
    case (.string, .int(let index)):
      throw RuntimeError("'subscript(_:)' is unavailable: cannot subscript String with an Int (index \(index)); use Array(text)[i]")
    default:
      break
    }
    throw RuntimeError("cannot subscript a value of type '\(container.typeName)' with an index of type '\(position.typeName)'")
  }

  /// `container[position] = value` for arrays and dictionaries (a nil value removes the key).
  static func setElement(of container: inout Value, at position: Value, to value: Value) throws {
    switch container {
    case .array(var items):
      let index = try integer(position, "subscript")
      guard items.indices.contains(index) else {
        throw RuntimeError("index \(index) out of range for array of count \(items.count)")
      }
      try checkElement(value, joining: items)
      container = .void
      items[index] = value
      container = .array(items)
    case .dictionary(var dictionary):
      container = .void
      defer { container = .dictionary(dictionary) }
      switch value {
      case .none: dictionary.remove(position)
      case .some(let wrapped): try dictionary.set(wrapped, for: position)
      default: try dictionary.set(value, for: position)
      }
    default:
      throw RuntimeError("cannot assign through subscript: value of type '\(container.typeName)' has no settable subscript")
    }
  }

  private static func integer(_ value: Value, _ what: String) throws -> Int {
    guard case .int(let n) = value else {
      throw RuntimeError("\(what) expects an 'Int', got '\(value.typeName)'")
    }
    return n
  }
}
