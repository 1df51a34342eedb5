#!/usr/bin/env python3
"""Fails when a file with translatable strings is missing from po/POTFILES.in,
or when POTFILES.in names a file that does not exist."""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
listed = {
    line.strip()
    for line in (root / "po" / "POTFILES.in").read_text().splitlines()
    if line.strip() and not line.startswith("#")
}

patterns = {
    ".c": re.compile(r'\b(N?_|C_|NC_|g_dngettext|ngettext)\s*\(\s*"'),
    ".ui": re.compile(r'translatable="yes"'),
    ".in": re.compile(r"."),
    ".xml": re.compile(r"<summary>|<description>"),
}

problems = []
for folder in ("app", "ui", "data"):
    for path in sorted((root / folder).rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(root).as_posix()
        suffix = path.suffix
        if suffix == ".in" and not (rel.endswith(".desktop.in") or rel.endswith(".metainfo.xml.in")):
            continue
        if suffix == ".xml" and not rel.endswith(".gschema.xml"):
            continue
        pattern = patterns.get(suffix)
        if pattern and pattern.search(path.read_text(encoding="utf-8")) and rel not in listed:
            problems.append(f"{rel} has translatable strings but is not in po/POTFILES.in")

for rel in sorted(listed):
    if not (root / rel).exists():
        problems.append(f"po/POTFILES.in lists {rel}, which does not exist")

for problem in problems:
    print(problem, file=sys.stderr)
sys.exit(1 if problems else 0)
