enum Planet: Int { case mercury = 1, venus }
let p: Planet = Planet(rawValue: 2)
print(p)

// Using a failable initializer's result as non-optional
// expect runtime error 2:17: cannot convert value of type 'Optional<Planet>' to specified type 'Planet'
