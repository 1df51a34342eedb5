#!/usr/bin/env python3
"""SIGTERM and SIGINT, in turn, at random moments of --generate-national:
each must end the program and leave nothing in its folder (no partial
database, -wal, -shm, -journal or temporary file). Run by
build-aux/reliability; the suite's check-cli.py does one of each."""
import os
import random
import signal
import subprocess
import sys
import tempfile
import time

exe = sys.argv[1]
trials = int(sys.argv[2]) if len(sys.argv) > 2 else 20
random.seed(int(os.environ.get("RC_INTERRUPT_SEED", "2026")))
left_behind = 0
for i in range(trials):
    sig = (signal.SIGTERM, signal.SIGINT)[i % 2]
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.Popen([exe, "--generate-national", os.path.join(tmp, "national.db")],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        delay = random.uniform(0.0, 8.0)
        time.sleep(delay)  # a random moment is the point here
        had = sorted(os.listdir(tmp))
        sent = time.monotonic()
        proc.send_signal(sig)
        proc.wait(timeout=60)
        took = (time.monotonic() - sent) * 1000
        left = sorted(os.listdir(tmp))
        if proc.returncode == 0 and left == ["national.db"]:
            left = []  # done before the signal came: the whole file, as it should be
        bad = bool(left) or proc.returncode not in (-sig, 0)
        left_behind += bool(left)
        print(f"{'FAIL' if bad else 'ok'} {delay:4.2f} s {signal.Signals(sig).name}: status {proc.returncode}, "
              f"{len(had)} files then {left or 'none'}, ended {took:.0f} ms after", flush=True)
print(f"# {trials} interruptions, {left_behind} left files behind")
sys.exit(1 if left_behind else 0)
