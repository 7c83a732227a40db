struct Size { var width: Int; var height: Int }
let s = Size(width: 3)
print(s)

// Memberwise initializer with a missing argument
// expect runtime error 2:9: no initializer init(width:) for 'Size'; it has init(width:height:)
