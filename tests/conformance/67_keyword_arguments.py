# Keyword arguments, and seed 000's story: instrumenting a method so that every call logs the
# types of its arguments, then calls the original through its own binding
# (orig_forward.__get__(self_attn, type(self_attn))(**kwargs)), the arguments passed by name.
# Passing self_attn again to the bound original is the TypeError of the story (in C++, a
# compile error: tests/compile_fail/keyword_multiple_values.cpp).


class Attention:
    def __init__(self, scale):
        self.scale = scale

    def forward(self, hidden_states, attention_mask, bias=0.5):
        return self.scale * hidden_states + attention_mask + bias


attn = Attention(2)
print(attn.forward(3, 1))
print(attn.forward(attention_mask=1, hidden_states=3))
print(attn.forward(3, bias=0.25, attention_mask=1))
print(Attention.forward(self=attn, hidden_states=3, attention_mask=1))

log = []
orig_forward = Attention.__dict__['forward']


def logged_forward(self, **kwargs):
    log.append(sorted((k, type(v).__name__) for k, v in kwargs.items()))
    return orig_forward.__get__(self, type(self))(**kwargs)


print(logged_forward(attn, hidden_states=3, attention_mask=1))
print(logged_forward(attn, attention_mask=1.5, hidden_states=2, bias=0))
print(log)

try:
    orig_forward.__get__(attn, Attention)(attn, hidden_states=3, attention_mask=1)
except TypeError as e:
    print('TypeError:', e)


class Shape:
    def make(a, b):
        return b * a

    make = staticmethod(make)

    def of(cls, side):
        s = cls()
        s.side = side
        return s

    of = classmethod(of)


print(Shape.make(b='ab', a=3), Shape().make(3, b='x'))
print(Shape.of(side=4).side)
