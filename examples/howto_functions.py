# The HowTo's "Functions and Methods", seed 000's walk-through of it and seed 003's TestClass1:
# a function in a class body is a non-data descriptor; read from the class it is the function,
# read from an instance it is a bound method holding the function (__func__) and the instance
# (__self__), and every read makes a new one.
import types


# tutorial: functions
class D:
    def f(self, x):
        return x


d = D()
print(D.__dict__['f'])       # access through the class dictionary does not invoke __get__
print(D.f)                   # from the class, __get__ returns the function unchanged
print(D.f.__qualname__)
print(d.f)                   # from an instance, a bound method
print(d.f.__func__)
print(d.f.__self__)
print(d.f(3), D.f(d, 4))     # obj.f(*args) is f(obj, *args)
# tutorial end


# Seed 000: "Methods can be created manually with types.MethodType, which is roughly
# equivalent to" this class; its __call__ passes the object first.
class MethodType:
    "Emulate PyMethod_Type in Objects/classobject.c"

    def __init__(self, func, obj):
        self.__func__ = func
        self.__self__ = obj

    def __call__(self, *args, **kwargs):
        func = self.__func__
        obj = self.__self__
        return func(obj, *args, **kwargs)


m = MethodType(D.f, d)
print(m(5), m.__func__ is D.f, m.__self__ is d)


# Seed 000: __get__ by hand binds a function to an object, so the call needs no self.
class Me:
    def f(self):
        return self


me = Me()
print(Me.__dict__['f'].__get__(me))
print(Me.__dict__['f'].__get__(me)() is me)


# Seed 003: a new method object on every access, equal to the last, with the same __func__.
class TestClass1:

    def test_method(self):
        pass


test_inst = TestClass1()

print("function is of FunctionType? ", isinstance(TestClass1.test_method, types.FunctionType))
print("instance method is of FunctionType? ",
      isinstance(test_inst.test_method, types.FunctionType))
print("instance method is of MethodType? ", isinstance(test_inst.test_method, types.MethodType))
print("same method object each time? ", test_inst.test_method is test_inst.test_method)
print("equal method object each time? ", test_inst.test_method == test_inst.test_method)
print("method objects have same __func__?",
      test_inst.test_method.__func__ is test_inst.test_method.__func__)
