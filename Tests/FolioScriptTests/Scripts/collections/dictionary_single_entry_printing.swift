let one = ["key": 42]
print(one)  // expect: ["key": 42]
let empty: [String: Int] = [:]
print(empty)  // expect: [:]
let nums = [1: "one"]
print(nums)  // expect: [1: "one"]
print(nums[1] as Any)  // expect: Optional("one")
