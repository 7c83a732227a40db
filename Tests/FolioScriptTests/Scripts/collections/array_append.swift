var list = [1]
list.append(2)
list.append(contentsOf: [3, 4])
list += [5]
print(list)  // expect: [1, 2, 3, 4, 5]
var names = [String]()
names.append("a")
names.append(contentsOf: ["b", "c"])
print(names, names.count)  // expect: ["a", "b", "c"] 3
