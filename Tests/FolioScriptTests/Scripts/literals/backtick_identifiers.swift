let `default` = 10
let `class` = "first"
print(`default` + 1)  // expect: 11
print(`class`)  // expect: first
func `return`(_ x: Int) -> Int { x * 2 }
print(`return`(21))  // expect: 42
struct Config { var `for`: String }
let c = Config(for: "tests")
print(c.for)  // expect: tests
print(c)  // expect: Config(for: "tests")
