# Rule: a read whose answer depends on whether an instance entry is present has either answer's
# own type: the entry's value when present, else the class attribute's answer, never converted.
class Word:
    def __get__(self, obj, objtype=None):
        return "from get"

class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)

def helper():
    return "helper called"

class C:
    n = Word()          # a non-data descriptor returning a str
    cv = "class text"   # a class variable of another type than the entry
    so = SetOnly()      # a descriptor with __set__ and no __get__
    def m(self):        # a method, shadowed by an entry of another type
        return "method called"

c = C()
print(repr(c.n))
c.n = 42                # the entry is an int
print(repr(c.n))
del c.n
print(repr(c.n))

print(repr(c.cv))
c.cv = 7
print(repr(c.cv))
del c.cv
print(repr(c.cv))

print(type(c.so).__name__)   # no entry: the descriptor object itself
c.__dict__['so'] = 3.5       # an entry under a set-only descriptor answers reads
print(repr(c.so))
c.so = 1                     # assignment still goes to __set__

c.f = helper                 # an entry holding a function is returned as is, not bound
print(c.f())
c.w = Word()                 # an entry holding a descriptor is returned as is, not called
print(type(c.w).__name__)

print(c.m())
c.m = 99
print(repr(c.m))
del c.m
print(c.m())
