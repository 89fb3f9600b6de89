# Observed attributes (Kotlin's Delegates.observable and vetoable), written as descriptors: the
# class's callback runs after a change with the old and new value, or, for vetoable, before
# it, and may refuse it. The callback belongs to the class and receives the object, so a copy
# of an object keeps observing.
import copy


class observable:
    def __init__(self, callback):
        self.callback = callback

    def __set_name__(self, owner, name):
        self.private = '_' + name

    def __get__(self, obj, objtype=None):
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        old = getattr(obj, self.private)
        setattr(obj, self.private, value)
        self.callback(obj, old, value)


class vetoable(observable):
    def __set__(self, obj, value):
        if self.callback(obj, getattr(obj, self.private), value):
            setattr(obj, self.private, value)


def name_changed(self, old, new):
    print(f"{self._tag}: name {old!r} -> {new!r}")


def age_check(self, old, new):
    print(f"{self._tag}: age {old} -> {new}?", "yes" if new >= old else "no")
    return new >= old


class Person:
    name = observable(name_changed)
    age = vetoable(age_check)

    def __init__(self, tag):
        self._tag = tag
        self._name = ''
        self._age = 0


p = Person('p')
p.name = 'Ann'
p.name = 'Bea'
p.age = 30
p.age = 20
print(p.name, p.age)
q = copy.copy(p)
q._tag = 'q'
q.name = 'Cy'
print(p.name, q.name)
print(vars(q))
