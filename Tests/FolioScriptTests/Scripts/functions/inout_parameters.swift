func increment(_ value: inout Int, by step: Int = 1) {
  value += step
}
var counter = 0
increment(&counter)
increment(&counter, by: 10)
print(counter)  // expect: 11
func swapValues(_ a: inout String, _ b: inout String) {
  let tmp = a
  a = b
  b = tmp
}
var x = "first"
var y = "second"
swapValues(&x, &y)
print(x, y)  // expect: second first
