# staticmethod: the HowTo's Sample.erf (a function that does not depend on the data, callable
# from an instance and from the class alike) and E.f, which get returns unchanged.
import math


class Sample:
    def __init__(self, data):
        self.data = data

    def mean(self):
        return sum(self.data) / len(self.data)

    erf = staticmethod(math.erf)


s = Sample([1.0, 2.0, 4.5])
print(s.mean(), s.erf(1.5), Sample.erf(1.5))
print(s.erf is Sample.erf, Sample.erf is Sample.__dict__['erf'].__func__)


class E:
    def f(x):
        print(x)

    f = staticmethod(f)


E.f(3)
E().f(3)


class F(E):
    pass


F().f(4)
print(isinstance(E.__dict__['f'], staticmethod), F.f is E.f)
E.__dict__['f'](5)
