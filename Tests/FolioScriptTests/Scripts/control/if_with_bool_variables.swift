let isRaining = false
let hasUmbrella = true
if isRaining && !hasUmbrella {
  print("get wet")
} else if isRaining {
  print("stay dry")
} else {
  print("no rain")  // expect: no rain
}
let canGo = !isRaining || hasUmbrella
print(canGo)  // expect: true
