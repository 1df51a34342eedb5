#!/usr/bin/env python3
"""Headless command-line behaviour: runs with no display at all."""
import os
import signal
import stat
import subprocess
import tempfile
import sys
import time

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
    # An import never creates a database: the demo's, without the years
    # the file brings.
    check(["--create-demo", db], 0)
    import sqlite3
    con = sqlite3.connect(db)
    con.execute("DELETE FROM workforce_return WHERE year IN (2023, 2025)")
    con.commit()
    con.close()
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

    # Unlikely figures are named on stderr, and imported (issue #14).
    odd = os.path.join(tmp, "odd.csv")
    workforce_file(odd, [
        "2021," + SW + "933,E06000066,Somerset,40,45,5,50,10,10,60,60,125,30,500,16,200,3,z\n",
    ])
    proc = subprocess.run([exe, "--database", db, "--import-workforce", odd], env=env, capture_output=True,
                          text=True, timeout=60)
    lines = proc.stderr.strip().splitlines()
    ok = (proc.returncode == 0 and "Added 1, updated 0, skipped 0; 1 row with a warning" in proc.stdout
          and len(lines) == 1
          and lines[0].endswith("odd.csv:2: warning: Somerset 2021: Vacancies (60 FTE) are more than FTE in post "
                                "(40): check the figures; Turnover is above 100 %: 50 FTE leavers against 40 FTE "
                                "in post"))
    print("ok" if ok else "FAIL", "unlikely figures are warned about and imported", proc.returncode,
          proc.stdout, lines)
    failures += not ok
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
    check(["--database", demo, "--export-chart", "sickness", refused, *councils], 2, None,
          "vacancy, agency, turnover, caseload")
    check(["--database", demo, "--export-chart", "vacancy", refused, "--council", "E06999999"], 1, None, "E06999999")
    check(["--database", demo, "--export-chart", "vacancy", refused], 2, None, "--council")
    check(["--database", demo, "--export-chart", "vacancy", os.path.join(tmp, "chart.gif"), *councils], 2, None, ".gif")
    check(["--database", demo, "--export-chart", "vacancy", *councils], 2, None, "FILE")
    check(["--database", os.path.join(tmp, "none.db"), "--export-chart", "vacancy", refused, *councils], 1, None,
          "no database")
    check(["--council", "E06000066"], 2, None, "--export-chart")
    check(["a-stray-argument"], 2, None, "a-stray-argument")
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
    check(["--database", demo, "--export-bid", "two", refused], 2, None, "“two” is not a bid id")
    check(["--database", demo, "--export-bid", str(bid_id)], 2, None, "FILE.xlsx")
    check(["--database", demo, "--export-bid", str(bid_id), os.path.join(tmp, "no", "such", "x.xlsx")], 1, None,
          "such” does not exist")
    check(["--database", os.path.join(tmp, "none.db"), "--export-bid", str(bid_id), refused], 1, None, "no database")
    left = sorted(n for n in os.listdir(tmp) if not n.startswith("demo.db") and n != "expansion.xlsx")
    print("ok" if not left else "FAIL", "refused bid exports write nothing", left)
    failures += bool(left)

# --export-monitoring FILE.xlsx [--cohort COHORT_ID]: one row per trainee,
# by reference, and live counts; owner only.
with tempfile.TemporaryDirectory() as tmp:
    import zipfile
    demo = os.path.join(tmp, "demo.db")
    check(["--create-demo", demo], 0)
    out = os.path.join(tmp, "monitoring.xlsx")
    check(["--database", demo, "--export-monitoring", out], 0, "")
    one = os.path.join(tmp, "one.xlsx")
    check(["--database", demo, "--export-monitoring", one, "--cohort", "3"], 0, "")
    for path, want in ((out, 56), (one, 14)):
        try:
            with zipfile.ZipFile(path) as z:
                trainees = z.read("xl/worksheets/sheet2.xml").decode("utf-8")
                names = z.namelist()
            rows = trainees.count("<row ") - 1
            ok = ("xl/worksheets/sheet3.xml" in names and rows == want and "COUNTIFS" in
                  zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode("utf-8")
                  and os.stat(path).st_mode & 0o777 == 0o600)
        except (OSError, KeyError, zipfile.BadZipFile) as e:
            print(e)
            ok, rows = False, None
        print("ok" if ok else "FAIL", "--export-monitoring wrote", os.path.basename(path), "with", rows, "trainees")
        failures += not ok

    refused = os.path.join(tmp, "refused.xlsx")
    check(["--database", demo, "--export-monitoring", refused, "--cohort", "999"], 1, None, "no cohort 999")
    check(["--database", demo, "--export-monitoring", refused, "--cohort", "three"], 2, None,
          "“three” is not a cohort id")
    check(["--database", demo, "--export-monitoring", refused, "stray"], 2, None, "stray")
    check(["--database", demo, "--export-bid", "2", refused, "--cohort", "3"], 2, None,
          "--cohort goes with --export-monitoring")
    check(["--database", demo, "--export-monitoring", os.path.join(tmp, "no", "such", "x.xlsx")], 1, None,
          "such” does not exist")
    check(["--database", os.path.join(tmp, "none.db"), "--export-monitoring", refused], 1, None, "no database")

    # --add-user is for a shared database only, with one --council or --coordinator; the file is untouched
    # (tests/test-postgres-rls.c runs it on a server).
    before = open(demo, "rb").read()
    check(["--database", demo, "--add-user", "bob", "--coordinator"], 2, None,
          "--add-user needs --database postgresql://")
    check(["--database", "postgresql:///nowhere", "--add-user", "bob"], 2, None,
          "takes one --council CODE (a partner council’s login) or --coordinator")
    check(["--database", "postgresql:///nowhere", "--add-user", "bob", "--council", "E06000022", "--coordinator"],
          2, None, "takes one --council CODE")
    check(["--database", demo, "--coordinator"], 2, None, "--coordinator goes with --add-user")
    check(["--database", demo, "--council", "E06000022"], 2, None, "--council goes with --export-chart or --add-user")
    ok = open(demo, "rb").read() == before
    print("ok" if ok else "FAIL", "the file is as it was")
    failures += not ok
    left = sorted(n for n in os.listdir(tmp) if not n.startswith("demo.db") and n not in ("monitoring.xlsx", "one.xlsx"))
    print("ok" if not left else "FAIL", "refused monitoring exports write nothing", left)
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
    check(["--database", demo, "--import-trainees", "first", good], 2, None, "“first” is not a cohort id")
    check(["--database", demo, "--import-trainees", "1"], 2, None, "FILE.csv")
    check(["--database", demo, "--import-trainees", "1", good, "extra.csv"], 2, None, "extra.csv")
    check(["--database", demo, "--import-trainees", "1", os.path.join(tmp, "missing.csv")], 1, None, "missing.csv")
    check(["--database", os.path.join(tmp, "none.db"), "--import-trainees", "1", good], 1, None, "no database")
    print("ok" if not os.path.exists(os.path.join(tmp, "none.db")) else "FAIL", "no database is created")
    failures += os.path.exists(os.path.join(tmp, "none.db"))
    after = trainee_state(demo)
    print("ok" if before == after else "FAIL", "refused imports change nothing", before, after)
    failures += before != after


# No database by mistake, and none written when damaged (issue #15).
def file_hash(path):
    import hashlib
    h = hashlib.sha256()
    for p in (path, path + "-wal"):
        if os.path.exists(p):
            h.update(open(p, "rb").read())
    return h.hexdigest()


def damage_index(path, pad_megabytes=0):
    """trainee_host loses every other row: integrity_check says so, quick_check does not."""
    import sqlite3
    con = sqlite3.connect(path)
    if pad_megabytes:
        con.execute("CREATE TABLE padding (x BLOB)")
        for _ in range(pad_megabytes):
            con.execute("INSERT INTO padding VALUES (randomblob(1000000))")
        con.commit()
    (sql,) = con.execute("SELECT sql FROM sqlite_schema WHERE name = 'trainee_host'").fetchone()
    con.executescript("DROP INDEX trainee_host;"
                      "CREATE INDEX trainee_host ON trainee (host_council_id) WHERE id % 2 = 0;")
    con.execute("PRAGMA writable_schema = ON")
    con.execute("UPDATE sqlite_schema SET sql = ? WHERE name = 'trainee_host'", (sql,))
    con.commit()
    con.execute("PRAGMA writable_schema = OFF")
    con.close()
    con = sqlite3.connect(path)
    quick = con.execute("PRAGMA quick_check").fetchone()[0]
    full = con.execute("PRAGMA integrity_check").fetchone()[0]
    con.close()
    return quick == "ok" and "missing from index trainee_host" in full


def run(args):
    return subprocess.run([exe, *args], env=env, capture_output=True, text=True, timeout=120)


with tempfile.TemporaryDirectory() as tmp:
    demo = os.path.join(tmp, "demo.db")
    check(["--create-demo", demo], 0)
    trainees = os.path.join(tmp, "trainees.csv")
    with open(trainees, "w", encoding="utf-8") as f:
        f.write("Reference,First name,Surname,Host council,Applied on\nSU1-96,Gil,Green,E06000022,2016-09-01\n")
    workforce = os.path.join(tmp, "workforce.csv")
    workforce_file(workforce, ["2025," + SW + "802,E06000024,North Somerset,200,210,20,20,10,5,30,13,10,150,"
                               "2500,16.7,1200,3,z\n"])
    out = os.path.join(tmp, "out.xlsx")
    chart = os.path.join(tmp, "out.png")
    commands = {
        "--import-workforce": ["--import-workforce", workforce],
        "--import-trainees": ["--import-trainees", "1", trainees],
        "--export-bid": ["--export-bid", "2", out],
        "--export-monitoring": ["--export-monitoring", out],
        "--export-chart": ["--export-chart", "vacancy", chart, "--council", "E06000066"],
    }

    # A database that does not exist is refused, and not created.
    typo = os.path.join(tmp, "typo.db")
    for name, args in commands.items():
        check(["--database", typo, *args], 1, None, "no database at")
        made = sorted(n for n in os.listdir(tmp) if n.startswith("typo.db"))
        print("ok" if not made else "FAIL", name, "creates no typo.db", made)
        failures += bool(made)

    # An empty file is not a new database for a command, and stays empty.
    empty = os.path.join(tmp, "empty.db")
    open(empty, "w").close()
    for name, args in commands.items():
        check(["--database", empty, *args], 1, None, "is empty")
    ok = os.path.getsize(empty) == 0 and not any(n.startswith("empty.db-") for n in os.listdir(tmp))
    print("ok" if ok else "FAIL", "the empty file is left empty, with no journal beside it")
    failures += not ok

    # Not a regular file: refused before SQLite sees it (a FIFO stands in
    # for /dev/null, beside which root's import created /dev/null-journal).
    fifo = os.path.join(tmp, "fifo.db")
    os.mkfifo(fifo)
    for name, args in commands.items():
        check(["--database", fifo, *args], 1, None, "not a regular file")
    left = sorted(n for n in os.listdir(tmp) if n.startswith("fifo.db-"))
    print("ok" if not left else "FAIL", "nothing is created beside a FIFO", left)
    failures += bool(left)
    check(["--database", "/dev/null", "--export-bid", "2", out], 1, None, "not a regular file")
    left = sorted(n for n in os.listdir(tmp) if n in ("out.xlsx", "out.png"))
    print("ok" if not left else "FAIL", "refused commands write no export", left)
    failures += bool(left)

    # Owner-only after a command opens it, with its backups.
    backups = os.path.join(tmp, "backups")
    os.mkdir(backups, 0o755)
    backup = os.path.join(backups, "demo-20261201-090000.000000-manual.db")
    open(backup, "wb").write(open(demo, "rb").read())
    os.chmod(backup, 0o644)
    os.chmod(demo, 0o644)
    check(["--database", demo, *commands["--export-bid"]], 0)
    modes = [oct(os.stat(p).st_mode & 0o777) for p in (demo, backups, backup)]
    ok = modes == ["0o600", "0o700", "0o600"]
    print("ok" if ok else "FAIL", "the database and its backups are made owner-only", modes)
    failures += not ok
    os.unlink(out)

    # A damaged file, small and over 16 MB: never written, one line naming
    # it and the newest backup; reading and exporting still work.
    for pad in (0, 18):
        damaged = os.path.join(tmp, "damaged-%d.db" % pad)
        open(damaged, "wb").write(open(demo, "rb").read())
        ok = damage_index(damaged, pad)
        print("ok" if ok else "FAIL", "integrity_check, not quick_check, sees the damage", pad, os.path.getsize(damaged))
        failures += not ok
        os.makedirs(backups, exist_ok=True)
        newest = os.path.join(backups, "damaged-%d-20261202-090000.000000-manual.db" % pad)
        open(newest, "wb").write(open(demo, "rb").read())
        before = file_hash(damaged)
        for name in ("--import-workforce", "--import-trainees"):
            proc = run(["--database", damaged, *commands[name]])
            lines = proc.stderr.strip().splitlines()
            ok = (proc.returncode == 1 and len(lines) == 1 and damaged in lines[0] and newest in lines[0]
                  and "missing from index" not in proc.stderr and file_hash(damaged) == before)
            print("ok" if ok else "FAIL", name, "refuses the damaged file, unchanged", pad, proc.returncode, lines)
            failures += not ok
        for name in ("--export-bid", "--export-chart"):
            proc = run(["--database", damaged, *commands[name]])
            lines = proc.stderr.strip().splitlines()
            target = out if name == "--export-bid" else chart
            ok = (proc.returncode == 0 and os.path.exists(target) and len(lines) == 1
                  and "warning" in lines[0] and damaged in lines[0] and newest in lines[0]
                  and file_hash(damaged) == before)
            print("ok" if ok else "FAIL", name, "reads the damaged file with a warning", pad, proc.returncode, lines)
            failures += not ok
            if os.path.exists(target):
                os.unlink(target)
# Exit statuses: 2 for a command line written wrongly, 1 for what was refused.
with tempfile.TemporaryDirectory() as tmp:
    demo = os.path.join(tmp, "demo.db")
    check(["--create-demo", demo], 0)
    check(["--database", demo, "--export-bid", "2", os.path.join(tmp, "a.xlsx"),
           "--import-trainees", "1", os.path.join(tmp, "b.csv")], 2, None, "cannot be given together")
    check(["--create-demo", os.path.join(tmp, "x.db"), "stray"], 2, None, "stray")
    check(["--database", demo, "--export-bid", "2", os.path.join(tmp, "a.xlsx"), "--council", "E06000066"], 2,
          None, "--export-chart")
    print("ok" if not os.path.exists(os.path.join(tmp, "a.xlsx")) else "FAIL", "wrong usage writes nothing")
    failures += os.path.exists(os.path.join(tmp, "a.xlsx"))


def run_as_user(args):
    """Runs the app as an ordinary user: as nobody when this runs as root,
    since root may write any file whatever its mode."""
    prefix = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"] if os.geteuid() == 0 else []
    return subprocess.run([*prefix, exe, *args], env=env, capture_output=True, text=True, timeout=120)


def check_user(args, want_status, want_err, not_err="was not saved"):
    global failures
    proc = run_as_user(args)
    ok = proc.returncode == want_status and want_err in proc.stderr and (not not_err or not_err not in proc.stderr)
    print(("ok" if ok else "FAIL"), "as an ordinary user", args[-3:], proc.returncode, proc.stderr.strip()[:300])
    failures += not ok
    return proc


def give_to_user(path):
    if os.geteuid() == 0:
        import pwd
        nobody = pwd.getpwnam("nobody")
        os.chown(path, nobody.pw_uid, nobody.pw_gid)


def snapshot(path):
    st = os.lstat(path)
    data = open(path, "rb").read() if os.path.isfile(path) and not os.path.islink(path) else None
    return (st.st_ino, st.st_mode, st.st_uid, data)


# What an export may replace: files of an ordinary user, as that user.
with tempfile.TemporaryDirectory() as tmp:
    os.chmod(tmp, 0o755)
    # The user's database, in a folder of theirs (SQLite writes beside it).
    home = os.path.join(tmp, "home")
    os.mkdir(home)
    demo = os.path.join(home, "demo.db")
    check(["--create-demo", demo], 0)
    give_to_user(home)
    give_to_user(demo)
    out = os.path.join(tmp, "out")
    os.mkdir(out)
    os.chmod(out, 0o777)  # anyone may add and rename files here
    councils = ["--council", "E06000066", "--council", "E06000022"]

    # A read-only file: another user's, or one marked read-only.
    readonly = os.path.join(out, "submitted.xlsx")
    with open(readonly, "w") as f:
        f.write("as submitted to the DfE")
    os.chmod(readonly, 0o644 if os.geteuid() == 0 else 0o444)
    before = snapshot(readonly)
    check_user(["--database", demo, "--export-bid", "2", readonly], 1, "is read-only, so it was not replaced")
    print("ok" if snapshot(readonly) == before else "FAIL", "a read-only file is kept as it was", oct(before[1]))
    failures += snapshot(readonly) != before

    # A symbolic link: refused, never written through.
    target = os.path.join(out, "target.png")
    with open(target, "w") as f:
        f.write("the target")
    link = os.path.join(out, "vacancy.png")
    os.symlink(target, link)
    dangling = os.path.join(out, "dangling.pdf")
    os.symlink(os.path.join(out, "nowhere.pdf"), dangling)
    before = (snapshot(link), snapshot(target))
    check_user(["--database", demo, "--export-chart", "vacancy", link, *councils], 1, "is a symbolic link")
    check_user(["--database", demo, "--export-chart", "vacancy", dangling, *councils], 1, "is a symbolic link")
    same = (snapshot(link), snapshot(target)) == before and not os.path.exists(os.path.join(out, "nowhere.pdf"))
    print("ok" if same else "FAIL", "a link and its target are kept as they were")
    failures += not same

    # A pipe in place of the file: never replaced (nor blocked on).
    fifo = os.path.join(out, "chart.svg")
    os.mkfifo(fifo)
    check_user(["--database", demo, "--export-chart", "vacancy", fifo, *councils], 1, "is not an ordinary file")
    print("ok" if stat.S_ISFIFO(os.lstat(fifo).st_mode) else "FAIL", "the pipe is still a pipe")
    failures += not stat.S_ISFIFO(os.lstat(fifo).st_mode)

    # A folder that cannot be written: says so.
    locked = os.path.join(tmp, "locked")
    os.mkdir(locked)
    os.chmod(locked, 0o755 if os.geteuid() == 0 else 0o555)
    check_user(["--database", demo, "--export-bid", "2", os.path.join(locked, "bid.xlsx")], 1,
               "you may not write into the folder")
    check_user(["--database", demo, "--export-chart", "vacancy", os.path.join(locked, "v.pdf"), *councils], 1,
               "you may not write into the folder")
    check_user(["--create-demo", os.path.join(locked, "demo.db")], 1, "you may not write into the folder")
    print("ok" if os.listdir(locked) == [] else "FAIL", "nothing in the locked folder", os.listdir(locked))
    failures += os.listdir(locked) != []

    # The user's own file: replaced, never with a wider mode.
    own = os.path.join(out, "own.xlsx")
    with open(own, "w") as f:
        f.write("last week")
    os.chmod(own, 0o600)
    give_to_user(own)
    check_user(["--database", demo, "--export-bid", "2", own], 0, "")
    mode = os.stat(own).st_mode & 0o777
    print("ok" if mode == 0o600 and open(own, "rb").read(2) == b"PK" else "FAIL", "replaced, still 0600", oct(mode))
    failures += mode != 0o600

    left = sorted(n for n in os.listdir(out) if n.startswith("."))
    print("ok" if not left else "FAIL", "no temporary file left", left)
    failures += bool(left)

    # A database that cannot be written during an import: the database's
    # problem, not a line's.
    readonly_db = os.path.join(home, "readonly.db")
    check(["--create-demo", readonly_db], 0)
    give_to_user(readonly_db)
    os.chmod(readonly_db, 0o444)
    trainees = os.path.join(tmp, "trainees.csv")
    with open(trainees, "w") as f:
        f.write("Reference,First name,Surname,Host council,Applied on\nX-1,Al,Bee,E06000022,2016-09-01\n")
    proc = run_as_user(["--database", readonly_db, "--import-trainees", "1", trainees])
    ok = proc.returncode == 1 and "line " not in proc.stderr and "readonly.db" in proc.stderr
    print("ok" if ok else "FAIL", "a read-only database is named, not a line", proc.returncode, proc.stderr.strip())
    failures += not ok

# A file with thousands of broken lines: 20 reasons, then how many more.
with tempfile.TemporaryDirectory() as tmp:
    demo = os.path.join(tmp, "demo.db")
    check(["--create-demo", demo], 0)
    bad = os.path.join(tmp, "5000-bad.csv")
    with open(bad, "w", encoding="utf-8") as f:
        f.write("Reference,First name,Surname,Host council,Applied on\n")
        for i in range(5000):
            f.write(f"Z-{i},A,B,E06000022,2017-02-30\n")
    proc = subprocess.run([exe, "--database", demo, "--import-trainees", "1", bad], env=env, capture_output=True,
                          text=True, timeout=60)
    lines = proc.stderr.strip().splitlines()
    ok = (proc.returncode == 1 and len(lines) == 21 and all(":" in line for line in lines[:20])
          and lines[20].endswith("… and 4980 more lines with problems; nothing was imported"))
    print("ok" if ok else "FAIL", "5,000 broken lines give 20 reasons and a count", len(lines), lines[-1:])
    failures += not ok

    workforce_file(bad, ["2025," + SW + f"801,E06000023,Bristol,{i}x,440,60,58.4,48,10.4,71.5,14.8,14.2,330,5400,"
                         "16.4,3010,3.2,z\n" for i in range(5000)])
    proc = subprocess.run([exe, "--database", demo, "--import-workforce", bad], env=env, capture_output=True,
                          text=True, timeout=60)
    lines = proc.stderr.strip().splitlines()
    ok = proc.returncode == 1 and len(lines) == 21 and "… and 4980 more" in lines[20]
    print("ok" if ok else "FAIL", "the same for the workforce file", len(lines), lines[-1:])
    failures += not ok

    # A refused cell of 20,000 characters is quoted in at most 80.
    huge = "9" * 20000
    with open(bad, "w", encoding="utf-8") as f:
        f.write("Reference,First name,Surname,Host council,Applied on\n"
                f"Z-1,A,B,{huge},2016-09-01\nZ-2,A,B,E06000022,{huge}\n")
    proc = subprocess.run([exe, "--database", demo, "--import-trainees", "1", bad], env=env, capture_output=True,
                          text=True, timeout=60)
    lines = proc.stderr.strip().splitlines()
    quoted = [line[line.index("“") + 1:line.rindex("”")] for line in lines if "“" in line]
    ok = proc.returncode == 1 and len(quoted) == 2 and all(len(q) <= 80 and q.endswith("…") for q in quoted)
    print("ok" if ok else "FAIL", "a 20,000-character cell is quoted in 80", [len(q) for q in quoted],
          max((len(line) for line in lines), default=0))
    failures += not ok


# Interrupted: --generate-national stopped by SIGTERM or SIGINT once its
# database and WAL exist leaves neither behind.
for sig in (signal.SIGTERM, signal.SIGINT):
    with tempfile.TemporaryDirectory() as tmp:
        target = os.path.join(tmp, "national.db")
        proc = subprocess.Popen([exe, "--generate-national", target], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        seen = []
        while time.monotonic() < deadline and proc.poll() is None:
            seen = os.listdir(tmp)
            if any(name.endswith("-wal") for name in seen):
                break
            time.sleep(0.005)
        proc.send_signal(sig)
        proc.wait(timeout=60)
        left = os.listdir(tmp)
        ok = proc.returncode == -sig and any(n.endswith("-wal") for n in seen) and left == []
        print("ok" if ok else "FAIL", signal.Signals(sig).name, "during --generate-national: had", sorted(seen),
              "left", left, proc.returncode)
        failures += not ok

# Trainee files as people have them: semicolons and tabs, columns the
# import does not use, a full name; the field rules the dialog uses.
with tempfile.TemporaryDirectory() as tmp:
    import sqlite3

    def run(args):
        return subprocess.run([exe, *args], env=env, capture_output=True, text=True, timeout=60)

    def write(name, text):
        path = os.path.join(tmp, name)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        return path

    def trainees(path, cohort):
        db = sqlite3.connect(path)
        rows = db.execute("SELECT reference, given_name, family_name, email FROM trainee "
                          "WHERE cohort_id = ? ORDER BY reference", (cohort,)).fetchall()
        db.close()
        return rows

    demo = os.path.join(tmp, "demo.db")
    check(["--create-demo", demo], 0)

    # Issue #14: a semicolon file was one long reference per trainee.
    semi = write("semicolons.csv", "Reference;First name;Surname;Email;Interview panel\r\n"
                                   "SU1-90;Alex;Morgan;alex.morgan@example.org;Panel B\r\n")
    proc = run(["--database", demo, "--import-trainees", "1", semi])
    stored = [t for t in trainees(demo, 1) if t[0].startswith("SU1-9")]
    ok = (proc.returncode == 0 and "columns separated by semicolons; not used: Interview panel" in proc.stdout
          and stored == [("SU1-90", "Alex", "Morgan", "alex.morgan@example.org")])
    print("ok" if ok else "FAIL", "a semicolon file is read by its columns", proc.returncode, proc.stdout, stored)
    failures += not ok

    tabs = write("tabs.txt", "ID\tFull name\tNotes\nSU1-91\tMary Jane Smith\tx\n")
    proc = run(["--database", demo, "--import-trainees", "1", tabs])
    stored = [t for t in trainees(demo, 1) if t[0] == "SU1-91"]
    ok = (proc.returncode == 0 and "columns separated by tabs" in proc.stdout
          and "1 full name split into given and family name" in proc.stdout and "not used: Notes" in proc.stdout
          and stored == [("SU1-91", "Mary Jane", "Smith", None)])
    print("ok" if ok else "FAIL", "a tab file with a full name", proc.returncode, proc.stdout, stored)
    failures += not ok

    # Refusals name the line and the column, and never quote a name.
    one_word = write("one-word.csv", "Reference,Full name,Shoe size\nSU1-92,Ann Lee,5\nSU1-93,Madonna,6\n")
    big = write("big.csv", "Reference,First name,Email\nSU1-94,Alex,\nSU1-95," + "B" * (1024 * 1024)
                           + ",\nSU1-96,Jo,jo@example\n")
    before = trainees(demo, 1)
    proc = run(["--database", demo, "--import-trainees", "1", one_word])
    lines = proc.stderr.strip().splitlines()
    ok = (proc.returncode == 1 and len(lines) == 2
          and lines[0].endswith("one-word.csv:3: “Full name” (column 2): the given name cannot be told from the "
                                "family name in a name of one word; give them a column each, or write the name "
                                "as “Family, Given”")
          and lines[1].endswith("one-word.csv: not used: Shoe size") and "Madonna" not in proc.stderr)
    print("ok" if ok else "FAIL", "a one-word full name is refused", proc.returncode, lines)
    failures += not ok
    proc = run(["--database", demo, "--import-trainees", "1", big])
    lines = proc.stderr.strip().splitlines()
    ok = (proc.returncode == 1 and len(lines) == 2 and len(proc.stderr) < 1000
          and lines[0].endswith("big.csv:3: “First name” (column 2): A given name is at most 200 characters; "
                                "this one has 1048576")
          and lines[1].endswith("big.csv:4: “Email” (column 3): An e-mail address looks like name@example.org"))
    print("ok" if ok else "FAIL", "a 1 MB first name and jo@example are refused", proc.returncode, lines)
    failures += not ok
    after = trainees(demo, 1)
    print("ok" if before == after else "FAIL", "refused files add nobody", len(before), len(after))
    failures += before != after

    # Warnings name the figure and do not stop the import.
    returners = write("returners.csv", "Reference,Surname,Left practice,Applied on\n"
                                       "RTSW-90,Quantock,2010-01-31,2017-02-01\n"
                                       "RTSW-91,Radstock,1995-03-01,1999-03-01\n")
    proc = run(["--database", demo, "--import-trainees", "2", returners])
    lines = proc.stderr.strip().splitlines()
    ok = (proc.returncode == 0 and "2 rows with warnings" in proc.stdout and len(lines) == 2
          and lines[0].endswith("returners.csv:2: warning: RTSW-90: Out of practice too long: 7.0 years; "
                                "this cohort takes 2 to 5")
          and lines[1].endswith("returners.csv:3: warning: RTSW-91: Applied on 1999-03-01, a year before 2000: "
                                "check the year"))
    print("ok" if ok else "FAIL", "warnings are named on stderr and the file goes in", proc.returncode,
          proc.stdout, lines)
    failures += not ok

check(["--help"], 0, "--database")
check(["--no-such-option"], 2, None, "no-such-option")
check(["--help"], 0, "2  wrong usage")
sys.exit(1 if failures else 0)
