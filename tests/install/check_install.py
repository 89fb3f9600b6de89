#!/usr/bin/env python3
"""meson install into a scratch root, then build a consumer with pkg-config's flags for descr.

The flags carry no -std: the consumer chooses its standard. It is built as C++20 and as C++23
(consumer.cpp checks, under DESCR_EXPECT_NEWER_THAN_CXX20, that C++23 is what it got).
"""
import glob, os, subprocess, sys, tempfile

meson, build_root, consumer, *compiler = sys.argv[1:]
with tempfile.TemporaryDirectory() as root:
    subprocess.run([meson, 'install', '-C', build_root, '--destdir', root, '--no-rebuild', '--quiet'],
                   check=True)
    pcs = glob.glob(os.path.join(root, '**', 'descr.pc'), recursive=True)
    if not pcs:
        sys.exit('descr.pc was not installed')
    env = dict(os.environ, PKG_CONFIG_PATH=os.path.dirname(pcs[0]), PKG_CONFIG_SYSROOT_DIR=root)
    cflags = subprocess.run(['pkg-config', '--cflags', 'descr'], env=env, check=True,
                            capture_output=True, text=True).stdout.split()
    print('pkg-config --cflags descr:', ' '.join(cflags))
    if not any(f.startswith('-I') and f.startswith('-I' + root) for f in cflags):
        sys.exit(f'pkg-config does not point into the installed copy: {cflags}')
    if any(f.startswith('-std') for f in cflags):
        sys.exit(f'descr.pc imposes a language standard: {cflags}')
    for std in ['c++20', 'c++23']:
        exe = os.path.join(root, 'consumer')
        extra = ['-DDESCR_EXPECT_NEWER_THAN_CXX20'] if std != 'c++20' else []
        subprocess.run([*compiler, f'-std={std}', *extra, *cflags, consumer, '-o', exe], check=True)
        out = subprocess.run([exe], check=True, capture_output=True, text=True).stdout
        print(f'-std={std}:', out, end='')
        if out != '5 10\n':
            sys.exit(1)
