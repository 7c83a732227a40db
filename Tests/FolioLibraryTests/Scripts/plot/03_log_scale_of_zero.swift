// A log scale over data that reaches zero is reported when the figure is drawn.
let ax = Figure().subplots(1, 1)
ax.plot([0, 1, 10])
ax.yscale("log")
print("drawn at the end of the cell")

// expect: drawn at the end of the cell
// expect runtime error 1:1: The y axis is logarithmic, but its data goes down to 0.0; log axes can only show positive values. Leave out the values ≤ 0 or use yscale(.linear).
