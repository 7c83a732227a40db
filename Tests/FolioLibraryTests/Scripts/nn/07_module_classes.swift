// A model written as a class: its layers and parameters are found in its stored properties,
// with no registration, and it works wherever an engine layer does.
class Net: Module {
  let features = Sequential(Conv2d(1, 4, kernelSize: 3, padding: 1), ReLU(), MaxPool2d(2))
  let heads: [Linear]
  let temperature = Tensor.ones([1], requiresGrad: true)
  let dropout = Dropout(p: 0.5)
  var calls = 0

  init(classes: Int) {
    heads = [Linear(4 * 14 * 14, classes), Linear(4 * 14 * 14, 1)]
    super.init()
  }

  func callAsFunction(_ x: Tensor) -> Tensor {
    calls += 1
    let h = dropout(features(x).flatten(startDim: 1))
    return heads[0](h) / temperature
  }
}

setSeed(0)
let net = Net(classes: 10)
print(net)
print(net.namedParameters().map { $0.0 })
let x = Tensor.randn([8, 1, 28, 28])
let labels = Tensor.randint(0, 10, [8])
let optimizer = Adam(net.parameters(), lr: 1e-2)
var losses: [Double] = []
for step in 0..<20 {
  let loss = crossEntropy(net(x), labels)
  optimizer.zeroGrad()
  loss.backward()
  optimizer.step()
  losses.append(loss.item())
}
print(net.calls, losses.last! < losses.first!)
// eval() reaches the dropout inside the class: two evaluations agree.
net.eval()
print(net(x).eq(net(x)).sum().item() == 80)
// Saved by dotted name and loaded into a fresh instance.
net.save("/tmp/folio-engine-script-classes.npz")
let copy = Net(classes: 10)
copy.load("/tmp/folio-engine-script-classes.npz")
copy.eval()
print(copy(x).eq(net(x)).sum().item() == 80)
// A class model inside Sequential.
let stacked = Sequential(net, Softmax(dim: 1))
print(stacked(x).sum(dim: 1).shape)


// expect: Net(
// expect:   (features): Sequential(
// expect:     (0): Conv2d(1, 4, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1))
// expect:     (1): ReLU()
// expect:     (2): MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)
// expect:   )
// expect:   (heads): ModuleList(
// expect:     (0): Linear(in_features=784, out_features=10, bias=True)
// expect:     (1): Linear(in_features=784, out_features=1, bias=True)
// expect:   )
// expect:   (dropout): Dropout(p=0.5, inplace=False)
// expect: )
// expect: ["temperature", "features.0.weight", "features.0.bias", "heads.0.weight", "heads.0.bias", "heads.1.weight", "heads.1.bias"]
// expect: 20 true
// expect: true
// expect: true
// expect: [8]
