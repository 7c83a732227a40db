// A dataset written as a class: a count and a subscript; the loader stacks its samples.
class Squares: Dataset {
  let count = 10
  subscript(index: Int) -> (Tensor, Int) {
    (Tensor([Double(index), 1.0]), index * index)
  }
}
let squares = Squares()
print(squares[3])
let loader = DataLoader(squares, batchSize: 4, shuffle: true, generator: Generator(seed: 0))
for (x, y) in loader {
  print(x.shape, y)
}
let parts = randomSplit(squares, [7, 3], generator: Generator(seed: 0))
print(parts[1], parts[1][0])


// expect: (tensor([3., 1.]), 9)
// expect: [4, 2] tensor([49, 64,  9,  1])
// expect: [4, 2] tensor([25, 16,  4,  0])
// expect: [2, 2] tensor([81, 36])
// expect: Subset(3 of 10 samples) (tensor([0., 1.]), tensor(0))
