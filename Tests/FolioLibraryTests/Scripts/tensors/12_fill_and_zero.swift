// fill and zero write every element, converting to the dtype, through views too.
let a = Tensor.ones([2, 3], dtype: .int64)
a.fill(-2.7)
print(a)
let b = Tensor.ones([3, 2]).T
b.zero()
print(b)
let c = Tensor([true, false])
c.fill(1)
print(c)


// expect: tensor([[-2, -2, -2],
// expect:         [-2, -2, -2]])
// expect: tensor([[0., 0., 0.],
// expect:         [0., 0., 0.]])
// expect: tensor([True, True])
