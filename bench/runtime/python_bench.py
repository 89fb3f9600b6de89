#!/usr/bin/env python3
"""CPython's side of the run-time benchmarks: the same workloads as runtime_bench.cpp, written
as the Descriptor HowTo and the seeds write them, timed with timeit. Prints JSON
{"workload/variant": CPU ns per operation, ...}, each the best of --repeat runs minus the time of
an empty statement (timeit's own loop), plus the interpreter's and the libraries' versions.

pydantic (validate_assignment=True) and attrs (validators run on setattr) are the Python
peers for the validated set; both are written for the versions Debian 12 ships (pydantic 1.10,
attrs 22.2) and also run on pydantic 2.
"""
import argparse
import functools
import json
import platform
import sys
import time
import timeit
from abc import ABC, abstractmethod

import attr
import attrs
import pydantic


# The HowTo's Validator and its three validators (its text, OneOf's set kept).
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

    def validate(self, value):
        if value not in self.options:
            raise ValueError(f'Expected {value!r} to be one of {self.options!r}')


class Number(Validator):
    def __init__(self, minvalue=None, maxvalue=None):
        self.minvalue = minvalue
        self.maxvalue = maxvalue

    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f'Expected {value!r} to be an int or float')
        if self.minvalue is not None and value < self.minvalue:
            raise ValueError(f'Expected {value!r} to be at least {self.minvalue!r}')
        if self.maxvalue is not None and value > self.maxvalue:
            raise ValueError(f'Expected {value!r} to be no more than {self.maxvalue!r}')


class String(Validator):
    def __init__(self, minsize=None, maxsize=None, predicate=None):
        self.minsize = minsize
        self.maxsize = maxsize
        self.predicate = predicate

    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f'Expected {value!r} to be an str')
        if self.minsize is not None and len(value) < self.minsize:
            raise ValueError(f'Expected {value!r} to be no smaller than {self.minsize!r}')
        if self.maxsize is not None and len(value) > self.maxsize:
            raise ValueError(f'Expected {value!r} to be no bigger than {self.maxsize!r}')
        if self.predicate is not None and not self.predicate(value):
            raise ValueError(f'Expected {self.predicate} to be true for {value!r}')


class Component:
    name = String(minsize=3, maxsize=10, predicate=str.isupper)
    kind = OneOf('wood', 'metal', 'plastic')
    quantity = Number(minvalue=0)


class PlainComponent:
    pass


# attrs: the same checks as validators, run on every setattr.
def _isupper(inst, attribute, value):
    if not value.isupper():
        raise ValueError(f'Expected str.isupper to be true for {value!r}')


@attrs.define(on_setattr=attrs.setters.validate)
class AttrsComponent:
    name: str = attr.ib(validator=[attr.validators.instance_of(str),
                                   attr.validators.min_len(3), attr.validators.max_len(10),
                                   _isupper])
    kind: str = attr.ib(validator=attr.validators.in_(('wood', 'metal', 'plastic')))
    quantity: int = attr.ib(validator=[attr.validators.instance_of((int, float)),
                                       attr.validators.ge(0)])


# pydantic: the same checks, validated on assignment.
if pydantic.VERSION.startswith('1.'):
    class PydanticComponent(pydantic.BaseModel):
        name: pydantic.constr(min_length=3, max_length=10, strict=True)
        kind: str
        quantity: pydantic.conint(ge=0)

        @pydantic.validator('name')
        def upper(cls, v):
            if not v.isupper():
                raise ValueError(f'Expected str.isupper to be true for {v!r}')
            return v

        @pydantic.validator('kind')
        def one_of(cls, v):
            if v not in ('wood', 'metal', 'plastic'):
                raise ValueError(f'Expected {v!r} to be one of wood, metal, plastic')
            return v

        class Config:
            validate_assignment = True
else:
    class PydanticComponent(pydantic.BaseModel):
        model_config = pydantic.ConfigDict(validate_assignment=True)
        name: pydantic.constr(min_length=3, max_length=10, strict=True)
        kind: str
        quantity: pydantic.conint(ge=0)

        @pydantic.field_validator('name')
        @classmethod
        def upper(cls, v):
            if not v.isupper():
                raise ValueError(f'Expected str.isupper to be true for {v!r}')
            return v

        @pydantic.field_validator('kind')
        @classmethod
        def one_of(cls, v):
            if v not in ('wood', 'metal', 'plastic'):
                raise ValueError(f'Expected {v!r} to be one of wood, metal, plastic')
            return v


class Point:
    kind = 5

    def __init__(self):
        self.x = 0


class Age:                       # a data descriptor reaching another attribute
    def __get__(self, obj, objtype=None):
        return obj.years

    def __set__(self, obj, value):
        obj.years = value


class Person:
    age = Age()

    def __init__(self):
        self.years = 0


class Counter:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k
        return self.n


class Temperature:
    def __init__(self):
        self.kelvin = 300.0

    @property
    def celsius(self):
        return self.kelvin - 273.15


class Square:
    def __init__(self):
        self.side = 3.0

    @functools.cached_property
    def area(self):
        return self.side * self.side


class B0:
    def __init__(self):
        self.a = 1


class B1(B0): pass
class B2(B1): pass
class B3(B2): pass
class B4(B3): pass


def objects():
    c = Component()
    c.name, c.kind, c.quantity = 'WIDGET', 'metal', 5
    s = Square()
    s.area
    return dict(p=Point(), q=Person(), c=c, pc=PlainComponent(), cnt=Counter(),
                t=Temperature(), s=s, b=B4(), v=5,
                ac=AttrsComponent('WIDGET', 'metal', 5),
                pd=PydanticComponent(name='WIDGET', kind='metal', quantity=5))


SET3 = "{o}.name = 'GADGET'; {o}.kind = 'wood'; {o}.quantity = v"

WORKLOADS = {
    'field_get/python': 'p.x',
    'field_set/python': 'p.x = v',
    'data_descriptor_get/python': 'q.age',
    'data_descriptor_set/python': 'q.age = v',
    'validated_set/python_plain': SET3.format(o='pc'),
    'validated_set/python': SET3.format(o='c'),
    'validated_set/attrs': SET3.format(o='ac'),
    'validated_set/pydantic': SET3.format(o='pd'),
    'method_call/python': 'cnt.add(v)',
    'property_get/python': 't.celsius',
    'cached_property_hit/python': 's.area',
    'classvar_get/python': 'p.kind',
    'inherit5_get/python': 'b.a',
}


def measure(stmt, min_time, repeat):
    """ns per run of stmt: the best of `repeat` timings of a number of runs that takes about
    min_time seconds."""
    # CPU time of this process, as Google Benchmark's cpu_time: a shared machine's other jobs
    # preempt the wall clock.
    t = timeit.Timer(stmt, timer=time.process_time, globals=objects())
    number = 1
    while True:
        took = t.timeit(number)
        if took >= min_time / 10:
            break
        number *= 10
    number = max(1, int(number * min_time / took))
    return min(t.repeat(repeat=repeat, number=number)) / number * 1e9


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--min-time', type=float, default=0.2,
                    help='seconds per timing (default %(default)s)')
    ap.add_argument('--repeat', type=int, default=7)
    args = ap.parse_args()
    empty = measure('pass', args.min_time, args.repeat)
    out = {'python': platform.python_implementation() + ' ' + platform.python_version(),
           'executable': sys.executable, 'pydantic': pydantic.VERSION,
           'attrs': attr.__version__, 'empty_ns': empty, 'ns': {}}
    for name, stmt in WORKLOADS.items():
        out['ns'][name] = max(measure(stmt, args.min_time, args.repeat) - empty, 0.0)
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == '__main__':
    main()
