# Rule: precedence holds across inheritance: a base's data descriptor beats a derived instance
# entry.

class D:
    def __get__(self, obj, objtype=None):
        return "data"

    def __set__(self, obj, value):
        print("set", value)


class N:
    def __get__(self, obj, objtype=None):
        return "nondata"


class Base:
    d = D()
    n = N()


class Derived(Base):
    pass


o = Derived()
o.__dict__['d'] = 'inst'
o.__dict__['n'] = 'inst'
print(o.d, o.n)
o.d = 5
