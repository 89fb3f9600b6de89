# Seed 000 (Understanding Python Descriptors), "Summary of invocation logic": descriptors are
# invoked by __getattribute__(), so overriding it prevents the automatic descriptor calls.

class MyDescriptor:
    def __get__(self, obj, objtype=None):
        print(f"Descriptor __get__ called!")
        return 42


class Normal:
    x = MyDescriptor()


n = Normal()
print(repr(n.x))


class OverrideGetattribute:
    x = MyDescriptor()
    y = 5

    def __getattribute__(self, name):
        print(f"Custom __getattribute__ called for {name}")
        if name == 'x':
            return "Bypassed descriptor"
        return object.__getattribute__(self, name)


o = OverrideGetattribute()
print(repr(o.x))
print(repr(o.y))
