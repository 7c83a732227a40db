// A sample that is not made of tensors or numbers is named, with its index.
class Words: Dataset {
  let count = 3
  subscript(index: Int) -> (Tensor, String) { (Tensor([1.0]), "word \(index)") }
}
for (x, y) in DataLoader(Words(), batchSize: 2) {
  print(x)
}

// expect runtime error 6:15: Words[0] returned a 'String'; a sample's fields must be tensors or numbers
