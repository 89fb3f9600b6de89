# Seed 000 (Understanding Python Descriptors), "Summary of invocation logic": data descriptors
# always override instance dictionaries, even when the instance dictionary has an entry of the
# same name.

class DataDescriptor:
    def __init__(self, initial_value=None):
        self.value = initial_value

    def __get__(self, obj, objtype=None):
        print("DataDescriptor.__get__ called")
        return self.value

    def __set__(self, obj, value):
        print(f"DataDescriptor.__set__ called with value: {value}")
        self.value = value


class Example:
    x = DataDescriptor(42)  # Data descriptor defined in class

    def __init__(self):
        # Try to override with instance attribute
        self.__dict__['x'] = "Instance value"


example = Example()
print(example.__dict__)
print(repr(example.x))
example.x = 100
print(repr(example.__dict__['x']))
print(repr(example.x))
