# Seed 001 (Python Descriptor - A Thorough Guide), "Non-data descriptor": assigning e.attr
# stores the value in e's __dict__, which then hides the descriptor. (The seed's comments
# expect __get__ to count up to 2; __get__ returns self.value + 1 without storing it, so Python
# prints 1 twice, and the descriptor's value stays 0.)

class NonDataDescriptor():
    def __init__(self):
        self.value = 0

    def __get__(self, obj, type):
        print(" __get__")
        return self.value + 1


class Example():
    attr = NonDataDescriptor()


e = Example()
d = NonDataDescriptor()
print(e.attr)           # __get__ 1
print(e.attr)           # __get__ 1
print(e.__dict__)       # {}
print(d.__dict__)       # {'value': 0}
e.attr = 4
print(e.attr)           # 4
print(e.__dict__)       # {'attr': 4}
print(d.__dict__)       # {'value': 0}
