enum Command {
  case move(x: Int, y: Int)
  case say(String)
  case quit
}
let commands: [Command] = [.move(x: 1, y: 2), .say("hi"), .move(x: -1, y: 0), .quit]
var position = (0, 0)
for c in commands {
  switch c {
  case let .move(x, y):
    position = (position.0 + x, position.1 + y)
  case .say(let text):
    print("say: \(text)")
  case .quit:
    print("quit at \(position)")
  }
}
// expect: say: hi
// expect: quit at (0, 2)
