print("above")  // expect: above
print()  // expect: 
print("")  // expect: 
print("below")  // expect: below
print("", "")  // expect:  
