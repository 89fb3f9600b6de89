# Seed 000 (Understanding Python Descriptors), "Closing thoughts" and "Automatic name
# notification": when a class is created, __set_name__ is called on each of its descriptors with
# the owner and the name the descriptor was assigned to, in the order of the class body.

class C:
    def __set_name__(self, owner, name):
        print(f"__set_name__ called with owner={owner.__name__}, name='{name}'")
        self.name = name


class A:
    x = C()         # This will trigger __set_name__
    y = C()         # This will trigger it again with a different name
    bananas = C()


a = A()
print((a.x, a.y, a.x.name, a.y.name, a.bananas.name))


class NameTracker:
    def __set_name__(self, owner, name): self.name = name


class_dict = {
    'x': NameTracker(),
    'y': NameTracker(),
    'z': 5
}

Demo = type('Demo', (), class_dict)
print(repr(Demo.x.name))
print(repr(Demo.y.name))
