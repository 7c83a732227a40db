/// Contour lines and filled bands of values sampled on a rectangular grid, by marching squares.
///
/// Values vary linearly along each cell edge. A cell that some level cuts as a saddle (opposite
/// corners on the same side) is split into four triangles around its centre, whose value is the
/// mean of the corners; that resolves the saddle by the centre value, as matplotlib's contour
/// generator does, and lines and bands use the same split so filled bands meet their lines
/// exactly. Cells with a non-finite corner are left out. Points are in data coordinates.
struct MarchingSquares {
  /// Column positions, `nx` of them.
  let x: [Double]
  /// Row positions, `ny` of them.
  let y: [Double]
  /// Values row by row: `z[j * nx + i]` is at (x[i], y[j]).
  let z: [Double]
  /// The levels, increasing; lines are found at these and bands between neighbours.
  let levels: [Double]
  /// For each grid point, how many levels are at or below its value (the top level counts as
  /// above, so values equal to it fall in the top band); -1 for a non-finite value.
  private let ranks: [Int32]
  /// For each cell, whether it is split into triangles.
  private let splitCells: [Bool]

  private var nx: Int { x.count }
  private var ny: Int { y.count }

  init(x: [Double], y: [Double], z: [Double], levels: [Double]) {
    self.x = x
    self.y = y
    self.z = z
    self.levels = levels
    let top = levels.last ?? 0
    let ranks = z.map { value -> Int32 in
      guard value.isFinite else { return -1 }
      if value == top { return Int32(levels.count - 1) }
      var low = 0
      var high = levels.count
      while low < high {
        let middle = (low + high) / 2
        if levels[middle] <= value { low = middle + 1 } else { high = middle }
      }
      return Int32(low)
    }
    self.ranks = ranks
    let nx = x.count
    let cellColumns = nx - 1
    self.splitCells = (0..<(cellColumns * (y.count - 1))).map { cell in
      let corner = (cell / cellColumns) * nx + cell % cellColumns
      let r0 = ranks[corner], r1 = ranks[corner + 1], r2 = ranks[corner + nx + 1], r3 = ranks[corner + nx]
      // A saddle at some level: both diagonals' corners lie wholly above or below it, on opposite sides.
      return min(r0, r2) > max(r1, r3) || min(r1, r3) > max(r0, r2)
    }
  }

  // MARK: Lines

  /// The polylines where the values cross `levels[index]`; a closed loop repeats its first point.
  func lines(atLevel index: Int) -> [[Point]] {
    let level = levels[index]
    var segments = SegmentJoiner()
    for row in 0..<(ny - 1) {
      for column in 0..<(nx - 1) {
        let corner = row * nx + column
        let a = z[corner], b = z[corner + 1], c = z[corner + nx + 1], d = z[corner + nx]
        // Also skips cells with a NaN corner, for which every comparison is false.
        guard min(min(a, b), min(c, d)) < level, max(max(a, b), max(c, d)) >= level,
              a.isFinite, b.isFinite, c.isFinite, d.isFinite
        else { continue }
        let cell = row * (nx - 1) + column
        let vertices = [corner, corner + 1, corner + nx + 1, corner + nx].map(vertex)
        if splitCells[cell] {
          let centre = Self.centre(of: vertices)
          for side in 0..<4 {
            let next = (side + 1) % 4
            // Triangle edges: the cell side, then the centre spokes, keyed after all grid edges.
            let keys = [edgeKey(cell: cell, side: side), spokeKey(cell: cell, corner: next), spokeKey(cell: cell, corner: side)]
            addSegment(around: [vertices[side], vertices[next], centre], keys: keys, level: level, to: &segments)
          }
        } else {
          addSegment(around: vertices, keys: (0..<4).map { edgeKey(cell: cell, side: $0) }, level: level, to: &segments)
        }
      }
    }
    return segments.polylines()
  }

  /// Adds the segment where `level` crosses the polygon's edges, if it crosses exactly two.
  private func addSegment(around polygon: [SIMD3<Double>], keys: [Int], level: Double, to segments: inout SegmentJoiner) {
    var ends: [(key: Int, point: Point)] = []
    for index in polygon.indices {
      let a = polygon[index]
      let b = polygon[(index + 1) % polygon.count]
      if (a.z >= level) != (b.z >= level) {
        ends.append((keys[index], Self.crossing(a, b, level: level)))
      }
    }
    if ends.count == 2 {
      segments.add(ends[0].key, ends[0].point, ends[1].key, ends[1].point)
    }
  }

  // MARK: Bands

  /// For each pair of neighbouring levels, polygons covering where `levels[k] ≤ value < levels[k + 1]`
  /// (the top band also takes values equal to its upper level). Runs of cells wholly inside one
  /// band become one rectangle, which keeps a fine grid's output small.
  func bands() -> [[[Point]]] {
    let bandCount = levels.count - 1
    var bands = [[[Point]]](repeating: [], count: max(0, bandCount))
    guard bandCount > 0 else { return bands }
    for row in 0..<(ny - 1) {
      var run: (band: Int, start: Int)?
      func closeRun(at column: Int) {
        guard let open = run else { return }
        bands[open.band].append([Point(x: x[open.start], y: y[row]), Point(x: x[column], y: y[row]),
                                 Point(x: x[column], y: y[row + 1]), Point(x: x[open.start], y: y[row + 1])])
        run = nil
      }
      for column in 0..<(nx - 1) {
        let corner = row * nx + column
        let r0 = ranks[corner], r1 = ranks[corner + 1], r2 = ranks[corner + nx + 1], r3 = ranks[corner + nx]
        let lowest = Int(min(min(r0, r1), min(r2, r3)))
        let highest = Int(max(max(r0, r1), max(r2, r3)))
        if lowest == highest, lowest >= 1, lowest <= bandCount {
          if run?.band != lowest - 1 {
            closeRun(at: column)
            run = (lowest - 1, column)
          }
          continue
        }
        closeRun(at: column)
        guard lowest >= 0, highest >= 1, lowest <= bandCount else { continue }
        let vertices = [corner, corner + 1, corner + nx + 1, corner + nx].map(vertex)
        let pieces: [[SIMD3<Double>]]
        if splitCells[row * (nx - 1) + column] {
          let centre = Self.centre(of: vertices)
          pieces = (0..<4).map { [vertices[$0], vertices[($0 + 1) % 4], centre] }
        } else {
          pieces = [vertices]
        }
        for band in max(0, lowest - 1)...min(bandCount - 1, highest - 1) {
          for piece in pieces {
            let clipped = clip(clip(piece, keeping: { $0 >= levels[band] }, at: levels[band]),
                               keeping: band == bandCount - 1 ? { $0 <= levels[band + 1] } : { $0 < levels[band + 1] },
                               at: levels[band + 1])
            if clipped.count >= 3 {
              bands[band].append(clipped.map { Point(x: $0.x, y: $0.y) })
            }
          }
        }
      }
      closeRun(at: nx - 1)
    }
    return bands
  }

  /// Sutherland–Hodgman: the part of a convex polygon where `keeping(value)` holds, with values
  /// linear along its edges; new corners sit where the value equals `level`.
  private func clip(_ polygon: [SIMD3<Double>], keeping: (Double) -> Bool, at level: Double) -> [SIMD3<Double>] {
    var result: [SIMD3<Double>] = []
    result.reserveCapacity(polygon.count + 2)
    for index in polygon.indices {
      let a = polygon[index]
      let b = polygon[(index + 1) % polygon.count]
      let keepA = keeping(a.z)
      if keepA {
        result.append(a)
      }
      if keepA != keeping(b.z) {
        let point = Self.crossing(a, b, level: level)
        result.append(SIMD3(point.x, point.y, level))
      }
    }
    return result
  }

  // MARK: Geometry

  private func vertex(_ index: Int) -> SIMD3<Double> {
    SIMD3(x[index % nx], y[index / nx], z[index])
  }

  private static func centre(of corners: [SIMD3<Double>]) -> SIMD3<Double> {
    (corners[0] + corners[1] + corners[2] + corners[3]) / 4
  }

  /// Where the value reaches `level` on the edge from `a` to `b` (which lie on opposite sides),
  /// computed from the endpoint with the lower coordinates so both cells sharing an edge agree.
  private static func crossing(_ a: SIMD3<Double>, _ b: SIMD3<Double>, level: Double) -> Point {
    let (from, to) = (a.x, a.y) < (b.x, b.y) ? (a, b) : (b, a)
    let t = (level - from.z) / (to.z - from.z)
    return Point(x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t)
  }

  /// A key shared by the two cells on either side of a cell's side 0 (bottom), 1 (right),
  /// 2 (top) or 3 (left): horizontal edges get even keys, vertical ones odd.
  private func edgeKey(cell: Int, side: Int) -> Int {
    let corner = (cell / (nx - 1)) * nx + cell % (nx - 1)
    switch side {
    case 0: return 2 * corner
    case 1: return 2 * (corner + 1) + 1
    case 2: return 2 * (corner + nx)
    default: return 2 * corner + 1
    }
  }

  /// A key for the spoke from a split cell's centre to one of its corners, after all edge keys.
  private func spokeKey(cell: Int, corner: Int) -> Int {
    2 * nx * ny + 4 * cell + corner
  }
}

/// Joins contour segments that meet on the same grid edge into polylines.
private struct SegmentJoiner {
  private var keys: [Int] = []
  private var points: [Point] = []
  /// For each edge key, the segment ends on it (segment index × 2 + end).
  private var ends: [Int: [Int]] = [:]

  mutating func add(_ firstKey: Int, _ first: Point, _ secondKey: Int, _ second: Point) {
    let end = keys.count
    keys += [firstKey, secondKey]
    points += [first, second]
    ends[firstKey, default: []].append(end)
    ends[secondKey, default: []].append(end + 1)
  }

  /// Each chain of segments as one polyline.
  func polylines() -> [[Point]] {
    var used = [Bool](repeating: false, count: keys.count / 2)
    var result: [[Point]] = []
    for segment in used.indices where !used[segment] {
      used[segment] = true
      var forward = [points[2 * segment], points[2 * segment + 1]]
      extend(&forward, from: 2 * segment + 1, used: &used)
      var backward: [Point] = []
      extend(&backward, from: 2 * segment, used: &used)
      result.append(backward.reversed() + forward)
    }
    return result
  }

  /// Follows the chain from segment end `end`, appending each next point.
  private func extend(_ line: inout [Point], from end: Int, used: inout [Bool]) {
    var current = end
    while let next = ends[keys[current]]?.first(where: { !used[$0 / 2] }) {
      used[next / 2] = true
      let far = next ^ 1
      line.append(points[far])
      current = far
    }
  }
}
