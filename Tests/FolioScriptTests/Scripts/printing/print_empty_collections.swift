let noInts: [Int] = []
let noStrings = [String]()
let noPairs: [String: Int] = [:]
print(noInts)  // expect: []
print(noStrings)  // expect: []
print(noPairs)  // expect: [:]
print("[\(noInts.count)]")  // expect: [0]
