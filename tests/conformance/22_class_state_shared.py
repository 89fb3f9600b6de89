# Rule: descriptor objects live in the class: their own state is shared by all instances.

class Counter:
    def __init__(self):
        self.n = 0

    def __get__(self, obj, objtype=None):
        self.n += 1
        return self.n


class C:
    c = Counter()


a, b = C(), C()
print(a.c, b.c, a.c, C.c)
