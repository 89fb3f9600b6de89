# Rule: a class is created after its bases, so the __set_name__ calls of a base's descriptors
# come before those of the classes derived from it; each class's own in the order of its body.


class Named:
    def __set_name__(self, owner, name):
        print(f"set_name {owner.__name__}.{name}")

    def __get__(self, obj, objtype=None):
        return f"{objtype.__name__} reads a Named"


# A chain of three classes.
class A:
    a = Named()


class B(A):
    b1 = Named()
    b2 = Named()


class C(B):
    c = Named()


print(C.a)
print([k.__name__ for k in C.__mro__[:-1]])


# A diamond: Right's bases are created before it, Top only once.
class Top:
    t = Named()


class Left(Top):
    l = Named()


class Right(Top):
    r = Named()


class Bottom(Left, Right):
    b = Named()


print(Bottom().t)
print([k.__name__ for k in Bottom.__mro__[:-1]])
