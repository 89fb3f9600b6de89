# The HowTo's "Static Methods and Class Methods": two variations on binding a function.
#
#   Transformation   Called from an object   Called from a class
#   function         f(obj, *args)           f(*args)
#   staticmethod     f(*args)                f(*args)
#   classmethod      f(type(obj), *args)     f(klass, *args)
import math


# A static method is the function itself, from the class or from an object.
class E:
    def f(x):
        print(x)
    f = staticmethod(f)


E.f(3)
E().f(3)


# erf does not depend on a sample's data: a static method of the Sample class.
# tutorial: staticmethod
class Sample:
    def __init__(self, data):
        self.data = data

    @staticmethod
    def erf(x):
        return math.erf(x)


s = Sample([1, 2, 3])
print(f'{s.erf(1.5):.4f}', f'{Sample.erf(1.5):.4f}')
# tutorial end


class StaticMethod:
    "Emulate PyStaticMethod_Type() in Objects/funcobject.c"

    def __init__(self, f):
        self.f = f

    def __get__(self, obj, objtype=None):
        return self.f


class E2:
    f = StaticMethod(print)


E2.f(4)
E2().f(4)


# A class method receives the class, whether called from the class or from an object.
class E:
    def f(klass, x):
        return klass.__name__, x
    f = classmethod(f)


print(E.f(3))
print(E().f(3))


# An alternate constructor: fromkeys builds an object of the class it is called on.
# tutorial: classmethod
class Dict(dict):
    def fromkeys(klass, iterable, value=None):
        "Emulate dict_fromkeys() in Objects/dictobject.c"
        d = klass()
        for key in iterable:
            d[key] = value
        return d
    fromkeys = classmethod(fromkeys)


class Counts(Dict):                     # a derived dict: fromkeys makes a Counts
    pass


d = Dict.fromkeys('abracadabra')
print(type(d).__name__, d)
c = Counts.fromkeys('abracadabra', 0)
print(type(c).__name__, c)
# tutorial end


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


class E3:
    f = ClassMethod(lambda klass, x: (klass.__name__, x))


class F3(E3):
    pass


print(E3.f(5), E3().f(5), F3.f(6), F3().f(6))
