# Seed 000 (the Descriptor HowTo's Primer), "Customized names": __set_name__ tells each
# LoggedAccess the name it was assigned to, so one descriptor class serves both name and age.
# The HowTo logs with logging.info (seed 000 swapped it for print only because its notebook hid
# the log).
import logging
import sys

logging.basicConfig(level=logging.INFO)
# print() goes to stdout and logging to stderr: keep their lines in order when both are
# redirected into one file.
sys.stdout.reconfigure(line_buffering=True)


# tutorial: logged-access
class LoggedAccess:

    def __set_name__(self, owner, name):
        self.public_name = name
        self.private_name = '_' + name

    def __get__(self, obj, objtype=None):
        value = getattr(obj, self.private_name)
        logging.info('Accessing %r giving %r', self.public_name, value)
        return value

    def __set__(self, obj, value):
        logging.info('Updating %r to %r', self.public_name, value)
        setattr(obj, self.private_name, value)
# tutorial end


# tutorial: logged-access-person
class Person:

    name = LoggedAccess()                # First descriptor instance
    age = LoggedAccess()                 # Second descriptor instance
# tutorial end

    def __init__(self, name, age):
        self.name = name                 # Calls the first descriptor
        self.age = age                   # Calls the second descriptor

    def birthday(self):
        self.age += 1


print(repr(vars(Person)['name']))
print(vars(vars(Person)['name']))
print(vars(vars(Person)['age']))
pete = Person('Peter P', 10)
kate = Person('Catherine C', 20)
print(vars(pete))
print(vars(kate))
