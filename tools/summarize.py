#!/usr/bin/env python3
"""Adds up meson's test logs of each build (g++, clang, sanitizers) into the closing line 'N passed, N failed'."""
import json, sys

passed = failed = skipped = 0
for path in sys.argv[1:]:
    try:
        lines = open(path).read().splitlines()
    except OSError:
        print(f'{path}: missing (setup, build or test run failed; see above)')
        failed += 1
        continue
    for line in lines:
        r = json.loads(line)['result']
        if r in ('OK', 'EXPECTEDFAIL'):
            passed += 1
        elif r == 'SKIP':
            skipped += 1
        else:
            failed += 1
print(f'{passed} passed, {failed} failed' + (f', {skipped} skipped' if skipped else ''))
sys.exit(1 if failed or not passed else 0)
