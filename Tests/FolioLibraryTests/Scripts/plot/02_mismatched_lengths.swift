// x and y of different lengths are an error at the call.
let ax = Figure().subplots(1, 1)
ax.plot([1, 2, 3], [4, 5])

// expect runtime error 3:1: plot needs x and y of the same length, but x has 3 values and y has 2.
