var inventory = ["bolts": 10]
inventory["bolts"]! -= 3
inventory["nuts"] = 4
inventory["nuts"]? += 1
inventory["screws"]? += 100
print(inventory["bolts"]!, inventory["nuts"]!)  // expect: 7 5
print(inventory["screws"] == nil)  // expect: true
