let name = "Folio"
let n = 3
print("Hello, \(name)!")  // expect: Hello, Folio!
print("\(n) + \(n) = \(n + n)")  // expect: 3 + 3 = 6
print("half: \(1.0 / 2)")  // expect: half: 0.5
print("nested \("inner \(n)")")  // expect: nested inner 3
print("array \([1, 2])")  // expect: array [1, 2]
print("a" + "b")  // expect: ab
print("count: \("hello".count)")  // expect: count: 5
print("UP".lowercased(), "up".uppercased())  // expect: up UP
