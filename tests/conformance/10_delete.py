# Rule: __delete__ is called by del; deleting a missing instance entry raises AttributeError.

class D:
    def __get__(self, obj, objtype=None):
        return obj._v

    def __set__(self, obj, value):
        obj._v = value

    def __delete__(self, obj):
        print("D.__delete__")
        del obj._v


class C:
    x = D()


class E:
    pass


c = C()
c.x = 3
print(c.x)
del c.x
try:
    c.x
except AttributeError as e:
    print("AttributeError", e)
try:
    del E().nothing
except AttributeError as e:
    print("AttributeError", e)
