var path = "/usr"
path.append("/local")
path += "/bin"
print(path)  // expect: /usr/local/bin
var words: [String] = []
words.append("x")
words += ["y", "z"]
print(words)  // expect: ["x", "y", "z"]
let greeting = "Hi" + ", " + "there" + "!"
print(greeting)  // expect: Hi, there!
