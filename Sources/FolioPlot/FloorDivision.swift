import Foundation

/// Python's float `divmod`, which the tick algorithms are written against.
///
/// It differs from `truncatingRemainder` for negative operands (the remainder takes
/// the divisor's sign) and snaps the quotient to the nearest integer, so ported
/// matplotlib arithmetic lands on the same tick values.
func floorDivMod(_ dividend: Double, _ divisor: Double) -> (quotient: Double, remainder: Double) {
  var remainder = dividend.truncatingRemainder(dividingBy: divisor)
  var quotient = (dividend - remainder) / divisor
  if remainder != 0 {
    if (divisor < 0) != (remainder < 0) {
      remainder += divisor
      quotient -= 1
    }
  } else {
    remainder = copysign(0, divisor)
  }
  if quotient != 0 {
    var floored = quotient.rounded(.down)
    if quotient - floored > 0.5 {
      floored += 1
    }
    quotient = floored
  } else {
    quotient = copysign(0, dividend / divisor)
  }
  return (quotient, remainder)
}

/// Python's float `//`.
func floorDivide(_ dividend: Double, _ divisor: Double) -> Double {
  floorDivMod(dividend, divisor).quotient
}
