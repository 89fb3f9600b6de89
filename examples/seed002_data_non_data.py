# Seed 002 (Python Descriptor Protocol Inside-out), "Descriptor Protocol": a data descriptor
# and a non-data descriptor side by side.

class DataDescriptor:
    def __init__(self):
        self.__value = 0

    def __get__(self, instance, owner=None):
        print("DataDescriptor __get__()")
        return self.__value

    # data descriptor need to define __set__ (or __delete__)
    def __set__(self, instance, value):
        print("DataDescriptor __set__()")
        self.__value = value


class NonDataDescriptor():
    def __get__(self, instance, owner=None):
        print("NonDataDescriptor __get__()")
        return "NonDataDescriptor Value"


class MyTest:
    dd = DataDescriptor()
    ndd = NonDataDescriptor()


obj = MyTest()
print(obj.dd)
obj.dd = 5
print(obj.dd)
print(obj.ndd)
