let first: String? = nil
let second: String? = nil
let third: String? = "third"
print(first ?? second ?? third ?? "none")  // expect: third
print(first ?? "default")  // expect: default
let n: Int? = nil
print((n ?? 0) + 1)  // expect: 1
let m: Int? = 41
print((m ?? 0) + 1)  // expect: 42
