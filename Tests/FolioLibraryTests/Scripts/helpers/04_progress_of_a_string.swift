for c in progress("abc") { print(c) } // expect runtime error 1:10: progress(_:title:unit:): expected an array or a range, got 'String'
