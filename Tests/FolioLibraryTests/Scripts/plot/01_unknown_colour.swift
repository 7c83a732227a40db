// An unknown colour name is an error naming it, not a crash.
let fig = Figure()
let ax = fig.subplots(1, 1)
ax.plot([1, 2, 3], color: "darkorange")
print("ok")
ax.plot([1, 2, 3], color: "blurple")

// expect: ok
// expect runtime error 6:1: plot(_:_:_:color:linestyle:linewidth:marker:markersize:label:alpha:): argument 'color:' Unknown colour 'blurple': use a matplotlib colour such as 'r', 'darkorange', '#1f77b4', 'C0' or a grey level like '0.5'.
