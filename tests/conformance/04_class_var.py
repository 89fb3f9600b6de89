# Rule: class variables are found after instance entries; instance assignment shadows them.

class C:
    v = 1


c = C()
print(c.v)
c.v = 2
print(c.v, C.v)
del c.v
print(c.v)
