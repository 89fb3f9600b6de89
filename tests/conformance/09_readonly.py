# Rule: a data descriptor whose __set__ raises is read-only; it still beats instance entries.

class RO:
    def __get__(self, obj, objtype=None):
        return "ro"

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")


class C:
    x = RO()


c = C()
try:
    c.x = 1
except AttributeError as e:
    print("AttributeError", e)
c.__dict__['x'] = "instance"
print(c.x)
