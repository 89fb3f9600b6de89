# Seed 003 (Descriptors, a notebook), "What Do These Methods Do?": InstanceMethodMaker and
# ClassMethodMaker emulate, with user-written descriptors, what functions and classmethod do.
# my_method prints its arguments; MyClass and its instances print without an address.
class InstanceMethodMaker:

    def __init__(self, func):
        self.__func__ = func

    def __get__(self, instance, owner):

        def callfunc(*args, **kwargs):
            return self.__func__(instance, *args, **kwargs)

        return callfunc


class ClassMethodMaker:

    def __init__(self, func):
        self.__func__ = func

    def __get__(self, instance, owner):

        def callfunc(*args, **kwargs):
            return self.__func__(owner, *args, **kwargs)

        return callfunc


class MyClass:
    def __repr__(self):
        return "<MyClass instance>"


def my_method(*args):
    print("my_method got called with args %s" % repr(args))


MyClass.instance_method = InstanceMethodMaker(my_method)
my_instance = MyClass()
print(callable(my_instance.instance_method))
my_instance.instance_method("hi there")

MyClass.class_method = ClassMethodMaker(my_method)
print(callable(my_instance.class_method))
my_instance.class_method("hi there")
MyClass.class_method("hi there")


class MySubclass(MyClass):
    pass


MySubclass().class_method("from a subclass")
MyClass.instance_method("from the class")   # instance is None
