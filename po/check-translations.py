#!/usr/bin/env python3
# po/check-translations.py: translation checks for `meson test --suite i18n`.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage:
#   check-translations.py complete  --po-dir DIR --lang LL [--msgfmt PATH]
#       LL.po passes `msgfmt --check` and has no untranslated or fuzzy message.
#   check-translations.py pot-current --source-root DIR --po-dir DIR --lang LL [--xgettext PATH]
#       A template made now from po/POTFILES.in (with the arguments of meson's i18n 'glib'
#       preset) has every msgid translated in LL.po, and every file under src/ and ui/ with
#       translatable strings is listed in POTFILES.in.
#   check-translations.py english --po-dir DIR
#       No source string (koers.pot) has one of the English slips ENGLISH_SLIPS lists.
#   check-translations.py terms --po-dir DIR --lang LL
#       LL.po uses one word for each thing (TERMS below): no translation uses a variant the
#       project chose against. Search keyword lists (msgids ending in ';') may hold variants.
#
# Exit codes: 0 pass, 1 fail, 77 skip (a tool is missing). Only the standard library is used.

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77

# What meson 1.0's i18n.gettext(preset: 'glib') passes to xgettext
# (mesonbuild/modules/i18n.py PRESET_ARGS['glib'] and scripts/gettext.py run_potgen),
# plus our po/meson.build args, which the preset already contains.
GLIB_PRESET_ARGS = [
    '--from-code=UTF-8',
    '--add-comments',
    '--keyword=_',
    '--keyword=N_',
    '--keyword=C_:1c,2',
    '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2',
    '--keyword=g_dngettext:2,3',
    '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format',
    '--flag=C_:2:pass-c-format',
    '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format',
    '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format',
    '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format',
    '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format',
    '--flag=g_log:3:c-format',
    '--flag=g_print:1:c-format',
    '--flag=g_printerr:1:c-format',
    '--flag=g_printf:1:c-format',
    '--flag=g_fprintf:2:c-format',
    '--flag=g_sprintf:2:c-format',
    '--flag=g_snprintf:3:c-format',
]

# Folders whose files must be in POTFILES.in when they hold translatable strings.
SCANNED_DIRS = ('src', 'ui')


# --------------------------------------------------------------------------------------------
# A small PO parser

class PoError(Exception):
    pass


class PoEntry:
    def __init__(self, line):
        self.line = line          # line number of the entry's first line
        self.flags = set()
        self.msgctxt = None
        self.msgid = None
        self.msgid_plural = None
        self.msgstr = {}          # index -> text; plain msgstr is index 0

    @property
    def key(self):
        return (self.msgctxt, self.msgid)

    @property
    def fuzzy(self):
        return 'fuzzy' in self.flags

    @property
    def translated(self):
        if self.fuzzy or not self.msgstr:
            return False
        if self.msgid_plural is not None:
            if 0 not in self.msgstr:
                return False
        return all(s != '' for s in self.msgstr.values())


_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'a': '\a', 'b': '\b', 'f': '\f', 'v': '\v',
            '"': '"', '\\': '\\', "'": "'", '?': '?'}


def _unquote(text, path, lineno):
    """Decode one C string literal "..." with its escapes."""
    text = text.strip()
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise PoError(f'{path}:{lineno}: expected a quoted string, got {text!r}')
    body = text[1:-1]
    out = []
    i = 0
    while i < len(body):
        c = body[i]
        if c == '"':
            raise PoError(f'{path}:{lineno}: unescaped quote inside string')
        if c != '\\':
            out.append(c)
            i += 1
            continue
        i += 1
        if i >= len(body):
            raise PoError(f'{path}:{lineno}: string ends in a backslash')
        e = body[i]
        if e in _ESCAPES:
            out.append(_ESCAPES[e])
            i += 1
        elif e in '01234567':
            m = re.match(r'[0-7]{1,3}', body[i:])
            out.append(chr(int(m.group(0), 8)))
            i += len(m.group(0))
        elif e == 'x':
            m = re.match(r'[0-9A-Fa-f]+', body[i + 1:])
            if not m:
                raise PoError(f'{path}:{lineno}: \\x without hex digits')
            out.append(chr(int(m.group(0), 16)))
            i += 1 + len(m.group(0))
        else:
            raise PoError(f'{path}:{lineno}: unknown escape \\{e}')
    return ''.join(out)


_KEYWORD_RE = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*)$')


def parse_po(path):
    """Return the list of live entries of a PO file (obsolete #~ entries are left out)."""
    with open(path, encoding='utf-8') as f:
        lines = f.read().splitlines()

    entries = []
    cur = None
    field = None          # ('msgctxt'|'msgid'|'msgid_plural'|'msgstr', index)
    seen_msgstr = False

    def finish():
        nonlocal cur, field, seen_msgstr
        if cur is not None:
            if cur.msgid is None:
                if cur.msgctxt is not None or cur.msgstr:
                    raise PoError(f'{path}:{cur.line}: entry without msgid')
            else:
                if not cur.msgstr:
                    raise PoError(f'{path}:{cur.line}: msgid without msgstr')
                entries.append(cur)
        cur = None
        field = None
        seen_msgstr = False

    def append(text, lineno):
        kind, idx = field
        if kind == 'msgstr':
            cur.msgstr[idx] += text
        else:
            setattr(cur, kind, getattr(cur, kind) + text)

    for lineno, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line:
            finish()
            continue
        if line.startswith('#~'):
            # Obsolete entry: ignored. It ends any live entry before it.
            if cur is not None and cur.msgid is not None:
                finish()
            continue
        if line.startswith('#'):
            # A comment after a msgstr starts the next entry.
            if seen_msgstr:
                finish()
            if cur is None:
                cur = PoEntry(lineno)
            if line.startswith('#,'):
                cur.flags.update(fl.strip() for fl in line[2:].split(',') if fl.strip())
            continue          # #. #: #| and translator comments
        if line.startswith('"'):
            if field is None:
                raise PoError(f'{path}:{lineno}: string continuation outside an entry')
            append(_unquote(line, path, lineno), lineno)
            continue
        m = _KEYWORD_RE.match(line)
        if not m:
            raise PoError(f'{path}:{lineno}: cannot parse {line!r}')
        keyword, index, rest = m.group(1), m.group(2), m.group(3)
        text = _unquote(rest, path, lineno)
        if keyword in ('msgctxt', 'msgid'):
            if seen_msgstr or (cur is not None and
                               (keyword == 'msgctxt' and (cur.msgctxt is not None or cur.msgid is not None)
                                or keyword == 'msgid' and cur.msgid is not None)):
                finish()
            if cur is None:
                cur = PoEntry(lineno)
            setattr(cur, keyword, text)
            field = (keyword, None)
        elif keyword == 'msgid_plural':
            if cur is None or cur.msgid is None or seen_msgstr:
                raise PoError(f'{path}:{lineno}: msgid_plural without msgid')
            cur.msgid_plural = text
            field = ('msgid_plural', None)
        else:
            if cur is None or cur.msgid is None:
                raise PoError(f'{path}:{lineno}: msgstr without msgid')
            idx = int(index) if index is not None else 0
            if (index is None) != (cur.msgid_plural is None):
                raise PoError(f'{path}:{lineno}: {"msgstr[n]" if index is not None else "msgstr"} '
                              f'does not fit {"a plural" if cur.msgid_plural is not None else "a singular"} entry')
            if idx in cur.msgstr:
                raise PoError(f'{path}:{lineno}: msgstr[{idx}] given twice')
            cur.msgstr[idx] = text
            field = ('msgstr', idx)
            seen_msgstr = True
    finish()

    seen = {}
    for e in entries:
        if e.key in seen:
            raise PoError(f'{path}:{e.line}: duplicate message {describe(e.key)} '
                          f'(first at line {seen[e.key]})')
        seen[e.key] = e.line
    return entries


def describe(key):
    ctxt, msgid = key
    s = repr(msgid)
    if len(s) > 90:
        s = s[:87] + '...'
    return f'{s} (context {ctxt!r})' if ctxt is not None else s


# --------------------------------------------------------------------------------------------
# complete: msgfmt --check, then no fuzzy or untranslated message

_STAT_RE = re.compile(r'(\d+) (translated message|fuzzy translation|untranslated message)s?')


def cmd_complete(args):
    po = os.path.join(args.po_dir, args.lang + '.po')
    msgfmt = args.msgfmt or shutil.which('msgfmt')
    if not msgfmt:
        print('SKIP: msgfmt not found')
        return SKIP
    env = dict(os.environ, LC_ALL='C', LANGUAGE='C')
    proc = subprocess.run([msgfmt, '--check', '--statistics', '-o', os.devnull, po],
                          env=env, capture_output=True, text=True)
    output = (proc.stdout + proc.stderr).strip()
    print(f'msgfmt --check --statistics {po}:\n{output}')
    failed = False
    if proc.returncode != 0:
        print(f'FAIL: msgfmt --check exited with {proc.returncode} (format or syntax error above)')
        failed = True

    counts = {'translated message': 0, 'fuzzy translation': 0, 'untranslated message': 0}
    matched = False
    for m in _STAT_RE.finditer(output):
        counts[m.group(2)] = int(m.group(1))
        matched = True
    if not matched and proc.returncode == 0:
        print('FAIL: could not read the statistics line of msgfmt')
        failed = True
    if counts['fuzzy translation'] or counts['untranslated message']:
        print(f'FAIL: {counts["fuzzy translation"]} fuzzy and '
              f'{counts["untranslated message"]} untranslated message(s) in {po}')
        failed = True

    # Name the messages, from our own parser.
    try:
        for e in parse_po(po):
            if e.msgid == '':
                continue
            if e.fuzzy:
                print(f'  fuzzy ({po}:{e.line}): {describe(e.key)}')
            elif not e.translated:
                print(f'  untranslated ({po}:{e.line}): {describe(e.key)}')
    except PoError as err:
        print(f'FAIL: {err}')
        failed = True

    if not failed:
        print(f'OK: {counts["translated message"]} messages, all translated')
    return 1 if failed else 0


# --------------------------------------------------------------------------------------------
# pot-current: a fresh template is fully translated, and POTFILES.in is complete

def read_potfiles(path):
    files = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith('#'):
                files.append(line)
    return files


_C_TOKEN_RE = re.compile(
    r'//[^\n]*'                                 # line comment
    r'|/\*.*?\*/'                               # block comment
    r'|"(?:\\.|[^"\\\n])*"'                     # string literal
    r"|'(?:\\.|[^'\\\n])*'",                    # char literal
    re.S)
_C_MARK_RE = re.compile(r'(?<![A-Za-z0-9_])(?:_|N_|C_|NC_|g_dngettext|g_dcgettext|g_dpgettext2|'
                        r'ngettext|gettext|pgettext)\s*\(')
_UI_MARK_RE = re.compile(r'''translatable\s*=\s*["'](?:yes|true|1)["']''', re.I)


def has_translatable_strings(path):
    try:
        with open(path, encoding='utf-8', errors='replace') as f:
            text = f.read()
    except OSError:
        return False
    if _UI_MARK_RE.search(text):
        return True
    if path.endswith(('.c', '.h')):
        # Comments and literals out, so "/* see _() */" does not count; the "#define _(x)" of
        # a gettext header would, but glib/gi18n.h keeps that out of our tree.
        code = _C_TOKEN_RE.sub(lambda m: '""' if m.group(0).startswith('"') else ' ', text)
        code = '\n'.join(l for l in code.splitlines() if not re.match(r'\s*#\s*define\b', l))
        return bool(_C_MARK_RE.search(code))
    return False


def cmd_pot_current(args):
    root = os.path.abspath(args.source_root)
    po = os.path.join(args.po_dir, args.lang + '.po')
    potfiles_in = os.path.join(args.po_dir, 'POTFILES.in')
    xgettext = args.xgettext or shutil.which('xgettext')
    failed = False

    # 1. Every file under src/ and ui/ with translatable strings is listed.
    listed = read_potfiles(potfiles_in)
    listed_set = set(listed)
    for name in listed:
        if not os.path.isfile(os.path.join(root, name)):
            print(f'FAIL: POTFILES.in lists {name}, which does not exist')
            failed = True
    missing_files = []
    for top in SCANNED_DIRS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith('.'))
            for fn in sorted(filenames):
                full = os.path.join(dirpath, fn)
                rel = os.path.relpath(full, root).replace(os.sep, '/')
                if rel not in listed_set and has_translatable_strings(full):
                    missing_files.append(rel)
    for rel in missing_files:
        print(f'FAIL: {rel} has translatable strings but is not listed in po/POTFILES.in')
        failed = True

    # 2. A template made now, the way `ninja koers-pot` makes it.
    if not xgettext:
        print('SKIP: xgettext not found (POTFILES.in check ' + ('failed' if failed else 'passed') + ')')
        return 1 if failed else SKIP
    try:
        translations = {e.key: e for e in parse_po(po)}
    except PoError as err:
        print(f'FAIL: {err}')
        return 1

    with tempfile.TemporaryDirectory(prefix='koers-pot-') as tmp:
        pot = os.path.join(tmp, 'koers.pot')
        cmd = [xgettext, '--package-name=koers', '-p', tmp, '-f', potfiles_in, '-D', root,
               '-k_', '-o', pot] + GLIB_PRESET_ARGS
        env = dict(os.environ, LC_ALL='C')
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
        if proc.stdout.strip() or proc.stderr.strip():
            print((proc.stdout + proc.stderr).strip())
        if proc.returncode != 0:
            print(f'FAIL: xgettext exited with {proc.returncode}: {" ".join(cmd)}')
            return 1
        if not os.path.exists(pot):
            print('FAIL: xgettext wrote no template (no strings found?)')
            return 1
        try:
            template = parse_po(pot)
        except PoError as err:
            print(f'FAIL: cannot read the template xgettext made: {err}')
            return 1

    count = 0
    for t in template:
        if t.msgid == '':
            continue
        count += 1
        e = translations.get(t.key)
        if e is None:
            print(f'FAIL: missing from {args.lang}.po: {describe(t.key)}')
            failed = True
        elif e.fuzzy:
            print(f'FAIL: fuzzy in {args.lang}.po:{e.line}: {describe(t.key)}')
            failed = True
        elif not e.translated:
            print(f'FAIL: untranslated in {args.lang}.po:{e.line}: {describe(t.key)}')
            failed = True
        elif t.msgid_plural != e.msgid_plural:
            print(f'FAIL: plural form differs in {args.lang}.po:{e.line}: {describe(t.key)}: '
                  f'source has {t.msgid_plural!r}, {args.lang}.po has {e.msgid_plural!r}')
            failed = True

    current = {t.key for t in template}
    stale = [e for e in translations.values() if e.msgid != '' and e.key not in current]
    for e in stale:
        # Not an error: msgmerge turns these into #~ at the next koers-update-po.
        print(f'note: {args.lang}.po:{e.line} is no longer in the sources: {describe(e.key)}')

    if failed:
        print(f'Fix: add the strings to po/POTFILES.in / po/{args.lang}.po '
              f'(`meson compile koers-pot koers-update-po`, then translate).')
    else:
        print(f'OK: {count} messages from {len(listed)} files, all translated in {args.lang}.po')
    return 1 if failed else 0


# The terms each language uses, and the variants it does not: {lang: [(avoid, use), ...]}.
# Dutch: "social media" (as Dutch businesses say it), compounds with a hyphen as in
# "social-mediaplan", never "sociale media" or "socialemedia...".
TERMS = {
    'nl': [
        (re.compile(r'\bsociale\s+media\b', re.I), 'social media'),
        (re.compile(r'\bsocialemedia', re.I), 'social-media... (social-mediaplan)'),
        (re.compile(r'\bsocialmedia', re.I), 'social-media... (social-mediaplan)'),
    ],
}


# English slips found once, kept out: (pattern, what to write instead).
ENGLISH_SLIPS = [
    (re.compile(r"\bhow far (you are|the group is|are they)\b", re.I),
     'how far along ... (a Dutch "hoe ver")'),
    (re.compile(r"\bDO's\b"), 'DOs (no apostrophe in a plural)'),
    (re.compile(r"\ba large count of\b", re.I), 'a study of'),
    (re.compile(r"\banother file than\b", re.I), 'a different file from'),
    (re.compile(r"\bsocial media (only )?(keep|are|help|serve)\b", re.I),
     'social media is singular here: keeps, is, helps'),
    (re.compile(r"\bclick again for to do\b", re.I), 'click again to mark it as not done'),
    (re.compile(r"\b(Open|Save) (a|the) Plan \(Ctrl"), 'sentence case in a tooltip'),
]


def cmd_english(args):
    path = os.path.join(args.po_dir, 'koers.pot')
    try:
        entries = parse_po(path)
    except (OSError, PoError) as err:
        print(f'FAIL: cannot read {path}: {err}')
        return 1
    failed = 0
    for e in entries:
        for text in (e.msgid, e.msgid_plural or ''):
            for slip, instead in ENGLISH_SLIPS:
                m = slip.search(text)
                if m:
                    print(f'FAIL: koers.pot:{e.line}: "{m.group(0)}" in {describe(e.key)}: '
                          f'write {instead}')
                    failed += 1
    if failed:
        return 1
    print(f'OK: {len(entries)} source strings without the known slips')
    return 0


def cmd_terms(args):
    path = os.path.join(args.po_dir, f'{args.lang}.po')
    try:
        entries = parse_po(path)
    except (OSError, PoError) as err:
        print(f'FAIL: cannot read {path}: {err}')
        return 1
    failed = 0
    for e in entries:
        if e.msgid == '' or e.msgid.endswith(';'):
            continue
        for text in e.msgstr.values():
            for avoid, use in TERMS.get(args.lang, []):
                m = avoid.search(text)
                if m:
                    print(f'FAIL: {args.lang}.po:{e.line}: "{m.group(0)}" in the translation of '
                          f'{describe(e.key)}: use "{use}"')
                    failed += 1
    if failed:
        return 1
    print(f'OK: {args.lang}.po uses the chosen terms')
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('command', choices=['complete', 'pot-current', 'terms', 'english'])
    parser.add_argument('--source-root', default=os.path.join(os.path.dirname(__file__), '..'))
    parser.add_argument('--po-dir', default=os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument('--lang', default='nl')
    parser.add_argument('--msgfmt')
    parser.add_argument('--xgettext')
    args = parser.parse_args()
    if args.command == 'complete':
        return cmd_complete(args)
    if args.command == 'terms':
        return cmd_terms(args)
    if args.command == 'english':
        return cmd_english(args)
    return cmd_pot_current(args)


if __name__ == '__main__':
    sys.exit(main())
