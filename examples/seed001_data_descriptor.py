# Seed 001 (Python Descriptor - A Thorough Guide), "binding behaviour": a data descriptor with
# __get__, __set__ and __delete__. It keeps its value in itself, so e's __dict__ stays empty.
# (The seed prints Example.__dict__ too, a mappingproxy of interpreter internals; this script
# reads Example.attr instead, which shows the value kept in the class's descriptor.)

class DataDescriptor(object):
    def __init__(self):
        self.value = 0

    def __get__(self, obj, type):
        print("__get__")
        return self.value

    def __set__(self, obj, value):
        print(" __set__")
        try:
            self.value = value
        except AttributeError:
            print(f"Can not set value {value}")

    def __delete__(self, obj):
        print(" __del__")


class Example():
    attr = DataDescriptor()


d = DataDescriptor()
e = Example()
e.attr                      # 0, __get__
e.attr = "new attribute"    # __set__
del e.attr                  # __del__
print(d.__dict__)
# {'value': 0}
print(e.__dict__)
# {}
print(repr(Example.attr))   # __get__(None, Example)
