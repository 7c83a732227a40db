enum Light { case red, yellow, green }
let light = Light.red
switch light {
case .red: print("stop")
case .green: print("go")
}

// Non-exhaustive switch over an enum
// expect error 3:1: switch must be exhaustive: add cases for '.yellow' or a 'default' case
