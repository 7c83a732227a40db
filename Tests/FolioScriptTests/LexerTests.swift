@testable import FolioScript
import XCTest

final class LexerTests: XCTestCase {
  private func kinds(_ text: String) -> [String] {
    var lexer = Lexer(SourceFile(path: "t", text: text), file: 0)
    return lexer.tokenize().map { token in
      switch token.kind {
      case .identifier(let name): return "id:\(name)"
      case .keyword(let keyword): return "kw:\(keyword.rawValue)"
      case .integer(let value): return "int:\(value)"
      case .float(let value): return "float:\(value)"
      case .string(let segments): return "str:\(segments.count)"
      case .operator(let op): return "op:\(op)"
      case .punctuation(let char): return "p:\(char)"
      case .endOfFile: return "eof"
      }
    }
  }

  func testOperatorsAreLexedByMaximalMunchLikeSwift() {
    XCTAssertEqual(kinds("a..<b"), ["id:a", "op:..<", "id:b", "eof"])
    XCTAssertEqual(kinds("x += 1"), ["id:x", "op:+=", "int:1", "eof"])
    XCTAssertEqual(kinds("a.b"), ["id:a", "p:.", "id:b", "eof"])
    XCTAssertEqual(kinds("0...3"), ["int:0", "op:...", "int:3", "eof"])
  }

  func testNumbersFollowSwiftsLiteralRules() {
    XCTAssertEqual(kinds("1_000 0x1F 1e-6 2.5 3.description"),
                   ["int:1000", "int:31", "float:1e-06", "float:2.5", "int:3", "p:.", "id:description", "eof"])
  }

  func testCommentsNestAndAreSkipped() {
    XCTAssertEqual(kinds("a /* b /* c */ d */ e // f"), ["id:a", "id:e", "eof"])
  }

  func testInterpolationsAreLexedAsNestedTokens() {
    var lexer = Lexer(SourceFile(path: "t", text: "\"a\\(b + 1)c\""), file: 0)
    guard case .string(let segments) = lexer.tokenize()[0].kind else { return XCTFail("expected a string") }
    XCTAssertEqual(segments.count, 3)
    guard case .interpolation(let tokens, _) = segments[1] else { return XCTFail("expected an interpolation") }
    XCTAssertEqual(tokens.count, 4)  // b, +, 1, end
  }

  func testWhitespaceFactsDecideWhetherAnOperatorIsInfix() {
    var lexer = Lexer(SourceFile(path: "t", text: "a -b\nc"), file: 0)
    let tokens = lexer.tokenize()
    XCTAssertTrue(tokens[1].spaceBefore)
    XCTAssertFalse(tokens[1].spaceAfter)
    XCTAssertTrue(tokens[3].startsLine)
  }

  func testAnUnexpectedCharacterIsReportedAndLexingGoesOn() {
    var lexer = Lexer(SourceFile(path: "t", text: "a $ b"), file: 0)
    XCTAssertEqual(lexer.tokenize().count, 3)
    XCTAssertEqual(lexer.diagnostics.map(\.message), ["unexpected character '$' in source"])
  }
}
