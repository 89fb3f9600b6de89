#!/usr/bin/env python3
"""meson install into a scratch root, then build a consumer with pkg-config's flags for descr."""
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
    if not any(f.startswith('-I') and f.startswith('-I' + root) for f in cflags):
        sys.exit(f'pkg-config does not point into the installed copy: {cflags}')
    exe = os.path.join(root, 'consumer')
    subprocess.run([*compiler, *cflags, consumer, '-o', exe], check=True)
    out = subprocess.run([exe], check=True, capture_output=True, text=True).stdout
    print(out, end='')
    sys.exit(0 if out == '5 10\n' else 1)
