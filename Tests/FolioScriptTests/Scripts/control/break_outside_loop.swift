break  // expect error 1:1: 'break' is only allowed inside a loop, if, do, or switch
