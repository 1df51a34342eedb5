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

# --import-workforce: the DfE's CSV, all of it or nothing.
WORKFORCE_HEADER = (
    "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
    "old_la_code,new_la_code,la_name,inpost_fte,inpost_headcount,starters_fte,leavers_fte,agency_fte,"
    "agency_rate_fte,vacancy_fte,vacancy_rate_fte,turnover_rate_fte,case_holders_fte,cases,caseload_fte,"
    "working_days_lost_fte,absence_rate_fte,agency_cover_rate_fte\n"
)
SW = "Reporting year,Local authority,E92000001,England,E12000009,South West,"


def workforce_file(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(WORKFORCE_HEADER + "".join(rows))


def database_state(path):
    """The file's bytes (with its WAL, if any) and the rows that matter."""
    import sqlite3
    files = b"".join(open(p, "rb").read() for p in (path, path + "-wal") if os.path.exists(p))
    db = sqlite3.connect(path)
    rows = db.execute("SELECT * FROM workforce_return ORDER BY id").fetchall()
    audit = db.execute("SELECT count(*) FROM audit_log").fetchone()
    db.close()
    return files, rows, audit


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "consortium.db")
    good = os.path.join(tmp, "csww_indicators.csv")
    bad = os.path.join(tmp, "broken.csv")
    workforce_file(good, [
        "2025,Reporting year,National,E92000001,England,,,,,,\"33,885.4\",36520,5980,5070,6210,15.5,"
        "\"7,145\",17.4,15,26700,\"447,000\",16.7,254000,3.1,z\n",
        "2023," + SW + "933,E06000066,Somerset,279.3,305,41,44.2,35.1,11.2,49,14.9,15.8,231,4100,17.7,2210,3.4,z\n",
        "2025," + SW + "801,E06000023,\"Bristol, City of\",412.6,440,60,58.4,low,x,71.5,14.8,14.2,330,5400,"
        "16.4,3010,3.2,z\n",
        "2025,Reporting year,Local authority,E92000001,England,E12000004,East Midlands,940 / 941,"
        "E06000061 / E06000062,North Northamptonshire / West Northamptonshire,620,650,90,85,70,10,95,13,14,"
        "480,8100,16.9,4100,3.2,z\n",
        "2025," + SW + "999,E06000999,Atlantis,100,110,10,10,5,5,10,9,10,80,1300,16.3,600,2.9,z\n",
    ])
    check(["--database", db, "--import-workforce", good], 0,
          "Added 3, updated 0, skipped 2 (joint returns: 1; unknown codes: 1)")
    check(["--database", db, "--import-workforce", good], 0, "Added 0, updated 3, skipped 2")

    # Line 3 is broken: nothing of the file is imported, Somerset's change included.
    workforce_file(bad, [
        "2023," + SW + "933,E06000066,Somerset,281.5,305,41,44.2,35.1,11.2,45,14.9,15.8,231,4100,17.7,2210,3.4,z\n",
        "2025," + SW + "801,E06000023,\"Bristol, City of\",412.6,440,sixty,58.4,48,10.4,71.5,14.8,14.2,330,5400,"
        "16.4,3010,3.2,z\n",
        "2024," + SW + "802,E06000024,North Somerset,200,210,20,20,10,5,30,13,10,150,2500,16.7,1200,3,z\n",
    ])
    before = database_state(db)
    check(["--database", db, "--import-workforce", bad], 1, None, "broken.csv:3: starters_fte: “sixty” is not a number")
    after = database_state(db)
    same = before == after
    print("ok" if same else "FAIL", "a refused import leaves the database as it was", len(before[1]), len(after[1]))
    failures += not same
    check(["--database", db, "--import-workforce", os.path.join(tmp, "missing.csv")], 1, None, "missing.csv")
    with open(bad, "w", encoding="utf-8") as f:
        f.write("year,la_name\n2025,Somerset\n")
    check(["--database", db, "--import-workforce", bad], 1, None, "time_period")

check(["--help"], 0, "--database")
check(["--no-such-option"], 1, None, "no-such-option")
sys.exit(1 if failures else 0)
