var total = 0
let addToTotal = { (n: Int) in
  total += n
}
addToTotal(5)
addToTotal(7)
print(total)  // expect: 12
var message = "before"
let show = { print(message) }
message = "after"
show()  // expect: after
