#!/usr/bin/env python3
"""Every header under INCLUDE_DIR stays short enough to read as one idea: at most LIMIT lines."""
import pathlib, sys

root, limit = pathlib.Path(sys.argv[1]), int(sys.argv[2])
long = [(len(p.read_text().splitlines()), p.relative_to(root).as_posix())
        for p in sorted(root.rglob('*.hpp'))]
long = [(n, name) for n, name in long if n > limit]
for n, name in long:
    print(f'{name}: {n} lines (at most {limit}): split it by idea')
print(f'{len(long)} headers over {limit} lines')
sys.exit(1 if long else 0)
