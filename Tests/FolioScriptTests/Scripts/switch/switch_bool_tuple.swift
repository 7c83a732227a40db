for i in 1...6 {
  switch (i % 2 == 0, i % 3 == 0) {
  case (true, true):
    print("\(i): both")
  case (true, false):
    print("\(i): even")
  case (false, true):
    print("\(i): triple")
  case (false, false):
    print("\(i): neither")
  }
}
// expect: 1: neither
// expect: 2: even
// expect: 3: triple
// expect: 4: even
// expect: 5: neither
// expect: 6: both
