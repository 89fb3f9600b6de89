# Seed 003 (Descriptors, a notebook), "What Do These Methods Do?": the behaviour of functions,
# classmethod, staticmethod and property synthesized by hand with user-written descriptors.
# Each notebook cell's last expression is displayed when it is not None: that display is a
# print(...) here; a function object is shown by whether it can be called, since its repr
# names Python's internals.

class InstanceMethodMaker :

    def __init__(self, func) :
        self.__func__ = func
    #end __init__

    def __get__(self, instance, owner) :

        def callfunc(*args, **kwargs) :
            return \
                self.__func__(instance, *args, **kwargs)
        #end callfunc

    #begin __get__
        return \
            callfunc
    #end ___get__

#end InstanceMethodMaker

class MyClass :
    def __repr__(self) :
        return "<MyClass instance>"    # an address-free repr, to compare sessions
#end MyClass

def my_method(*args) :
    print("my_method got called with args %s" % repr(args))
#end my_method

MyClass.instance_method = InstanceMethodMaker(my_method)
my_instance = MyClass()

# In [ ]:
print(callable(my_instance.instance_method))

# In [ ]:
my_instance.instance_method("hi there")

class ClassMethodMaker :

    def __init__(self, func) :
        self.__func__ = func
    #end __init__

    def __get__(self, instance, owner) :

        def callfunc(*args, **kwargs) :
            return \
                self.__func__(owner, *args, **kwargs)
        #end callfunc

    #begin __get__
        return \
            callfunc
    #end ___get__

#end ClassMethodMaker

MyClass.class_method = ClassMethodMaker(my_method)

# In [ ]:
print(callable(my_instance.class_method))

# In [ ]:
my_instance.class_method("hi there")

# In [ ]:
print(callable(MyClass.class_method))

# In [ ]:
MyClass.class_method("hi there")

# In [ ]:
def orig_teststaticmethod() :
    pass
#end orig_teststaticmethod
teststaticmethod = staticmethod(orig_teststaticmethod)

# In [ ]:
print(teststaticmethod.__get__("dummy") is orig_teststaticmethod)
# returns True

class MyProp :

    def __init__(self, getx = None, setx = None) :
        self._getx = getx
        self._setx = setx
    #end __init__

    def __get__(self, inst, owner) :
        if self._getx == None :
            raise RuntimeError("non-readable property")
        #end if
        return \
            self._getx(inst)
    #end __get__

    def __set__(self, inst, value) :
        if self._setx == None :
            raise RuntimeError("non-writable property")
        #end if
        self._setx(inst, value)
    #end __set__

    def setter(self, setx) :
        self._setx = setx
        return \
            self
    #end setter

#end MyProp

class MyPropTest :

    def __init__(self) :
        self._prop = ""
    #end __init__

    @MyProp
    def prop(self) :
        return \
            "get " + self._prop
    #end prop

    @prop.setter
    def prop(self, value) :
        self._prop = "set " + value
    #end prop

#end MyPropTest

# In [ ]:
m = MyPropTest()
m.prop = "newval"
print(m.prop)
m.prop = "new " + m.prop
print(m.prop)

# In [ ]:
print(repr(m._prop))
