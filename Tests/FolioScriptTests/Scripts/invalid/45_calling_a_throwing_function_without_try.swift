enum E: Error { case bad }
func risky() throws -> Int { throw E.bad }
do {
  let x = risky()
  print(x)
} catch {
  print(error)
}

// Calling a throwing function without `try`
// expect error 4:11: call can throw but is not marked with 'try'
