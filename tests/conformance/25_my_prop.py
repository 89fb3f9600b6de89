# Seed 003 (Descriptors, a notebook): MyProp, a partial emulation of property() with a getter
# and a setter that raise RuntimeError when missing, and MyPropTest, whose getter and setter
# change the values they pass, to show that they run.
class MyProp:

    def __init__(self, getx=None, setx=None):
        self._getx = getx
        self._setx = setx

    def __get__(self, inst, owner):
        if self._getx == None:
            raise RuntimeError("non-readable property")
        return self._getx(inst)

    def __set__(self, inst, value):
        if self._setx == None:
            raise RuntimeError("non-writable property")
        self._setx(inst, value)

    def setter(self, setx):
        self._setx = setx
        return self


class MyPropTest:

    def __init__(self):
        self._prop = ""

    @MyProp
    def prop(self):
        return "get " + self._prop

    @prop.setter
    def prop(self, value):
        self._prop = "set " + value

    @MyProp
    def readonly(self):
        return "read " + self._prop

    writeonly = MyProp(None, lambda self, value: print("writeonly got", value))


m = MyPropTest()
m.prop = "newval"
print(m.prop)
m.prop = "new " + m.prop
print(m.prop)
print(m._prop)
print(m.readonly)
try:
    m.readonly = "x"
except RuntimeError as e:
    print("RuntimeError:", e)
m.writeonly = "w"
try:
    m.writeonly
except RuntimeError as e:
    print("RuntimeError:", e)
