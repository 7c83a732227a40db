let zero = 0.0
print(1 / zero)  // expect: inf
print(-1 / zero)  // expect: -inf
let undefined = zero / zero
print(undefined.isNaN)  // expect: true
print(undefined == undefined)  // expect: false
print(1 / zero == Double.infinity)  // expect: true
