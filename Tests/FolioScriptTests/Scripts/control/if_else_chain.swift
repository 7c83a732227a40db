func classify(_ n: Int) -> String {
  if n < 0 {
    return "negative"
  } else if n == 0 {
    return "zero"
  } else if n < 10 {
    return "small"
  } else {
    return "large"
  }
}
print(classify(-5), classify(0), classify(7), classify(100))  // expect: negative zero small large
