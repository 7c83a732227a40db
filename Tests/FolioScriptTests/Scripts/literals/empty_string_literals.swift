let empty = ""
print(empty.isEmpty)  // expect: true
print(empty.count)  // expect: 0
print("[\(empty)]")  // expect: []
let spaces = "   "
print(spaces.isEmpty)  // expect: false
print(spaces.count)  // expect: 3
