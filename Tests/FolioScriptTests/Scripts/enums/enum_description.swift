enum Piece: CustomStringConvertible {
  case pawn, rook, king
  var description: String {
    switch self {
    case .pawn: return "P"
    case .rook: return "R"
    case .king: return "K"
    }
  }
}
print(Piece.rook)  // expect: R
print([Piece.pawn, .king])  // expect: [P, K]
print("move the \(Piece.king)")  // expect: move the K
