# Rule: getattr(obj, name, default) gives the default where the read raises AttributeError;
# a __getattr__ that answers only some names makes every other name missing.
class C:
    x = 5

class D:
    def __getattr__(self, name):
        if name in ("alpha", "beta"):
            return name.upper()
        raise AttributeError(name)

c = C()
print(repr(getattr(c, "x", 0)))
print(repr(getattr(c, "y", 0)))
c.y = 3
print(repr(getattr(c, "y", 0)))
del c.y
print(repr(getattr(c, "y", 0)))
print(repr(getattr(c, "nothing", "none here")))
print(repr(hasattr(c, "x")), repr(hasattr(c, "nothing")))

d = D()
print(repr(d.alpha), repr(getattr(d, "beta", None)))
print(repr(hasattr(d, "alpha")), repr(hasattr(d, "gamma")))
print(repr(getattr(d, "gamma", "default")))
