import Glibc

/// `String(format: "%.3f", x)`: Foundation's printf-style formatting for the conversions
/// cells use — `%d` `%i` for Ints, `%f` `%e` `%g` (and capitals) for Doubles, `%s` and `%@`
/// for any value's printed form, `%%` — with flags, width and precision.
///
/// Each conversion is checked against its argument before C's `vsnprintf` sees it, so a
/// mismatch is a message rather than undefined behaviour.
enum FormatString {
  static func format(_ format: String, _ arguments: [Value], _ context: CallContext) throws -> String {
    var output = ""
    var remaining = arguments[...]
    var characters = format.unicodeScalars[...]
    while let character = characters.popFirst() {
      guard character == "%" else {
        output.unicodeScalars.append(character)
        continue
      }
      // %[flags][width][.precision]conversion
      var spec = "%"
      while let next = characters.first, "-+ #0".unicodeScalars.contains(next) { spec.unicodeScalars.append(characters.removeFirst()) }
      while let next = characters.first, ("0"..."9").contains(next) || next == "." { spec.unicodeScalars.append(characters.removeFirst()) }
      guard let conversion = characters.popFirst() else { throw RuntimeError("String(format:): the format ends inside a conversion") }
      if conversion == "%" {
        output += "%"
        continue
      }
      guard let argument = remaining.popFirst() else {
        throw RuntimeError("String(format:): '\(spec)\(conversion)' has no argument; pass one value per conversion")
      }
      switch (conversion, argument) {
      case ("d", .int(let n)), ("i", .int(let n)): output += try c(spec + "lld", Int64(n))
      case ("f", .double(let d)), ("F", .double(let d)), ("e", .double(let d)), ("E", .double(let d)),
        ("g", .double(let d)), ("G", .double(let d)):
        output += try c(spec + String(conversion), d)
      case ("f", .int(let n)), ("e", .int(let n)), ("g", .int(let n)):
        output += try c(spec + String(conversion), Double(n))
      case ("s", _), ("@", _):
        let text = try context.describe(argument)
        output += try text.withCString { try c(spec + "s", $0) }
      default:
        let expected = "dDi".unicodeScalars.contains(conversion) ? "an Int" : "fFeEgG".unicodeScalars.contains(conversion) ? "a number" : nil
        guard let expected else { throw RuntimeError("String(format:): '%\(conversion)' is not a supported conversion (use %d, %f, %e, %g or %s)") }
        throw RuntimeError("String(format:): '\(spec)\(conversion)' expects \(expected), got '\(argument.typeName)'")
      }
    }
    guard remaining.isEmpty else {
      throw RuntimeError("String(format:): \(remaining.count) argument\(remaining.count == 1 ? "" : "s") more than the format's conversions")
    }
    return output
  }

  /// One conversion through C's vsnprintf, sized to fit.
  private static func c(_ format: String, _ argument: CVarArg) throws -> String {
    try format.withCString { spec in
      let length = Int(withVaList([argument]) { vsnprintf(nil, 0, spec, $0) })
      guard length >= 0 else { throw RuntimeError("String(format:): '\(format)' could not be formatted") }
      var buffer = [CChar](repeating: 0, count: length + 1)
      _ = withVaList([argument]) { vsnprintf(&buffer, buffer.count, spec, $0) }
      return String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
  }
}
