# Seed 000 (Understanding Python Descriptors), "Summary of invocation logic":
# object.__getattribute__() and type.__getattribute__() make different calls to __get__().
# The first includes the instance and may include the class. The second puts in None for the
# instance and always includes the class.

class DetailedDescriptor:
    def __get__(self, obj, objtype=None):
        print(f"__get__ called with obj={obj}, objtype={objtype}")
        return 42


class Normal:
    x = DetailedDescriptor()


n = Normal()
print(repr(n.x))
print(repr(Normal.x))
