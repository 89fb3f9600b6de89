# Rule: __set_name__ is called once per descriptor at class creation, with the owner and name.

class C:
    def __set_name__(self, owner, name):
        print(f"__set_name__ owner={owner.__name__} name={name}")
        self.name = name

    def __get__(self, obj, objtype=None):
        return self.name


class A:
    x = C()
    y = C()
    bananas = C()


class B(A):
    pass


print(A.x, A.y, A.bananas, B().bananas)
