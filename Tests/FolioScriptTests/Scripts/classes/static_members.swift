class Ticket {
  static var issued = 0
  static let prefix = "T-"
  let number: Int
  init() {
    Ticket.issued += 1
    number = Ticket.issued
  }
  var code: String { Ticket.prefix + String(number) }
  static func reset() { issued = 0 }
}
let t1 = Ticket()
let t2 = Ticket()
print(t1.code, t2.code)  // expect: T-1 T-2
print(Ticket.issued)  // expect: 2
Ticket.reset()
print(Ticket().code)  // expect: T-1
