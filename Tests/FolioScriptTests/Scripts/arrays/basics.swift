var xs = [3, 1, 2]
print(xs)  // expect: [3, 1, 2]
print(xs.count, xs.isEmpty)  // expect: 3 false
print(xs[0], xs[2])  // expect: 3 2
xs.append(4)
print(xs)  // expect: [3, 1, 2, 4]
xs[1] = 10
print(xs)  // expect: [3, 10, 2, 4]
print(xs[1..<3])  // expect: [10, 2]
print(xs.contains(2), xs.contains(7))  // expect: true false
xs.insert(0, at: 0)
print(xs)  // expect: [0, 3, 10, 2, 4]
print(xs.removeLast())  // expect: 4
print(xs.remove(at: 1))  // expect: 3
print(xs)  // expect: [0, 10, 2]
print(["a", "b"])  // expect: ["a", "b"]
print([1, 2] + [3])  // expect: [1, 2, 3]
print([1.5, 2])  // expect: [1.5, 2.0]
