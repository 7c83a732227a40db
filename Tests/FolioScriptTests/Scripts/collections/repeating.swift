let zeros = Array(repeating: 0, count: 5)
print(zeros)  // expect: [0, 0, 0, 0, 0]
var flags = Array(repeating: false, count: 3)
flags[1] = true
print(flags)  // expect: [false, true, false]
let dashes = [String](repeating: "-", count: 2)
print(dashes)  // expect: ["-", "-"]
print(Array(repeating: 1.5, count: 0))  // expect: []
