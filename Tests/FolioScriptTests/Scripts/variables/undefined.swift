let y = x + 1  // expect error 1:9: cannot find 'x' in scope
print(zz)  // expect error 2:7: cannot find 'zz' in scope
