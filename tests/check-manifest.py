#!/usr/bin/env python3
"""The Flatpak manifest is valid JSON (with the /* */ comments that
flatpak-builder's JSON-GLib reads), names this app and its command, and
grants no file system access: files come through portals."""
import json
import re
import sys

manifest_path, app_id, command = sys.argv[1:4]
with open(manifest_path, encoding="utf-8") as f:
    # Comments outside strings ("/lib/*.a" is a string).
    text = re.sub(r'"(?:[^"\\]|\\.)*"|/\*.*?\*/',
                  lambda m: m.group(0) if m.group(0).startswith('"') else "", f.read(), flags=re.S)
    manifest = json.loads(text)

problems = []
if manifest.get("app-id", manifest.get("id")) != app_id:
    problems.append(f"app-id is {manifest.get('app-id')!r}, expected {app_id!r}")
if manifest.get("command") != command:
    problems.append(f"command is {manifest.get('command')!r}, expected {command!r}")
if not str(manifest.get("runtime", "")).startswith("org.gnome."):
    problems.append("runtime is not the GNOME runtime")
for arg in manifest.get("finish-args", []):
    if arg.startswith("--filesystem"):
        problems.append(f"finish-args grants file system access: {arg}")
# The network reaches a shared database on PostgreSQL (issue #19).
allowed = {"--share=ipc", "--share=network", "--socket=wayland", "--socket=fallback-x11", "--device=dri"}
for arg in manifest.get("finish-args", []):
    if arg not in allowed:
        problems.append(f"finish-args grants more than a GTK application needs: {arg}")

modules = {m.get("name"): m for m in manifest.get("modules", []) if isinstance(m, dict)}
if "libxlsxwriter" not in modules:
    problems.append("libxlsxwriter is not a module")
else:
    for source in modules["libxlsxwriter"].get("sources", []):
        if source.get("type") == "git" and not (source.get("tag") and source.get("commit")):
            problems.append("libxlsxwriter is not pinned by tag and commit")
        if source.get("type") == "archive" and not source.get("sha256"):
            problems.append("libxlsxwriter archive has no sha256")
if "libpq" not in modules:
    problems.append("libpq is not a module")
else:
    for source in modules["libpq"].get("sources", []):
        if source.get("type") == "archive" and not source.get("sha256"):
            problems.append("libpq archive has no sha256")
if command not in modules and "return-coordinator" not in modules:
    problems.append("the application itself is not a module")

for problem in problems:
    print(f"{manifest_path}: {problem}", file=sys.stderr)
sys.exit(1 if problems else 0)
