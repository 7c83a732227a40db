func reply(to command: String) -> String {
  switch command {
  case "hello":
    return "hi there"
  case "bye", "quit", "exit":
    return "goodbye"
  default:
    return "unknown command '\(command)'"
  }
}
print(reply(to: "hello"))  // expect: hi there
print(reply(to: "quit"))  // expect: goodbye
print(reply(to: "dance"))  // expect: unknown command 'dance'
