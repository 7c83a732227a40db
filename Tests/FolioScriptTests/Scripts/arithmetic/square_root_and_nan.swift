let x = 16.0
print(x.squareRoot())  // expect: 4.0
print(2.0.squareRoot())  // expect: 1.4142135623730951
let bad = (-1.0).squareRoot()
print(bad.isNaN)  // expect: true
print(x.isNaN)  // expect: false
print(bad == bad)  // expect: false
print(Double.nan.isNaN)  // expect: true
