#!/usr/bin/env python3
"""Before C++20, `#include <HEADER>` must fail with descr's #error first, and stop there.

    check_cxx17.py COMPILER... INCLUDE_DIR HEADER

Compiled with -std=c++17, the diagnostics may hold descr's #error ("descr requires C++20") and
then only the fatal error that ends the compilation (detail/config.hpp), nothing else.
"""
import os, re, subprocess, sys, tempfile

*compiler, include_dir, header = sys.argv[1:]
MESSAGE = 'descr requires C++20 (-std=c++20 or later)'
DIAGNOSTIC = re.compile(r': (fatal error|error): ')

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, 'check.cpp')
    with open(src, 'w') as f:
        f.write(f'#include <{header}>\nint main() {{}}\n')
    r = subprocess.run([*compiler, '-std=c++17', '-fsyntax-only', '-fdiagnostics-color=never',
                        '-I', include_dir, src], capture_output=True, text=True)
sys.stderr.write(r.stderr)
errors = [line for line in r.stderr.splitlines() if DIAGNOSTIC.search(line)]
if r.returncode == 0:
    sys.exit(f'{header} compiled as C++17')
if not errors or MESSAGE not in errors[0]:
    sys.exit(f'the first error is not descr\'s #error: {errors[:1]}')
later = [e for e in errors[1:] if 'fatal error' not in e or 'stopping here' not in e]
if later or len(errors) > 2:
    sys.exit(f'{len(errors)} errors: the compilation did not stop at the #error')
print(errors[0])
