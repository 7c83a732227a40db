struct User {
  let id: Int
  var nickname: String
}
var u = User(id: 7, nickname: "sam")
u.nickname = "samuel"
print(u)  // expect: User(id: 7, nickname: "samuel")
let frozen = u
print(frozen.nickname)  // expect: samuel
u.nickname = "s"
print(frozen.nickname, u.nickname)  // expect: samuel s
