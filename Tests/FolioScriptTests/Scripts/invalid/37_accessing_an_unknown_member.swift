struct Point { var x: Int; var y: Int }
let p = Point(x: 1, y: 2)
print(p.z)

// Accessing an unknown member
// expect runtime error 3:9: value of type 'Point' has no member 'z'
