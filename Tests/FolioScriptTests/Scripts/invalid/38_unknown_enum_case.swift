enum Direction { case north, south }
let d = Direction.up
print(d)

// Unknown enum case
// expect runtime error 2:19: type 'Direction' has no member 'up'
