# Rule: __getattr__ is consulted only when normal lookup fails.

class C:
    x = 1

    def __getattr__(self, name):
        print("__getattr__", name)
        return name.upper()


c = C()
print(c.x)
print(c.missing)
