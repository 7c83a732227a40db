import Foundation
import XCTest

/// Runs the built binary on small notebooks and compares whole transcripts (command, exit
/// code, terminal messages, files written) with `Snapshots/<test>.txt`.
/// `FOLIO_RECORD_SNAPSHOTS=1` re-records them.
final class NotebookSnapshotTests: XCTestCase {
  private var folio: FolioProcess!

  override func setUpWithError() throws {
    folio = try FolioProcess()
  }

  override func tearDownWithError() throws {
    folio.cleanUp()
  }

  func testCellOptionsDecideWhatIsShownAndHowFiguresAreNamed() throws {
    try folio.write("""
      ---
      title: Options
      options:
        fig-dpi: 50
      ---

      # Options

      ```swift
      //| label: fig-squares
      //| fig-cap: "Squares of 1 to 4"
      //| fig-width: 4
      //| fig-height: 3
      plot([1.0, 4.0, 9.0, 16.0])
      ```

      ```swift echo=false
      print("the code of this cell is hidden")
      ```

      ```swift
      //| output: false
      print("this output is hidden")
      plot([1.0, 2.0])
      ```

      ```swift no_run
      print("never runs")
      ```

      ```swift
      //| eval: false
      this is not even valid code
      ```

      ```swift
      plot([2.0, 1.0], title: "unlabelled")
      ```

      """, to: "options.md")
    var transcript = try self.transcript(["run", "options.md", "-o", "out"], files: ["out/options.md"])
    transcript += "== files ==\n" + folio.files(under: "out").joined(separator: "\n") + "\n"
    transcript += "fig-squares-1.png is \(try pngSize("out/options_files/fig-squares-1.png"))\n"
    assertSnapshot(transcript)
  }

  func testAnExpectedErrorIsShownAndTheRunSucceeds() throws {
    try folio.write("""
      ```swift
      //| error: expected
      let xs = [1, 2, 3]
      print(xs[3])
      ```

      ```swift
      print("the run continues")
      ```

      """, to: "expected.md")
    assertSnapshot(try transcript(["run", "expected.md", "-o", "out"], files: ["out/expected.md"]))
  }

  func testAFailingCellStopsTheRunAndExits1() throws {
    try folio.write(failing, to: "failing.md")
    assertSnapshot(try transcript(["run", "failing.md", "-o", "out"], files: ["out/failing.md", "out/failing.run.json"]))
  }

  func testAllowErrorsRunsEveryCellAndExits0() throws {
    try folio.write(failing, to: "failing.md")
    assertSnapshot(try transcript(["run", "failing.md", "-o", "out", "--allow-errors"], files: ["out/failing.md"]))
  }

  func testATimeoutStopsTheCellKeepsItsOutputAndExits2() throws {
    try folio.write("""
      ---
      options:
        timeout: 30
      ---
      ```swift
      //| timeout: 0.5
      print("started")
      var spins = 0
      while true { spins += 1 }
      ```

      ```swift
      print("never reached")
      ```

      """, to: "slow.md")
    assertSnapshot(try transcript(["run", "slow.md", "-o", "out", "--timeout", "60"], files: ["out/slow.md"]))
  }

  func testTheCommandLineTimeoutAppliesWhenTheNotebookSetsNone() throws {
    try folio.write("```swift\nwhile true {}\n```\n", to: "loop.md")
    let run = try folio.run(["run", "loop.md", "-o", "out", "--timeout", "0.3"])
    XCTAssertEqual(run.status, 2, run.stderr)
  }

  func testMalformedNotebooksExit3WithFileAndLine() throws {
    try folio.write("---\ntitle: x\noptions:\n  echo: sometimes\n---\n", to: "frontmatter.md")
    try folio.write("# T\n\n```swift\n//| colour: red\nprint(1)\n```\n", to: "option.md")
    try folio.write("```swift\n//| parameters\nlet epochs = 3\n```\n", to: "parameters.md")
    try folio.write("---\ntitle: never closed\n", to: "open.md")
    var transcript = try self.transcript(["run", "frontmatter.md", "-o", "out"])
    transcript += try self.transcript(["run", "option.md", "-o", "out"])
    transcript += try self.transcript(["run", "parameters.md", "-o", "out", "-p", "epochs=many"])
    transcript += try self.transcript(["run", "open.md", "-o", "out"])
    transcript += try self.transcript(["check", "option.md"])
    XCTAssertFalse(folio.exists("out"), "nothing is written for a malformed notebook")
    assertSnapshot(transcript)
  }

  func testUsageErrorsExit4() throws {
    try folio.write("```swift\nprint(1)\n```\n", to: "nb.md")
    var transcript = try self.transcript(["run", "nb.md", "--bogus"])
    transcript += try self.transcript(["run", "missing.md"])
    transcript += try self.transcript(["run", "nb.md", "-j", "0"])
    transcript += try self.transcript(["run", "nb.md", "-p", "novalue"])
    transcript += try self.transcript(["run", "nb.md", "--to", "pdf"])
    transcript += try self.transcript(["run", "nb.md", "--check", "--to", "html"])
    transcript += try self.transcript(["run"])
    assertSnapshot(transcript)
  }

  func testParametersAreTypedAndInjected() throws {
    try folio.write("""
      ---
      parameters:
        title: Run
        scale: 0.5
      ---
      ```swift
      //| parameters
      let epochs = 3
      var verbose = false
      ```

      ```swift
      print(title, scale, epochs, verbose)
      ```

      """, to: "params.md")
    let transcript = try self.transcript(
      ["run", "params.md", "-o", "out", "-p", "epochs=5", "-p", "scale=2", "-p", "verbose=true", "-p", "other=1"],
      files: ["out/params.md"])
    assertSnapshot(transcript + (try self.transcript(["run", "params.md", "-o", "out", "-p", "verbose=yes"])))
  }

  func testLongOutputIsTruncatedAndSavedWhole() throws {
    try folio.write("```swift\n//| label: count\nfor i in 1...100 { print(\"line\", i) }\n```\n", to: "long.md")
    let transcript = try self.transcript(["run", "long.md", "-o", "out"], files: ["out/long.md"])
    XCTAssertEqual(try folio.read("out/long_files/count.txt"), (1...100).map { "line \($0)\n" }.joined())
    assertSnapshot(transcript)
  }

  func testTheRunRecordHasEachCellsStatusTimeAndMemory() throws {
    try folio.write("""
      ```swift
      //| label: setup
      let n = 3
      ```

      ```swift no_run
      print(n)
      ```

      ```swift
      //| error: expected
      print([1][n])
      ```

      """, to: "record.md")
    let transcript = try self.transcript(["run", "record.md", "-o", "out", "-p", "n=1"], files: ["out/record.run.json"])
    let record = try JSONSerialization.jsonObject(with: folio.data("out/record.run.json")) as? [String: Any]
    let cells = record?["cells"] as? [[String: Any]] ?? []
    XCTAssertEqual(cells.count, 3)
    XCTAssertTrue(cells.allSatisfy { ($0["peakMemoryKiB"] as? Int ?? 0) > 0 || $0["status"] as? String == "skipped" })
    assertSnapshot(transcript)
  }

  func testChangedSkipsNotebooksWhoseOutputsAreCurrent() throws {
    try folio.write("```swift\nprint(\"a\")\n```\n", to: "nbs/a.md")
    try folio.write("```swift\nprint(\"b\")\n```\n", to: "nbs/b.md")
    var transcript = try self.transcript(["run", "nbs", "-o", "out", "--changed"])
    transcript += try self.transcript(["run", "nbs", "-o", "out", "--changed"])
    try folio.write("```swift\nprint(\"b, changed\")\n```\n", to: "nbs/b.md")
    transcript += try self.transcript(["run", "nbs", "-o", "out", "--changed"])
    transcript += try self.transcript(["run", "nbs", "-o", "out", "--changed", "-p", "unused=1"])
    transcript += try self.transcript(["run", "nbs", "-o", "out", "--changed", "--to", "html"])
    assertSnapshot(transcript)
  }

  func testCheckPassesOnUnchangedOutputAndShowsADiffOtherwise() throws {
    try folio.write("""
      ```swift
      let run = 1
      ```

      ```swift
      print("\\(run).0 ms ± 0.1 ms per loop (mean ± std. dev. of 7 runs, 10 loops each)")
      ```

      ```swift
      //| volatile: true
      print("started at", run * 1000)
      ```

      ```swift
      print("stable")
      ```

      """, to: "golden.md")
    _ = try folio.run(["run", "golden.md", "-o", "out"])
    // A committed output from another run: other timings, other volatile output.
    let committed = try folio.read("out/golden.md").replacingOccurrences(of: "1.0 ms ±", with: "3.5 ms ±")
      .replacingOccurrences(of: "started at 1000", with: "started at 1000\nand more")
    try folio.write(committed, to: "out/golden.md")
    var transcript = try self.transcript(["run", "golden.md", "-o", "out", "--check"])
    try folio.write(try folio.read("golden.md").replacingOccurrences(of: "print(\"stable\")", with: "print(\"changed\")"), to: "golden.md")
    transcript += try self.transcript(["run", "golden.md", "-o", "out", "--check"])
    transcript += try self.transcript(["run", "new.md", "-o", "out", "--check"], setup: { try folio.write("```swift\n```\n", to: "new.md") })
    XCTAssertFalse(try folio.read("out/golden.md").contains("changed"), "--check writes nothing")
    assertSnapshot(transcript)
  }

  func testHTMLIsOneSelfContainedPage() throws {
    try folio.write("""
      ---
      title: A <page>
      ---
      # Heading

      Some *prose* with `code` and a [link](https://swift.org).

      ```swift
      //| fig-cap: A line
      // Comment
      let values = [1.0, 2.0, 3.0]
      plot(values)
      print("done")
      ```

      """, to: "page.md")
    var transcript = try self.transcript(["run", "page.md", "-o", "site", "--to", "html"])
    let html = try folio.read("site/page.html")
    XCTAssertFalse(html.contains("src=\"page_files"), "images are embedded")
    XCTAssertEqual(folio.files(under: "site"), ["page.html", "page.run.json"])
    transcript += "== site/page.html ==\n" + html.replacingMatches(of: #"base64,[A-Za-z0-9+/=]+"#, with: "base64,…")
    assertSnapshot(transcript)
  }

  func testTwoJobsWriteWhatOneJobWrites() throws {
    for name in ["a", "b", "c"] {
      try folio.write("""
        ```swift
        setSeed(7)
        let t = Tensor.randn([3, 3])
        print("\(name)", t.sum())
        plot([1.0, 3.0, 2.0], title: "\(name)")
        ```

        """, to: "nbs/\(name).md")
    }
    try folio.write("```swift\nprint([1][5])\n```\n", to: "nbs/d.md")
    let serial = try folio.run(["run", "nbs", "-o", "one", "-j", "1"])
    let parallel = try folio.run(["run", "nbs", "-o", "two", "-j", "2"])
    XCTAssertEqual(serial.status, 1)
    XCTAssertEqual(parallel.status, 1)
    let files = folio.files(under: "one")
    XCTAssertEqual(files, folio.files(under: "two"))
    for file in files where !file.hasSuffix(".run.json") {
      XCTAssertEqual(try folio.data("one/" + file), try folio.data("two/" + file), file)
    }
    // Each child's messages are printed whole: d's error follows d's summary line.
    XCTAssertTrue(parallel.stderr.contains("[4/4] d stopped by an error"), parallel.stderr)
    XCTAssertTrue(parallel.stderr.contains("nbs/d.md:2:7 [cell 1]: error: index 5 out of range"), parallel.stderr)
  }

  func testCheckCommandCompilesWithoutRunning() throws {
    try folio.write("```swift\nprint(\"runs\")\n```\n", to: "good.md")
    try folio.write("```swift\nprint(\"runs\")\n```\n\n```swift\nprint(mispelled)\n```\n", to: "bad.md")
    var transcript = try self.transcript(["check", "good.md"])
    transcript += try self.transcript(["check", "good.md", "bad.md"])
    XCTAssertFalse(folio.exists("output"))
    assertSnapshot(transcript)
  }

  func testHelpReadsWell() throws {
    var transcript = try self.transcript(["--help"], stdout: true)
    transcript += try self.transcript(["run", "--help"], stdout: true)
    assertSnapshot(transcript)
  }

  // MARK: - Helpers

  private let failing = """
    ```swift
    print("first")
    ```

    ```swift
    print("before the error")
    let xs = [1]
    print(xs[4])
    ```

    ```swift
    print("after the failure")
    ```

    """

  /// `$ folio ARGUMENTS`, the exit code and the terminal messages, then each file; times
  /// and memory figures, which change from run to run, are masked.
  private func transcript(
    _ arguments: [String], files: [String] = [], stdout: Bool = false, setup: () throws -> Void = {}
  ) throws -> String {
    try setup()
    let run = try folio.run(arguments)
    var text = "$ folio \(arguments.joined(separator: " "))\n[exit \(run.status)]\n"
    text += (stdout ? run.stdout : "") + run.stderr.replacingMatches(of: #"\b\d+(\.\d+)?s\b"#, with: "#s")
    for file in files {
      var contents = try folio.read(file)
      if file.hasSuffix(".run.json") {
        contents = contents.replacingMatches(of: #"("(seconds|peakMemoryKiB|peakMemoryGrowthKiB)" : )[0-9.e-]+"#, with: "$1#")
      }
      text += "== \(file) ==\n" + contents
    }
    return text + "\n"
  }

  private func pngSize(_ path: String) throws -> String {
    let bytes = [UInt8](try folio.data(path))
    func integer(_ offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
    return "\(integer(16))×\(integer(20))"
  }
}

extension String {
  fileprivate func replacingMatches(of pattern: String, with template: String) -> String {
    let expression = try! NSRegularExpression(pattern: pattern)
    return expression.stringByReplacingMatches(
      in: self, range: NSRange(startIndex..., in: self), withTemplate: template)
  }
}
