# Rule: one descriptor object bound under several names, in several classes, is one object:
# its __set_name__ is called once per binding (each class's in the order of its body), and its
# state is shared by every binding.


class Tracker:
    def __init__(self):
        self.bindings = []
        self.reads = 0

    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.bindings.append(f"{owner.__name__}.{name}")

    def __get__(self, obj, objtype=None):
        self.reads += 1
        return self.reads

    def __set__(self, obj, value):
        print("set", type(obj).__name__, value)


shared = Tracker()


class P:
    x = shared
    y = shared


class Q:
    z = shared


p, q = P(), Q()
print(p.x, p.y, q.z, P.x)
p.y = 5
q.z = 6
print(shared.bindings, shared.reads)
print(type(P.__dict__["x"]) is Tracker, P.__dict__["x"] is Q.__dict__["z"])
