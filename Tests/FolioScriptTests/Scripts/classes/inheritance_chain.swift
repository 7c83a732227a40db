class A {
  func name() -> String { "A" }
  func chain() -> String { name() }
}
class B: A {
  override func name() -> String { "B<" + super.name() + ">" }
}
class C: B {
  override func name() -> String { "C<" + super.name() + ">" }
}
print(A().chain())  // expect: A
print(B().chain())  // expect: B<A>
print(C().chain())  // expect: C<B<A>>
