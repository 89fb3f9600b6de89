# Rule: the HowTo's LoggedAccess: public name from __set_name__, storage under a private name.
# (The HowTo logs with the logging module; here each record is printed.)

class LoggedAccess:
    def __set_name__(self, owner, name):
        self.public_name = name
        self.private_name = '_' + name

    def __get__(self, obj, objtype=None):
        value = getattr(obj, self.private_name)
        print(f'Accessing {self.public_name!r} giving {value!r}')
        return value

    def __set__(self, obj, value):
        print(f'Updating {self.public_name!r} to {value!r}')
        setattr(obj, self.private_name, value)


class Person:
    name = LoggedAccess()
    age = LoggedAccess()

    def __init__(self, name, age):
        self.name = name
        self.age = age

    def birthday(self):
        self.age += 1


pete = Person('Peter P', 10)
print(vars(pete))
pete.birthday()
print(pete.age)
