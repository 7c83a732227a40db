/// How one cell is run and shown, in Quarto's vocabulary.
///
/// Options come from three places, later ones winning: the front matter's `options:`
/// mapping, short flags on the fence line (```` ```swift no_run echo=false ````), and
/// `//| key: value` lines at the top of the cell.
public struct CellOptions: Equatable {
  /// What a failing cell means for the run.
  public enum ErrorMode: Equatable {
    /// A failure fails the run (the default).
    case fail
    /// The cell may fail: its error is shown and the run continues and succeeds.
    case expected
  }

  /// The cell's name: its figures are `LABEL-1.png`, its saved output `LABEL.txt`.
  public var label: String?
  /// Whether the code is shown in the output.
  public var echo = true
  /// Whether printed text and figures are shown (errors always are).
  public var output = true
  /// Whether the cell runs at all.
  public var eval = true
  /// Whether the cell may fail.
  public var error = ErrorMode.fail
  /// Seconds the cell may run before it is interrupted.
  public var timeout: Double?
  /// The caption of the cell's figures.
  public var figureCaption: String?
  /// The width in inches of the figure `plot(...)` makes in the cell when none is open.
  public var figureWidth: Double?
  /// The height in inches of the figure `plot(...)` makes in the cell when none is open.
  public var figureHeight: Double?
  /// The resolution of the figure `plot(...)` makes in the cell when none is open.
  public var figureDPI: Double?
  /// Whether this is the parameters cell, whose `let name = literal` lines `-p` overrides.
  public var isParameters = false
  /// Whether the cell's output changes from run to run, so `folio run --check` ignores it.
  public var volatile = false

  /// Creates the default options.
  public init() {}

  /// Every option's key, for messages.
  static let keys = [
    "label", "echo", "output", "eval", "error", "timeout", "fig-cap", "fig-width", "fig-height", "fig-dpi",
    "parameters", "volatile",
  ]
  /// Options that describe one cell, so they cannot be front-matter defaults.
  static let cellOnlyKeys: Set = ["label", "fig-cap", "parameters"]

  /// Sets option `key` from its written value, or says why it cannot.
  public mutating func set(_ key: String, to value: Scalar) -> Result<Void, OptionError> {
    switch key {
    case "label":
      guard case .string(let text) = value, !text.isEmpty,
        text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
      else { return .failure(OptionError("label must be letters, digits, '-' and '_' (it names files), not '\(value)'")) }
      label = text
    case "echo": return bool(value, key) { echo = $0 }
    case "output": return bool(value, key) { output = $0 }
    case "eval": return bool(value, key) { eval = $0 }
    case "parameters": return bool(value, key) { isParameters = $0 }
    case "volatile": return bool(value, key) { volatile = $0 }
    case "error":
      switch value {
      case .string("expected"), .bool(true): error = .expected
      case .bool(false): error = .fail
      default: return .failure(OptionError("error must be 'expected' or false, not '\(value)'"))
      }
    case "timeout": return positive(value, key, unit: "seconds") { timeout = $0 }
    case "fig-width": return positive(value, key, unit: "inches") { figureWidth = $0 }
    case "fig-height": return positive(value, key, unit: "inches") { figureHeight = $0 }
    case "fig-dpi": return positive(value, key, unit: "dots per inch") { figureDPI = $0 }
    case "fig-cap":
      figureCaption = value.description
    default:
      return .failure(OptionError("unknown cell option '\(key)'; the options are \(Self.keys.joined(separator: ", "))"))
    }
    return .success(())
  }

  private func bool(_ value: Scalar, _ key: String, _ assign: (Bool) -> Void) -> Result<Void, OptionError> {
    guard case .bool(let flag) = value else {
      return .failure(OptionError("\(key) must be true or false, not '\(value)'"))
    }
    assign(flag)
    return .success(())
  }

  private func positive(_ value: Scalar, _ key: String, unit: String, _ assign: (Double) -> Void)
    -> Result<Void, OptionError>
  {
    let number: Double
    switch value {
    case .int(let int): number = Double(int)
    case .double(let double): number = double
    default: return .failure(OptionError("\(key) must be a number of \(unit), not '\(value)'"))
    }
    guard number > 0 else { return .failure(OptionError("\(key) must be more than 0 \(unit), not \(value)")) }
    assign(number)
    return .success(())
  }
}

/// Why an option could not be set.
public struct OptionError: Error, Equatable {
  /// What is wrong, naming the option.
  public var message: String
  init(_ message: String) { self.message = message }
}
