import Foundation

/// What `NAME.run.json` records about a run: each cell's status, duration and peak memory,
/// and what `folio run --changed` compares to decide whether to run the notebook again.
///
/// Timings live here rather than in the markdown, so the markdown stays byte-identical from
/// run to run.
public struct RunRecord: Codable, Equatable {
  /// One cell's record.
  public struct CellRecord: Codable, Equatable {
    /// The cell's number in the notebook (0 for a cell injected to set parameters).
    public var number: Int
    /// The cell's id: its label or a hash of its code.
    public var id: String
    /// The notebook line its code starts on.
    public var line: Int
    /// `ok`, `failed`, `expected-error`, `timed-out`, `skipped` or `not-run`.
    public var status: String
    /// Seconds the cell ran.
    public var seconds: Double
    /// The process's peak resident memory when the cell ended, in KiB.
    public var peakMemoryKiB: Int
    /// How much the cell raised the peak resident memory, in KiB.
    public var peakMemoryGrowthKiB: Int
  }

  /// The version of Folio that ran the notebook.
  public var folioVersion: String
  /// The notebook's path.
  public var notebook: String
  /// A hash of the notebook's bytes.
  public var sourceHash: String
  /// The parameters' effective values, as text.
  public var parameters: [String: String]
  /// `ok`, `failed` or `timed-out`.
  public var status: String
  /// Seconds the whole run took.
  public var seconds: Double
  /// One record per code cell, in order.
  public var cells: [CellRecord]

  /// Folio's version, recorded so that a new version runs every notebook again.
  public static let currentVersion = "0.8.0"

  /// The record of a run of the notebook whose bytes are `source`.
  public init(_ result: NotebookRunner.Result, source: [UInt8], parameters: [Parameter], seconds: Double) {
    folioVersion = Self.currentVersion
    notebook = result.notebook.path
    sourceHash = Self.hash(source)
    self.parameters = Dictionary(parameters.map { ($0.name, $0.value.description) }) { first, _ in first }
    status = result.failure.map { $0.timedOut ? "timed-out" : "failed" } ?? "ok"
    self.seconds = Self.rounded(seconds)
    cells = zip(result.notebook.cells, result.outputs).map { cell, output in
      CellRecord(
        number: cell.number, id: cell.id, line: cell.firstLine, status: output.status.rawValue,
        seconds: Self.rounded(output.duration), peakMemoryKiB: output.peakMemoryKiB,
        peakMemoryGrowthKiB: output.peakMemoryGrowthKiB)
    }
  }

  /// Whether this record is of a successful run of the same source and parameters by this
  /// version of Folio, so running again would make the same output.
  public func isCurrent(source: [UInt8], parameters: [Parameter]) -> Bool {
    status == "ok" && folioVersion == Self.currentVersion && sourceHash == Self.hash(source)
      && self.parameters == Dictionary(parameters.map { ($0.name, $0.value.description) }) { first, _ in first }
  }

  /// The record as JSON, keys sorted so that records diff well.
  public func encoded() -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Encoding plain structs of strings and numbers cannot fail.
    return Array((try? encoder.encode(self)) ?? Data()) + [UInt8(ascii: "\n")]
  }

  /// Reads a record; nil when the bytes are not one (an older or damaged file).
  public static func decoded(_ bytes: [UInt8]) -> RunRecord? {
    try? JSONDecoder().decode(RunRecord.self, from: Data(bytes))
  }

  /// A hash of the bytes in hex: a change detector, not a security measure.
  static func hash(_ bytes: [UInt8]) -> String {
    let hex = String(NotebookReader.fnv1a(bytes), radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  private static func rounded(_ seconds: Double) -> Double { (seconds * 10_000).rounded() / 10_000 }
}
