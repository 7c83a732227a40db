// A convolution fed flat vectors, the usual slip when an MLP becomes a CNN, names the layer
// and both shapes; the weight and bias of every weighted layer are reachable.
let conv = Conv2d(1, 32, kernelSize: 3)
print(conv.weight.shape, conv.bias!.shape, ConvTranspose2d(32, 16, kernelSize: 2, bias: false).bias == nil)
let images = Tensor.zeros([64, 784])
print(conv(images.reshape([64, 1, 28, 28])).shape)
let out = conv(images)

// expect: [32, 1, 3, 3] [32] true
// expect: [64, 32, 26, 26]
// expect runtime error 7:11: Conv2d(1, 32, kernel_size=(3, 3)): expected input [N, 1, H, W], got [64, 784]
