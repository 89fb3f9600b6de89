# Seed 000 (Understanding Python Descriptors), "Modifying Ten a bit to visualize this" and
# "Invocation from an instance": Ten2 prints the arguments of __get__, and the HowTo's pure
# Python emulations of the lookup, with the prints seed 000 added, show which rule answers.

class Ten2:
    def __get__(self, obj, objtype=None):
        print(f"__get__ called with obj={obj}, objtype={objtype}")
        return 10


class A2:
    x = 5
    y = Ten2()                  # Descriptor instance


a2 = A2()
print(repr(a2.y))


def find_name_in_mro(cls, name, default):
    "Emulate _PyType_Lookup() in Objects/typeobject.c"
    for base in cls.__mro__:
        if name in vars(base):
            return vars(base)[name]
    return default


def object_getattribute(obj, name):
    "Emulate PyObject_GenericGetAttr() in Objects/object.c"
    null = object()
    objtype = type(obj)
    cls_var = find_name_in_mro(objtype, name, null)
    descr_get = getattr(type(cls_var), '__get__', null)
    if descr_get is not null:
        if (hasattr(type(cls_var), '__set__')
            or hasattr(type(cls_var), '__delete__')):
            print("returning data descriptor set/delete")
            return descr_get(cls_var, obj, objtype)     # data descriptor
    if hasattr(obj, '__dict__') and name in vars(obj):
        print("returning instance variable")
        return vars(obj)[name]                          # instance variable
    if descr_get is not null:
        print("returning descr_get")
        return descr_get(cls_var, obj, objtype)         # non-data descriptor
    if cls_var is not null:
        print("returning class variable")
        return cls_var                                  # class variable
    raise AttributeError(name)


print(repr(object_getattribute(a2, 'y')))
print(repr(object_getattribute(a2, 'x')))


def getattr_hook(obj, name):
    "Emulate slot_tp_getattr_hook() in Objects/typeobject.c"
    try:
        print("__getattribute__")
        return obj.__getattribute__(name)
    except AttributeError:
        if not hasattr(type(obj), '__getattr__'):
            raise
        print("__getattr__")
        return type(obj).__getattr__(obj, name)


print(repr(getattr_hook(a2, 'y')))
print(repr(getattr_hook(a2, 'x')))
