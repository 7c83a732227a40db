var losses: [Double] = []
losses.append(1)
losses.append(0.5)
print(losses)  // expect: [1.0, 0.5]
let n = 2
losses.append(n)  // expect runtime error 6:15: cannot convert value of type 'Int' to expected argument type 'Double'
