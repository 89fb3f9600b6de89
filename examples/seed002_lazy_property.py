# Seed 002 (Python Descriptor Protocol Inside-out), "Lazy Property": a non-data descriptor that
# stores its result in the instance's __dict__ under its own name, so the entry hides the
# descriptor from then on and __get__ runs only once.

# define lazy_property class
class lazy_property(object):
    def __init__(self, fget):
        self.fget = fget

    # only define __get__() to make it as non-data descriptor
    def __get__(self, instance, cls):
        value = self.fget(instance)
        setattr(instance, self.fget.__name__, value)
        return value


class MyTest:
    def __init__(self):
        pass

    # use decorator, it's same as call
    # lp = lazy_property(func_definition...)
    @lazy_property
    def lp(self):
        print("Initialize lp")
        return "I am lazy property"


obj = MyTest()
print("======== Before access lp ========")
print("instance __dict__: {}".format(obj.__dict__))
print("======== First time access lp  ========")
print(obj.lp)
print("instance __dict__: {}".format(obj.__dict__))
print("======== Second time access lp  ========")
print(obj.lp)
