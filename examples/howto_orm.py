# The HowTo's "ORM example": a Field descriptor reads and writes one column of a database
# row, found through the owner's primary key; the object itself holds only the key. Here the
# HowTo's Movies and Music tables are created and filled first, in a file of a temporary
# directory, and three additions a real program wants are shown:
#   - a Field may hold a validator (the HowTo's Number): a value it rejects is never written;
#   - a missing row is a LookupError naming the table and the key (the HowTo's Field would fail
#     with "'NoneType' object is not subscriptable");
#   - values are always passed as SQL parameters, so a hostile string is stored as text.
# The HowTo keeps one global connection; here each object is given its connection, so that a
# program (or a test) may open several databases.
import os
import sqlite3
import tempfile


class Number:                       # the HowTo's validator, its validate() only

    def __init__(self, minvalue=None, maxvalue=None):
        self.minvalue = minvalue
        self.maxvalue = maxvalue

    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f'Expected {value!r} to be an int or float')
        if self.minvalue is not None and value < self.minvalue:
            raise ValueError(f'Expected {value!r} to be at least {self.minvalue!r}')
        if self.maxvalue is not None and value > self.maxvalue:
            raise ValueError(f'Expected {value!r} to be no more than {self.maxvalue!r}')


# tutorial: field
class Field:

    def __init__(self, validator=None):
        self.validator = validator

    def __set_name__(self, owner, name):
        # Table and column names come from the class, never from data: only they are
        # formatted into the SQL text; every value is a ? parameter.
        self.where = f'in {owner.table} where {owner.key} ='
        self.fetch = f'SELECT {name} FROM {owner.table} WHERE {owner.key}=?;'
        self.store = f'UPDATE {owner.table} SET {name}=? WHERE {owner.key}=?;'

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        row = obj.conn.execute(self.fetch, [obj.key]).fetchone()
        if row is None:
            raise LookupError(f'no row {self.where} {obj.key!r}')
# tutorial end
        return row[0]

    def __set__(self, obj, value):
        if self.validator is not None:
            self.validator.validate(value)          # raises before anything is written
        cursor = obj.conn.execute(self.store, [value, obj.key])
        obj.conn.commit()                           # at once
        if cursor.rowcount == 0:
            raise LookupError(f'no row {self.where} {obj.key!r}')


# tutorial: movie
class Movie:
    table = 'Movies'                    # Table name
    key = 'title'                       # Primary key
    director = Field()
    year = Field(Number(minvalue=1878))

    def __init__(self, conn, key):
        self.conn = conn
        self.key = key
# tutorial end


class Song:
    table = 'Music'
    key = 'title'
    artist = Field()
    year = Field(Number(minvalue=1860))
    genre = Field()

    def __init__(self, conn, key):
        self.conn = conn
        self.key = key


with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'entertainment.db')
    conn = sqlite3.connect(path)
    conn.execute('CREATE TABLE Movies (title TEXT PRIMARY KEY, director TEXT, year INTEGER);')
    conn.execute('CREATE TABLE Music (title TEXT PRIMARY KEY, artist TEXT, year INTEGER, '
                 'genre TEXT);')
    conn.executemany('INSERT INTO Movies VALUES (?, ?, ?);', [
        ('Star Wars', 'George Lucas', 1977),
        ('Jaws', 'Steven Spielberg', 1975),
        ('Casablanca', 'Michael Curtiz', 1942)])
    conn.executemany('INSERT INTO Music VALUES (?, ?, ?, ?);', [
        ('Country Roads', 'John Denver', 1971, 'Country'),
        ('Bohemian Rhapsody', 'Queen', 1975, 'Rock')])
    conn.commit()

    # tutorial: session
    # The HowTo's session.
    print(repr(Movie(conn, 'Star Wars').director))
    jaws = Movie(conn, 'Jaws')
    print(f'Released in {jaws.year} by {jaws.director}')
    print(repr(Song(conn, 'Country Roads').artist))
    Movie(conn, 'Star Wars').director = 'J.J. Abrams'
    # tutorial end
    print(repr(Movie(conn, 'Star Wars').director))

    # From the class, the Field itself, with the SQL it runs.
    print(Movie.director.fetch)
    print(Movie.director.store)

    # Two objects for one key: each read goes to the database, so each sees the other's writes.
    a, b = Song(conn, 'Bohemian Rhapsody'), Song(conn, 'Bohemian Rhapsody')
    a.genre = 'Opera rock'
    print(repr(b.genre))

    # A rejected value is never written.
    try:
        jaws.year = 1066
    except ValueError as e:
        print('ValueError:', e)
    print(jaws.year)

    # A hostile string is a value like any other.
    jaws.director = "'); DROP TABLE Movies; --"
    print(repr(jaws.director))
    print(conn.execute('SELECT count(*) FROM Movies;').fetchone()[0])

    # A missing row, read or written.
    try:
        Movie(conn, 'Jaws 19').director
    except LookupError as e:
        print('LookupError:', e)
    try:
        Movie(conn, 'Jaws 19').year = 2015
    except LookupError as e:
        print('LookupError:', e)
    conn.close()

    # The file keeps it all: open it again.
    conn = sqlite3.connect(path)
    print(repr(Movie(conn, 'Star Wars').director), Song(conn, 'Bohemian Rhapsody').genre)
    conn.close()
