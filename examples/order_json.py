# A realistic use of validated fields: an order with its items, loaded from JSON documents, every
# error of a document reported at once with its path (items[2].quantity), as pydantic reports
# them, instead of stopping at the first. The validators are the HowTo's, imported from
# howto_validators.py beside this file; load() below is the loader, written for this example:
# it sets each field through its validator, collects the errors, and builds nothing when there
# is one. dump() writes an object back, keys sorted.

import json

from howto_validators import Number, OneOf, String


class Item:
    sku = String(minsize=3, maxsize=10, predicate=str.isupper)
    kind = OneOf('wood', 'metal', 'plastic')
    quantity = Number(minvalue=0, maxvalue=1000)
    fields = ('sku', 'kind', 'quantity')


class Order:
    id = Number(minvalue=1)
    fields = ('id', 'items')
    nested = {'items': Item}


class ValidationError(ValueError):
    def __init__(self, cls, errors):
        self.errors = errors
        text = f'{len(errors)} validation error' + ('s' if len(errors) != 1 else '')
        text += f' for {cls.__name__}'
        for path, message in errors:
            text += f'\n{path}\n  {message}'
        super().__init__(text)


def load_into(cls, data, path, errors):
    obj = cls()
    for name in cls.fields:
        where = f'{path}.{name}' if path else name
        if name not in data:
            errors.append((where, 'Field required'))
        elif name in getattr(cls, 'nested', {}):
            setattr(obj, name, [load_into(cls.nested[name], item, f'{where}[{i}]', errors)
                                for i, item in enumerate(data[name])])
        else:
            try:
                setattr(obj, name, data[name])
            except (ValueError, TypeError) as e:
                errors.append((where, str(e)))
    return obj


def load(cls, text):
    errors = []
    obj = load_into(cls, json.loads(text), '', errors)
    if errors:
        raise ValidationError(cls, errors)
    return obj


def dump(obj):
    out = {}
    for name in type(obj).fields:
        value = getattr(obj, name)
        out[name] = [json.loads(dump(v)) for v in value] if isinstance(value, list) else value
    return json.dumps(out, sort_keys=True, separators=(',', ':'))


good = '''{"id": 7, "items": [{"sku": "AB1", "kind": "wood", "quantity": 2},
                          {"sku": "XYZ", "kind": "metal", "quantity": 0}]}'''
bad = '''{"id": 0, "items": [{"sku": "AB1", "kind": "wood", "quantity": 2},
                         {"sku": "xyz", "kind": "metal", "quantity": 1},
                         {"sku": "LONGER", "kind": "metle", "quantity": -5},
                         {"kind": "plastic", "quantity": "V"}]}'''

order = load(Order, good)
print('Loaded:', dump(order))
print('Items:', len(order.items), 'first quantity:', order.items[0].quantity)
try:
    load(Order, bad)
except ValidationError as e:
    print(e)
    print('Paths:', [path for path, _ in e.errors])
