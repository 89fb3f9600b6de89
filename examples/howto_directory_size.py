# Seed 000 (the Descriptor HowTo's Primer), "Dynamic lookups": DirectorySize computes its value
# on every read, so the count follows the files. The seed's songs/ and games/ folders are made
# here, in a temporary directory, with the seed's numbers of files.
import os
import tempfile


# tutorial: directory-size
class DirectorySize:

    def __get__(self, obj, objtype=None):
        return len(os.listdir(obj.dirname))


class Directory:

    size = DirectorySize()              # Descriptor instance

    def __init__(self, dirname):
        self.dirname = dirname          # Regular instance attribute
# tutorial end


with tempfile.TemporaryDirectory() as root:
    os.chdir(root)
    os.mkdir('songs')
    os.mkdir('games')
    for i in range(1, 5):
        open(f'songs/song{i}.txt', 'w').close()
    for i in range(1, 3):
        open(f'games/game{i}.txt', 'w').close()

    s = Directory('songs')
    g = Directory('games')
    print(s.size)                       # The songs directory has four files
    print(g.size)                       # The games directory has two files
    os.remove('games/game1.txt')        # Delete a game
    print(g.size)                       # File count is automatically updated
    os.chdir('/')
