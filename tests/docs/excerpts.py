#!/usr/bin/env python3
"""Keep the code of a Markdown page equal to the compiled programs it quotes.

    excerpts.py check DOC ROOT     exit 1 (and say which) if a quoted block has drifted
    excerpts.py write DOC ROOT     rewrite every quoted block from its source

In the page, a marker names a source file (relative to ROOT, the repository) and a region:

    <!-- from: examples/howto_ten.cpp ten -->
    ```cpp
    ...
    ```

In the source, the region is the lines between two comment lines (`//` in C++, `#` in Python)

    // tutorial: ten
    ...
    // tutorial end

taken without the markers and without their common indentation. The examples are built and
run by the suite, so a quoted block is code that compiles and prints what the page says. check
also fails on a marker naming a missing file or region, and on a region no page quotes.
"""
import os
import re
import sys

MARKER = re.compile(r'^<!--\s*from:\s*(\S+)\s+(\S+)\s*-->\s*$')
BEGIN = re.compile(r'^\s*(//|#)\s*tutorial:\s*(\S+)\s*$')
END = re.compile(r'^\s*(//|#)\s*tutorial end\s*$')


def regions(path):
    found, current, lines = {}, None, []
    with open(path, encoding='utf-8') as f:
        for line in f.read().split('\n'):
            m = BEGIN.match(line)
            if m:
                current, lines = m.group(2), []
            elif END.match(line) and current is not None:
                indent = min((len(l) - len(l.lstrip()) for l in lines if l.strip()), default=0)
                found[current] = '\n'.join(l[indent:] for l in lines).strip('\n')
                current = None
            elif current is not None:
                lines.append(line)
    return found


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ('check', 'write'):
        print(__doc__)
        return 2
    mode, doc, root = sys.argv[1:]
    with open(doc, encoding='utf-8') as f:
        lines = f.read().rstrip('\n').split('\n')
    problems, out, cache, quoted = [], [], {}, set()
    i = 0
    while i < len(lines):
        out.append(lines[i])
        m = MARKER.match(lines[i])
        if not m:
            i += 1
            continue
        source, name = m.groups()
        path = os.path.join(root, source)
        if source not in cache:
            cache[source] = regions(path) if os.path.exists(path) else None
        if cache[source] is None or name not in cache[source]:
            problems.append(f'line {i + 1}: no region {name} in {source}')
            i += 1
            continue
        quoted.add((source, name))
        if i + 1 >= len(lines) or not lines[i + 1].startswith('```'):
            problems.append(f'line {i + 1}: a code block must follow the marker')
            i += 1
            continue
        end = i + 2
        while end < len(lines) and lines[end] != '```':
            end += 1
        have, want = '\n'.join(lines[i + 2:end]), cache[source][name]
        if have != want:
            problems.append(f'line {i + 1}: the block differs from {source}, region {name}')
        out.append(lines[i + 1])
        out.extend((want if mode == 'write' else have).split('\n'))
        out.append('```')
        i = end + 1
    for source, found in cache.items():
        for name in sorted(found or {}):
            if (source, name) not in quoted:
                problems.append(f'{source}: region {name} is quoted nowhere in {doc}')
    if mode == 'write':
        with open(doc, 'w', encoding='utf-8') as f:
            f.write('\n'.join(out) + '\n')
        problems = [p for p in problems if 'differs' not in p]
    for p in problems:
        print(f'{doc}: {p}')
    if mode == 'check' and problems:
        print('(tests/docs/excerpts.py write DOC ROOT copies the regions into the page again)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
