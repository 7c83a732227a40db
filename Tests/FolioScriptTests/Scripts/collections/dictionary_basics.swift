var ages = ["Ann": 31, "Bob": 25]
print(ages["Ann"]!)  // expect: 31
print(ages["Zed"] as Any)  // expect: nil
ages["Cy"] = 40
ages["Bob"] = 26
print(ages.count)  // expect: 3
print(ages["Bob"] ?? 0)  // expect: 26
print(ages.isEmpty)  // expect: false
