import ArgumentParser
import FolioLibrary
import FolioNotebook
import FolioScript

/// `folio script`: run a plain Swift-like file as one cell, printing to standard output.
struct Script: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run a plain script file as a single cell; exits non-zero on an error.")

  @Argument(help: "The script file to run.")
  var file: String

  @Option(help: "A folder to save the figures the script shows (they are discarded otherwise).")
  var figures: String?

  func run() throws {
    let bytes: [UInt8]
    do { bytes = try FileSystem.read(file) } catch {
      Terminal.error("error: \(error)\n")
      throw ExitCode(1)
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      Terminal.error("\(file): error: the file is not valid UTF-8\n")
      throw ExitCode(1)
    }
    let output = StandardOutput()
    let session = Library.makeSession(output: output)
    let cell = session.compile(SourceFile(path: file, text: text))
    guard cell.diagnostics.isEmpty else {
      Terminal.error(session.renderer.render(cell.diagnostics))
      throw ExitCode(1)
    }
    defer { saveFigures(output.images) }
    do {
      _ = try session.run(cell)
    } catch {
      Terminal.flushOutput()
      Terminal.error(session.renderer.render(error))
      throw ExitCode(1)
    }
  }

  private func saveFigures(_ images: [DisplayImage]) {
    guard !images.isEmpty else { return }
    guard let figures else {
      Terminal.status("note: \(images.count) figure(s) not saved; pass --figures DIR to keep them")
      return
    }
    do {
      try FileSystem.makeDirectory(figures)
      for (index, image) in images.enumerated() {
        try FileSystem.writeAtomically(image.png, to: "\(figures)/figure-\(index + 1).png")
      }
    } catch {
      Terminal.error("error: \(error)\n")
    }
  }
}
