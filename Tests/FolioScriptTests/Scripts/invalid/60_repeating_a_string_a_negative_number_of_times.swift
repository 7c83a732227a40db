let n = Int("-1")!
print(String(repeating: "ab", count: n))

// Repeating a string a negative number of times
// expect runtime error 2:7: String(repeating:count:) needs a count of 0 or more, not -1
