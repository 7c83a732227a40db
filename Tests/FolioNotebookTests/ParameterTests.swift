import FolioNotebook
import XCTest

final class ParameterTests: XCTestCase {
  private let text = """
    ---
    parameters:
      scale: 2.5
      name: world
    ---
    ```swift
    //| parameters
    let epochs = 3
    var lr: Double = 1 // a comment
    let layers = [784, 100]
    let verbose = false
    let greeting = "hi // not a comment"
    ```
    ```swift
    print(epochs)
    ```

    """

  func testTheDefaultsTypesComeFromTheLiterals() throws {
    let parameters = try NotebookReader.parse(text, path: "nb.md").parameters
    XCTAssertEqual(parameters.map(\.name), ["scale", "name", "epochs", "lr", "verbose", "greeting"])
    XCTAssertEqual(parameters.map(\.value), [
      .double(2.5), .string("world"), .int(3), .double(1), .bool(false), .string("hi // not a comment"),
    ])
    XCTAssertEqual(parameters.map(\.line), [3, 4, 8, 9, 11, 12])
  }

  func testOverridesAreTypedAgainstTheDefault() {
    let epochs = Parameter(name: "epochs", value: .int(3), line: 1)
    XCTAssertEqual(epochs.overridden(by: "5"), .success(.int(5)))
    XCTAssertEqual(
      epochs.overridden(by: "5.5").messages,
      .failure("parameter 'epochs' is an Int (default 3); '5.5' is not an Int: give a whole number such as 3"))
    let lr = Parameter(name: "lr", value: .double(0.1), line: 1)
    XCTAssertEqual(lr.overridden(by: "1"), .success(.double(1)))
    XCTAssertEqual(lr.overridden(by: "1e-3"), .success(.double(0.001)))
    let flag = Parameter(name: "flag", value: .bool(true), line: 1)
    XCTAssertEqual(flag.overridden(by: "false"), .success(.bool(false)))
    XCTAssertEqual(
      flag.overridden(by: "yes").messages,
      .failure("parameter 'flag' is a Bool (default true); 'yes' is not a Bool: give true or false"))
    let name = Parameter(name: "name", value: .string("a"), line: 1)
    XCTAssertEqual(name.overridden(by: "say \"hi\""), .success(.string("say \"hi\"")))
  }

  func testOverridesAreInjectedAfterTheParametersCellAndTheFrontMatter() throws {
    let notebook = try NotebookReader.parse(text, path: "nb.md")
    let (set, parameters, unknown) = try notebook.settingParameters([("epochs", "7"), ("name", "a\"b"), ("other", "1")])
    XCTAssertEqual(unknown, ["other"])
    XCTAssertEqual(parameters.first { $0.name == "epochs" }?.value, .int(7))
    let cells = set.cells
    XCTAssertEqual(cells.count, 4)
    XCTAssertTrue(cells[0].isInjected)
    XCTAssertEqual(cells[0].source, "// Parameters from the front matter\nlet scale = 2.5\nlet name = \"a\\\"b\"\n")
    XCTAssertEqual(cells[2].source, "// Injected parameters (folio run -p)\nlet epochs = 7\n")
    XCTAssertEqual(cells[3].number, 2)
  }

  func testABadValueIsAnErrorAtTheDeclaration() throws {
    let notebook = try NotebookReader.parse(text, path: "nb.md")
    XCTAssertThrowsError(try notebook.settingParameters([("lr", "fast")])) {
      XCTAssertEqual(
        String(describing: $0),
        "nb.md:9: error: parameter 'lr' is a Double (default 1.0); 'fast' is not a Double: give a number such as 0.5")
    }
  }

  func testAParameterDeclaredTwiceIsAnError() throws {
    let notebook = try NotebookReader.parse("---\nparameters:\n  n: 1\n---\n```swift\n//| parameters\nlet n = 2\n```\n", path: "nb.md")
    XCTAssertThrowsError(try notebook.settingParameters([])) {
      XCTAssertEqual(String(describing: $0), "nb.md:7: error: parameter 'n' is already declared on line 3")
    }
  }
}

extension Result where Success == Scalar, Failure == ParameterError {
  /// The result with its error as the message text, to compare whole messages.
  fileprivate var messages: Result<Scalar, Message> { mapError { Message($0.message) } }
}

private struct Message: Error, Equatable, ExpressibleByStringLiteral {
  let text: String
  init(_ text: String) { self.text = text }
  init(stringLiteral text: String) { self.text = text }
}
