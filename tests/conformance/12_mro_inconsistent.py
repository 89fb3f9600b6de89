# Rule: an inconsistent hierarchy is rejected.

class A:
    pass


class B:
    pass


class X(A, B):
    pass


class Y(B, A):
    pass


try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError", e)
