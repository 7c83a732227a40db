/// A notebook parameter: a name with a typed default, which `folio run -p name=value`
/// overrides, as papermill's parameters do.
///
/// Parameters are declared in the front matter's `parameters:` mapping or by
/// `let name = literal` lines in the cell marked `//| parameters`. The default's type (Int,
/// Double, String or Bool) is the parameter's type, and an override must be of that type.
public struct Parameter: Equatable {
  /// The variable's name.
  public var name: String
  /// The value: the default until overridden.
  public var value: Scalar
  /// The notebook line declaring it.
  public var line: Int
  /// `let`, or `var` when the parameters cell declares it so, which later cells may change.
  public var keyword = "let"

  /// Creates a parameter.
  public init(name: String, value: Scalar, line: Int) {
    self.name = name
    self.value = value
    self.line = line
  }

  /// The value `text` means for this parameter, or why it is not of the parameter's type.
  ///
  /// Text is read as the default's type: `3` is an Int for an Int parameter but `3.0` for a
  /// Double, and a String takes the text as it is, quotes and all.
  public func overridden(by text: String) -> Result<Scalar, ParameterError> {
    let parsed: Scalar?
    switch value {
    case .int: parsed = Int(text).map(Scalar.int)
    case .double: parsed = Double(text).flatMap { $0.isFinite ? Scalar.double($0) : nil }
    case .bool: parsed = text == "true" ? .bool(true) : text == "false" ? .bool(false) : nil
    case .string: parsed = .string(text)
    }
    guard let parsed else {
      let example = switch value {
      case .int: "a whole number such as 3"
      case .double: "a number such as 0.5"
      case .bool: "true or false"
      case .string: ""
      }
      return .failure(ParameterError(
        "parameter '\(name)' is \(value.typeNameWithArticle) (default \(value.swiftLiteral)); '\(text)' is not \(value.typeNameWithArticle): give \(example)"))
    }
    return .success(parsed)
  }

  /// Whether `name` can be a variable of the cell language.
  static func isIdentifier<S: StringProtocol>(_ name: S) -> Bool {
    guard let first = name.first, first.isLetter || first == "_" else { return false }
    return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
  }

  /// Reads the parameters of a parameters cell: each `let name = literal` or
  /// `var name: Type = literal` line whose literal is an Int, Double, String or Bool.
  ///
  /// Other lines are allowed (comments, computed values) but declare no parameter.
  static func declared(in source: String, firstLine: Int) -> [Parameter] {
    var parameters: [Parameter] = []
    for (offset, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      var rest = line.trimmingSpaces()
      let keyword = String(rest.prefix(3))
      guard (keyword == "let" || keyword == "var") && rest.dropFirst(3).first == " " else { continue }
      rest = rest.dropFirst(4).trimmingSpaces()
      guard let equals = rest.firstIndex(of: "=") else { continue }
      let declaration = rest[..<equals]
      let literal = rest[rest.index(after: equals)...].replacingComment().trimmingSpaces()
      let parts = declaration.split(separator: ":", maxSplits: 1).map { $0.trimmingSpaces() }
      guard let name = parts.first, isIdentifier(name), let value = swiftLiteral(literal) else { continue }
      var typed = value
      if parts.count == 2 {
        // `let lr: Double = 1` declares a Double whatever the literal looks like.
        switch (parts[1], value) {
        case ("Double", .int(let int)): typed = .double(Double(int))
        case ("Int", .int), ("Double", .double), ("String", .string), ("Bool", .bool): break
        default: continue
        }
      }
      var parameter = Parameter(name: String(name), value: typed, line: firstLine + offset)
      parameter.keyword = keyword
      parameters.append(parameter)
    }
    return parameters
  }

  /// Reads a literal of the cell language: an integer or floating-point number (with `_`
  /// separators), a string without interpolation, or `true`/`false`.
  private static func swiftLiteral(_ text: Substring) -> Scalar? {
    if text == "true" { return .bool(true) }
    if text == "false" { return .bool(false) }
    if text.first == "\"" {
      guard text.count >= 2, text.last == "\"", !text.contains("\\("), !text.dropFirst().dropLast().contains("\"") else {
        return nil
      }
      guard case .success(let scalar) = Scalar.parse(text) else { return nil }
      return scalar
    }
    let digits = text.filter { $0 != "_" }
    if let int = Int(digits) { return .int(int) }
    if let double = Double(digits), double.isFinite, digits.contains(where: { $0.isNumber }) { return .double(double) }
    return nil
  }
}

/// Why an override could not be applied.
public struct ParameterError: Error, Equatable {
  /// What is wrong, naming the parameter and its type.
  public var message: String
  init(_ message: String) { self.message = message }
}

extension Substring {
  /// The line with a `//` comment outside string literals removed.
  fileprivate func replacingComment() -> Substring {
    var inString = false
    var previous: Character = " "
    for index in indices {
      let character = self[index]
      if character == "\"" && previous != "\\" { inString.toggle() }
      if !inString && character == "/" && previous == "/" { return self[..<self.index(before: index)] }
      previous = character
    }
    return self
  }
}
