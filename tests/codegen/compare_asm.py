#!/usr/bin/env python3
"""Zero overhead: plain_NAME and descr_NAME must compile to the same instructions.

    compare_asm.py COMPILER... INCLUDE_DIR SOURCE.cpp

SOURCE is compiled at -O2 with -S. For every function plain_NAME there must be a descr_NAME
(and the other way round), and the two must list the same instructions once
  - directives, comments and labels are removed, except the local labels that an instruction
    jumps to, which stay where they are so that jumps are compared with their targets;
  - local labels (.L3, .LBB0_2) are renamed in the order they appear;
  - a constant loaded from memory (.LC0, .LCPI0_1, or a named object such as the template
    parameter object that holds an attribute's name) is replaced by its data, so 2.5 and 3.5
    differ and the string "left" is the same wherever it is stored;
  - the pair's own symbols (plain_x, descr_x) are written the same way.
Exit status: 0 every pair matches, 1 some differ, 99 the script could not do its job.
"""
import os
import re
import subprocess
import sys

FLAGS = ['-std=c++20', '-O2', '-S', '-o', '-', '-Wall', '-Wextra', '-Werror',
         '-fdiagnostics-color=never']
MIN_PAIRS = 6

LABEL = re.compile(r'^\s*[^\s#]+:')               # `.L3:`, `.LBB0_2:`, `plain_sum:`
LOCAL = re.compile(r'\.L[A-Za-z_]*\d+(?:_\d+)*')   # .L3, .LC0, .LBB0_2, .LCPI1_0, .Ltmp4
OWN = re.compile(r'\b(?:plain|descr)_(\w+)')
SYMBOL = re.compile(r'(?<![\w.$])(?:\.L[\w.]*|[A-Za-z_]\w*)')  # .L3, .L.str.6, _ZTAX...


def strip_comment(line):
    # `# %bb.0:`, `# double 3.5` (x86), `// ...` (AArch64); not AArch64's immediates (`#10`).
    if line.lstrip().startswith('#'):
        return ''
    return re.sub(r'\s(#|//)(\s.*)?$', '', line).rstrip()


def internal(msg):
    print(f'compare_asm.py: {msg}', file=sys.stderr)
    sys.exit(99)


def functions(asm):
    """{name: [raw lines]} for every function, from `name:` to `.size name, ...`. Only labels
    that a `.type name, @function` declares start one: a data object's label (a template
    parameter object, a variable) is no function, and its `.size` may come before it."""
    declared = set(re.findall(r'^\s*\.type\s+([A-Za-z_]\w*)\s*,\s*@function', asm, re.M))
    out, current = {}, None
    for line in asm.splitlines():
        m = re.match(r'^([A-Za-z_]\w*):', line)
        if m and current is None and m.group(1) in declared:
            current = m.group(1)
            out[current] = []
            continue
        if current is not None:
            if re.match(r'^\s*\.size\s+' + re.escape(current) + r'\s*,', line):
                current = None
            else:
                out[current].append(line)
    return out


DATA = re.compile(r'^\s*\.(byte|short|value|long|int|quad|octa|single|float|double|zero|'
                  r'ascii|asciz|string|p2align|align)\b')


def constants(asm):
    """{label: its data} for the constants an instruction may load (.LC0, .LCPI0_1, .L.str.6)
    and for named data objects (_ZTAX..., the object of a constant template argument)."""
    out, current = {}, None
    for line in asm.splitlines():
        m = re.match(r'^(\.L[\w.]+|[A-Za-z_]\w*):', line)
        if m:
            current = m.group(1)
            out[current] = []
        elif current is not None and DATA.match(line):
            if not re.match(r'^\s*\.(p2align|align)\b', line):
                out[current].append(' '.join(strip_comment(line).split()))
        else:
            current = None
    return {k: v for k, v in out.items() if v}


def instructions(lines, data):
    """The instructions, plus the local labels they jump to (so that a jump's target counts).
    A constant loaded from memory is written as its data, so that 2.5 and 3.5 differ."""
    body = []
    for line in lines:
        line = strip_comment(line)
        if (line.strip() and not line.strip().startswith('.')) or LABEL.match(line):
            body.append(line)
    targets = {t for line in body if not LABEL.match(line) for t in LOCAL.findall(line)}
    result, names = [], {}

    def rename(m):
        if m.group(0) in data:
            return '<' + '; '.join(data[m.group(0)]) + '>'
        return names.setdefault(m.group(0), f'.L{len(names)}')

    def symbol(m):
        if m.group(0) in data:
            return '<' + '; '.join(data[m.group(0)]) + '>'
        return rename(m) if LOCAL.fullmatch(m.group(0)) else m.group(0)

    for line in body:
        m = LABEL.match(line)
        if m:
            label = m.group(0).strip()[:-1]
            if label in targets:
                result.append(LOCAL.sub(rename, label) + ':')
            continue
        line = SYMBOL.sub(symbol, line)
        line = OWN.sub(r'own_\1', line)
        result.append(' '.join(line.split()))
    return result


def main():
    if len(sys.argv) < 4:
        internal('usage: compare_asm.py COMPILER... INCLUDE_DIR SOURCE.cpp')
    *compiler, include_dir, source = sys.argv[1:]
    cmd = [*compiler, *FLAGS, '-I', include_dir, source]
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ, LC_ALL='C'))
    except OSError as e:
        internal(f'cannot run {cmd}: {e}')
    if r.returncode != 0:
        internal(f'{" ".join(cmd)} failed:\n{r.stderr}')

    funcs = functions(r.stdout)
    data = constants(r.stdout)
    plain = {n[len('plain_'):] for n in funcs if n.startswith('plain_')}
    descr = {n[len('descr_'):] for n in funcs if n.startswith('descr_')}
    if plain != descr:
        internal(f'unpaired functions: plain only {sorted(plain - descr)}, '
                 f'descr only {sorted(descr - plain)}')
    if len(plain) < MIN_PAIRS:
        internal(f'only {len(plain)} pairs found in the assembly, expected at least {MIN_PAIRS}')

    label = os.path.basename(compiler[-1])
    failed = []
    for name in sorted(plain):
        a = instructions(funcs['plain_' + name], data)
        b = instructions(funcs['descr_' + name], data)
        if not a:
            internal(f'plain_{name}: no instructions extracted')
        if a == b:
            print(f'[{label}] {name}: same {len(a)} lines (instructions and jump targets)')
            continue
        failed.append(name)
        print(f'[{label}] {name}: DIFFERENT ({len(a)} plain, {len(b)} descr instructions)')
        width = max(len(s) for s in a + ['plain_' + name])
        print(f'    {"plain_" + name:<{width}}  | descr_{name}')
        for i in range(max(len(a), len(b))):
            x = a[i] if i < len(a) else ''
            y = b[i] if i < len(b) else ''
            print(f'  {"!" if x != y else " "} {x:<{width}}  | {y}')
    if failed:
        print(f'[{label}] {len(failed)} of {len(plain)} pairs differ: {", ".join(failed)}')
        sys.exit(1)
    print(f'[{label}] all {len(plain)} pairs compile to the same instructions')


if __name__ == '__main__':
    main()
