/// One position in a subscript: `t[0, 1..<3, mask]` is `[.at(0), .range(1, 3), .tensor(mask)]`.
public enum TensorIndex {
  /// A single position, negative counting from the end; the dimension disappears.
  case at(Int)
  /// `start..<end` stepping by `step`; a missing bound means the start or end.
  case range(Int?, Int?, step: Int = 1)
  /// Every position along one dimension (`:` in NumPy).
  case all
  /// As many `.all` as the other indices leave dimensions for (`...`).
  case ellipsis
  /// A new dimension of size 1 (`None` in NumPy).
  case newAxis
  /// An int64 tensor of positions, or a bool mask over as many dimensions as it has.
  case tensor(Tensor)

  /// How many dimensions of the indexed tensor this index consumes.
  var consumed: Int {
    switch self {
    case .at, .range, .all: 1
    case .ellipsis, .newAxis: 0
    case .tensor(let t): t.dtype == .bool ? Swift.max(t.rank, 1) : 1
    }
  }
}
