let a = (1 + 2  // expect error 1:15: expected ')' to close the parenthesis, found end of cell
