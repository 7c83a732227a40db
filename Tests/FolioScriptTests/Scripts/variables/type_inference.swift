let i = 42
let d = 42.0
let s = "42"
let b = i == 42
let arr = [i, i]
let dict = [s: d]
print(i, d, s, b)  // expect: 42 42.0 42 true
print(arr, dict)  // expect: [42, 42] ["42": 42.0]
let sum = Double(i) + d
print(sum)  // expect: 84.0
