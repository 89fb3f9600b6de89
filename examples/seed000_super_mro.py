# Seed 000 (Understanding Python Descriptors), "Invocation from super" and "Summary of
# invocation logic": super(A2, a).z searches the MRO of type(a) after A2 and calls
# Base.__dict__['z'].__get__(a, A2); a.__getattribute__('y') is where descriptors are invoked.

class Ten2:
    def __get__(self, obj, objtype=None):
        print(f"__get__ called with obj={obj}, objtype={objtype}")
        return 10


class Base:
    z = Ten2()  # Descriptor in the base class


class A2(Base):
    x = 5
    y = Ten2()  # Descriptor instance in A2

    def show_super_lookup(self):
        # This will trigger the descriptor lookup through super()
        return super().z


a = A2()
print(repr(a.y))
print(repr(super(A2, a).z))
print(repr(Base.__dict__['z'].__get__(a, A2)))
print(a.__class__.__mro__)
print(repr(a.show_super_lookup()))
print(repr(a.__getattribute__('y')))
