# Rule: super(B, obj).m searches the MRO after B and calls __get__ with obj.

class Ten2:
    def __get__(self, obj, objtype=None):
        print("get", type(obj).__name__, objtype.__name__)
        return 10


class A:
    def who(self):
        return "A"

    z = Ten2()


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


d = D()
print(d.who())
print(super(B, d).who())
print(super(D, d).z)
