#!/usr/bin/env python3
"""Keep docs/errors.md and tests/compile_fail/ in step.

    errors_doc.py check DOC CASE_DIR     exit 1 (and say why) if the page has drifted
    errors_doc.py write DOC CASE_DIR     rewrite the page's generated parts from the cases

The page has one section per compile-time message: its heading lists the message's phrases in
backquotes (`## \\`has no attribute\\``), as the cases' `// expect: PHRASE | ...` lines spell
them. Inside a section, generated parts follow markers:

  <!-- errors: case NAME -->   the next ```cpp block is NAME.cpp as it fails: the lines under
                               `#ifdef DESCR_FAIL` kept, the twin's dropped, the header
                               comment (which holds the expect line) left out;
  <!-- errors: fix NAME -->    the next ```cpp block is what the twin writes instead (the
                               `#else` lines), when the twin has lines of its own;
  <!-- errors: also -->        the next line lists the section's other cases.

check fails when a block differs from its case, when a case expects a phrase its section does
not list, when a case file is in no section or in two, or when a section names no case.
"""
import os
import re
import sys

EXPECT = re.compile(r'^\s*//\s*expect:\s*([^|]*?)\s*(\||$)')
MARKER = re.compile(r'^<!--\s*errors:\s*(case|fix|also)\s*(\S*)\s*-->\s*$')


def read_case(path):
    """(phrase, failing source, twin-only lines) of one compile-fail case."""
    with open(path, encoding='utf-8') as f:
        lines = f.read().rstrip('\n').split('\n')
    phrase = None
    for line in lines[:12]:
        m = EXPECT.match(line)
        if m:
            phrase = m.group(1)
            break
    start = 0
    while start < len(lines) and lines[start].startswith('//'):
        start += 1
    while start < len(lines) and not lines[start].strip():
        start += 1
    failing, twin_only = [], []
    stack = []  # for each open #if: None (not ours), or 'fail' / 'twin' (the branch we are in)
    for line in lines[start:]:
        directive = line.strip()
        if directive in ('#ifdef DESCR_FAIL', '#ifndef DESCR_FAIL'):
            stack.append('fail' if directive == '#ifdef DESCR_FAIL' else 'twin')
            if twin_only and twin_only[-1] != '// ...':
                twin_only.append('// ...')
            continue
        if directive.startswith('#if'):
            stack.append(None)
        elif directive == '#else' and stack and stack[-1] is not None:
            stack[-1] = 'twin' if stack[-1] == 'fail' else 'fail'
            continue
        elif directive == '#endif' and stack:
            if stack.pop() is not None:
                continue
        ours = [s for s in stack if s is not None]
        if not ours or ours[-1] == 'fail':
            failing.append(line)
        if ours and ours[-1] == 'twin':
            twin_only.append(line)
    while twin_only and twin_only[0] == '// ...':
        twin_only.pop(0)
    while twin_only and twin_only[-1] == '// ...':
        twin_only.pop()
    indent = min((len(l) - len(l.lstrip()) for l in twin_only if l.strip()), default=0)
    twin_only = [l[indent:] for l in twin_only]
    return phrase, '\n'.join(failing).rstrip('\n'), '\n'.join(twin_only)


def load_cases(case_dir):
    cases = {}
    for name in sorted(os.listdir(case_dir)):
        if name.endswith('.cpp') and not name.startswith('sanity_'):
            cases[name[:-4]] = read_case(os.path.join(case_dir, name))
    return cases


def sections(lines):
    """[(heading index, phrases)] for every ## heading."""
    result = []
    for i, line in enumerate(lines):
        if line.startswith('## '):
            result.append((i, re.findall(r'`([^`]+)`', line)))
    return result


def process(doc_lines, cases, write):
    problems, out, shown = [], [], {}
    heads = sections(doc_lines)
    section_of = {}
    for n, (i, phrases) in enumerate(heads):
        end = heads[n + 1][0] if n + 1 < len(heads) else len(doc_lines)
        for j in range(i, end):
            section_of[j] = (i, phrases)
    # First pass: the cases each section shows.
    for j, line in enumerate(doc_lines):
        m = MARKER.match(line)
        if m and m.group(1) == 'case':
            shown.setdefault(section_of.get(j, (None, []))[0], []).append(m.group(2))
    listed = {}
    i = 0
    while i < len(doc_lines):
        line = doc_lines[i]
        out.append(line)
        m = MARKER.match(line)
        if not m:
            i += 1
            continue
        kind, name = m.group(1), m.group(2)
        head, phrases = section_of.get(i, (None, []))
        if kind in ('case', 'fix'):
            if name not in cases:
                problems.append(f'line {i + 1}: no compile-fail case {name}')
                i += 1
                continue
            phrase, failing, twin = cases[name]
            listed.setdefault(name, []).append(head)
            if phrase not in phrases:
                problems.append(f'line {i + 1}: {name} expects `{phrase}`, not a phrase of '
                                f'its section ({", ".join(phrases)})')
            want = failing if kind == 'case' else twin
            # the block: ```cpp ... ``` right after the marker
            if i + 1 >= len(doc_lines) or doc_lines[i + 1] != '```cpp':
                problems.append(f'line {i + 1}: a ```cpp block must follow the marker')
                i += 1
                continue
            end = i + 2
            while end < len(doc_lines) and doc_lines[end] != '```':
                end += 1
            have = '\n'.join(doc_lines[i + 2:end])
            if have != want:
                problems.append(f'line {i + 1}: the block differs from {name}.cpp '
                                f'({"as it fails" if kind == "case" else "its twin"})')
            out.append('```cpp')
            out.extend((want if write else have).split('\n'))
            out.append('```')
            i = end + 1
            continue
        # also: the section's other cases, one line.
        others = sorted(n for n, (p, _, _) in cases.items()
                        if p in phrases and n not in shown.get(head, []))
        for n in others:
            listed.setdefault(n, []).append(head)
        want = ('Also checked by: ' + ', '.join(f'`{n}`' for n in others) + '.') if others \
            else 'No other case.'
        have = doc_lines[i + 1] if i + 1 < len(doc_lines) else ''
        if have != want:
            problems.append(f'line {i + 1}: the list of other cases should read: {want}')
        out.append(want if write else have)
        i += 2
    for name, (phrase, _, _) in cases.items():
        heads_listing = set(listed.get(name, []))
        if not heads_listing:
            problems.append(f'{name}.cpp (`{phrase}`) is in no section')
        elif len(heads_listing) > 1:
            problems.append(f'{name}.cpp is in {len(heads_listing)} sections')
    for head, phrases in heads:
        if phrases and not shown.get(head):
            problems.append(f'line {head + 1}: the section shows no case')
    return problems, out


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ('check', 'write'):
        print(__doc__)
        return 2
    mode, doc, case_dir = sys.argv[1:]
    with open(doc, encoding='utf-8') as f:
        lines = f.read().rstrip('\n').split('\n')
    problems, out = process(lines, load_cases(case_dir), mode == 'write')
    if mode == 'write':
        with open(doc, 'w', encoding='utf-8') as f:
            f.write('\n'.join(out) + '\n')
        problems, _ = process(out, load_cases(case_dir), False)
    for p in problems:
        print(f'{doc}: {p}')
    if mode == 'check' and problems:
        print('(tests/docs/errors_doc.py write regenerates the code blocks and case lists)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
