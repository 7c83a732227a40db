// A transform that fails on a batch stops the loop at the `for` line with its message.
let images = MNIST(train: false, transform: Compose([ToTensor(), Normalize(mean: [0.5, 0.5], std: [1, 1])]))
var batches = 0
for (x, y) in DataLoader(images, batchSize: 10) {
  batches += 1
}

// expect runtime error 4:15: Normalize(mean=[0.5, 0.5], std=[1.0, 1.0]): expected a batch [B, 2, H, W], got shape [10, 1, 28, 28]
