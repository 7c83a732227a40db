// TensorDataset, DataLoader (ordered, shuffled, dropLast), randomSplit and transforms.
let x = Tensor.arange(10).reshape([5, 2])
let y = Tensor.arange(5)
let pairs = TensorDataset(x, y)
print(pairs, pairs.count, pairs[4])
let ordered = DataLoader(pairs, batchSize: 2)
print(ordered, ordered.count)
for (inputs, labels) in ordered {
  print(inputs.shape, labels)
}
// A seeded generator gives the same shuffles on every run, and a new order each epoch.
let shuffled = DataLoader(pairs, batchSize: 2, shuffle: true, dropLast: true, generator: Generator(seed: 3))
for epoch in 0..<2 {
  var seen: [Int] = []
  for (_, labels) in shuffled {
    for label in labels.toArray() { seen.append(Int(label)) }
  }
  print(epoch, shuffled.count, seen)
}
for (i, batch) in ordered.enumerated() where i == 2 {
  print(i, batch.1)
}
let parts = randomSplit(pairs, [3, 2], generator: Generator(seed: 1))
print(parts[0], parts[1], parts[1][0])
let fractions = randomSplit(MNIST(train: false), [0.8, 0.2], generator: Generator(seed: 1))
print(fractions[0].count, fractions[1].count)
// Transforms apply to each batch: ToTensor scales to [0, 1] and adds a channel axis.
let digits = MNIST(train: false, transform: Compose([ToTensor(), Normalize(mean: [0.5], std: [0.5])]))
print(digits)
for (images, labels) in DataLoader(digits, batchSize: 100) {
  print(images.shape, images.min().item() >= -1, images.max().item() <= 1, labels.dtype)
  break
}
let scaled = MNIST(train: false, transform: { $0 / 255 })
print(DataLoader(scaled, batchSize: 1000).count, scaled[0].0.max())


// expect: TensorDataset([5, 2], [5]) 5 (tensor([8, 9]), tensor(4))
// expect: DataLoader(3 batches of 2) 3
// expect: [2, 2] tensor([0, 1])
// expect: [2, 2] tensor([2, 3])
// expect: [1, 2] tensor([4])
// expect: 0 2 [4, 1, 0, 2]
// expect: 1 2 [4, 3, 0, 1]
// expect: 2 tensor([4])
// expect: Subset(3 of 5 samples) Subset(2 of 5 samples) (tensor([4, 5]), tensor(2))
// expect: 800 200
// expect: ImageDataset(1000 images of shape [28, 28], 10 classes, transform: Compose(ToTensor(), Normalize(mean=[0.5], std=[0.5])))
// expect: [100, 1, 28, 28] true true int64
// expect: 1 tensor(1.)
