# Rule: dynamic lookup: the value is computed on every access.
import os
import tempfile


class DirectorySize:
    def __get__(self, obj, objtype=None):
        return len(os.listdir(obj.dirname))


class Directory:
    size = DirectorySize()

    def __init__(self, dirname):
        self.dirname = dirname


with tempfile.TemporaryDirectory() as t:
    for n in ('a', 'b', 'c'):
        open(os.path.join(t, n), 'w').close()
    d = Directory(t)
    print(d.size)
    os.remove(os.path.join(t, 'b'))
    print(d.size)
