// progress wraps a data loader (and its enumerated form), counting batches.
let pairs = TensorDataset(Tensor.zeros([10, 2]), Tensor.arange(10))
let loader = DataLoader(pairs, batchSize: 4)
var seen = 0
for (x, y) in progress(loader, unit: "batch") {
  seen += y.shape[0]
}
for (i, batch) in progress(loader.enumerated(), title: "epoch 1") where i == 0 {
  print(batch.1)
}
print(seen)


// expect: 3/3 batch
// expect: tensor([0, 1, 2, 3])
// expect: epoch 1: 3/3 it
// expect: 10
