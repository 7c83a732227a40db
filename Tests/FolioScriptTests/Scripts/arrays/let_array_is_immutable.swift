let xs = [1]
xs.append(2)  // expect error 2:1: cannot use mutating member on immutable value: 'xs' is a 'let' constant
