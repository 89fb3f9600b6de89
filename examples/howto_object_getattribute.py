# The HowTo's "Invocation from an instance": object.__getattribute__ written out in pure
# Python. A data descriptor wins over the instance dictionary, which wins over a non-data
# descriptor, which wins over a plain class variable; then AttributeError.


def find_name_in_mro(cls, name, default):
    "Emulate _PyType_Lookup() in Objects/typeobject.c"
    for base in cls.__mro__:
        if name in vars(base):
            return vars(base)[name]
    return default


# tutorial: object-getattribute
def object_getattribute(obj, name):
    "Emulate PyObject_GenericGetAttr() in Objects/object.c"
    null = object()
    objtype = type(obj)
    cls_var = find_name_in_mro(objtype, name, null)
    descr_get = getattr(type(cls_var), '__get__', null)
    if descr_get is not null:
        if (hasattr(type(cls_var), '__set__')
            or hasattr(type(cls_var), '__delete__')):
            return descr_get(cls_var, obj, objtype)     # data descriptor
    if hasattr(obj, '__dict__') and name in vars(obj):
        return vars(obj)[name]                          # instance variable
    if descr_get is not null:
        return descr_get(cls_var, obj, objtype)         # non-data descriptor
    if cls_var is not null:
        return cls_var                                  # class variable
    raise AttributeError(name)
# tutorial end


class Ten:                          # a non-data descriptor
    def __get__(self, obj, objtype=None):
        return 10


class Twenty:                       # a data descriptor
    def __get__(self, obj, objtype=None):
        return 20

    def __set__(self, obj, value):
        raise AttributeError('read-only')


class Base:
    c = 30                          # a class variable, found along the MRO


class A(Base):
    d = Twenty()
    n = Ten()


a = A()
vars(a)['d'] = 1                    # hidden by the data descriptor
vars(a)['i'] = 40                   # only in the instance
for name in ['d', 'n', 'i', 'c']:
    print(name, object_getattribute(a, name), getattr(a, name))
vars(a)['n'] = 50                   # an instance variable hides the non-data descriptor
print('n', object_getattribute(a, 'n'), a.n)
try:
    object_getattribute(a, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
