func countdown(_ n: Int) {
  n -= 1
  print(n)
}
countdown(3)

// Assigning to a parameter
// expect error 2:3: cannot assign to value: 'n' is a 'let' constant
