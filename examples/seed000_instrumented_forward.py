# Seed 000 (Understanding Python Descriptors), "Background": the story that led its author to
# descriptors. To log the data types of the inputs of a self-attention module's forward pass,
# forward is replaced on the object by a function that logs every argument (all passed by
# name), then calls the original forward bound to the object by hand:
#     orig_forward.__get__(self_attn, type(self_attn))(**kwargs)
# The first attempt, orig_forward(self_attn, *args, **kwargs) with orig_forward read as the
# bound method self_attn.forward, raised TypeError: forward() got multiple values for argument
# 'hidden_states' (left out: in the C++ port that call does not compile).
import logging
import sys

logging.basicConfig(level=logging.INFO)
# print() goes to stdout and logging to stderr: keep their lines in order when both are
# redirected into one file.
sys.stdout.reconfigure(line_buffering=True)


class Tensor:
    def __init__(self, dtype):
        self.dtype = dtype


class LlamaAttention:
    def forward(self, hidden_states=None, attention_mask=None, position_ids=None):
        mask = 'no mask' if attention_mask is None else 'a mask'
        return f'{type(self).__name__}.forward: {hidden_states.dtype} states, {mask}'


self_attn = LlamaAttention()
orig_forward = LlamaAttention.__dict__['forward']   # the function, not bound to anything


def patched_forward(**kwargs):
    for name, value in kwargs.items():
        logging.info('%s: %s', name, None if value is None else value.dtype)
    return orig_forward.__get__(self_attn, type(self_attn))(**kwargs)


# A function is a non-data descriptor: an instance entry of the same name hides it.
self_attn.forward = patched_forward
print(self_attn.forward(hidden_states=Tensor('bfloat16'), attention_mask=None,
                        position_ids=Tensor('int64')))
print(self_attn.forward(hidden_states=Tensor('float16'), attention_mask=Tensor('bool'),
                        position_ids=None))

# Removing the entry uncovers the method again: no more logging.
del self_attn.forward
print(self_attn.forward(hidden_states=Tensor('float32'), attention_mask=None,
                        position_ids=None))
