print(Double.infinity)  // expect: inf
print(-Double.infinity)  // expect: -inf
print(Double.nan)  // expect: nan
print(-0.0)  // expect: -0.0
print(0.0 == -0.0)  // expect: true
print(Double.pi)  // expect: 3.141592653589793
let half: Double = .pi / 2
print(half)  // expect: 1.5707963267948966
print(Double.infinity > 1e308)  // expect: true
