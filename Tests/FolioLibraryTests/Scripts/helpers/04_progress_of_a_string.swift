for c in progress("abc") { print(c) } // expect runtime error 1:10: progress(_:title:unit:): expected an array, a range or a data loader, got 'String'
