import FolioLibrary
import FolioScript
import ScriptTesting
import XCTest

/// Runs a script with the engine's names and returns what it printed or the error it stopped with.
private func runScript(_ text: String) -> (output: String, error: String?, images: [DisplayImage]) {
  let capture = Capture()
  let session = Library.makeSession(output: capture)
  let cell = session.compile(SourceFile(path: "t.swift", text: text))
  if let first = cell.diagnostics.first { return (capture.text, first.message, capture.images) }
  do {
    _ = try session.run(cell)
    return (capture.text, nil, capture.images)
  } catch {
    let (line, column) = session.sources[error.span].location(of: error.span.start)
    return (capture.text, "\(line):\(column): \(error.message)", capture.images)
  }
}

final class BindingTests: XCTestCase {
  func testTensorsCanBeCreatedMultipliedAndReducedFromACell() {
    let result = runScript("""
      setSeed(0)
      let x = Tensor.randn([4, 3])
      let w = Tensor.randn([3, 2])
      let y = x.matmul(w)
      print(y.shape, y.sum().item() == (y * 1).sum().item())
      print(Tensor.zeros([2]) + 1)
      """)
    XCTAssertNil(result.error)
    XCTAssertEqual(result.output, "[4, 2] true\ntensor([1., 1.])\n")
  }

  func testTheSameSeedGivesTheSameOutput() {
    let script = "setSeed(42)\nprint(Tensor.randn([2, 2]))\n"
    XCTAssertEqual(runScript(script).output, runScript(script).output)
    XCTAssertNotEqual(runScript(script).output, runScript("setSeed(43)\nprint(Tensor.randn([2, 2]))\n").output)
  }

  func testCompoundAssignmentUpdatesATensorInPlaceLikePyTorch() {
    let result = runScript("""
      var w = Tensor.zeros([2]) + 1
      let alias = w
      w -= 0.5 * alias
      print(alias)
      """)
    XCTAssertNil(result.error)
    XCTAssertEqual(result.output, "tensor([0.5000, 0.5000])\n")
  }

  func testAWrongArgumentTypeNamesTheFunctionTheArgumentAndBothTypes() {
    XCTAssertEqual(runScript("let t = Tensor.randn(3)").error, "1:9: randn(_:dtype:generator:requiresGrad:): argument 1 expected '[Int]', got 'Int'")
    XCTAssertEqual(
      runScript("plot([1.0], title: 3)").error, "1:1: plot(_:_:_:color:linestyle:linewidth:marker:markersize:label:alpha:title:xlabel:ylabel:): argument 'title:' expected 'String', got 'Int'")
  }

  func testAMisspelledLabelShowsTheExpectedSignature() {
    XCTAssertEqual(
      runScript("plot([1.0], titel: \"x\")").error, "1:1: extra argument 'titel:' in call to plot(_:_:_:color:linestyle:linewidth:marker:markersize:label:alpha:title:xlabel:ylabel:)")
    XCTAssertEqual(runScript("setSeed()").error, "1:1: missing an unlabelled argument in call to setSeed(_:)")
  }

  func testAShapeMismatchIsAnErrorAtTheCallNotACrash() {
    let result = runScript("""
      let a = Tensor.zeros([2, 3])
      let b = Tensor.zeros([2, 3])
      print("before")
      let c = a.matmul(b)
      """)
    XCTAssertEqual(result.output, "before\n")
    XCTAssertEqual(result.error, "4:9: matmul: shapes [2, 3] and [2, 3] cannot be multiplied (3 != 2)")
    XCTAssertEqual(
      runScript("let a = Tensor.zeros([2, 3])\nlet b = a + Tensor.zeros([4])").error,
      "2:11: add: shapes [2, 3] and [4] are not compatible")
  }

  func testUnknownMembersAreErrorsNamingTheType() {
    XCTAssertEqual(runScript("let t = Tensor.zeros([1])\nt.frobnicate()").error, "2:3: value of type 'Tensor' has no method 'frobnicate'")
    XCTAssertEqual(runScript("let t = Tensor.zeros([1])\nprint(t.sum)").error, "2:9: method 'sum' of 'Tensor' must be called: write 'sum()'")
  }

  func testPlotShowsOneFigureOfMatplotlibsDefaultSize() {
    let result = runScript("plot([1.0, 4.0, 2.0], title: \"Loss Curve\", xlabel: \"Epochs\", ylabel: \"Loss\")")
    XCTAssertNil(result.error)
    XCTAssertEqual(result.images.count, 1)
    XCTAssertEqual(result.images.first?.width, 640)
    XCTAssertEqual(result.images.first?.height, 480)
    XCTAssertEqual(Array(result.images.first?.png.prefix(8) ?? []), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
  }

  func testPlotAcceptsIntegersAndOneDimensionalTensorsButNotMatrices() {
    XCTAssertNil(runScript("plot([1, 2, 3])").error)
    XCTAssertNil(runScript("plot(Tensor.zeros([5]) + 2)").error)
    XCTAssertEqual(runScript("plot(Tensor.zeros([2, 2]))").error, "1:1: plot(_:_:_:color:linestyle:linewidth:marker:markersize:label:alpha:title:xlabel:ylabel:): argument 1 expected a 1-D tensor, got shape [2, 2]")
  }

  func testPlotsInOneCellShareAFigureThatIsShownWhenTheCellEnds() {
    let result = runScript("""
      plot([1, 2, 3])
      plot([3, 2, 1], title: "two lines")
      print("drawn")
      """)
    XCTAssertNil(result.error)
    XCTAssertEqual(result.output, "drawn\n")
    XCTAssertEqual(result.images.count, 1)
  }

  func testAFigureDrawnBeforeAnErrorIsStillShown() {
    let result = runScript("""
      plot([1, 2, 3])
      let t = Tensor.zeros([2]) + Tensor.zeros([3])
      """)
    XCTAssertEqual(result.error, "2:27: add: shapes [2] and [3] are not compatible")
    XCTAssertEqual(result.images.count, 1)
  }
}
