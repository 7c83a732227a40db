var cache: [String: Int] = [:]
var hit: Int? = cache["key"]
print(hit as Any)  // expect: nil
cache["key"] = 10
hit = cache["key"]
print(hit as Any)  // expect: Optional(10)
hit = nil
print(hit ?? -1)  // expect: -1
var optionalArray: [Int]? = nil
optionalArray?.append(1)
print(optionalArray as Any)  // expect: nil
optionalArray = []
optionalArray?.append(1)
print(optionalArray as Any)  // expect: Optional([1])
