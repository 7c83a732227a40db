/// An artist that may have taken its colour from the axes' patch colour cycle.
protocol PatchCycleArtist: Artist {
  /// True when the artist was given no colour and took the cycle's next one.
  var tookCycleColor: Bool { get }
}

extension Axes {
  /// The colour the next bar chart, histogram or single-colour scatter takes when given none.
  ///
  /// matplotlib keeps two cycles per axes: one for lines (`plot`) and one for patches and
  /// markers (`bar`, `scatter`), so a bar chart after a line is still blue. The patch cycle's
  /// position is the number of artists already in the axes that took a cycle colour, which
  /// keeps the state with the artists instead of beside them.
  func nextPatchCycleColor() -> Color {
    let taken = artists.filter { ($0 as? PatchCycleArtist)?.tookCycleColor == true }.count
    return Color.defaultCycle[taken % Color.defaultCycle.count]
  }
}
