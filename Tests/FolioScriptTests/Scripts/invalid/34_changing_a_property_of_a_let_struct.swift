struct Point { var x: Int; var y: Int }
let p = Point(x: 1, y: 2)
p.x = 5

// Changing a property of a `let` struct
// expect runtime error 3:1: cannot mutate 'p': it is a 'let' constant; declare it with 'var'
