enum E: Error { case bad }
func risky() throws -> Int { throw E.bad }
func caller() -> Int {
  return try risky()
}
print(caller())

// `try` in a non-throwing function without `do`/`catch`
// expect runtime error 2:30: error thrown and not caught: main.E.bad; handle it with do/catch or try?
