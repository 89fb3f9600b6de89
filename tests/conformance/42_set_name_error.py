# Rule: an exception raised by __set_name__ stops the class's creation; CPython 3.11 raises
# RuntimeError naming the descriptor's class, the attribute and the owner, with the original
# exception as its __cause__. Creating the class again runs every __set_name__ again.


class Descriptor:
    def __set_name__(self, owner, name):
        raise ValueError(f"{name} cannot be bound to {owner.__name__}")


try:
    class NotGoingToWork:
        attr = Descriptor()
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)

tries = 0


class Fine:
    def __set_name__(self, owner, name):
        print(f"set_name {owner.__name__}.{name}")


class Flaky:
    def __set_name__(self, owner, name):
        global tries
        tries += 1
        print(f"set_name {owner.__name__}.{name}, try {tries}")
        if tries == 1:
            raise KeyError(name)

    def __get__(self, obj, objtype=None):
        return tries


for attempt in (1, 2):
    try:
        class Retried:
            before = Fine()
            flaky = Flaky()
            after = Fine()
        print("Retried created:", Retried().flaky)
    except RuntimeError as e:
        print(type(e).__name__, e)
        print(type(e.__cause__).__name__, e.__cause__)
