let ages = ["ann": 31]
print(ages["ann"]!)
print(ages["bob"]!)

// Force-unwrapping a missing dictionary key
// expect: 31
// expect runtime error 3:7: unexpectedly found nil while unwrapping an Optional value
