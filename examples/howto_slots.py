# The HowTo's "Member objects and __slots__": a name in __slots__ becomes a member object in
# the class, a data descriptor whose value is stored inside the instance, in a fixed place,
# with no instance __dict__.


# tutorial: slots
class Vehicle:
    __slots__ = ('id_number', 'make', 'model')


auto = Vehicle()
auto.id_number = 'VYE483814LQEX'
print(auto.id_number)
# auto.id_nubmer = 'VYE483814LQEX' raises AttributeError: 'Vehicle' object has no attribute
# 'id_nubmer' (left out: in the C++ port a misspelled name does not compile)
try:
    auto.make                       # a member never assigned
except AttributeError as e:
    print('AttributeError:', e)
print(getattr(auto, 'make', 'unknown make'))
auto.make = 'Lada'
print(auto.make)
# tutorial end
del auto.make
print(hasattr(auto, 'make'))

# From the class, the member object itself.
print(repr(Vehicle.make), Vehicle.make.__name__, Vehicle.make.__objclass__.__name__)
print([name for name in dir(Vehicle) if not name.startswith('__')])
# vars(auto) raises TypeError: vars() argument must have __dict__ attribute
# (left out: in the C++ port it does not compile)


# Immutable objects: slots for the data, read-only properties to show it.
class Immutable:

    __slots__ = ('_dept', '_name')          # Replace the instance dictionary

    def __init__(self, dept, name):
        self._dept = dept                   # Store to private attribute
        self._name = name                   # Store to private attribute

    @property                               # Read-only descriptor
    def dept(self):
        return self._dept

    @property
    def name(self):                         # Read-only descriptor
        return self._name


mark = Immutable('Botany', 'Mark Watney')
print(mark.dept, mark.name)
# mark.dept = 'Space Pirate' raises AttributeError: property 'dept' of 'Immutable' object has
# no setter, and mark.location = 'Mars' raises AttributeError: 'Immutable' object has no
# attribute 'location' (left out: in the C++ port neither compiles)
