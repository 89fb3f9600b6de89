#!/usr/bin/env python3
"""Compile every ```cpp block of a Markdown file, as a user would paste it.

    check_snippets.py MARKDOWN INCLUDE_DIR COMPILER...

Each block is compiled on its own (`-std=c++20 -Wall -Wextra -Wpedantic -Werror`, to an object
file) after a prelude: descr.hpp, validators.hpp, repr.hpp and common standard headers, so a
snippet may leave those out. A block mixes declarations and statements as documentation does:
its top-level chunks (a line at column 0 with the indented lines and closing braces after it,
and the comment lines just above it) are sorted in order into

  declarations  chunks starting with #, struct, class, template, using, namespace,
                static_assert, inline, constexpr, consteval, enum, or a function definition
                (`void greet(...) {`, `int main() {`): kept at namespace scope (a
                static_assert that follows a statement goes with the statements);
  statements    every other chunk (`A a;`, `descr::setattr<"x">(a, 1);`): put, in order, in
                the body of a function, `int main()` unless the block defines main itself.

A block that cannot compile as it is (a signature with `...` standing for a body, a name the
text only mentions) is marked on the line before its fence with

  <!-- snippet: skip: REASON -->

and is listed, with its reason, in this test's output: nothing is skipped silently.
Exit status: 0 all blocks compiled, 1 one failed (its source and the compiler's output are
printed), 2 bad usage.
"""
import os
import re
import subprocess
import sys
import tempfile

PRELUDE = '''#include <descr/descr.hpp>
#include <descr/repr.hpp>
#include <descr/validators.hpp>

#include <cmath>
#include <concepts>
#include <cstddef>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>
'''
FLAGS = ['-std=c++20', '-Wall', '-Wextra', '-Wpedantic', '-Werror', '-fdiagnostics-color=never']
DECLARATION = re.compile(
    r'^(#|struct\b|class\b|template\b|using\b|namespace\b|static_assert\b|inline\b|'
    r'constexpr\b|consteval\b|enum\b|typedef\b|extern\b)')
FUNCTION_DEFINITION = re.compile(r'^[\w:<>,*& ]+\s[\w:]+\s*\(.*\)\s*(const\s*)?(->[^;]*)?\{')
SKIP = re.compile(r'<!--\s*snippet:\s*skip:\s*(.*?)\s*-->')


def blocks(text):
    """(line number, code, skip reason or None) for each ```cpp block."""
    lines = text.split('\n')
    i = 0
    while i < len(lines):
        if lines[i].strip() == '```cpp':
            start = i + 1
            j = start
            while j < len(lines) and lines[j].strip() != '```':
                j += 1
            k = i - 1
            while k >= 0 and not lines[k].strip():
                k -= 1
            m = SKIP.search(lines[k]) if k >= 0 else None
            yield start + 1, '\n'.join(lines[start:j]), (m.group(1) if m else None)
            i = j + 1
        else:
            i += 1


def chunks(code):
    """Top-level chunks: (first code line, text)."""
    result, current, comments = [], None, []
    for line in code.split('\n'):
        top = line[:1] not in ('', ' ', '\t') and not line.startswith('}') \
            and not line.startswith(')')
        if top and line.startswith('//'):
            if current is not None:
                result.append(current)
                current = None
            comments.append(line)
        elif top:
            if current is not None:
                result.append(current)
            current = [line, comments + [line]]
            comments = []
        elif current is not None:
            current[1].append(line)
        else:
            comments.append(line)
    if current is not None:
        result.append(current)
    return [(first, '\n'.join(text)) for first, text in result]


def translation_unit(code):
    declarations, statements = [], []
    for first, text in chunks(code):
        if first.startswith('static_assert') and statements:
            statements.append(text)   # after a statement: it may name the statement's objects
        elif DECLARATION.match(first) or FUNCTION_DEFINITION.match(first):
            declarations.append(text)
        else:
            statements.append(text)
    source = PRELUDE + '\n' + '\n'.join(declarations) + '\n'
    if statements:
        name = 'snippet_statements' if re.search(r'\bint\s+main\s*\(', code) else 'main'
        body = '\n'.join('  ' + line for line in '\n'.join(statements).split('\n'))
        source += f'\nint {name}() {{\n{body}\n  return 0;\n}}\n'
    elif not re.search(r'\bint\s+main\s*\(', code):
        source += '\nint main() {}\n'
    return source


def main():
    if len(sys.argv) < 4:
        print(__doc__)
        return 2
    markdown, include, compiler = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(markdown, encoding='utf-8') as f:
        text = f.read()
    failed = compiled = 0
    skipped = []
    with tempfile.TemporaryDirectory() as tmp:
        for line, code, reason in blocks(text):
            if reason is not None:
                skipped.append((line, reason))
                continue
            source = translation_unit(code)
            path = os.path.join(tmp, f'snippet_{line}.cpp')
            with open(path, 'w', encoding='utf-8') as f:
                f.write(source)
            run = subprocess.run(compiler + FLAGS + ['-I', include, '-c', path, '-o',
                                                     os.path.join(tmp, 'snippet.o')],
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            if run.returncode == 0:
                compiled += 1
            else:
                failed += 1
                print(f'{markdown}:{line}: the block does not compile. As compiled:')
                for n, src in enumerate(source.split('\n'), 1):
                    print(f'{n:4} | {src}')
                print(run.stdout)
    for line, reason in skipped:
        print(f'{markdown}:{line}: not compiled ({reason})')
    print(f'{compiled} blocks compiled, {failed} failed, {len(skipped)} marked skip')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
