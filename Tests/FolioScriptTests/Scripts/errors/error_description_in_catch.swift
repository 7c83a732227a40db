enum FileError: Error, CustomStringConvertible {
  case notFound(String)
  case permissionDenied
  var description: String {
    switch self {
    case .notFound(let name): return "file '\(name)' not found"
    case .permissionDenied: return "permission denied"
    }
  }
}
func open(_ name: String) throws -> String {
  if name == "secret.txt" { throw FileError.permissionDenied }
  if name != "notes.txt" { throw FileError.notFound(name) }
  return "contents"
}
for name in ["notes.txt", "x.txt", "secret.txt"] {
  do {
    print(try open(name))
  } catch {
    print("error: \(error)")
  }
}
// expect: contents
// expect: error: file 'x.txt' not found
// expect: error: permission denied
