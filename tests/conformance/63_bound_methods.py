# Functions are non-data descriptors: each read from an instance makes a new bound method
# (__func__, __self__), a read from the class gives the function, an instance entry of the
# same name shadows it; __get__ by hand binds it, as seed 000's patched forward calls the
# original one: orig_forward.__get__(self_attn, type(self_attn))(...).


class D:
    def f(self, x):
        return type(self).__name__, x


class E(D):
    pass


d = D()
print(d.f(3), D.f(d, 4), E().f(5), D.f(E(), 6))
m1, m2 = d.f, d.f
print(m1.__func__ is D.__dict__['f'], m1.__self__ is d, m1 is m2, m1 == m2, m1 == E().f)
d.f = lambda x: ('shadowed', x)
print(d.f(7))
del d.f
print(d.f(8))


class Attn:
    def forward(self, hidden_states, attention_mask=None):
        return type(self).__name__, hidden_states, attention_mask


self_attn = Attn()
orig_forward = Attn.__dict__['forward']


def patched_forward(hidden_states, attention_mask=None):
    print('forward', hidden_states, attention_mask)
    return orig_forward.__get__(self_attn, type(self_attn))(hidden_states, attention_mask)


print(patched_forward(1, 2))
print(orig_forward.__get__(self_attn)(3))
print(orig_forward.__get__(None, Attn) is Attn.forward)
