# The HowTo's spreadsheet Cell: `value` was a plain attribute; it became a property without a
# setter that recalculates the cell on every read, and client code reading cell.value is
# unchanged. Assigning it is an AttributeError (in C++, a compile error: read-only attribute).
sheet = {'a1': 2, 'a2': 3}


class Cell:
    def __init__(self, name):
        self.name = name
        self.recalcs = 0
        self._value = 0

    def recalc(self):
        self.recalcs += 1
        self._value = sum(sheet.values())

    def getvalue(self):
        "Recalculate the cell before returning value"
        self.recalc()
        return self._value

    value = property(getvalue)


b10 = Cell('b10')
print(b10.name, b10.value, b10.recalcs)
sheet['a2'] = 30
print(b10.value, b10.recalcs)
sheet['a3'] = 100
print(b10.value, b10.value, b10.recalcs)
b10.__dict__['value'] = -1
print(b10.value, b10.recalcs)
try:
    b10.value = 7
except AttributeError as e:
    print('AttributeError:', e)
print(Cell.value.__doc__)
