extension Tensor {
  /// The sum of all elements, as a scalar tensor.
  ///
  /// Accumulates in Double, so the sum of a million floats keeps its precision.
  public func sum() -> Tensor {
    var total: Double = 0
    for value in storage { total += Double(value) }
    return Tensor(Float(total))
  }
}
