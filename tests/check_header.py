#!/usr/bin/env python3
"""Compile `#include <HEADER>` alone: each public header must stand on its own."""
import subprocess, sys, tempfile, os

*compiler, include_dir, header = sys.argv[1:]
with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, 'check.cpp')
    with open(src, 'w') as f:
        f.write(f'#include <{header}>\n#include <{header}>\nint main() {{}}\n')
    cmd = [*compiler, '-std=c++20', '-Wall', '-Wextra', '-Wpedantic', '-Werror',
           '-fsyntax-only', '-I', include_dir, src]
    r = subprocess.run(cmd, capture_output=True, text=True)
    sys.stderr.write(r.stderr)
    sys.exit(r.returncode)
