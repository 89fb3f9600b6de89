# Rule: a non-data descriptor answers instance and class access; __get__ sees (obj, owner).

class Ten:
    def __get__(self, obj, objtype=None):
        print("get", "None" if obj is None else type(obj).__name__, objtype.__name__)
        return 10


class A:
    x = 5
    y = Ten()


a = A()
print(a.x, a.y)
print(A.x, A.y)
