# The HowTo's "Complete Practical Example": validators are data descriptors that check a value
# before storing it. Validator is the abstract base, OneOf, Number and String three validators,
# Component a class that uses them; every blocked construction prints its error, then the
# allowed one, then a failed assignment that keeps the old value.
#
# One change to the HowTo: OneOf prints its options in the order they were declared. The
# HowTo prints the set itself, whose order changes from run to run (string hashing), so no
# output could be expected of it.

from abc import ABC, abstractmethod


class Validator(ABC):

    def __set_name__(self, owner, name):
        self.private_name = '_' + name

    def __get__(self, obj, objtype=None):
        return getattr(obj, self.private_name)

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private_name, value)

    @abstractmethod
    def validate(self, value):
        pass


class OneOf(Validator):

    def __init__(self, *options):
        self.options = set(options)
        self.declared = options

    def validate(self, value):
        if value not in self.options:
            shown = '{' + ', '.join(repr(o) for o in self.declared) + '}'
            raise ValueError(f'Expected {value!r} to be one of {shown}')


class Number(Validator):

    def __init__(self, minvalue=None, maxvalue=None):
        self.minvalue = minvalue
        self.maxvalue = maxvalue

    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f'Expected {value!r} to be an int or float')
        if self.minvalue is not None and value < self.minvalue:
            raise ValueError(
                f'Expected {value!r} to be at least {self.minvalue!r}'
            )
        if self.maxvalue is not None and value > self.maxvalue:
            raise ValueError(
                f'Expected {value!r} to be no more than {self.maxvalue!r}'
            )


class String(Validator):

    def __init__(self, minsize=None, maxsize=None, predicate=None):
        self.minsize = minsize
        self.maxsize = maxsize
        self.predicate = predicate

    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f'Expected {value!r} to be an str')
        if self.minsize is not None and len(value) < self.minsize:
            raise ValueError(
                f'Expected {value!r} to be no smaller than {self.minsize!r}'
            )
        if self.maxsize is not None and len(value) > self.maxsize:
            raise ValueError(
                f'Expected {value!r} to be no bigger than {self.maxsize!r}'
            )
        if self.predicate is not None and not self.predicate(value):
            raise ValueError(
                f'Expected {self.predicate} to be true for {value!r}'
            )


# tutorial: component
class Component:

    name = String(minsize=3, maxsize=10, predicate=str.isupper)
    kind = OneOf('wood', 'metal', 'plastic')
    quantity = Number(minvalue=0)

    def __init__(self, name, kind, quantity):
        self.name = name
        self.kind = kind
        self.quantity = quantity
# tutorial end


def attempt(*args):
    try:
        Component(*args)
        print('Allowed:', args)
    except (ValueError, TypeError) as e:
        print(f'Blocked: {type(e).__name__}: {e}')


# Run as a program (order_json.py imports the validators above from this file).
if __name__ == '__main__':
    attempt('Widget', 'metal', 5)      # Blocked: 'Widget' is not all uppercase
    attempt('WIDGET', 'metle', 5)      # Blocked: 'metle' is misspelled
    attempt('WIDGET', 'metal', -5)     # Blocked: -5 is negative
    attempt('WIDGET', 'metal', 'V')    # Blocked: 'V' isn't a number
    attempt('WIDGET', 'metal', 5)      # Allowed:  The inputs are valid

    c = Component('WIDGET', 'metal', 5)
    print(c.name, c.kind, c.quantity)
    print(vars(c))                     # each value under its private name
    try:
        c.quantity = -1                # rejected before anything is stored
    except ValueError as e:
        print(f'{type(e).__name__}: {e}')
    print(c.quantity)                  # still 5
