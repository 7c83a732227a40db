// Subscripts are read-only here: a setter is reported, and the rest of the type still parses.
struct Writable {
  subscript(index: Int) -> Int {
    get { index }
    set { }
  }
}

// expect error 5:5: subscripts here are read-only; 'set' is not supported
