struct Version: Comparable {
  var major: Int
  var minor: Int
  static func < (lhs: Version, rhs: Version) -> Bool {
    lhs.major != rhs.major ? lhs.major < rhs.major : lhs.minor < rhs.minor
  }
}
let versions = [Version(major: 2, minor: 0), Version(major: 1, minor: 5), Version(major: 1, minor: 10)]
print(versions.sorted().map { "\($0.major).\($0.minor)" })  // expect: ["1.5", "1.10", "2.0"]
print(versions.max()!)  // expect: Version(major: 2, minor: 0)
print(Version(major: 1, minor: 0) < Version(major: 1, minor: 1))  // expect: true
