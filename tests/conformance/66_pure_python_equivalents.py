# The HowTo's pure Python equivalents of property, staticmethod and classmethod, written as
# ordinary descriptors and used side by side with the built-ins: each pair behaves alike.


class Property:
    "Emulate PyProperty_Type() in Objects/descrobject.c"

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        if doc is None and fget is not None:
            doc = fget.__doc__
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(obj)

    def __set__(self, obj, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(obj, value)

    def __delete__(self, obj):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(obj)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


class StaticMethod:
    "Emulate PyStaticMethod_Type() in Objects/funcobject.c"

    def __init__(self, f):
        self.f = f

    def __get__(self, obj, objtype=None):
        return self.f


class ClassMethod:
    "Emulate PyClassMethod_Type() in Objects/funcobject.c"

    def __init__(self, f):
        self.f = f

    def __get__(self, obj, klass=None):
        if klass is None:
            klass = type(obj)

        def newfunc(*args):
            return self.f(klass, *args)
        return newfunc


def getx(self):
    return self._x


def setx(self, value):
    self._x = value


def delx(self):
    print('delx', type(self).__name__)
    self._x = 0


def twice(a):
    return a * 2


def named(klass, a):
    return klass.__name__, a


class C:
    def __init__(self):
        self._x = 0

    x = property(getx, setx, delx, "the x property")
    x_emulated = Property(getx, setx, delx, "the x property")
    ro = property(getx)
    ro_emulated = Property(getx)
    wo = property(None, setx)
    wo_emulated = Property(None, setx)
    s = staticmethod(twice)
    s_emulated = StaticMethod(twice)
    k = classmethod(named)
    k_emulated = ClassMethod(named)


class D(C):
    pass


c = C()
c.x = 5
print(c.x, c.ro)
c.x_emulated = 6
print(c.x_emulated, c.ro_emulated)
del c.x
del c.x_emulated
c.__dict__['x'] = 'entry'
c.__dict__['x_emulated'] = 'entry'
c.wo = 7
print(c.x, c.x_emulated)
c.wo_emulated = 8
print(c.x, c.x_emulated)
print(C.x.__doc__, C.x_emulated.__doc__)
for name in ['ro', 'ro_emulated']:
    try:
        setattr(c, name, 1)
    except AttributeError:
        print('AttributeError: cannot set', name)
for name in ['wo', 'wo_emulated']:
    try:
        getattr(c, name)
    except AttributeError:
        print('AttributeError: cannot read', name)

p = C.__dict__['ro'].setter(setx)
q = C.__dict__['ro_emulated'].setter(setx)


class E:
    def __init__(self):
        self._x = 1

    p = p
    q = q


e = E()
e.p = 2
print(e.p, e.q)
e.q = 3
print(e.p, e.q)

print(C.s(3), C().s(3), C.s_emulated(3), C().s_emulated(3))
print(D.k(1), D().k(2), super(D, D()).k(3))
print(D.k_emulated(1), D().k_emulated(2), super(D, D()).k_emulated(3))
