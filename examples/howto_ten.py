# The Descriptor HowTo's Primer, "Simple example: A descriptor that returns a constant", as
# walked through in seed 000 (Understanding Python Descriptors). Notebook cells whose last
# expression was displayed are printed here with repr(), as the REPL shows them.

# tutorial: ten
class Ten:
    def __get__(self, obj, objtype=None):
        return 10


t = Ten()
print(repr(t))
print(repr(type(t)))
print(repr(t.__get__(4)))


class A:
    x = 5                       # Regular class attribute
    y = Ten()                   # Descriptor instance
# tutorial end


# tutorial: ten-use
a = A()                         # Make an instance of class A
print(repr(a))
print(repr(a.x))                # Normal attribute lookup
print(repr(a.y))                # Descriptor lookup
# tutorial end
# The value 10 is stored neither in the instance dictionary nor in the class dictionary:
# it is computed on demand.
print(vars(a))
print(repr(A.y))                # Class access calls __get__(None, A)
