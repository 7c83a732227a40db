// The MNIST sample splits 4,000/1,000 after a seeded shuffle; Fashion-MNIST comes from Debian.
let train = MNIST(train: true)
let test = MNIST(train: false)
print(train, test.count)
print(train.data.shape, train.data.max(), train.targets[0..<10])
// Every digit appears in both splits, about 400 and 100 times.
for digit in 0..<10 {
  let inTrain = train.targets.eq(Tensor([digit])).sum().item()
  let inTest = test.targets.eq(Tensor([digit])).sum().item()
  print(digit, inTrain, inTest)
}
let fashion = FashionMNIST(train: false)
print(fashion, fashion.classes[9], fashion.targets.shape)


// expect: ImageDataset(4000 images of shape [28, 28], 10 classes) 1000
// expect: [4000, 28, 28] tensor(255.) tensor([5, 7, 0, 4, 7, 7, 1, 3, 7, 1])
// expect: 0 395 105
// expect: 1 393 107
// expect: 2 405 95
// expect: 3 402 98
// expect: 4 390 110
// expect: 5 401 99
// expect: 6 402 98
// expect: 7 395 105
// expect: 8 398 102
// expect: 9 419 81
// expect: ImageDataset(10000 images of shape [28, 28], 10 classes) Ankle boot [10000]
