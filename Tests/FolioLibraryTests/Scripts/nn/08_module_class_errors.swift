// A class model whose callAsFunction returns something else is named in the message.
class Broken: Module {
  let layer = Linear(2, 2)
  func callAsFunction(_ x: Tensor) -> Int { 3 }
}
let model = Sequential(Broken(), ReLU())
print(model.parameters().count)
let y = model(Tensor.ones([1, 2]))

// expect: 2
// expect runtime error 8:9: Broken.callAsFunction must return a Tensor, got 'Int'
