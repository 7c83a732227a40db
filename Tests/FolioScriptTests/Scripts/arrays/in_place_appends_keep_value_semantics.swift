// Appending changes an array in place, but a copy made before is never affected.
struct Log {
  var items: [Double] = []
}
var a = Log()
a.items.append(1)
var b = a
b.items.append(2)
b.items += [3]
print(a.items, b.items)
var x = [1]
var y = x
y.append(2)
y += [3, 4]
x += [5]
print(x, y)
var history: [Double] = []
for step in 0..<1000 {
  history.append(Double(step))
  history += [0.5]
}
print(history.count, history[1998], history[1999])

// expect: [1.0] [1.0, 2.0, 3.0]
// expect: [1, 5] [1, 2, 3, 4]
// expect: 2000 999.0 0.5
