# Rule: data descriptors take precedence over instance entries of the same name.

class D:
    def __get__(self, obj, objtype=None):
        return "descriptor"

    def __set__(self, obj, value):
        print("D.__set__", value)


class C:
    x = D()


c = C()
c.__dict__['x'] = "instance"
print(c.x)
c.x = 1
print(c.__dict__['x'], c.x)
