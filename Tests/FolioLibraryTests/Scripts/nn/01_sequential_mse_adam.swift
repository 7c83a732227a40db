// The nn and optim sections of the lecture in small: a Sequential MLP, MSELoss(sum) and Adam.
setSeed(0)
let x = Tensor.randn([64, 784])
let y = Tensor.randn([64, 10])
let model = Sequential(Linear(784, 100), ReLU(), Linear(100, 10))
print(model)
let lossFn = MSELoss(reduction: "sum")
let optimizer = Adam(model.parameters(), lr: 1e-4)
var first = 0.0
var last = 0.0
for epoch in 0..<60 {
  let loss = lossFn(model(x), y)
  if epoch == 0 { first = loss.item() }
  last = loss.item()
  optimizer.zeroGrad()
  loss.backward()
  optimizer.step()
}
print(last < first / 2)
print(model.namedParameters().count, model.parameters()[0].shape)


// expect: Sequential(
// expect:   (0): Linear(in_features=784, out_features=100, bias=True)
// expect:   (1): ReLU()
// expect:   (2): Linear(in_features=100, out_features=10, bias=True)
// expect: )
// expect: true
// expect: 4 [100, 784]
