var name: String?
print(name == nil)  // expect: true
name = "Kim"
print(name!)  // expect: Kim
name = nil
print(name ?? "nobody")  // expect: nobody
var count: Int? = 0
count! += 5
print(count!)  // expect: 5
