let cents = 1999
let dollars = cents / 100
let rest = cents % 100
print("\(dollars) dollars and \(rest) cents")  // expect: 19 dollars and 99 cents
let exact = Double(cents) / 100
print(exact)  // expect: 19.99
print(Int(exact))  // expect: 19
print(Int(exact * 10))  // expect: 199
