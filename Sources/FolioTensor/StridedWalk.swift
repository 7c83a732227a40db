/// Visits the elements of several equally shaped strided operands row by row.
///
/// Elementwise kernels run a tight loop over each row (the last dimension after merging);
/// the walk only does the index arithmetic between rows. Dimensions of size one are dropped
/// and neighbouring dimensions that are laid out one after the other in every operand are
/// merged, so contiguous operands become a single long row that the compiler vectorises.
struct StridedWalk {
  /// Elements per row.
  let rowLength: Int
  /// Each operand's step between elements of a row.
  let rowStrides: [Int]
  private let outerShape: [Int]
  /// `outerStrides[operand][axis]`.
  private let outerStrides: [[Int]]
  private let startOffsets: [Int]

  /// A walk over `shape` where operand k reads at `offsets[k] + Σ index[i] * strides[k][i]`.
  init(shape: [Int], strides: [[Int]], offsets: [Int]) {
    var mergedShape: [Int] = []
    var merged: [[Int]] = Array(repeating: [], count: strides.count)
    for axis in 0..<shape.count where shape[axis] != 1 {
      if let last = mergedShape.last,
        strides.indices.allSatisfy({ merged[$0].last! == strides[$0][axis] * shape[axis] })
      {
        mergedShape[mergedShape.count - 1] = last * shape[axis]
        for k in strides.indices { merged[k][merged[k].count - 1] = strides[k][axis] }
      } else {
        mergedShape.append(shape[axis])
        for k in strides.indices { merged[k].append(strides[k][axis]) }
      }
    }
    if mergedShape.isEmpty {
      mergedShape = [shape.contains(0) ? 0 : 1]
      merged = merged.map { _ in [0] }
    }
    rowLength = mergedShape.last!
    rowStrides = merged.map { $0.last! }
    outerShape = Array(mergedShape.dropLast())
    outerStrides = merged.map { Array($0.dropLast()) }
    startOffsets = offsets
  }

  /// Calls `body` once per row with each operand's offset at the row's first element.
  @inline(__always)
  func forEachRow(_ body: (UnsafePointer<Int>) -> Void) {
    guard rowLength > 0, !outerShape.contains(0) else { return }
    let operands = startOffsets.count
    withUnsafeTemporaryAllocation(of: Int.self, capacity: operands + outerShape.count) { buffer in
      let offsets = buffer.baseAddress!
      let index = offsets + operands
      for k in 0..<operands { offsets[k] = startOffsets[k] }
      for axis in 0..<outerShape.count { index[axis] = 0 }
      while true {
        body(UnsafePointer(offsets))
        // Advance the outer index like an odometer, keeping every offset in step.
        var axis = outerShape.count - 1
        while axis >= 0 {
          index[axis] += 1
          for k in 0..<operands { offsets[k] += outerStrides[k][axis] }
          if index[axis] < outerShape[axis] { break }
          for k in 0..<operands { offsets[k] -= outerStrides[k][axis] * outerShape[axis] }
          index[axis] = 0
          axis -= 1
        }
        if axis < 0 { return }
      }
    }
  }
}
