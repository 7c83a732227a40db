/// An error in a script, as a value: what went wrong and where.
///
/// Lexing, parsing, resolving and running all report problems as diagnostics; only
/// `DiagnosticRenderer` turns them into text.
public struct Diagnostic: Error, Equatable {
  /// The stage that found the problem.
  public enum Stage: String, Sendable {
    case syntax, resolve, runtime
  }

  /// The stage that found the problem.
  public var stage: Stage
  /// A sentence saying what is wrong, and where it helps, what to do.
  public var message: String
  /// Where the problem is.
  public var span: SourceSpan

  /// Creates a diagnostic.
  public init(_ stage: Stage, _ message: String, at span: SourceSpan) {
    self.stage = stage
    self.message = message
    self.span = span
  }
}

/// A problem raised while running, before the interpreter has attached a location.
///
/// Built-in functions and the engine bindings throw this (or any error with a readable
/// description); the node that called them adds its span and turns it into a `Diagnostic`.
public struct RuntimeError: Error, CustomStringConvertible {
  /// A sentence saying what is wrong.
  public var message: String

  /// Creates a runtime error with a message.
  public init(_ message: String) { self.message = message }

  /// The message.
  public var description: String { message }
}
