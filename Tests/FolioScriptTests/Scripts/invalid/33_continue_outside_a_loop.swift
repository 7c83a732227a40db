let values = [1, 2]
print(values)
continue

// `continue` outside a loop
// expect error 3:1: 'continue' is only allowed inside a loop
