// progress takes arrays and ranges; setPostfix takes a dictionary.
let bar = progress(0..<3)
bar.setPostfix("loss") // expect runtime error 3:1: setPostfix(_:): expected a dictionary such as ["loss": loss], got 'String'
