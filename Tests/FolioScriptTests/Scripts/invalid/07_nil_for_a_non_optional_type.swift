let age: Int = nil
print(age)

// `nil` for a non-optional type
// expect runtime error 1:16: cannot convert value of type 'Optional' to specified type 'Int'
