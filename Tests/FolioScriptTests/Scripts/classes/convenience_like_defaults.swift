class Timer {
  var seconds: Int
  var label: String
  init(seconds: Int = 60, label: String = "timer") {
    self.seconds = seconds
    self.label = label
  }
}
let a = Timer()
let b = Timer(seconds: 5)
let c = Timer(label: "egg")
print(a.seconds, a.label)  // expect: 60 timer
print(b.seconds, b.label)  // expect: 5 timer
print(c.seconds, c.label)  // expect: 60 egg
