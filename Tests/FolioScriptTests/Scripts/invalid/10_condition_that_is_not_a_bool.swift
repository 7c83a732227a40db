let items = 3
if items {
  print("some")
}

// Condition that is not a Bool
// expect runtime error 2:4: type 'Int' cannot be used as a boolean; test for '!= 0' instead
