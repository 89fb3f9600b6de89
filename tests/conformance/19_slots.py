# Rule: a name in __slots__ is a member descriptor (a data descriptor) whose value lives in the
# object, outside any instance __dict__. An unset member raises AttributeError on read and on
# del; class access gives the member object; members add up down a hierarchy.
class Pair:
    __slots__ = ('left', 'right')


p = Pair()
try:
    p.left
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.left
except AttributeError as e:
    print("AttributeError:", e)
p.left = 1
p.right = 'r'
print(p.left, p.right)
del p.left
print(hasattr(p, 'left'), getattr(p, 'left', 'unset'))
print(repr(Pair.left), Pair.left.__name__, Pair.left.__objclass__.__name__)
print([n for n in dir(Pair) if not n.startswith('__')])
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)


class Base:
    __slots__ = ('left',)


class Derived(Base):
    __slots__ = ('right',)


d = Derived()
d.left = 1
d.right = 2
print(d.left, d.right, repr(Derived.left), repr(Derived.right))


class Open:             # no __slots__: its subclasses' objects have a __dict__
    pass


class Point(Open):
    __slots__ = ('x',)


q = Point()
q.__dict__['x'] = 'entry'
try:
    q.x                 # the member, a data descriptor, answers before the entry
except AttributeError as e:
    print("AttributeError:", e)
q.x = 5
print(q.x, vars(q))

try:
    class Bad:
        __slots__ = ('left',)
        left = 0
except ValueError as e:
    print("ValueError:", e)
