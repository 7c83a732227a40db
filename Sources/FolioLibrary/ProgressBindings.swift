import FolioScript
import FolioTensor
import Foundation

/// `progress(sequence)`: tqdm for a cell's `for` loops.
///
///     let bar = progress(batches, unit: "batches")
///     for batch in bar {
///       let loss = step(batch)
///       bar.setPostfix(["loss": loss])
///     }
///     // 100/100 batches, loss=0.118
///
/// The loop visits the array's or range's elements as usual. While it runs, a live bar is
/// drawn on standard error if that is a terminal; when the loop is left, by running out,
/// `break`, `return` or an error, one summary line goes into the cell's output. The summary
/// has no timings, so a notebook's output is the same on every run.
///
/// `setPostfix` takes a dictionary literal, whose order is kept, in place of tqdm's keyword
/// arguments: Swift has no open-ended labels. Numbers are shown as tqdm shows them (three
/// significant digits unless the plain form is shorter), and so are one-element tensors.
enum ProgressBindings {
  static let type: HostType = {
    let type = HostType(name: "Progress") { object in unsafeDowncast(object, to: Progress.self).state.summary }
    type.makeIterator = { object in try unsafeDowncast(object, to: Progress.self).iterator() }
    type.methods["setPostfix"] = Bind.make("setPostfix", [Signature.Parameter(nil)]) { context, args, spelled in
      guard case .object(let object) = args[0] else { preconditionFailure("method called without a receiver") }
      guard case .dictionary(let entries) = args[1] else {
        throw RuntimeError("\(spelled): expected a dictionary such as [\"loss\": loss], got '\(args[1].typeName)'")
      }
      let postfix = try zip(entries.keys, entries.values).map { key, value in
        guard case .string(let name) = key else {
          throw RuntimeError("\(spelled): keys must be Strings, got '\(key.typeName)'")
        }
        return (key: name, value: try ProgressState.format(value, context))
      }
      unsafeDowncast(object.object, to: Progress.self).setPostfix(postfix)
      return .void
    }
    return type
  }()

  /// `progress(_:title:unit:)`.
  static var globals: [String: Value] {
    [
      "progress": .function(Arguments.function("progress", [(nil, nil), ("title", Value.none), ("unit", .string("it"))]) {
        context, args in
        let elements = try ProgressElements(args.positionalValue(0), function: args.function)
        let state = ProgressState(title: try args.optional("title"), unit: try args.labelled("unit"), total: elements.count)
        return .object(HostObject(Progress(elements, state, output: context.output), type: type))
      }),
    ]
  }
}

/// A sequence being looped over with `progress`, and the bar and summary it shows.
final class Progress {
  private let elements: ProgressElements
  private(set) var state: ProgressState
  private let output: OutputSink
  private let makeBar: () -> ProgressBar?
  private var bar: ProgressBar?

  /// `makeBar` draws the live bar; the default draws on standard error when it is a terminal.
  init(
    _ elements: ProgressElements, _ state: ProgressState, output: OutputSink,
    makeBar: @escaping () -> ProgressBar? = ProgressBar.onStandardError
  ) {
    self.elements = elements
    self.state = state
    self.output = output
    self.makeBar = makeBar
  }

  /// One pass of a `for` loop, counting as tqdm counts: an element is done when the loop
  /// asks for the next one, so a `break` in the body of the 37th leaves 36 done.
  func iterator() throws -> HostIterator {
    let source = try elements.makeIterator()
    var handedOut = 0
    state.completed = 0
    bar = makeBar()
    bar?.update(state)
    return HostIterator(
      next: { [self] in
        state.completed = handedOut
        bar?.update(state)
        guard let element = try source.next() else { return nil }
        handedOut += 1
        return element
      },
      finish: { [self] in
        bar?.clear()
        bar = nil
        output.write(state.summary + "\n")
        try source.finish()
      })
  }

  func setPostfix(_ postfix: [(key: String, value: String)]) {
    state.postfix = postfix
    bar?.update(state)
  }
}

/// What `progress` loops over: an array, an integer range (without making an array of it),
/// or an engine sequence that knows its length, such as a `DataLoader`.
struct ProgressElements {
  private enum Source {
    case array([Value])
    case range(lower: Int)
    case engine(HostObject)
  }

  private let source: Source
  let count: Int

  init(_ value: Value, function: String) throws {
    switch value {
    case .array(let items):
      (source, count) = (.array(items), items.count)
    case .range(let range):
      guard case .int(let lower) = range.lower, case .int(let upper) = range.upper else {
        throw RuntimeError("\(function): a range of '\(range.lower.typeName)' cannot be iterated")
      }
      let (span, overflow) = upper.subtractingReportingOverflow(lower)
      guard !overflow && span < Int.max else { throw RuntimeError("\(function): the range is too long to count") }
      (source, count) = (.range(lower: lower), max(0, range.isClosed ? span + 1 : span))
    case .object(let object):
      guard object.type.makeIterator != nil, let length = object.type.properties["count"],
        case .int(let count) = try length(object.object)
      else {
        throw RuntimeError("\(function): '\(object.type.name)' is not a sequence with a count")
      }
      (source, self.count) = (.engine(object), count)
    default:
      throw RuntimeError("\(function): expected an array, a range or a data loader, got '\(value.typeName)'")
    }
  }

  /// One pass over the elements.
  func makeIterator() throws -> HostIterator {
    switch source {
    case .engine(let object):
      // The initializer checked that the type is a sequence.
      return try object.type.makeIterator!(object.object)
    case .array(let items):
      var position = 0
      return HostIterator {
        guard position < items.count else { return nil }
        defer { position += 1 }
        return items[position]
      }
    case .range(let lower):
      var position = 0
      return HostIterator { [count] in
        guard position < count else { return nil }
        defer { position += 1 }
        return .int(lower + position)
      }
    }
  }
}

/// What a progress loop has done: shown live by the bar, and as the summary line at the end.
struct ProgressState {
  /// tqdm's `desc`, shown before the count.
  var title: String?
  /// What is counted: `it` by default, as in tqdm.
  var unit: String
  var completed = 0
  var total: Int
  /// The latest `setPostfix` entries, already formatted.
  var postfix: [(key: String, value: String)] = []

  init(title: String?, unit: String, total: Int) {
    self.title = title
    self.unit = unit
    self.total = total
  }

  /// `loss=0.412, acc=0.9`.
  var postfixText: String { postfix.map { "\($0.key)=\($0.value)" }.joined(separator: ", ") }

  /// `title: 100/100 batches, loss=0.118`.
  var summary: String {
    let prefix = title.map { "\($0): " } ?? ""
    return "\(prefix)\(completed)/\(total) \(unit)" + (postfix.isEmpty ? "" : ", " + postfixText)
  }

  /// A postfix value as tqdm shows it.
  static func format(_ value: Value, _ context: CallContext) throws -> String {
    switch value {
    case .int(let n): return number(Double(n), plain: String(n))
    case .double(let x): return number(x, plain: x.description)
    case .string(let text): return text
    case .object(let object):
      if let tensor = object.object as? Tensor, tensor.shape.reduce(1, *) == 1, let x = try? tensor.item() {
        return number(x, plain: x.description)
      }
      return try context.describe(value)
    default: return try context.describe(value)
    }
  }

  /// tqdm's `format_num`: three significant digits, unless the plain form is no longer.
  static func number(_ x: Double, plain: String) -> String {
    let short = String(format: "%.3g", x).replacingOccurrences(of: "e+0", with: "e+")
      .replacingOccurrences(of: "e-0", with: "e-")
    return short.count < plain.count ? short : plain
  }
}
