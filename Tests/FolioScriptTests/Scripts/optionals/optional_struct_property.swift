struct Profile {
  var nickname: String?
  var age: Int?
}
let full = Profile(nickname: "zed", age: 40)
let bare = Profile(nickname: nil, age: nil)
print(full)  // expect: Profile(nickname: Optional("zed"), age: Optional(40))
print(bare)  // expect: Profile(nickname: nil, age: nil)
print(bare.nickname ?? "anonymous")  // expect: anonymous
