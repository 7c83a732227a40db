import Foundation

/// Everything `folio run` does for one notebook: read it, set its parameters, run it, and
/// write its outputs (or, with `checkAgainstCommitted`, compare them with the committed ones).
public struct NotebookJob {
  /// The format outputs are written in.
  public enum Format: String, CaseIterable {
    /// `NAME.md` with `NAME_files/`.
    case md
    /// One self-contained `NAME.html`.
    case html
  }

  /// How the job ended.
  public enum Outcome {
    /// Every cell ran, or failed only where `error: expected` allowed it, or a failure was
    /// allowed by `--allow-errors`; when checking, the output matched.
    case success
    /// Skipped by `changed`: the outputs are current.
    case unchanged
    /// A cell failed.
    case failed
    /// A cell ran past its timeout.
    case timedOut
    /// The fresh output differs from the committed one.
    case differs
    /// The notebook, its options or its parameters are malformed.
    case malformed
    /// The notebook could not be read or its outputs written.
    case unwritable
  }

  /// What the job reports.
  public struct Report {
    /// How it ended.
    public var outcome: Outcome
    /// Messages for the terminal: errors, warnings and diffs, each ending in a newline.
    public var messages = ""
    /// The output file written, if any.
    public var written: String?
  }

  /// The folder outputs go in.
  public var outputDirectory: String
  /// `-p` overrides, in order.
  public var parameters: [(name: String, value: String)] = []
  /// Timeout and error settings.
  public var settings = NotebookRunner.Settings()
  /// The format outputs are written in.
  public var format = Format.md
  /// Whether to skip a notebook whose record shows current outputs.
  public var changedOnly = false
  /// Whether to compare with the committed markdown instead of writing.
  public var checkAgainstCommitted = false

  /// Creates a job writing into `outputDirectory`.
  public init(outputDirectory: String) { self.outputDirectory = outputDirectory }

  /// The output name of a notebook: its file name without `.md`.
  public static func name(of path: String) -> String {
    let file = path.split(separator: "/").last.map(String.init) ?? path
    return file.hasSuffix(".md") ? String(file.dropLast(3)) : file
  }

  /// Reads the notebook at `path`, sets its parameters and compiles every cell without
  /// running any (`folio check`): `success`, `failed` (a syntax or name error) or `malformed`.
  public func check(_ path: String) -> Report {
    let loaded: Loaded
    switch load(path) {
    case .success(let value): loaded = value
    case .failure(let failure): return failure.report
    }
    let errors = NotebookRunner().compileErrors(loaded.notebook)
    return Report(outcome: errors.isEmpty ? .success : .failed, messages: loaded.warnings + errors.joined())
  }

  /// A notebook read and given its parameters.
  private struct Loaded {
    var bytes: [UInt8]
    var notebook: Notebook
    var parameters: [Parameter]
    var warnings: String
  }

  private func load(_ path: String) -> Result<Loaded, ReportedFailure> {
    do {
      let bytes = try FileSystem.read(path)
      let (notebook, effective, unknown) = try NotebookReader.read(bytes, path: path).settingParameters(parameters)
      let warnings = unknown.map { "\(path): warning: the notebook has no parameter '\($0)'\n" }.joined()
      return .success(Loaded(bytes: bytes, notebook: notebook, parameters: effective, warnings: warnings))
    } catch let error as NotebookError {
      return .failure(ReportedFailure(report: Report(outcome: .malformed, messages: "\(error)\n")))
    } catch {
      return .failure(ReportedFailure(report: Report(outcome: .unwritable, messages: "error: \(error)\n")))
    }
  }

  /// A report that ends a job early.
  private struct ReportedFailure: Error {
    var report: Report
  }

  /// Runs the notebook at `path`; `observer` hears about each cell.
  public func run(_ path: String, observer: RunObserver? = nil) -> Report {
    let start = DispatchTime.now().uptimeNanoseconds
    let name = Self.name(of: path)
    let writer = OutputWriter(directory: outputDirectory)
    let loaded: Loaded
    switch load(path) {
    case .success(let value): loaded = value
    case .failure(let failure): return failure.report
    }
    let (bytes, notebook, effective) = (loaded.bytes, loaded.notebook, loaded.parameters)
    var report = Report(outcome: .success, messages: loaded.warnings)

    let outputFile = "\(outputDirectory)/\(name).\(format.rawValue)"
    if changedOnly && !checkAgainstCommitted, FileSystem.exists(outputFile),
      writer.previousRecord(name: name)?.isCurrent(source: bytes, parameters: effective) == true
    {
      report.outcome = .unchanged
      return report
    }

    let result = NotebookRunner(settings: settings, observer: observer).run(notebook)
    if let failure = result.failure, !result.continuedPastFailure {
      report.outcome = failure.timedOut ? .timedOut : .failed
      for output in result.outputs where output.status == .failed || output.status == .timedOut {
        report.messages += output.error ?? ""
      }
    }
    let renderer = NotebookRenderer(name: name)
    do {
      if checkAgainstCommitted {
        let committed = "\(outputDirectory)/\(name).md"
        let fresh = renderer.render(result).markdown
        guard let old = try? FileSystem.read(committed) else {
          report.messages += "\(committed): error: there is no committed output to check against; run without --check first\n"
          report.outcome = .differs
          return report
        }
        if let diff = OutputDiff.difference(
          expected: String(decoding: old, as: UTF8.self), actual: fresh, expectedName: committed, actualName: "\(path) (this run)")
        {
          report.messages += diff
          if case .success = report.outcome { report.outcome = .differs }
        }
        return report
      }
      switch format {
      case .md:
        report.written = try writer.write(renderer.render(result), name: name)
      case .html:
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let html = HTMLRenderer(name: name) { address in
          try? FileSystem.read(address.hasPrefix("/") || folder.isEmpty ? address : "\(folder)/\(address)")
        }.render(renderer.page(result))
        report.written = try writer.writeHTML(html, name: name)
      }
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      try writer.write(RunRecord(result, source: bytes, parameters: effective, seconds: seconds), name: name)
    } catch {
      report.messages += "error: \(error)\n"
      report.outcome = .unwritable
    }
    return report
  }
}
