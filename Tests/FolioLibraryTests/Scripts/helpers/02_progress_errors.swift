// An error in the loop's body still leaves the summary, then stops the cell.
let bar = progress(0..<10)
for i in bar {
  bar.setPostfix(["i": i])
  if i == 4 {
    let t = Tensor.zeros([2]) + Tensor.zeros([3]) // expect runtime error 6:31: add: shapes [2] and [3] are not compatible
  }
}
// expect: 4/10 it, i=4
