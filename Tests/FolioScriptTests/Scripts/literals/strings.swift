print("hello")  // expect: hello
print("tab\there")  // expect: tab	here
print("quote \"q\" and backslash \\")  // expect: quote "q" and backslash \
print("\u{3B1}\u{3B2}")  // expect: αβ
print("")  // expect: 
