# classmethod: the HowTo's E.f(klass, x) from an instance and from the class; Dict.fromkeys,
# an alternate constructor that builds an object of the class it is called on (a class
# derived from Dict gets its own kind of object); the class attribute stays the classmethod;
# super binds the original class; and a subclass replacing a base's staticmethod by a
# classmethod, called by a base method, which dispatches along the MRO of the object's class.


class E:
    def f(klass, x):
        return klass.__name__, x

    f = classmethod(f)


class F(E):
    pass


print(E.f(3), E().f(3))
print(F.f(4), F().f(5))
print(isinstance(E.__dict__['f'], classmethod), E.f.__self__ is E, F().f.__self__ is F)
print(super(F, F()).f(6), super(F, F).f(7))


class Dict:
    "A dict of str keys, kept in a dict."

    def __init__(self):
        self._data = {}

    def __setitem__(self, key, value):
        self._data[key] = value

    def __repr__(self):
        return repr(self._data)

    def fromkeys(klass, iterable, value=None):
        "Emulate dict_fromkeys() in Objects/dictobject.c"
        d = klass()
        for key in iterable:
            d[key] = value
        return d

    fromkeys = classmethod(fromkeys)


class Counts(Dict):
    pass


d = Dict.fromkeys('abracadabra')
print(type(d).__name__, d)
c = Counts.fromkeys('abracadabra', 0)
print(type(c).__name__, c)
print(type(Counts().fromkeys('ab')).__name__, type(super(Counts, Counts()).fromkeys('xy')).__name__)


class Shape:
    @staticmethod
    def make(size):
        return ('static', size)

    def build(self, size):
        return self.make(size)


class Square(Shape):
    @classmethod
    def make(cls, size):
        return (cls.__name__, size)


class Big(Square):
    pass


print(Shape().build(1), Square().build(2), Big().build(3))
print(Shape.make(4), Square.make(5), Big.make(6))
