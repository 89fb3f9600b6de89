#!/usr/bin/env python3
"""Every public header of descr, included in one file, compiles with -fno-exceptions: clang
rejects a `throw` or `try` in a header it parses, even in a template never instantiated, so a
raise written without DESCR_DETAIL_RAISE (detail/raise.hpp) fails here.

    check_headers.py COMPILER... INCLUDE_DIR
"""
import os
import pathlib
import subprocess
import sys
import tempfile

*compiler, include_dir = sys.argv[1:]
headers = sorted(p.relative_to(include_dir).as_posix()
                 for p in pathlib.Path(include_dir, 'descr').rglob('*.hpp'))
if len(headers) < 50:
    print(f'check_headers.py: only {len(headers)} headers under {include_dir}', file=sys.stderr)
    sys.exit(99)
with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, 'all_headers.cpp')
    with open(src, 'w') as f:
        f.write(''.join(f'#include <{h}>\n' for h in headers) + 'int main() {}\n')
    cmd = [*compiler, '-std=c++20', '-fno-exceptions', '-Wall', '-Wextra', '-Wpedantic',
           '-Werror', '-fsyntax-only', '-I', include_dir, src]
    r = subprocess.run(cmd, capture_output=True, text=True)
    sys.stderr.write(r.stderr)
    print(f'{len(headers)} headers ' + ('compile' if r.returncode == 0 else 'do not compile') +
          ' with -fno-exceptions')
    sys.exit(r.returncode)
