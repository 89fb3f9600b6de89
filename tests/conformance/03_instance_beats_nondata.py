# Rule: instance entries shadow non-data descriptors; assignment creates an instance entry.

class N:
    def __get__(self, obj, objtype=None):
        return "descriptor"


class C:
    x = N()


c = C()
print(c.x)
c.x = "instance"
print(c.x, C.x)
del c.x
print(c.x)
