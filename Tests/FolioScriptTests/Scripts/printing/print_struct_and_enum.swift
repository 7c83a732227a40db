struct Size {
  var w: Int
  var h: Int
}
enum Fit {
  case tight, loose(Int)
}
print(Size(w: 2, h: 3))  // expect: Size(w: 2, h: 3)
print(Fit.tight)  // expect: tight
print(Fit.loose(4))  // expect: loose(4)
print("fit: \(Fit.loose(1))")  // expect: fit: loose(1)
print((Size(w: 1, h: 1), Fit.tight))  // expect: (main.Size(w: 1, h: 1), main.Fit.tight)
