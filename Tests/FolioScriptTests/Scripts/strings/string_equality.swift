let a = "hello"
var b = "hel"
b += "lo"
print(a == b)  // expect: true
print(a != "Hello")  // expect: true
let word = "Level"
let lower = word.lowercased()
print(lower == "level")  // expect: true
print("" == "")  // expect: true
