# Rule: overriding __getattribute__ bypasses descriptor invocation; object.__getattribute__
# restores it.

class D:
    def __get__(self, obj, objtype=None):
        return 42


class C:
    x = D()
    y = 5

    def __getattribute__(self, name):
        if name == "x":
            return "bypassed"
        return object.__getattribute__(self, name)


c = C()
print(c.x, c.y, object.__getattribute__(c, "x"))
