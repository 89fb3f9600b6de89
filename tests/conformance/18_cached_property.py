# Rule: functools.cached_property computes its value on the first read, from the object's state
# at that moment, and stores it in the instance __dict__ under the attribute's own name; the
# entry then answers every read (the function never runs again) until del forgets it. An
# assignment stores a value of its own; class access gives the descriptor.
from functools import cached_property


class Square:
    def __init__(self, side):
        self.side = side

    @cached_property
    def area(self):
        print("computing area of side", self.side)
        return self.side * self.side


print(type(Square.area).__name__)
s = Square(3)
print(vars(s))
print(s.area)
print(s.area)
print(vars(s))
s.side = 4
print(s.area)              # still the cached value
del s.area
print(vars(s))
print(s.area)              # computed again, from the new side
print(vars(s))

t = Square(5)
t.area = 20                # before the first read: stored, never computed
print(t.area, vars(t))

u = Square(2)
try:
    del u.area             # nothing cached yet
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(u, 'area'))  # hasattr reads, and so computes
print(vars(u))
