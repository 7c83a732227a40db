import Foundation

// String(format:) with the printf conversions notebooks use for tables of numbers.
let loss = 0.123456789
let epoch = 7
print(String(format: "epoch %2d: loss %.4f", epoch, loss))
print(String(format: "%8.3f|%-8.3f|%+.1e", 3.14159, 2.71828, 12345.678))
print(String(format: "%05d %g %g", 42, 0.0001, 1e20))
print(String(format: "%@ scored %d%%", "model", 93))
print(String(format: "no conversions"))

// expect: epoch  7: loss 0.1235
// expect:    3.142|2.718   |+1.2e+04
// expect: 00042 0.0001 1e+20
// expect: model scored 93%
// expect: no conversions
