class Config {
  var retries = 3
  var verbose = false
  var name = "default"
}
let c = Config()
print(c.retries, c.verbose, c.name)  // expect: 3 false default
c.verbose = true
c.retries -= 1
print(c.retries, c.verbose)  // expect: 2 true
