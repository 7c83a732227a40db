import ArgumentParser

/// A `-p name=value` argument. Its value is typed later, against the notebook's default.
struct ParameterAssignment: ExpressibleByArgument {
  let name: String
  let value: String

  init?(argument: String) {
    guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else { return nil }
    name = String(argument[..<equals])
    value = String(argument[argument.index(after: equals)...])
  }

  /// The assignment as the notebook layer takes it.
  var pair: (name: String, value: String) { (name, value) }

  static var defaultCompletionKind: CompletionKind { .default }
}
