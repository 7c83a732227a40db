print("tab:\tend")  // expect: tab:	end
print("quote: \"hi\"")  // expect: quote: "hi"
print("backslash: \\")  // expect: backslash: \
print("line1\nline2")
// expect: line1
// expect: line2
print("\u{41}\u{42}\u{43}")  // expect: ABC
print("snow: \u{2603}")  // expect: snow: ☃
print("single 'quotes' need no escape")  // expect: single 'quotes' need no escape
