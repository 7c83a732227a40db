struct Color {
  var red: Int
  var green: Int
  var blue: Int
  static let black = Color(red: 0, green: 0, blue: 0)
  static func gray(_ level: Int) -> Color {
    Color(red: level, green: level, blue: level)
  }
}
print(Color.black)  // expect: Color(red: 0, green: 0, blue: 0)
print(Color.gray(128))  // expect: Color(red: 128, green: 128, blue: 128)
let c: Color = .gray(7)
print(c.green)  // expect: 7
