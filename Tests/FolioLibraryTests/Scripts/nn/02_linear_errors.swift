// Errors name the layer and what it expected.
let layer = Linear(3, 2)
print(layer.weight.shape, layer.bias!.shape)
let optimizer = SGD(layer.parameters(), lr: 0.1, momentum: 0.9)
let loss = crossEntropy(layer(Tensor.ones([4, 3])), Tensor([0, 1, 1, 0]))
loss.backward()
optimizer.step()
print(loss.shape)
let bad = layer(Tensor.ones([4, 5]))

// expect: [2, 3] [2]
// expect: []
// expect runtime error 9:11: Linear(3, 2): expected inputs with 3 features, got shape [4, 5]
