#!/usr/bin/env python3
# build-aux/check-store.py: the store page (AppStream metainfo) and its screenshots.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage:
#   check-store.py validate --metainfo FILE [--appstreamcli PATH]
#       `appstreamcli validate --strict --no-net` passes. AppStream before 1.0 (Debian 12)
#       does not know the <developer> tag Flathub's AppStream 1.0 asks for; that one info is
#       tolerated there, with a message, and nothing else.
#   check-store.py metainfo --metainfo FILE --version VERSION
#       The merged metainfo has what a store page needs: summary and description in English
#       and Dutch, a developer with id and name, the launchable, content rating, brand colours
#       for light and dark, the Dutch keywords, a release with notes per version up to
#       VERSION, and screenshots with captions in both languages and an image per language.
#   check-store.py screenshots --metainfo FILE --dir DIR --version VERSION --example FILE
#       Every screenshot the metainfo names is DIR/LANG/PAGE.png, every PNG there is named
#       by the metainfo, and each was taken from this build: build-aux/screenshots.sh stamps
#       it with the version and the page, language and hash of the example plan it shows
#       (PNG text chunks), and all must match; its size is the one the metainfo states.
#   check-store.py stamp --version VERSION --page PAGE --lang LANG --example FILE PNG...
#       Write that stamp into each PNG (what screenshots.sh calls).
#
# Exit codes: 0 pass, 1 fail, 77 skip (a tool is missing). Only the standard library.

import argparse
import hashlib
import os
import re
import shutil
import struct
import subprocess
import sys
import zlib
import xml.etree.ElementTree as ET

SKIP = 77
XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'
PNG_MAGIC = b'\x89PNG\r\n\x1a\n'
STAMP_KEYS = ('Koers-Version', 'Koers-Page', 'Koers-Language', 'Koers-Example')
# What a Dutch user types into a store's search field.
DUTCH_KEYWORDS = ('social media plan', 'contentkalender', 'communicatieroos')
LANGUAGES = ('en', 'nl')


class Checker:
    def __init__(self):
        self.failures = 0

    def fail(self, msg):
        print(f'FAIL: {msg}')
        self.failures += 1

    def ok(self, msg):
        print(f'ok: {msg}')

    def expect(self, cond, good, bad):
        if cond:
            self.ok(good)
        else:
            self.fail(bad)
        return cond

    def result(self, what):
        if self.failures:
            print(f'{self.failures} problem(s) in {what}')
            return 1
        print(f'OK: {what}')
        return 0


def lang_of(el):
    return el.get(XML_LANG, 'en')


def by_lang(elements):
    out = {}
    for el in elements:
        out.setdefault(lang_of(el), []).append(el)
    return out


def text_of(el):
    return ' '.join(''.join(el.itertext()).split())


def load_metainfo(path, c):
    try:
        return ET.parse(path).getroot()
    except (OSError, ET.ParseError) as err:
        c.fail(f'cannot read {path}: {err}')
        return None


def version_key(v):
    return [int(x) if x.isdigit() else x for x in re.split(r'[.\-]', v)]


# --------------------------------------------------------------------------------------------

def cmd_validate(args):
    tool = args.appstreamcli or shutil.which('appstreamcli')
    if not tool:
        print('SKIP: appstreamcli is not installed (Debian package appstream)')
        return SKIP
    c = Checker()
    version = subprocess.run([tool, '--version'], capture_output=True, text=True).stdout
    m = re.search(r'(\d+)\.(\d+)', version)
    old = m is not None and int(m.group(1)) < 1
    proc = subprocess.run([tool, 'validate', '--strict', '--no-net', '--explain', args.metainfo],
                          capture_output=True, text=True)
    print(proc.stdout + proc.stderr)
    if proc.returncode == 0:
        c.ok(f'appstreamcli validate --strict: {args.metainfo}')
        return c.result('validate')
    # Issue lines look like "I: io.github.koersplan.Koers:14: unknown-tag developer".
    issues = re.findall(r'^([EWIP]): [^:]*:[^:]*: (\S+)(?: (.*))?$', proc.stdout, re.M)
    blocking = [i for i in issues if i[0] != 'P']
    tolerated = [i for i in blocking if old and i[0] == 'I' and i[1] == 'unknown-tag'
                 and i[2].strip() == 'developer']
    for sev, tag, detail in blocking:
        if (sev, tag, detail) in tolerated:
            print(f'note: AppStream {version.strip()} predates the <developer> tag '
                  'that AppStream 1.0 (Flathub) wants; tolerated')
        else:
            c.fail(f'appstreamcli --strict: {sev}: {tag} {detail}')
    if not blocking:
        c.fail(f'appstreamcli validate --strict exited {proc.returncode}')
    return c.result('validate')


# --------------------------------------------------------------------------------------------

def cmd_metainfo(args):
    c = Checker()
    root = load_metainfo(args.metainfo, c)
    if root is None:
        return c.result('metainfo')

    for tag in ('name', 'summary'):
        langs = by_lang(root.findall(tag))
        for lang in LANGUAGES:
            els = langs.get(lang, [])
            c.expect(len(els) == 1 and text_of(els[0]), f'<{tag}> in {lang}: {text_of(els[0]) if els else ""}',
                     f'<{tag}> has no single {lang} text')
    summary = [text_of(e) for e in root.findall('summary')]
    c.expect(all(len(s) <= 35 for s in summary), 'every summary fits in 35 characters',
             f'a summary is longer than 35 characters: {summary}')

    desc = root.find('description')
    if desc is None:
        c.fail('no <description>')
    else:
        langs = by_lang(el for el in desc.iter() if el.tag in ('p', 'li'))
        for lang in LANGUAGES:
            c.expect(len(langs.get(lang, [])) >= 3,
                     f'description in {lang}: {len(langs.get(lang, []))} paragraphs and items',
                     f'the description has no {lang} text (are the translations merged?)')
        if set(langs) >= set(LANGUAGES):
            c.expect(len(langs['en']) == len(langs['nl']),
                     'the Dutch description has every paragraph and item of the English',
                     f'description: {len(langs["en"])} English parts, {len(langs["nl"])} Dutch')

    dev = root.find('developer')
    c.expect(dev is not None and dev.get('id') and dev.find('name') is not None
             and text_of(dev.find('name')),
             f'developer {dev.get("id") if dev is not None else ""}',
             'no <developer id="..."><name>...</name></developer>')
    launch = root.findall('launchable')
    c.expect(any(l.get('type') == 'desktop-id' and text_of(l).endswith('.desktop') for l in launch),
             'launchable desktop-id', 'no <launchable type="desktop-id">')
    rating = root.find('content_rating')
    c.expect(rating is not None and rating.get('type', '').startswith('oars-'),
             f'content rating {rating.get("type") if rating is not None else ""}',
             'no <content_rating type="oars-1.1">')
    colours = {(col.get('type'), col.get('scheme_preference'))
               for col in root.findall('branding/color')}
    for scheme in ('light', 'dark'):
        c.expect(('primary', scheme) in colours, f'brand colour for {scheme}',
                 f'no <branding><color type="primary" scheme_preference="{scheme}">')
    for url_type in ('homepage', 'bugtracker', 'vcs-browser'):
        c.expect(any(u.get('type') == url_type for u in root.findall('url')),
                 f'url {url_type}', f'no <url type="{url_type}">')

    keywords = {text_of(k).lower() for k in root.findall('keywords/keyword')}
    nl_keywords = {text_of(k).lower() for k in root.findall('keywords/keyword')
                   if lang_of(k) in ('en', 'nl')}
    for word in DUTCH_KEYWORDS:
        c.expect(word in keywords and word in nl_keywords or word.replace(' ', '') in nl_keywords,
                 f'keyword "{word}"', f'no keyword "{word}" for Dutch users')

    releases = root.findall('releases/release')
    versions = [r.get('version', '') for r in releases]
    c.expect(bool(versions) and versions[0] == args.version,
             f'the newest release is {args.version}',
             f'the newest <release> is {versions[:1]}, the build is {args.version}')
    c.expect(versions == sorted(versions, key=version_key, reverse=True),
             'releases newest first', f'releases are not newest first: {versions}')
    for r in releases:
        v = r.get('version')
        c.expect(re.match(r'^\d{4}-\d\d-\d\d$', r.get('date', '')) is not None,
                 f'release {v} dated {r.get("date")}', f'release {v} has no date')
        notes = r.find('description')
        langs = by_lang(list(notes)) if notes is not None else {}
        c.expect(all(langs.get(lang) for lang in LANGUAGES),
                 f'release {v} has notes in {", ".join(LANGUAGES)}',
                 f'release {v} lacks notes in English and Dutch')

    shots = root.findall('screenshots/screenshot')
    c.expect(len(shots) >= 3, f'{len(shots)} screenshots', 'fewer than 3 screenshots')
    c.expect(sum(1 for s in shots if s.get('type') == 'default') == 1,
             'one default screenshot', 'want exactly one <screenshot type="default">')
    for n, shot in enumerate(shots, 1):
        caps = by_lang(shot.findall('caption'))
        images = by_lang(shot.findall('image'))
        for lang in LANGUAGES:
            c.expect(caps.get(lang), f'screenshot {n}: caption in {lang}',
                     f'screenshot {n} has no caption in {lang}')
            c.expect(images.get(lang), f'screenshot {n}: image for {lang}',
                     f'screenshot {n} has no image for {lang}')
    return c.result('metainfo')


# --------------------------------------------------------------------------------------------

def png_chunks(data):
    pos = len(PNG_MAGIC)
    while pos + 8 <= len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        yield kind, data[pos + 8:pos + 8 + length], pos
        pos += 12 + length


def png_info(path):
    """(width, height, {tEXt key: value}) or raises ValueError."""
    with open(path, 'rb') as f:
        data = f.read()
    if not data.startswith(PNG_MAGIC):
        raise ValueError('not a PNG file')
    size, text = None, {}
    for kind, body, _pos in png_chunks(data):
        if kind == b'IHDR':
            size = struct.unpack('>II', body[:8])
        elif kind == b'tEXt' and b'\0' in body:
            key, value = body.split(b'\0', 1)
            text[key.decode('latin-1')] = value.decode('latin-1')
    if size is None:
        raise ValueError('no IHDR chunk')
    return size[0], size[1], text


def text_chunk(key, value):
    body = key.encode('latin-1') + b'\0' + value.encode('latin-1')
    return (struct.pack('>I', len(body)) + b'tEXt' + body
            + struct.pack('>I', zlib.crc32(b'tEXt' + body) & 0xffffffff))


def file_sha256(path):
    with open(path, 'rb') as f:
        return hashlib.sha256(f.read()).hexdigest()


def cmd_stamp(args):
    stamp = {'Koers-Version': args.version, 'Koers-Page': args.page,
             'Koers-Language': args.lang, 'Koers-Example': file_sha256(args.example),
             'Software': f'Koers {args.version}'}
    for path in args.png:
        with open(path, 'rb') as f:
            data = f.read()
        if not data.startswith(PNG_MAGIC):
            print(f'{path}: not a PNG file', file=sys.stderr)
            return 1
        out, rest = bytearray(PNG_MAGIC), None
        for kind, body, pos in png_chunks(data):
            chunk = data[pos:pos + 12 + len(body)]
            if kind == b'tEXt' and body.split(b'\0', 1)[0].decode('latin-1') in stamp:
                continue   # an older stamp
            out += chunk
            if kind == b'IHDR':
                for key, value in stamp.items():
                    out += text_chunk(key, value)
        with open(path + '.tmp', 'wb') as f:
            f.write(out)
        os.replace(path + '.tmp', path)
        print(f'stamped {path}: {args.lang} {args.page} {args.version}')
    return 0


def image_file(url):
    """data/screenshots/LANG/PAGE.png from the image URL."""
    m = re.search(r'/data/screenshots/([a-z]{2})/([a-z0-9-]+)\.png$', url)
    return (m.group(1), m.group(2)) if m else None


def cmd_screenshots(args):
    c = Checker()
    root = load_metainfo(args.metainfo, c)
    if root is None:
        return c.result('screenshots')
    example = file_sha256(args.example)
    named = set()
    for shot in root.findall('screenshots/screenshot'):
        for image in shot.findall('image'):
            url = text_of(image)
            where = image_file(url)
            if where is None:
                c.fail(f'{url}: not a data/screenshots/LANG/PAGE.png of this repository')
                continue
            lang, page = where
            c.expect(lang == lang_of(image), f'{lang}/{page}.png is the {lang} image',
                     f'{url} is the image for xml:lang {lang_of(image)}')
            named.add((lang, page))
            path = os.path.join(args.dir, lang, page + '.png')
            rel = os.path.relpath(path, os.path.join(args.dir, '..', '..'))
            if not os.path.isfile(path):
                c.fail(f'{rel} is missing: run bash build-aux/screenshots.sh --store {page}')
                continue
            try:
                width, height, text = png_info(path)
            except (OSError, ValueError) as err:
                c.fail(f'{rel}: {err}')
                continue
            want = (int(image.get('width', width)), int(image.get('height', height)))
            c.expect((width, height) == want, f'{rel} is {width}x{height}',
                     f'{rel} is {width}x{height}, the metainfo says {want[0]}x{want[1]}')
            stamp = {k: text.get(k) for k in STAMP_KEYS}
            expected = {'Koers-Version': args.version, 'Koers-Page': page,
                        'Koers-Language': lang, 'Koers-Example': example}
            stale = [f'{k} {stamp[k]!r} (want {v!r})' for k, v in expected.items()
                     if stamp[k] != v]
            c.expect(not stale, f'{rel} was taken by Koers {args.version} from this example',
                     f'{rel} is not current: {"; ".join(stale)}; run bash '
                     f'build-aux/screenshots.sh --store {page}')
    for lang in sorted(os.listdir(args.dir)) if os.path.isdir(args.dir) else []:
        sub = os.path.join(args.dir, lang)
        if not os.path.isdir(sub):
            if lang.endswith('.png'):
                c.fail(f'{lang} in {args.dir} is not in a language folder')
            continue
        for f in sorted(os.listdir(sub)):
            if f.endswith('.png') and (lang, f[:-4]) not in named:
                c.fail(f'{lang}/{f} is not in the metainfo: add its <screenshot> or remove it')
    c.expect(bool(named), f'{len(named)} screenshots named by the metainfo',
             'the metainfo names no screenshot')
    return c.result('screenshots')


def main():
    parser = argparse.ArgumentParser(description='Store page checks')
    parser.add_argument('command', choices=['validate', 'metainfo', 'screenshots', 'stamp'])
    parser.add_argument('--metainfo')
    parser.add_argument('--appstreamcli')
    parser.add_argument('--version')
    parser.add_argument('--dir')
    parser.add_argument('--example')
    parser.add_argument('--page')
    parser.add_argument('--lang')
    parser.add_argument('png', nargs='*')
    args = parser.parse_intermixed_args()
    if args.command == 'validate':
        return cmd_validate(args)
    if args.command == 'metainfo':
        return cmd_metainfo(args)
    if args.command == 'screenshots':
        return cmd_screenshots(args)
    return cmd_stamp(args)


if __name__ == '__main__':
    sys.exit(main())
