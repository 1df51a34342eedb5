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

    # England's figures marked not available, its rates given; two of
    # Somerset's cells blank. The cleared figures are named first.
    marked = os.path.join(tmp, "marked.csv")
    workforce_file(marked, [
        "2025,Reporting year,National,E92000001,England,,,,,,x,x,x,x,x,15.5,x,17.4,15,x,x,16.7,x,3.1,z\n",
        "2023," + SW + "933,E06000066,Somerset,279.3,305,,44.2,35.1,11.2,49,14.9,15.8,,4100,17.7,2210,3.4,z\n",
    ])
    proc = subprocess.run([exe, "--database", db, "--import-workforce", marked], env=env,
                          capture_output=True, text=True, timeout=60)
    lines = proc.stdout.splitlines()
    ok = (proc.returncode == 0 and len(lines) == 3
          and lines[0] == "Importing clears 8 stored figures that the file marks as not available "
                          "(x, c, z, u or low): England 2025 (FTE in post, starters, leavers, agency workers, "
                          "vacancies, case holders, cases, days lost to sickness)."
          and lines[1] == "Kept 2 stored figures whose cells in the file are blank."
          and lines[2] == "Added 0, updated 2, skipped 0")
    print("ok" if ok else "FAIL", "an import names the stored figures it clears first", proc.returncode, lines)
    failures += not ok
    import sqlite3
    conn = sqlite3.connect(db)
    england = conn.execute("SELECT in_post_fte100, published_vacancy_rate_pct100, published_caseload100 "
                           "FROM workforce_return WHERE scope = 'national' AND year = 2025").fetchone()
    somerset = conn.execute("SELECT starters_fte100, case_holders_fte100 FROM workforce_return w "
                            "JOIN council c ON c.id = w.council_id "
                            "WHERE c.gss_code = 'E06000066' AND year = 2023").fetchone()
    conn.close()
    ok = england == (None, 1740, 1670) and somerset == (4100, 23100)
    print("ok" if ok else "FAIL", "published rates stored, blank cells kept", england, somerset)
    failures += not ok

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

# --export-chart MEASURE FILE: Somerset and Bath and North East Somerset.
with tempfile.TemporaryDirectory() as tmp:
    demo = os.path.join(tmp, "demo.db")
    check(["--create-demo", demo], 0)
    councils = ["--council", "E06000066", "--council", "E06000022"]
    signatures = {"png": b"\x89PNG\r\n\x1a\n", "svg": b"<svg", "pdf": b"%PDF-"}
    for ext, signature in signatures.items():
        out = os.path.join(tmp, "vacancy." + ext)
        check(["--database", demo, "--export-chart", "vacancy", out, *councils], 0)
        data = open(out, "rb").read() if os.path.exists(out) else b""
        ok = data.startswith(signature) if ext != "svg" else signature in data[:1000]
        print("ok" if ok else "FAIL", "exported", ext, len(data))
        failures += not ok
    # The file may come before the options, and --size sets the pixels.
    out = os.path.join(tmp, "small.png")
    check(["--export-chart", "caseload", "--database", demo, out, "--council", "E06000066", "--size", "600x400"], 0)
    size = open(out, "rb").read()[16:24] if os.path.exists(out) else b""
    ok = size == (600).to_bytes(4, "big") + (400).to_bytes(4, "big")
    print("ok" if ok else "FAIL", "--size 600x400", size.hex())
    failures += not ok

    refused = os.path.join(tmp, "refused.png")
    check(["--database", demo, "--export-chart", "sickness", refused, *councils], 1, None,
          "vacancy, agency, turnover, caseload")
    check(["--database", demo, "--export-chart", "vacancy", refused, "--council", "E06999999"], 1, None, "E06999999")
    check(["--database", demo, "--export-chart", "vacancy", refused], 1, None, "--council")
    check(["--database", demo, "--export-chart", "vacancy", os.path.join(tmp, "chart.gif"), *councils], 1, None, ".gif")
    check(["--database", demo, "--export-chart", "vacancy", *councils], 1, None, "FILE")
    check(["--database", os.path.join(tmp, "none.db"), "--export-chart", "vacancy", refused, *councils], 1, None,
          "no database")
    check(["--council", "E06000066"], 1, None, "--export-chart")
    check(["a-stray-argument"], 1, None, "a-stray-argument")
    left = sorted(set(os.listdir(tmp)) - {"demo.db", "vacancy.png", "vacancy.svg", "vacancy.pdf", "small.png"})
    print("ok" if not left else "FAIL", "refused exports write nothing", left)
    failures += bool(left)

# --export-bid BID_ID FILE.xlsx: the expansion bid for 66 trainees.
with tempfile.TemporaryDirectory() as tmp:
    import sqlite3
    import zipfile
    demo = os.path.join(tmp, "demo.db")
    check(["--create-demo", demo], 0)
    db = sqlite3.connect(demo)
    (bid_id,) = db.execute("SELECT id FROM bid WHERE trainees_planned = 66").fetchone()
    db.close()
    print("ok" if bid_id == 2 else "FAIL", "the 66-trainee bid is bid 2", bid_id)
    failures += bid_id != 2
    out = os.path.join(tmp, "expansion.xlsx")
    check(["--database", demo, "--export-bid", str(bid_id), out], 0)
    try:
        with zipfile.ZipFile(out) as z:
            ok = z.testzip() is None and "xl/worksheets/sheet2.xml" in z.namelist()
    except (OSError, zipfile.BadZipFile) as e:
        print(e)
        ok = False
    print("ok" if ok else "FAIL", "--export-bid wrote a valid xlsx zip")
    failures += not ok

    refused = os.path.join(tmp, "refused.xlsx")
    check(["--database", demo, "--export-bid", "999", refused], 1, None, "no bid 999")
    check(["--database", demo, "--export-bid", "two", refused], 1, None, "“two” is not a bid id")
    check(["--database", demo, "--export-bid", str(bid_id)], 1, None, "FILE.xlsx")
    check(["--database", demo, "--export-bid", str(bid_id), os.path.join(tmp, "no", "such", "x.xlsx")], 1, None,
          "the folder does not exist")
    check(["--database", os.path.join(tmp, "none.db"), "--export-bid", str(bid_id), refused], 1, None, "no database")
    left = sorted(n for n in os.listdir(tmp) if not n.startswith("demo.db") and n != "expansion.xlsx")
    print("ok" if not left else "FAIL", "refused bid exports write nothing", left)
    failures += bool(left)

# --import-trainees COHORT_ID FILE.csv: the columns by their names; every
# trainee of the file, or none.
with tempfile.TemporaryDirectory() as tmp:
    import sqlite3

    def trainee_state(path):
        db = sqlite3.connect(path)
        state = (db.execute("SELECT count(*) FROM trainee WHERE cohort_id = 1").fetchone()[0],
                 db.execute("SELECT count(*) FROM trainee_event").fetchone()[0],
                 db.execute("SELECT count(*) FROM audit_log").fetchone()[0])
        db.close()
        return state

    demo = os.path.join(tmp, "demo.db")
    check(["--create-demo", demo], 0)
    good = os.path.join(tmp, "applicants.csv")
    with open(good, "w", encoding="utf-8", newline="") as f:
        f.write("\ufeffID,First name,Surname,Email,LA,Applied on\r\n"
                "SU1-90,Alex,Morgan,alex.morgan@example.org,E06000066,2016-09-01\r\n"
                "SU1-91,Bea,Lane,,\"Bristol, City of\",02/09/2016\r\n"
                "SU1-01,Someone,Else,,E06000066,2016-09-01\r\n")
    before = trainee_state(demo)
    check(["--database", demo, "--import-trainees", "1", good], 0,
          "Added 2 trainees to “Step Up to Social Work: first south-west cohort”; skipped 1 already in the cohort")
    after = trainee_state(demo)
    ok = after[0] == before[0] + 2 and after[1] == before[1] + 2
    print("ok" if ok else "FAIL", "two trainees added, each with its applied event", before, after)
    failures += not ok
    db = sqlite3.connect(demo)
    applied = db.execute("SELECT e.occurred_on FROM trainee t JOIN trainee_event e ON e.trainee_id = t.id "
                         "WHERE t.reference = 'SU1-91' AND e.stage = 'applied'").fetchall()
    named = db.execute("SELECT count(*) FROM audit_log WHERE summary LIKE '%Morgan%' "
                       "OR summary LIKE '%example.org%'").fetchone()[0]
    db.close()
    ok = applied == [("2016-09-02",)] and named == 0
    print("ok" if ok else "FAIL", "applied on 02/09/2016 is 2016-09-02; the audit names nobody", applied, named)
    failures += not ok

    # Lines 4 and 5 are broken: the good lines 2 and 3 are not imported either.
    bad = os.path.join(tmp, "broken.csv")
    with open(bad, "w", encoding="utf-8") as f:
        f.write("Reference,First name,Surname,Host council,Applied on\n"
                "SU1-92,Cal,Cole,E06000022,2016-09-01\n"
                "SU1-93,Dee,Dale,E06000022,2016-09-01\n"
                "SU1-94,Eve,East,E06000022,2017-02-30\n"
                "SU1-95,Fay,Frome,Atlantis,2016-09-01\n")
    before = trainee_state(demo)
    proc = subprocess.run([exe, "--database", demo, "--import-trainees", "1", bad], env=env, capture_output=True,
                          text=True, timeout=60)
    lines = proc.stderr.strip().splitlines()
    ok = (proc.returncode == 1 and proc.stdout == "" and len(lines) == 2
          and lines[0].endswith("broken.csv:4: Applied on: “2017-02-30” is not a day of the calendar")
          and lines[1].endswith("broken.csv:5: Host council: no council has the code, number or name “Atlantis”"))
    print("ok" if ok else "FAIL", "a broken file names its lines", proc.returncode, lines)
    failures += not ok
    after = trainee_state(demo)
    print("ok" if before == after else "FAIL", "a refused import leaves the trainees as they were", before, after)
    failures += before != after

    check(["--database", demo, "--import-trainees", "99", good], 1, None, "no cohort 99")
    check(["--database", demo, "--import-trainees", "first", good], 1, None, "“first” is not a cohort id")
    check(["--database", demo, "--import-trainees", "1"], 1, None, "FILE.csv")
    check(["--database", demo, "--import-trainees", "1", good, "extra.csv"], 1, None, "extra.csv")
    check(["--database", demo, "--import-trainees", "1", os.path.join(tmp, "missing.csv")], 1, None, "missing.csv")
    check(["--database", os.path.join(tmp, "none.db"), "--import-trainees", "1", good], 1, None, "no database")
    print("ok" if not os.path.exists(os.path.join(tmp, "none.db")) else "FAIL", "no database is created")
    failures += os.path.exists(os.path.join(tmp, "none.db"))
    after = trainee_state(demo)
    print("ok" if before == after else "FAIL", "refused imports change nothing", before, after)
    failures += before != after

check(["--help"], 0, "--database")
check(["--no-such-option"], 1, None, "no-such-option")
sys.exit(1 if failures else 0)
