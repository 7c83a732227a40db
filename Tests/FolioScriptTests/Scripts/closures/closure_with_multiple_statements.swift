let grades = [55, 72, 91, 68]
let letters = grades.map { score -> String in
  if score >= 90 {
    return "A"
  } else if score >= 70 {
    return "B"
  } else if score >= 60 {
    return "C"
  }
  return "F"
}
print(letters)  // expect: ["F", "B", "A", "C"]
