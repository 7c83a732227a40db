// progress(sequence) leaves one deterministic summary line per loop in the cell's output:
// no timings, so notebooks stay byte-identical from run to run.

// An array, with the last postfix in the summary, in the dictionary's order.
setSeed(0)
let batches = [Tensor.randn([4]), Tensor.randn([4]), Tensor.randn([4])]
let w = Tensor.zeros([4])
let bar = progress(batches, unit: "batches")
var seen = 0
for batch in bar {
  let loss = (batch - w).pow(2).mean()
  seen += 1
  bar.setPostfix(["loss": loss, "step": seen, "phase": "train"])
}
// expect: 3/3 batches, loss=1.03, step=3, phase=train
print(seen) // expect: 3

// A range, with a title; nothing printed inside the loop comes after the summary.
for epoch in progress(1...3, title: "epochs") {
  print("epoch \(epoch)")
}
// expect: epoch 1
// expect: epoch 2
// expect: epoch 3
// expect: epochs: 3/3 it

// break: the element whose body broke out is not counted, as in tqdm.
for i in progress(0..<100) {
  if i == 37 { break }
}
// expect: 37/100 it

// return from a function inside the loop.
func firstNegative(_ values: [Double]) -> Double? {
  for v in progress(values, unit: "values") {
    if v < 0 { return v }
  }
  return nil
}
print(firstNegative([3.0, 1.0, -2.0, 5.0])!)
// expect: 2/4 values
// expect: -2.0

// Numbers as tqdm shows them; the postfix is replaced, not merged.
let steps = progress([1, 2])
for s in steps {
  steps.setPostfix(["lr": 0.00001, "acc": 0.98765])
}
// expect: 2/2 it, lr=1e-5, acc=0.988
print(steps) // expect: 2/2 it, lr=1e-5, acc=0.988

// Destructuring, where clauses and an empty sequence.
for (i, name) in progress(["a", "b"].enumerated()) where i > 0 {
  print(name)
}
// expect: b
// expect: 2/2 it
let none: [Int] = []
for _ in progress(none) {}
// expect: 0/0 it
