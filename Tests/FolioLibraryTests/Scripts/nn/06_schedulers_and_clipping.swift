// StepLR and ExponentialLR change the optimizer's rate once per epoch; clipGradNorm rescales
// every gradient together and returns the norm they had.
let w = Tensor.ones([2], requiresGrad: true)
let optimizer = SGD([w], lr: 1)
let every2 = StepLR(optimizer, stepSize: 2, gamma: 0.5)
var rates: [Double] = []
for epoch in 0..<5 {
  rates.append(optimizer.lr)
  every2.step()
}
print(rates, every2.getLastLR(), every2)
let adam = Adam([w], lr: 0.1)
let decay = ExponentialLR(adam, gamma: 0.9)
decay.step()
decay.step()
print(adam.lr)
(3 * w).sum().backward()
let norm = clipGradNorm([w], maxNorm: 1)
print(norm, w.grad!, w.grad!.norm())


// expect: [1.0, 1.0, 0.5, 0.5, 0.25] [0.25] StepLR(epoch: 5, lr: 0.25)
// expect: 0.08100000000000002
// expect: 4.242640687119285 tensor([0.7071, 0.7071]) tensor(1.0000)
