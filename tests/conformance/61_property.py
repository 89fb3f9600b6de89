# property: the HowTo's managed attribute x (getx, setx, delx and a doc), then each part left
# out, getter/setter/deleter making new properties, and a property among classes.


class C:
    def getx(self):
        return self.__x

    def setx(self, value):
        self.__x = value

    def delx(self):
        del self.__x

    x = property(getx, setx, delx, "I'm the 'x' property.")


c = C()
try:
    c.x
except AttributeError as e:
    print("AttributeError:", e)
c.x = 10
print(c.x, vars(c))
del c.x
print(vars(c))
print(type(C.x).__name__, C.x.__doc__)
print(isinstance(C.__dict__['x'], property), C.__dict__['x'] is C.x)


# Each part may be left out: the property stays a data descriptor, and an instance entry of
# the same name never answers.
class D:
    def __init__(self):
        self._y = 1

    ro = property(lambda self: self._y * 2)
    wo = property(None, lambda self, v: setattr(self, '_y', v))


d = D()
d.__dict__['ro'] = 'entry'
print(d.ro, vars(d))
d.wo = 5
print(d.ro, hasattr(d, 'wo'), getattr(d, 'wo', 'default'))
print(D.ro.fset is None, D.ro.fdel is None, D.wo.fget is None, D.ro.__doc__)

# getter, setter and deleter return a new property; the original is unchanged, the doc kept.
p = property(None, None, None, "the doc")
q = p.getter(lambda self: 'got')
r = q.setter(lambda self, v: print('set', v))
print(p is q, p.fget is None, q.fget is not None, q.fset is None, r.fset is not None)
print(p.__doc__, q.__doc__, r.__doc__)


class E:
    z = r


e = E()
e.z = 3
print(e.z)


# A property of a base: inherited, hidden by a derived class's plain class variable (never
# called for it), reached again through super.
class Base:
    calls = []

    def _get(self):
        Base.calls.append(type(self).__name__)
        return 'base property of ' + type(self).__name__

    p = property(_get)


class Derived(Base):
    p = 'derived class variable'


class Leaf(Derived):
    pass


leaf = Leaf()
print(Base().p)
print(leaf.p, Derived().p)
print(super(Derived, leaf).p)
print(Base.calls)

# One property bound under two names: each name answers with it.
counter = property(lambda self: len(type(self).__name__))


class Two:
    first = counter
    second = counter


print(Two().first, Two().second)
