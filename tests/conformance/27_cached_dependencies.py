# Beyond Python: a cached property that declares the attributes it depends on is forgotten when
# one of them is set or deleted. Python has no such declaration; this script writes it out in
# __setattr__ and __delattr__, which is what descr does.
from functools import cached_property


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.label = ''

    @cached_property
    def area(self):
        print(f"computing {self.w} x {self.h}")
        return self.w * self.h

    def __setattr__(self, name, value):
        super().__setattr__(name, value)
        if name in ('w', 'h'):
            self.__dict__.pop('area', None)

    def __delattr__(self, name):
        super().__delattr__(name)
        if name in ('w', 'h'):
            self.__dict__.pop('area', None)


r = Rect(2, 3)
print(r.area)
r.label = 'unrelated'
print(r.area)
r.w = 4
print('area' in vars(r))
print(r.area)
del r.h
r.h = 10
print(r.area)
