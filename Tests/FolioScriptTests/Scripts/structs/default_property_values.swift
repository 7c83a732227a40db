struct Settings {
  var volume = 5
  var muted = false
  var name: String
}
let a = Settings(name: "default")
print(a)  // expect: Settings(volume: 5, muted: false, name: "default")
let b = Settings(volume: 9, name: "loud")
print(b.volume, b.muted, b.name)  // expect: 9 false loud
let c = Settings(volume: 0, muted: true, name: "quiet")
print(c.muted)  // expect: true
