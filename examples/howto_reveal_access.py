# Seed 004 (Descriptor HowTo Guide), "Descriptor Example": a data descriptor that keeps its value
# in itself and prints a message on each get and set. The interactive session is printed with
# print(), which shows an int as the REPL does.

class RevealAccess:
    """A data descriptor that sets and returns values
       normally and prints a message logging their access.
    """

    def __init__(self, initval=None, name='var'):
        self.val = initval
        self.name = name

    def __get__(self, obj, objtype):
        print('Retrieving', self.name)
        return self.val

    def __set__(self, obj, val):
        print('Updating', self.name)
        self.val = val


class MyClass:
    x = RevealAccess(10, 'var "x"')
    y = 5


m = MyClass()
print(m.x)
m.x = 20
print(m.x)
print(m.y)
