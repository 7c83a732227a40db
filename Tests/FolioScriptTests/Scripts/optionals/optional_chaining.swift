class Address {
  var city: String
  init(city: String) { self.city = city }
}
class Person {
  var address: Address?
  var friend: Person?
}
let p = Person()
print(p.address?.city ?? "no address")  // expect: no address
p.address = Address(city: "Rome")
print(p.address?.city ?? "no address")  // expect: Rome
print(p.friend?.address?.city ?? "no friend city")  // expect: no friend city
p.friend = Person()
p.friend?.address = Address(city: "Oslo")
print(p.friend?.address?.city ?? "?")  // expect: Oslo
