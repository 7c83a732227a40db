let poem = """
    Roses are red,
      violets are blue.
    Swift is fun
    """
print(poem)
// expect: Roses are red,
// expect:   violets are blue.
// expect: Swift is fun
print(poem.count)  // expect: 47
