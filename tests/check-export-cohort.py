#!/usr/bin/env python3
# --export-cohort COHORT_ID FILE.csv [--with-names] (issue #19): the file the
# window's cohort export writes, from the command line. Without --with-names
# no name or contact detail; with it, only the names the login may see.
#
# usage: check-export-cohort.py EXECUTABLE SOURCE_ROOT sqlite|postgres
#
# "postgres" runs it on a throwaway server (build-aux/pg-test-server), never
# skipped: the coordinator's file is the SQLite file's byte for byte, and a
# partner council's login (URI?user=NAME after --add-user) names only the
# trainees its council hosts; the others come out with empty name cells.

import os
import subprocess
import sys
import tempfile

exe, root, mode = sys.argv[1:4]
env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
failures = 0

BOM = "\ufeff"
WARNING = "Contains personal data: names and contact details of {} trainees — handle under UK GDPR"
PLAIN_HEADER = ("Reference,Host council,Stage,Since,Qualified on,Employed by,Registered with,"
                "Years out of practice (returners)")
NAMED_HEADER = ("Reference,Given name,Family name,E-mail,Phone,Host council,Stage,Since,Qualified on,"
                "Employed by,Registered with,Years out of practice (returners)")


def run(args):
    return subprocess.run([exe, *args], env=env, capture_output=True, text=True, timeout=120)


def report(ok, *what):
    global failures
    print("ok" if ok else "FAIL", *what)
    failures += not ok


def check(args, want_status, want_out=None, want_err=None):
    proc = run(args)
    ok = proc.returncode == want_status
    if want_out is not None:
        ok = ok and want_out in proc.stdout
    if want_err is not None:
        ok = ok and want_err in proc.stderr
    report(ok, args, proc.returncode, proc.stdout.strip()[:300], proc.stderr.strip()[:300])
    return proc


def read_csv(path):
    with open(path, "rb") as f:
        data = f.read()
    return data, data.decode("utf-8").split("\r\n")[:-1]


def check_sqlite(tmp):
    demo = os.path.join(tmp, "demo.db")
    check(["--create-demo", demo], 0)
    plain = os.path.join(tmp, "cohort-1.csv")
    named = os.path.join(tmp, "cohort-1-NAMED.csv")

    check(["--database", demo, "--export-cohort", "1", plain], 0, "")
    data, lines = read_csv(plain)
    report(lines[0] == BOM + PLAIN_HEADER and len(lines) == 29 and b"Dunster" not in data and b"@" not in data
           and os.stat(plain).st_mode & 0o777 == 0o600,
           "without --with-names: 28 trainees, no name, no e-mail, owner only", lines[:2])

    check(["--database", demo, "--export-cohort", "1", named, "--with-names"], 0, "")
    data, lines = read_csv(named)
    report(lines[0] == BOM + WARNING.format(28) and lines[1] == NAMED_HEADER and len(lines) == 30
           and lines[2].startswith("SU1-01,Amara,Dunster,amara.dunster@example.org,"),
           "with --with-names: the first row says so, every trainee named", lines[:3])

    refused = os.path.join(tmp, "refused.csv")
    check(["--database", demo, "--export-cohort", "999", refused], 1, None, "no cohort 999")
    check(["--database", demo, "--export-cohort", "three", refused], 2, None, "“three” is not a cohort id")
    check(["--database", demo, "--export-cohort", "1"], 2, None, "FILE.csv")
    check(["--database", demo, "--export-bid", "2", refused, "--with-names"], 2, None,
          "--with-names goes with --export-cohort")
    check(["--database", os.path.join(tmp, "none.db"), "--export-cohort", "1", refused], 1, None, "no database")
    report(not os.path.exists(refused), "refused exports write nothing")


def start_server(directory):
    script = os.path.join(root, "build-aux", "pg-test-server")
    proc = subprocess.run([script, "start", directory], capture_output=True, text=True, timeout=180)
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines or not lines[-1].startswith("postgresql://"):
        print(proc.stdout, proc.stderr, file=sys.stderr)
        sys.exit("pg-test-server start failed (status %d)" % proc.returncode)
    return lines[-1]


def stop_server(directory):
    script = os.path.join(root, "build-aux", "pg-test-server")
    subprocess.run([script, "stop", directory], capture_output=True, text=True, timeout=120)


def check_postgres(tmp):
    server = tempfile.mkdtemp(prefix="rc-pg-cohort-")
    try:
        admin = start_server(server) + "?user=postgres"
        proc = subprocess.run(["psql", admin, "--no-psqlrc", "-v", "ON_ERROR_STOP=1", "-c",
                               "CREATE DATABASE region"], capture_output=True, text=True, timeout=60)
        report(proc.returncode == 0, "CREATE DATABASE region", proc.stderr.strip())
        base = admin[:-len("/postgres?user=postgres")] + "/region"
        owner = base + "?user=postgres"
        bath = base + "?user=bath"

        demo = os.path.join(tmp, "demo.db")
        check(["--create-demo", demo], 0)
        check(["--create-demo", owner], 0)
        check(["--database", owner, "--add-user", "bath", "--council", "E06000022"], 0)

        files = {}
        for who, uri in (("file", demo), ("coordinator", owner), ("bath", bath)):
            for names in (False, True):
                path = os.path.join(tmp, "%s-%s.csv" % (who, "named" if names else "plain"))
                proc = check(["--database", uri, "--export-cohort", "1", path] + (["--with-names"] if names else []),
                             0, None, "")
                files[who, names] = read_csv(path) + (proc.stdout,)

        # The coordinator's files on the server are the SQLite file's.
        for names in (False, True):
            report(files["coordinator", names][0] == files["file", names][0],
                   "the coordinator's export on the server is the file's", "named" if names else "plain")
        # Without names, a partner's is the same as anyone's.
        report(files["bath", False][0] == files["file", False][0], "a partner's export without names is the same")

        # With names: Bath's four trainees named, the other 24 rows there
        # with their reference, host and stage and no name.
        data, lines, out = files["bath", True]
        rows = [line.split(",") for line in lines[2:]]
        bath_rows = [r for r in rows if r[5] == "Bath and North East Somerset"]
        other_rows = [r for r in rows if r[5] != "Bath and North East Somerset"]
        _, file_lines, _ = files["file", True]
        hidden = [line.split(",")[2] for line in file_lines[2:]
                  if line.split(",")[5] != "Bath and North East Somerset"]
        report(lines[0] == BOM + WARNING.format(4) and lines[1] == NAMED_HEADER and len(rows) == 28,
               "a partner's named list says it names 4 of its 28 rows", lines[:2])
        report(len(bath_rows) == 4 and all(r[1] and r[2] and "@" in r[3] for r in bath_rows),
               "Bath's own trainees are named", bath_rows)
        report(len(other_rows) == 24 and all(r[0] and r[6] and r[1:5] == ["", "", "", ""] for r in other_rows),
               "other councils' trainees: reference, host and stage, no name or contact", other_rows[:2])
        report(not any(name.encode() in data for name in hidden), "no other council's family name in the file")
        report("Named 4 of 28 trainees" in out and "may not see" in out, "the command says why", out.strip())
    finally:
        stop_server(server)


with tempfile.TemporaryDirectory() as tmp:
    if mode == "postgres":
        check_postgres(tmp)
    else:
        check_sqlite(tmp)

sys.exit(1 if failures else 0)
