# The HowTo's "Properties": property() builds a data descriptor from a getter, a setter, a
# deleter and a doc. First the managed attribute x of the documentation, then the spreadsheet
# Cell whose value became a property, then the HowTo's pure Python Property doing the same.


# tutorial: property
class C:
    def getx(self): return self.__x
    def setx(self, value): self.__x = value
    def delx(self): del self.__x
    x = property(getx, setx, delx, "I'm the 'x' property.")
# tutorial end


c = C()
c.x = 10                 # setx
print(c.x)               # getx
print(vars(c))           # the value lives under the private (mangled) name
del c.x                  # delx
try:
    c.x
except AttributeError as e:
    print('AttributeError:', e)
print(C.x.__doc__)       # from the class: the property itself


# A spreadsheet cell used to be read as cell.value; now it recalculates on every read, and the
# code reading cell.value did not change.
sheet = {'a1': 2, 'a2': 3}


# tutorial: cell
class Cell:
    def __init__(self, name):
        self.name = name
        self._value = 0

    def recalc(self):
        self._value = sum(sheet.values())

    def getvalue(self):
        "Recalculate the cell before returning value"
        self.recalc()
        return self._value
    value = property(getvalue)
# tutorial end


b10 = Cell('b10')
print(b10.value)
sheet['a2'] = 30
print(b10.value)
print(Cell.value.__doc__)
# b10.value = 7 would raise AttributeError: property 'value' of 'Cell' object has no setter
# (left out: in the C++ port it does not compile)


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


class Emulated:
    def getx(self): return self._x
    def setx(self, value): self._x = value
    def delx(self): del self._x
    x = Property(getx, setx, delx, "I'm the 'x' property.")
    ro = Property(getx)              # no setter: a read-only attribute
    rw = ro.setter(setx)             # a new Property with both


e = Emulated()
e.x = 10
print(e.x, e.ro, vars(e))
e.rw = 20
print(e.ro)
del e.x
print(vars(e), Emulated.x.__doc__)
# e.ro = 1 would raise AttributeError: can't set attribute
# (left out: in the C++ port it does not compile)
