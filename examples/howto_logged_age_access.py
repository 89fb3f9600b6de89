# Seed 000 (the Descriptor HowTo's Primer), "Managed attributes": LoggedAgeAccess keeps the data
# in the instance under the private name _age and logs each access. The HowTo logs with
# logging.info (seed 000 swapped it for print only because its notebook hid the log).
import logging
import sys

logging.basicConfig(level=logging.INFO)
# print() goes to stdout and logging to stderr: keep their lines in order when both are
# redirected into one file.
sys.stdout.reconfigure(line_buffering=True)


# tutorial: logged-age
class LoggedAgeAccess:

    def __get__(self, obj, objtype=None):
        value = obj._age
        logging.info('Accessing %r giving %r', 'age', value)
        return value

    def __set__(self, obj, value):
        logging.info('Updating %r to %r', 'age', value)
        obj._age = value


class Person:

    age = LoggedAgeAccess()             # Descriptor instance

    def __init__(self, name, age):
        self.name = name                # Regular instance attribute
        self.age = age                  # Calls __set__()

    def birthday(self):
        self.age += 1                   # Calls both __get__() and __set__()
# tutorial end


mary = Person('Mary M', 30)             # The initial age update is logged
dave = Person('David D', 40)
print((vars(mary), vars(dave)))         # The actual data is in a private attribute
print(repr(mary.age))                   # Access the data and log the lookup
mary.birthday()                         # Updates are logged as well
print(repr(mary.age))
print(repr(dave.name))                  # Regular attribute lookup isn't logged
print(repr(dave.age))                   # Only the managed attribute is logged
