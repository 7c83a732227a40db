let a = 1; let b = 2  /* block /* nested */ comment */
print(a + b)  // expect: 3
import Foundation
print(sqrt(16.0), abs(-3), max(2, 5), min(1.5, 0.5))  // expect: 4.0 3 5 0.5
print(Double(3), Int(2.9), String(7))  // expect: 3.0 2 7
