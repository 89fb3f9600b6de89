# Rule: an AttributeError raised while reading (by a descriptor's __get__, or by
# __getattribute__) sends the read to __getattr__, whatever type __getattr__ returns; other
# exceptions propagate unchanged.
class Flaky:
    def __get__(self, obj, objtype=None):
        if obj is not None and obj.broken:
            raise AttributeError("flaky")
        return 10

class Strict:
    def __get__(self, obj, objtype=None):
        raise ValueError("strict says no")

class C:
    value = Flaky()
    strict = Strict()
    def __init__(self):
        self.broken = False
    def __getattr__(self, name):
        return "fallback for " + name

c = C()
print(repr(c.value))
c.broken = True
print(repr(c.value))
print(hasattr(c, "value"))
try:
    c.strict
except ValueError as e:
    print("ValueError:", e)

class G:
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError(name)
        return 1
    def __getattr__(self, name):
        return "hook answers " + name

g = G()
print(repr(g.shown))
print(repr(g.hidden))
print(hasattr(g, "hidden"))
