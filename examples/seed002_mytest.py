# Seed 002 (Python Descriptor Protocol Inside-out), "Descriptor Protocol": a descriptor that
# prints the arguments of __get__, read from the class (instance is None) and from an instance.

class Descriptor:
    def __init__(self):
        self.__value = 0

    def __get__(self, instance, owner=None):
        print("self: {}".format(self))
        print("instance: {}".format(instance))
        print("owner: {}".format(owner))
        return 1


class MyTest:
    # d is an object of Descriptor
    # d is defined as an attribute of MyTest class
    d = Descriptor()


print("======== Class Access ========")
print("MyTest.d: {}".format(MyTest.d))

print("======== Instance Access ========")
t = MyTest()
print("t.d: {}".format(t.d))
