# Rule: C3 linearization in a diamond, and lookup follows it.

class A:
    x = "A"


class B(A):
    pass


class C(A):
    x = "C"


class D(B, C):
    pass


print([k.__name__ for k in D.__mro__])
print(D().x)
