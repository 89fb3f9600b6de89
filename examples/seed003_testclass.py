# Seed 003 (Descriptors, a notebook), "When Do Descriptors Come Into Effect?": TestClass holds a
# non-data and a data descriptor that report each call with its arguments. Each notebook cell's
# last expression is displayed when it is not None: that display is a print(repr(...)) here.

class NonDataDescriptor :
    "constructs a dummy non-data descriptor with an identifying name."

    def __init__(self, name) :
        self.name = name
    #end __init__

    def __get__(self, *args) :
        print("called nondata “%s” get(%s)" % (self.name, repr(args)))
    #end __get__

#end NonDataDescriptor

class DataDescriptor :
    "constructs a dummy data descriptor with an identifying name."

    def __init__(self, name) :
        self.name = name
    #end __init__

    def __get__(self, *args) :
        print("called data “%s” get(%s)" % (self.name, repr(args)))
    #end __get__

    def __set__(self, *args) :
        print("called data “%s” set(%s)" % (self.name, repr(args)))
    #end __set__

#end DataDescriptor

class TestClass :
    nondata = NonDataDescriptor("meth")
    data = DataDescriptor("prop")
#end TestClass

# In [ ]:
t = TestClass()
t.nondata
t.data          # displays nothing: __get__ returned None

# In [ ]:
t.nondata = "something new"
print(repr(t.nondata))

# In [ ]:
t.data = "something new"
t.data          # displays nothing: __get__ returned None
