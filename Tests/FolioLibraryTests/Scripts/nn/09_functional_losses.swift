// The functional losses take reduction: as the loss classes do.
let logProbabilities = Tensor([[0.5, 0.25], [0.125, 0.5]]).log()
let labels = Tensor([0, 1])
print(nllLoss(logProbabilities, labels), nllLoss(logProbabilities, labels, reduction: "sum"))
print(nllLoss(logProbabilities, labels, reduction: "none"))
print(crossEntropy(Tensor([[0.0, 0.0]]), Tensor([1]), reduction: "sum"))
print(mseLoss(Tensor([1.0, 3.0]), Tensor([0.0, 0.0]), reduction: "none"))
print(bce(Tensor([0.5]), Tensor([1.0])))
print(NLLLoss(reduction: "sum")(logProbabilities, labels))


// expect: tensor(0.6931) tensor(1.3863)
// expect: tensor([0.6931, 0.6931])
// expect: tensor(0.6931)
// expect: tensor([1., 9.])
// expect: tensor(0.6931)
// expect: tensor(1.3863)
