#!/usr/bin/env python3
"""The JSON Schema descr generates, judged by an independent validator (python3-jsonschema):
over generated valid and invalid documents, every document the schema accepts the loader
accepts, and the other way round. Usage: check_schema.py JSON_SCHEMA_DRIVER"""
import copy
import json
import random
import subprocess
import sys

import jsonschema

INTS = [0, 1, -1, 2, 100, 101, 1000, 1001, 32767, 32768, -32768, -32769, 2**31 - 1, 2**31,
        -2**31, -2**31 - 1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, 2**70]
FLOATS = [0.0, 0.5, 0.49, 1.0, 1.5, 2.0, 2.01, 2.5, -0.5, 1e20, -1e20, 1e300, 3.0e9]
STRINGS = ["", "A", "AB", "AB1", "ABC", "ab", "abc", "ABCDEFGHIJ", "ABCDEFGHIJK", "Widget",
           "WIDGET", "12", "042", "12a", " ", " \t\n", "\x1c\x1f", "a\n", "12\n", "Hello World",
           "Hello world", "HeLLo", "A1B", "É", "ÉA", "Ab", "abc def", "x_y", "abcdef", "hello",
           "wood", "metal", "plastic", "metle", "WOOD", "ÀÉ", "naïve", "a1", "A b", "\x7f",
           "ab\u00e9", "\u4e2d\u6587"]
OTHER = [None, True, False, [], [1], ["a"], {}, {"a": 1}]
POOL = INTS + FLOATS + STRINGS + OTHER

BASE = {
    "order": {"id": 7, "customer": {"name": "Ada", "code": "042"},
              "items": [{"sku": "AB1", "kind": "wood", "quantity": 2, "price": 1.5},
                        {"sku": "XYZ", "kind": "metal", "quantity": 0, "price": 3}],
              "note": None, "urgent": True, "weight": 2.25},
    "sampler": {"title": "Hello World", "word": "abc", "lower": "abc", "alnum": "a1",
                "space": " ", "ascii": "ab", "ratio": 1, "small": 5, "flag": 1, "share": 0.5,
                "tags": ["a"], "maybe": 3},
}


def paths(doc, prefix=()):
    """Every path to a value inside doc (keys and list indices)."""
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield prefix + (k,)
            yield from paths(v, prefix + (k,))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            yield prefix + (i,)
            yield from paths(v, prefix + (i,))


def container(doc, path):
    for p in path[:-1]:
        doc = doc[p]
    return doc


def mutate(doc, rng):
    doc = copy.deepcopy(doc)
    path = rng.choice(list(paths(doc)))
    parent = container(doc, path)
    what = rng.random()
    if what < 0.1 and isinstance(parent, dict):
        del parent[path[-1]]                                   # a missing key
    elif what < 0.2 and isinstance(parent, dict):
        parent[rng.choice(["extra", "Sku", "_id", "colour"])] = rng.choice(POOL)  # unknown key
    else:
        parent[path[-1]] = rng.choice(POOL)                    # another value
    return doc


def documents(model, rng):
    base = BASE[model]
    docs = [base]
    # Each field of the base document set to each value of the pool, one at a time.
    for path in paths(base):
        for value in POOL:
            doc = copy.deepcopy(base)
            container(doc, path)[path[-1]] = value
            docs.append(doc)
    # Random documents: one to four mutations of the base.
    for _ in range(300):
        doc = base
        for _ in range(rng.randint(1, 4)):
            doc = mutate(doc, rng)
        docs.append(doc)
    return docs


def main():
    driver = sys.argv[1]
    rng = random.Random(20261201)
    total = accepted = 0
    disagreements = []
    for model in ("order", "sampler"):
        for mode in ("lax", "strict"):
            docs = documents(model, rng)
            text = "".join(json.dumps(d) + "\n" for d in docs)
            out = subprocess.run([driver, model, mode], input=text, capture_output=True,
                                 text=True, check=True).stdout.splitlines()
            schema = json.loads(out[0])
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            verdicts = out[1:]
            assert len(verdicts) == len(docs), (len(verdicts), len(docs))
            for doc, verdict in zip(docs, verdicts):
                schema_ok = validator.is_valid(doc)
                loader_ok = verdict == "ok"
                total += 1
                accepted += loader_ok
                if schema_ok != loader_ok:
                    disagreements.append(f"{model} {mode}: schema {'accepts' if schema_ok else 'rejects'},"
                                         f" loader says {verdict!r}: {json.dumps(doc)}")
    for d in disagreements[:30]:
        print(d)
    print(f"{total} documents, {accepted} accepted by both, {total - accepted} rejected; "
          f"{len(disagreements)} disagreements")
    # Both kinds must be well represented for the check to mean something.
    assert accepted >= 100 and total - accepted >= 100, (accepted, total)
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
