# Seed 001 (Python Descriptor - A Thorough Guide), "__getattribute__": the same class three
# times, without hooks, with __getattr__ (called only when the lookup fails; this one creates
# the missing entry), and with __getattribute__ (called for every attribute read).

class Example():
    def __init__(self, valid_attr):
        self.valid_attr = valid_attr


e = Example("valid")
print(e.__dict__)
print(e.valid_attr)
# print(e.invalid_attr)
# AttributeError: 'Example' object has no attribute 'invalid_attr'
# (left out: in the C++ port, reading a name that no rule answers does not compile)


class Example():
    def __init__(self, valid_attr):
        self.valid_attr = valid_attr

    def __getattr__(self, attr):
        self.__dict__[attr] = "this is invalid"
        return "this is indeed invalid"


e = Example("valid")
print(e.__dict__)
print(e.valid_attr)
print(e.invalid_attr)
print(e.__dict__)


class Example():
    def __init__(self, valid_attr):
        self.valid_attr = valid_attr

    def __getattribute__(self, attr):
        return "this is indeed invalid"


e = Example("valid")
print(e.__dict__)
print(e.valid_attr)
print(e.invalid_attr)
