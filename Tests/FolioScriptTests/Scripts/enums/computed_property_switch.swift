enum Planet: Int {
  case mercury = 1, venus, earth
  var name: String {
    switch self {
    case .mercury: return "Mercury"
    case .venus: return "Venus"
    case .earth: return "Earth"
    }
  }
  var isHome: Bool { self == .earth }
}
let p = Planet(rawValue: 3)!
print(p.name, p.isHome)  // expect: Earth true
print(Planet.venus.name)  // expect: Venus
