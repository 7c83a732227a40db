let long = """
    one \
    two \
    three
    """
print(long)  // expect: one two three
let trailingNewline = """
    ends with a newline

    """
print(trailingNewline, terminator: "")
// expect: ends with a newline
print("[" + """
    x
    """ + "]")  // expect: [x]
