// A small convolutional classifier on random images: every layer kind, one training step.
setSeed(0)
let x = Tensor.randn([8, 1, 28, 28])
let labels = Tensor.randint(0, 10, [8])
let model = Sequential(
  Conv2d(1, 4, kernelSize: 3, padding: 1), ReLU(), MaxPool2d(2),
  Conv2d(4, 8, kernelSize: 3, stride: 2, bias: false), Tanh(), AvgPool2d(2, stride: 1),
  Dropout(p: 0.2), Flatten(), Linear(8 * 5 * 5, 10), LogSoftmax(dim: 1)
)
print(model)
let out = model(x)
print(out.shape)
let loss = NLLLoss()(out, labels)
loss.backward()
for (name, p) in model.namedParameters() { print(name, p.shape, p.grad!.shape) }
print(model.parameters()[0].shape == model.parameters()[0].grad!.shape)
let up = ConvTranspose2d(8, 4, kernelSize: 3, stride: 2, padding: 1, outputPadding: 1)
print(up, up.weight.shape, up(Tensor.zeros([2, 8, 7, 7])).shape)
print(Softmax(dim: 1)(Tensor([[1.0, 1.0]])))
// In eval mode dropout is off, so two runs agree exactly.
model.eval()
print((model(x) - model(x)).abs().max().item())
print(x.avgPool2d(kernelSize: 2).shape, x.convTranspose2d(weight: Tensor.ones([1, 2, 2, 2]), stride: 2).shape)

// expect: Sequential(
// expect:   (0): Conv2d(1, 4, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1))
// expect:   (1): ReLU()
// expect:   (2): MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)
// expect:   (3): Conv2d(4, 8, kernel_size=(3, 3), stride=(2, 2), bias=False)
// expect:   (4): Tanh()
// expect:   (5): AvgPool2d(kernel_size=2, stride=1, padding=0)
// expect:   (6): Dropout(p=0.2, inplace=False)
// expect:   (7): Flatten(start_dim=1, end_dim=-1)
// expect:   (8): Linear(in_features=200, out_features=10, bias=True)
// expect:   (9): LogSoftmax(dim=1)
// expect: )
// expect: [8, 10]
// expect: 0.weight [4, 1, 3, 3] [4, 1, 3, 3]
// expect: 0.bias [4] [4]
// expect: 3.weight [8, 4, 3, 3] [8, 4, 3, 3]
// expect: 8.weight [10, 200] [10, 200]
// expect: 8.bias [10] [10]
// expect: true
// expect: ConvTranspose2d(8, 4, kernel_size=(3, 3), stride=(2, 2), padding=(1, 1), output_padding=(1, 1)) [8, 4, 3, 3] [2, 4, 14, 14]
// expect: tensor([[0.5000, 0.5000]])
// expect: 0.0
// expect: [8, 1, 14, 14] [8, 2, 56, 56]
