# Seed 000 (Understanding Python Descriptors), "Summary of invocation logic": non-data
# descriptors may be overridden by instance dictionaries. (The seed's __get__ prints
# "DataDescriptor.__get__ called"; it is never called here.)

class NonDataDescriptor:
    def __init__(self, initial_value=None):
        self.value = initial_value

    def __get__(self, obj, objtype=None):
        print("DataDescriptor.__get__ called")
        return self.value


class Example:
    x = NonDataDescriptor(42)  # Data descriptor defined in class

    def __init__(self):
        # Try to override with instance attribute
        self.__dict__['x'] = "Instance value"


example = Example()
print(example.__dict__)
print(repr(example.x))
