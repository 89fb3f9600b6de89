# More validators, written as the HowTo writes its own (a Validator subclass each), and
# construction by keyword with defaults: what descr's NonEmpty, Pattern, List, Optional,
# Nested, AllOf, Default, Number's gt/lt and descr::make reproduce.
# Python's __init__ by keyword is written out here (descr::make sets each parameter in
# declaration order, through its validator, and takes the default of a missing one).

import re
from abc import ABC, abstractmethod


class Validator(ABC):

    def __set_name__(self, owner, name):
        self.public_name = name
        self.private_name = '_' + name

    def __get__(self, obj, objtype=None):
        return getattr(obj, self.private_name)

    def __set__(self, obj, value):
        try:
            self.validate(value)
        except (TypeError, ValueError) as e:
            if str(e).startswith('['):   # an item path: put the attribute's name before it
                raise type(e)(f'{self.public_name}{e}') from None
            raise
        setattr(obj, self.private_name, value)

    @abstractmethod
    def validate(self, value):
        pass


class Number(Validator):

    def __init__(self, minvalue=None, maxvalue=None, gt=None, lt=None, default=None):
        self.minvalue, self.maxvalue, self.gt, self.lt = minvalue, maxvalue, gt, lt
        self.default = default

    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f'Expected {value!r} to be an int or float')
        if self.minvalue is not None and value < self.minvalue:
            raise ValueError(f'Expected {value!r} to be at least {self.minvalue!r}')
        if self.maxvalue is not None and value > self.maxvalue:
            raise ValueError(f'Expected {value!r} to be no more than {self.maxvalue!r}')
        if self.gt is not None and value <= self.gt:
            raise ValueError(f'Expected {value!r} to be greater than {self.gt!r}')
        if self.lt is not None and value >= self.lt:
            raise ValueError(f'Expected {value!r} to be less than {self.lt!r}')


class String(Validator):

    def __init__(self, minsize=None, maxsize=None):
        self.minsize, self.maxsize = minsize, maxsize

    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f'Expected {value!r} to be an str')
        if self.minsize is not None and len(value) < self.minsize:
            raise ValueError(f'Expected {value!r} to be no smaller than {self.minsize!r}')
        if self.maxsize is not None and len(value) > self.maxsize:
            raise ValueError(f'Expected {value!r} to be no bigger than {self.maxsize!r}')


class NonEmpty(Validator):

    def validate(self, value):
        if len(value) == 0:
            raise ValueError(f'Expected {value!r} to be non-empty')


class Pattern(Validator):

    def __init__(self, pattern):
        self.regex = re.compile(pattern)

    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f'Expected {value!r} to be an str')
        if not self.regex.search(value):
            raise ValueError(f'Expected {value!r} to match {self.regex.pattern!r}')


class List(Validator):

    def __init__(self, item, minsize=None, maxsize=None):
        self.item, self.minsize, self.maxsize = item, minsize, maxsize

    def validate(self, value):
        if not isinstance(value, list):
            raise TypeError(f'Expected {value!r} to be a list')
        if self.minsize is not None and len(value) < self.minsize:
            raise ValueError(f'Expected {value!r} to be no smaller than {self.minsize!r}')
        if self.maxsize is not None and len(value) > self.maxsize:
            raise ValueError(f'Expected {value!r} to be no bigger than {self.maxsize!r}')
        for i, item in enumerate(value):
            try:
                self.item.validate(item)
            except (TypeError, ValueError) as e:
                sep = '' if str(e).startswith('[') else ': '
                raise type(e)(f'[{i}]{sep}{e}') from None


class Optional(Validator):

    def __init__(self, validator):
        self.validator = validator
        self.default = None

    def validate(self, value):
        if value is not None:
            self.validator.validate(value)


class AllOf(Validator):

    def __init__(self, *validators):
        self.validators = validators

    def validate(self, value):
        for v in self.validators:
            v.validate(value)


def parameters(cls):
    return [name for name, v in vars(cls).items() if isinstance(v, Validator)]


class Nested(Validator):

    def __init__(self, cls):
        self.cls = cls

    def validate(self, value):
        if not isinstance(value, self.cls):
            raise TypeError(f'Expected {value!r} to be a {self.cls.__name__}')
        for name in parameters(self.cls):
            if not hasattr(value, name):
                raise ValueError(f'Expected {value!r} to have a value for {name!r}')


class Record:
    """descr's object: __init__ by keyword, each parameter in declaration order."""

    def __init__(self, **kw):
        for name in parameters(type(self)):
            if name in kw:
                setattr(self, name, kw[name])
            elif getattr(vars(type(self))[name], 'default', None) is not None or \
                    isinstance(vars(type(self))[name], Optional):
                setattr(self, name, vars(type(self))[name].default)
            else:
                raise TypeError(f'missing {name!r}')   # a compile error in descr

    def __repr__(self):
        return f'<{type(self).__name__} object>'


class Part(Record):
    code = AllOf(String(minsize=2, maxsize=8), Pattern('^[A-Z]+[0-9]*$'))
    title = NonEmpty()
    weight = Number(gt=0, lt=100)
    quantity = Number(minvalue=0, default=1)
    nickname = Optional(String(maxsize=4))
    sizes = List(Number(minvalue=0), maxsize=3)


class Order(Record):
    part = Nested(Part)
    parts = List(Nested(Part), minsize=1)


def attempt(f):
    try:
        f()
        print('ok')
    except (ValueError, TypeError) as e:
        print(f'{type(e).__name__}: {e}')


p = Part(sizes=[1, 2], weight=2.5, title='bolt', code='AB1')
print(vars(p))
attempt(lambda: setattr(p, 'code', 'A'))          # String(minsize=2) first
attempt(lambda: setattr(p, 'code', 'ABCDEFGHI'))
attempt(lambda: setattr(p, 'code', 'ab1'))        # then the pattern
attempt(lambda: setattr(p, 'code', 'AB-1'))
attempt(lambda: setattr(p, 'title', ''))
attempt(lambda: setattr(p, 'weight', 0))          # gt and lt are exclusive
attempt(lambda: setattr(p, 'weight', 100))
attempt(lambda: setattr(p, 'weight', 99.5))
attempt(lambda: setattr(p, 'weight', float('nan')))  # NaN passes, as for minvalue
attempt(lambda: setattr(p, 'weight', 7))
attempt(lambda: setattr(p, 'nickname', 'toolong'))
attempt(lambda: setattr(p, 'nickname', 'bo'))
attempt(lambda: setattr(p, 'sizes', [1, 2, -1]))
attempt(lambda: setattr(p, 'sizes', [1, 2, 3, 4]))
attempt(lambda: setattr(p, 'sizes', []))
print(vars(p))
attempt(lambda: setattr(p, 'nickname', None))
print(p.nickname)

attempt(lambda: Part(code='AB', title='', weight=1, sizes=[]))  # the second one fails
q = Part(code='XY', title='nut', weight=1, quantity=12, sizes=[3])
print(vars(q))

o = Order(part=p, parts=[p, q])
print(o.part.code, len(o.parts))
blank = Part.__new__(Part)                              # a Part whose attributes were never set
attempt(lambda: setattr(o, 'part', blank))
attempt(lambda: setattr(o, 'parts', [q, blank]))
attempt(lambda: setattr(o, 'parts', []))
print(o.parts[1].code)
