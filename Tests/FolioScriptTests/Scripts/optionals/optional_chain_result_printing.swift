struct Dog {
  var name: String
}
var pet: Dog? = Dog(name: "Fido")
print(pet?.name as Any)  // expect: Optional("Fido")
print(pet?.name.count as Any)  // expect: Optional(4)
pet = nil
print(pet?.name as Any)  // expect: nil
pet?.name = "ignored"
print(pet == nil)  // expect: true
