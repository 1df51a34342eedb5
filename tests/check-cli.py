#!/usr/bin/env python3
"""Headless command-line behaviour: runs with no display at all."""
import os
import subprocess
import tempfile
import sys

exe, version = sys.argv[1:3]
env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
failures = 0


def check(args, want_status, want_out=None, want_err=None):
    global failures
    proc = subprocess.run([exe, *args], env=env, capture_output=True, text=True, timeout=60)
    ok = proc.returncode == want_status
    if want_out is not None:
        ok = ok and want_out in proc.stdout
    if want_err is not None:
        ok = ok and want_err in proc.stderr
    print(("ok" if ok else "FAIL"), args, proc.returncode, proc.stdout.strip()[:200], proc.stderr.strip()[:200])
    failures += not ok


check(["--version"], 0, f"return-coordinator {version}\n")

with tempfile.TemporaryDirectory() as tmp:
    demo = os.path.join(tmp, "demo.db")
    check(["--create-demo", demo], 0)
    mode = os.stat(demo).st_mode & 0o777
    print("ok" if mode == 0o600 else "FAIL", "demo database mode", oct(mode))
    failures += mode != 0o600
    leftovers = sorted(set(os.listdir(tmp)) - {"demo.db"})
    print("ok" if not leftovers else "FAIL", "no temporary files left", leftovers)
    failures += bool(leftovers)
    # Never overwrites: the second attempt is refused and the file kept.
    before = open(demo, "rb").read()
    check(["--create-demo", demo], 1, None, "already exists")
    failures += open(demo, "rb").read() != before
    check(["--database", demo, "--create-demo", os.path.join(tmp, "no", "such", "dir", "x.db")], 0)
check(["--help"], 0, "--database")
check(["--no-such-option"], 1, None, "no-such-option")
sys.exit(1 if failures else 0)
