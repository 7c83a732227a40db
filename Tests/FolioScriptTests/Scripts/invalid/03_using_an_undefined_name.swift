let width = 3
print(width * height)

// Using an undefined name
// expect error 2:15: cannot find 'height' in scope
