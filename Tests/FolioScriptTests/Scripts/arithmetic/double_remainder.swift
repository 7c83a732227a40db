print(5.5 % 2.0)  // expect runtime error 1:11: '%' is unavailable for Double: use truncatingRemainder(dividingBy:) instead
