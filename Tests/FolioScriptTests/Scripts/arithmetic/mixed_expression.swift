let width = 3
let height = 4
let diagonal = sqrt(Double(width * width + height * height))
print(diagonal)  // expect: 5.0
let area = Double(width * height) / 2
print(area)  // expect: 6.0
let perimeter = width + height + Int(diagonal)
print(perimeter)  // expect: 12
