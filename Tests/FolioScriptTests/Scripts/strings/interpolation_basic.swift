let name = "Swift"
let version = 6
print("Hello, \(name)!")  // expect: Hello, Swift!
print("\(name) \(version)")  // expect: Swift 6
print("Version \(version) is \(version > 5 ? "new" : "old")")  // expect: Version 6 is new
print("\(1.5) and \(true)")  // expect: 1.5 and true
print("\(name)\(name)")  // expect: SwiftSwift
