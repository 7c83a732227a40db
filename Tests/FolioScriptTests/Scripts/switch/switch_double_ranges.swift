func bmiCategory(_ bmi: Double) -> String {
  switch bmi {
  case ..<18.5: return "under"
  case 18.5..<25: return "normal"
  case 25..<30: return "over"
  default: return "obese"
  }
}
print([17.0, 18.5, 24.9, 25.0, 31.2].map(bmiCategory))  // expect: ["under", "normal", "normal", "over", "obese"]
