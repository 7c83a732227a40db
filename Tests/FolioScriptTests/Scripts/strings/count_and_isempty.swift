let greeting = "Hello, world"
print(greeting.count)  // expect: 12
print(greeting.isEmpty)  // expect: false
let blank = ""
print(blank.count, blank.isEmpty)  // expect: 0 true
var s = "ab"
s += "cd"
print(s.count)  // expect: 4
