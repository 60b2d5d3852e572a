#!/usr/bin/env python3
# build-aux/check-install.py: Flatpak packaging checks for `meson test --suite flatpak`.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage:
#   check-install.py manifest --manifest FILE [--schema FILE]
#       The manifest is JSON with the fields and sandbox Koers needs (and no more), its last
#       module builds the app with meson; validated against the Flatpak JSON schema when
#       python3-jsonschema and the schema file are there.
#   check-install.py app-id --manifest FILE --source-root DIR --app-id ID
#       One app id everywhere: meson's base_id, the manifest, the data/ file names, the
#       @APP_ID@ placeholders of the desktop, metainfo and MIME templates, the gschema id and
#       the icon file names.
#       With --eol FILE: fails when the runtime branch is listed there as end-of-life. Every
#       module but the app is a library the runtime lacks, with its source pinned by sha256
#       and x-checker-data; libical is built shared, without docs, C++ or Vala bindings.
#   check-install.py show-manifest --manifest FILE
#       flatpak-builder --show-manifest parses the manifest (no network); skip without it.
#   check-install.py portals --source-root DIR
#       No code in src/ bypasses the portals: files are chosen with GtkFileChooserNative
#       and printed with GtkPrintOperation, never with the in-process dialogs.
#   check-install.py install --manifest FILE --source-root DIR [--meson PATH]
#       Only with KOERS_TEST_INSTALL set (else exit 77): configures the source tree as
#       flatpak-builder does (--prefix=/app plus the manifest's config-opts), builds, installs
#       with --destdir into a temporary folder and checks the files the Flatpak needs.
#
# Exit codes: 0 pass, 1 fail, 77 skip. Only the standard library (jsonschema optional).

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77

ALLOWED_FINISH_ARGS = {'--share=ipc', '--socket=fallback-x11', '--socket=wayland', '--device=dri'}
SHA256_RE = re.compile(r'^[0-9a-f]{64}$')

# Libraries the GNOME runtime (org.gnome.Platform) already ships: a module of that name
# would build again what the runtime has. Module names are compared in lower case.
RUNTIME_HAS = {
    'glib', 'glib2', 'gtk', 'gtk4', 'gtk3', 'json-glib', 'cairo', 'pango', 'harfbuzz',
    'fontconfig', 'freetype', 'libxml2', 'gettext', 'gdk-pixbuf', 'libadwaita', 'graphene',
    'libepoxy', 'icu', 'librsvg', 'gsettings-desktop-schemas', 'dconf', 'gvfs',
}

# Why each module that is not the app is there, and what its build must look like.
EXTRA_MODULES = {
    'libical': {
        'why': 'libical-glib for the content calendar (iCalendar); not in the GNOME runtime',
        'buildsystem': 'cmake-ninja',
        'config-opts': ['-DSHARED_ONLY=True', '-DICAL_GLIB=True', '-DICAL_BUILD_DOCS=False',
                        '-DWITH_CXX_BINDINGS=False', '-DICAL_GLIB_VAPI=False',
                        '-DGOBJECT_INTROSPECTION=False'],
    },
}

APP_ID_RE = re.compile(r'^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_-]*){2,}$')


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


def load_manifest(path, c):
    try:
        with open(path, encoding='utf-8') as f:
            data = json.load(f)
    except OSError as err:
        c.fail(f'cannot read {path}: {err}')
        return None
    except json.JSONDecodeError as err:
        c.fail(f'{path} is not valid JSON: {err}')
        return None
    if not isinstance(data, dict):
        c.fail(f'{path}: the top level is not a JSON object')
        return None
    return data


def manifest_app_id(m):
    return m.get('app-id', m.get('id'))


def last_module(m):
    mods = m.get('modules')
    if isinstance(mods, list) and mods:
        return mods[-1]
    return None


# --------------------------------------------------------------------------------------------

def cmd_manifest(args):
    c = Checker()
    m = load_manifest(args.manifest, c)
    if m is None:
        return c.result('manifest')
    c.ok(f'{args.manifest} is valid JSON')

    app_id = m.get('app-id')
    c.expect(isinstance(app_id, str) and APP_ID_RE.match(app_id or ''),
             f'app-id {app_id}', f'app-id missing or not a reverse-DNS id: {app_id!r}')
    c.expect(m.get('runtime') == 'org.gnome.Platform', 'runtime org.gnome.Platform',
             f'runtime is {m.get("runtime")!r}, want "org.gnome.Platform"')
    rv = m.get('runtime-version')
    c.expect(isinstance(rv, str) and rv.strip() != '', f'runtime-version {rv}',
             f'runtime-version missing or empty: {rv!r}')
    c.expect(m.get('sdk') == 'org.gnome.Sdk', 'sdk org.gnome.Sdk',
             f'sdk is {m.get("sdk")!r}, want "org.gnome.Sdk"')
    c.expect(m.get('command') == 'koers', 'command koers',
             f'command is {m.get("command")!r}, want "koers"')

    fa = m.get('finish-args', [])
    if not isinstance(fa, list) or not all(isinstance(a, str) for a in fa):
        c.fail(f'finish-args is not a list of strings: {fa!r}')
    else:
        extra = [a for a in fa if a not in ALLOWED_FINISH_ARGS]
        for a in extra:
            c.fail(f'finish-args has {a!r}; Koers may only ask for {sorted(ALLOWED_FINISH_ARGS)} '
                   '(files go through the portal, no network, no D-Bus names)')
        dups = sorted({a for a in fa if fa.count(a) > 1})
        if dups:
            c.fail(f'finish-args lists {dups} more than once')
        if not extra and not dups:
            c.ok(f'finish-args {fa}')

    mod = last_module(m)
    if mod is None:
        c.fail('modules is missing or empty')
    elif not isinstance(mod, dict):
        c.fail(f'the last module must be the app itself, inline, not {mod!r}')
    else:
        c.expect(mod.get('name') == 'koers', 'last module is named koers',
                 f'the last module is {mod.get("name")!r}, want the app "koers"')
        c.expect(mod.get('buildsystem') == 'meson', 'last module builds with meson',
                 f'the last module has buildsystem {mod.get("buildsystem")!r}, want "meson"')
        c.expect(isinstance(mod.get('sources'), list) and mod['sources'],
                 'last module has sources', 'the last module has no sources')

    if args.eol:
        check_eol(m, args.eol, c)
    check_modules(m, c)

    if args.schema and os.path.isfile(args.schema):
        try:
            import jsonschema
        except ImportError:
            print(f'skip: python3-jsonschema is not installed, not validating against {args.schema}')
        else:
            with open(args.schema, encoding='utf-8') as f:
                schema = json.load(f)
            cls = jsonschema.validators.validator_for(schema)
            errors = sorted(cls(schema).iter_errors(m), key=lambda e: list(e.path))
            for e in errors:
                where = '/'.join(str(p) for p in e.path) or '(top)'
                msg = e.message if len(e.message) <= 300 else e.message[:297] + '...'
                c.fail(f'schema: at {where}: {msg}')
            if not errors:
                c.ok(f'valid against {args.schema}')
    else:
        print(f'skip: schema file {args.schema} not found, not validating against it')
    return c.result('manifest')


def read_eol(path, c):
    """The end-of-life table: {(runtime, branch): 'date source'}."""
    table = {}
    text = read_text(path, c)
    if text is None:
        return table
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        parts = line.split(None, 3)
        if len(parts) < 3:
            c.fail(f'{path}:{n}: want RUNTIME BRANCH DATE [SOURCE], got {line!r}')
            continue
        table[(parts[0], parts[1])] = ' '.join(parts[2:])
    return table


def check_eol(m, path, c):
    table = read_eol(path, c)
    if not table:
        c.fail(f'{path} lists no end-of-life runtime')
        return
    runtime, branch = m.get('runtime'), str(m.get('runtime-version'))
    sdk_branch = str(m.get('sdk-version', branch))
    if (runtime, branch) in table:
        c.fail(f'runtime {runtime}//{branch} is end-of-life ({table[(runtime, branch)]}, '
               f'{os.path.basename(path)}); move to the newest supported branch')
    else:
        newest_eol = max((b for (r, b) in table if r == runtime),
                         key=lambda b: [int(x) for x in b.split('.')], default=None)
        c.ok(f'runtime {runtime}//{branch} is not end-of-life (the newest ended: {newest_eol})')
        if newest_eol is not None:
            c.expect([int(x) for x in branch.split('.')] > [int(x) for x in newest_eol.split('.')],
                     f'runtime {branch} is newer than every ended branch',
                     f'runtime {branch} is older than the ended {newest_eol}')
    c.expect(sdk_branch == branch, f'the SDK is the same branch, {sdk_branch}',
             f'sdk-version {sdk_branch} does not match runtime-version {branch}')


def check_modules(m, c):
    mods = m.get('modules')
    if not isinstance(mods, list):
        return
    for mod in mods[:-1]:
        if not isinstance(mod, dict):
            c.fail(f'module {mod!r} is not inline: every module is in the manifest itself')
            continue
        name = str(mod.get('name', ''))
        if name.lower() in RUNTIME_HAS:
            c.fail(f'module {name}: the GNOME runtime already has it; do not build it again')
            continue
        want = EXTRA_MODULES.get(name)
        if want is None:
            c.fail(f'module {name} is not one Koers needs ({sorted(EXTRA_MODULES)}); '
                   'add it to EXTRA_MODULES with the reason, or drop it')
            continue
        c.ok(f'module {name}: {want["why"]}')
        c.expect(mod.get('buildsystem') == want['buildsystem'],
                 f'module {name} builds with {want["buildsystem"]}',
                 f'module {name} has buildsystem {mod.get("buildsystem")!r}, '
                 f'want {want["buildsystem"]!r}')
        opts = mod.get('config-opts', [])
        for opt in want['config-opts']:
            c.expect(opt in opts, f'module {name}: {opt}', f'module {name} lacks config-opt {opt}')
        sources = mod.get('sources', [])
        if not isinstance(sources, list) or not sources:
            c.fail(f'module {name} has no sources')
            continue
        for src in sources:
            if not isinstance(src, dict):
                c.fail(f'module {name}: source {src!r} is not inline')
                continue
            url = src.get('url', '')
            c.expect(src.get('type') == 'archive' and url.startswith('https://'),
                     f'module {name}: archive {url}',
                     f'module {name}: want an https archive, got {src.get("type")!r} {url!r}')
            c.expect(SHA256_RE.match(str(src.get('sha256', ''))) is not None,
                     f'module {name}: pinned by sha256 {src.get("sha256")}',
                     f'module {name}: source {url} is not pinned by a sha256')
            xcd = src.get('x-checker-data')
            c.expect(isinstance(xcd, dict) and xcd.get('type') in ('anitya', 'json', 'html', 'git',
                                                                    'gnome'),
                     f'module {name}: x-checker-data {xcd.get("type") if isinstance(xcd, dict) else None}',
                     f'module {name}: source {url} has no x-checker-data an update checker can follow')
            if isinstance(xcd, dict) and xcd.get('type') == 'anitya':
                c.expect('project-id' in xcd and '$version' in xcd.get('url-template', ''),
                         f'module {name}: anitya project {xcd.get("project-id")} with a url-template',
                         f'module {name}: anitya x-checker-data needs project-id and url-template')


# --------------------------------------------------------------------------------------------

def cmd_show_manifest(args):
    fb = shutil.which('flatpak-builder')
    if not fb:
        print('SKIP: flatpak-builder is not installed (Debian package flatpak-builder)')
        return SKIP
    c = Checker()
    proc = subprocess.run([fb, '--show-manifest', args.manifest], capture_output=True, text=True)
    if proc.returncode != 0:
        c.fail(f'flatpak-builder --show-manifest exited {proc.returncode}: {proc.stderr.strip()}')
        return c.result('show-manifest')
    c.ok(f'flatpak-builder --show-manifest {args.manifest}')
    try:
        shown = json.loads(proc.stdout)
    except json.JSONDecodeError as err:
        c.fail(f'flatpak-builder printed no JSON: {err}')
        return c.result('show-manifest')
    m = load_manifest(args.manifest, c) or {}
    c.expect(shown.get('id', shown.get('app-id')) == manifest_app_id(m),
             f'flatpak-builder reads the app id {manifest_app_id(m)}',
             f'flatpak-builder reads the id {shown.get("id")!r}')
    names = [mod.get('name') for mod in shown.get('modules', []) if isinstance(mod, dict)]
    want = [mod.get('name') for mod in m.get('modules', []) if isinstance(mod, dict)]
    c.expect(names == want, f'flatpak-builder reads the modules {names}',
             f'flatpak-builder reads the modules {names}, the manifest has {want}')
    return c.result('show-manifest')


# In-process dialogs that do not go through xdg-desktop-portal inside the sandbox.
PORTAL_BYPASS = {
    'GtkFileChooserDialog': 'use GtkFileChooserNative (the FileChooser portal)',
    'gtk_file_chooser_dialog_new': 'use gtk_file_chooser_native_new (the FileChooser portal)',
    'GtkFileChooserWidget': 'use GtkFileChooserNative (the FileChooser portal)',
    'gtk_file_chooser_widget_new': 'use gtk_file_chooser_native_new (the FileChooser portal)',
    'GtkPrintUnixDialog': 'use GtkPrintOperation (the Print portal)',
    'gtk_print_unix_dialog_new': 'use GtkPrintOperation (the Print portal)',
    'GtkPrintJob': 'use GtkPrintOperation (the Print portal)',
    'gtk_print_job_new': 'use GtkPrintOperation (the Print portal)',
    'g_get_home_dir': 'a sandboxed app sees no home folder; ask through the portal',
}


def cmd_portals(args):
    c = Checker()
    src = os.path.join(args.source_root, 'src')
    ui = os.path.join(args.source_root, 'ui')
    word = re.compile(r'\b(' + '|'.join(PORTAL_BYPASS) + r')\b')
    natives = prints = 0
    for top in (src, ui):
        for dirpath, _dirs, files in os.walk(top):
            for f in sorted(files):
                if not f.endswith(('.c', '.h', '.ui')):
                    continue
                path = os.path.join(dirpath, f)
                text = read_text(path, c) or ''
                natives += text.count('gtk_file_chooser_native_new')
                prints += text.count('gtk_print_operation_run')
                for n, line in enumerate(text.splitlines(), 1):
                    for hit in word.findall(line):
                        c.fail(f'{os.path.relpath(path, args.source_root)}:{n}: {hit}: '
                               f'{PORTAL_BYPASS[hit]}')
    c.expect(natives > 0, f'{natives} file chooser(s), all GtkFileChooserNative',
             'no gtk_file_chooser_native_new found: how are files opened?')
    c.expect(prints > 0, f'{prints} print call(s), all GtkPrintOperation',
             'no gtk_print_operation_run found: how is the plan printed?')
    return c.result('portals')


# --------------------------------------------------------------------------------------------

def read_text(path, c):
    try:
        with open(path, encoding='utf-8') as f:
            return f.read()
    except OSError as err:
        c.fail(f'cannot read {path}: {err}')
        return None


def cmd_app_id(args):
    c = Checker()
    app_id = args.app_id
    data = os.path.join(args.source_root, 'data')
    print(f'meson base_id: {app_id}')

    m = load_manifest(args.manifest, c)
    if m is not None:
        c.expect(manifest_app_id(m) == app_id, f'manifest app-id {app_id}',
                 f'manifest app-id is {manifest_app_id(m)!r}, meson base_id is {app_id!r}')
        mf = os.path.basename(args.manifest)
        c.expect(mf == app_id + '.json', f'manifest file name {mf}',
                 f'manifest file is {mf}, want {app_id}.json')

    # Desktop file: named after the id; its Icon is the (substituted) app id.
    desktop = os.path.join(data, app_id + '.desktop.in')
    text = read_text(desktop, c)
    if text is not None:
        icons = re.findall(r'^Icon=(.*)$', text, re.M)
        c.expect(icons == ['@APP_ID@'], f'{desktop}: Icon=@APP_ID@',
                 f'{desktop}: Icon lines are {icons}, want exactly Icon=@APP_ID@')

    # Metainfo: <id> and the launchable desktop id.
    metainfo = os.path.join(data, app_id + '.metainfo.xml.in')
    text = read_text(metainfo, c)
    if text is not None:
        ids = re.findall(r'<id>\s*([^<]*?)\s*</id>', text)
        c.expect(ids == ['@APP_ID@'], f'{metainfo}: <id>@APP_ID@</id>',
                 f'{metainfo}: <id> is {ids}, want <id>@APP_ID@</id>')
        launch = re.findall(r'<launchable\s+type="desktop-id"\s*>\s*([^<]*?)\s*</launchable>', text)
        c.expect(launch in ([], ['@APP_ID@.desktop']),
                 f'{metainfo}: launchable {launch or "(none)"}',
                 f'{metainfo}: launchable desktop-id is {launch}, want @APP_ID@.desktop')

    # GSettings schema: id base_id, path derived from it.
    gschema = os.path.join(data, app_id + '.gschema.xml')
    text = read_text(gschema, c)
    if text is not None:
        ids = re.findall(r'<schema\b[^>]*\bid="([^"]*)"', text)
        paths = re.findall(r'<schema\b[^>]*\bpath="([^"]*)"', text)
        want_path = '/' + app_id.replace('.', '/') + '/'
        c.expect(app_id in ids, f'{gschema}: schema id {app_id}',
                 f'{gschema}: schema ids {ids} do not include {app_id}')
        c.expect(not ids or all(i == app_id or i.startswith(app_id + '.') for i in ids),
                 f'{gschema}: every schema id under {app_id}',
                 f'{gschema}: schema ids {ids} not all under {app_id}')
        c.expect(want_path in paths, f'{gschema}: path {want_path}',
                 f'{gschema}: paths {paths} do not include {want_path}')

    # MIME type: its icon is the app icon.
    mime = os.path.join(data, app_id + '.mime.xml.in')
    text = read_text(mime, c)
    if text is not None:
        icons = re.findall(r'<icon\s+name="([^"]*)"', text)
        c.expect(icons == ['@APP_ID@'], f'{mime}: <icon name="@APP_ID@"/>',
                 f'{mime}: icon names are {icons}, want <icon name="@APP_ID@"/>')

    # Icons: exactly the app id, scalable and symbolic.
    for sub, name in (('scalable', app_id + '.svg'), ('symbolic', app_id + '-symbolic.svg')):
        d = os.path.join(data, 'icons', 'hicolor', sub, 'apps')
        path = os.path.join(d, name)
        c.expect(os.path.isfile(path), f'icon {path}', f'icon {path} is missing')
        if os.path.isdir(d):
            for other in sorted(os.listdir(d)):
                if other != name:
                    c.fail(f'{d}/{other} does not carry the app id {app_id}')
    return c.result('app id')


# --------------------------------------------------------------------------------------------

def run(cmd, **kw):
    print('+ ' + ' '.join(cmd), flush=True)
    return subprocess.run(cmd, **kw).returncode


def cmd_install(args):
    if not os.environ.get('KOERS_TEST_INSTALL'):
        print('SKIP: set KOERS_TEST_INSTALL=1 to configure, build and install a /app tree')
        return SKIP
    c = Checker()
    m = load_manifest(args.manifest, c)
    if m is None:
        return c.result('install')
    app_id = manifest_app_id(m)
    mod = last_module(m)
    config_opts = mod.get('config-opts', []) if isinstance(mod, dict) else []
    meson = args.meson or shutil.which('meson')
    if not meson:
        print('SKIP: meson not found')
        return SKIP

    keep = os.environ.get('KOERS_TEST_INSTALL_KEEP')
    tmp = tempfile.mkdtemp(prefix='koers-install-')
    try:
        build = os.path.join(tmp, 'build')
        dest = os.path.join(tmp, 'dest')
        env = dict(os.environ)
        for var in ('DESTDIR', 'MESON_BUILD_ROOT', 'MESON_SOURCE_ROOT', 'MESONINTROSPECT'):
            env.pop(var, None)
        # What flatpak-builder runs for buildsystem meson.
        setup = [meson, 'setup', '--prefix=/app', '--libdir=lib', '--buildtype=release',
                 build, args.source_root] + list(config_opts)
        for cmd in (setup,
                    [meson, 'compile', '-C', build],
                    [meson, 'install', '-C', build, '--destdir', dest, '--quiet']):
            rc = run(cmd, env=env)
            if rc != 0:
                c.fail(f'exit {rc}: {" ".join(cmd)}')
                return c.result('install')

        app = os.path.join(dest, 'app')
        expected = [
            'bin/koers',
            f'share/applications/{app_id}.desktop',
            f'share/metainfo/{app_id}.metainfo.xml',
            f'share/icons/hicolor/scalable/apps/{app_id}.svg',
            f'share/icons/hicolor/symbolic/apps/{app_id}-symbolic.svg',
            f'share/glib-2.0/schemas/{app_id}.gschema.xml',
            f'share/mime/packages/{app_id}.xml',
            'share/locale/nl/LC_MESSAGES/koers.mo',
            'share/koers/examples/koers-example-nl.koers',
        ]
        for rel in expected:
            path = os.path.join(app, rel)
            c.expect(os.path.isfile(path) and os.path.getsize(path) > 0,
                     f'/app/{rel}', f'/app/{rel} is missing or empty')
        binary = os.path.join(app, 'bin', 'koers')
        if os.path.isfile(binary):
            c.expect(os.access(binary, os.X_OK), '/app/bin/koers is executable',
                     '/app/bin/koers is not executable')
        desktop = os.path.join(app, 'share', 'applications', f'{app_id}.desktop')
        if os.path.isfile(desktop):
            with open(desktop, encoding='utf-8') as f:
                text = f.read()
            c.expect(f'\nIcon={app_id}\n' in text, f'installed desktop file has Icon={app_id}',
                     f'installed desktop file lacks Icon={app_id}')
            c.expect(re.search(r'^[A-Za-z]+\[nl\]=', text, re.M) is not None,
                     'installed desktop file is translated (a [nl] key)',
                     'installed desktop file has no [nl] key: translations were not merged')
        # Everything should land under the prefix.
        outside = [d for d in os.listdir(dest) if d != 'app'] if os.path.isdir(dest) else []
        for d in outside:
            c.fail(f'installed outside /app: /{d}')
        return c.result('install')
    finally:
        if keep:
            print(f'kept {tmp}')
        else:
            shutil.rmtree(tmp, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('command', choices=['manifest', 'show-manifest', 'portals', 'app-id',
                                            'install'])
    parser.add_argument('--manifest')
    parser.add_argument('--eol')
    parser.add_argument('--schema')
    parser.add_argument('--source-root', default=os.path.join(os.path.dirname(__file__), '..'))
    parser.add_argument('--app-id')
    parser.add_argument('--meson')
    args = parser.parse_args()
    if args.command == 'portals':
        return cmd_portals(args)
    if not args.manifest:
        parser.error(f'{args.command} needs --manifest')
    if args.command == 'manifest':
        return cmd_manifest(args)
    if args.command == 'show-manifest':
        return cmd_show_manifest(args)
    if args.command == 'app-id':
        if not args.app_id:
            parser.error('app-id needs --app-id')
        return cmd_app_id(args)
    return cmd_install(args)


if __name__ == '__main__':
    sys.exit(main())
