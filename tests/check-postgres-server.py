#!/usr/bin/env python3
# build-aux/pg-test-server (issue #19): a throwaway PostgreSQL 15 server starts
# in a directory of its own, listening only on a socket there, trusts local
# connections, connects as a role given with ?user=NAME, and is gone, with its
# directory, when stopped. Two run at once. Never skipped: a server that does
# not start fails the test, with its log.
#
# usage: check-postgres-server.py SOURCE_ROOT

import os
import shutil
import subprocess
import sys
import tempfile

root = sys.argv[1]
script = os.path.join(root, "build-aux", "pg-test-server")
failures = []


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    failures.append(message)


def run(args):
    return subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120)


def start(directory):
    result = run([script, "start", directory])
    if result.returncode != 0:
        print(result.stderr, file=sys.stderr)
        sys.exit("pg-test-server start %s failed (status %d)" % (directory, result.returncode))
    lines = result.stdout.strip().splitlines()
    if not lines or not lines[-1].startswith("postgresql://"):
        sys.exit("pg-test-server start printed no postgresql:// URI last: %r" % result.stdout)
    return lines[-1]


def sql(uri, query):
    result = run(["psql", uri, "--no-psqlrc", "-v", "ON_ERROR_STOP=1", "-At", "-c", query])
    if result.returncode != 0:
        fail("psql %s -c %r: %s" % (uri, query, result.stderr.strip()))
        return None
    return result.stdout.strip()


def expect(uri, query, wanted):
    got = sql(uri, query)
    if got is not None and got != wanted:
        fail("%s on %s gave %r, not %r" % (query, uri, got, wanted))


def stop(directory):
    result = run([script, "stop", directory])
    if result.returncode != 0:
        fail("pg-test-server stop %s: %s" % (directory, result.stderr.strip()))
    if os.path.exists(directory):
        fail("%s is still there after stop" % directory)


if shutil.which("psql") is None:
    sys.exit("psql is missing: install postgresql-15 (build-aux/install-deps does)")

# In /tmp, whatever TMPDIR says: a socket's path has at most 107 bytes.
first = tempfile.mkdtemp(prefix="rc-pg-", dir="/tmp")
second = os.path.join(tempfile.mkdtemp(prefix="rc-pg-", dir="/tmp"), "new")
# The server's user (when run as root) passes through to "new".
os.chmod(os.path.dirname(second), 0o711)
try:
    uri = start(first)
    expect(uri, "SELECT current_user", "postgres")
    version = sql(uri, "SHOW server_version_num") or "0"
    if not version.startswith("15"):
        fail("the server is version %s, not 15" % version)
    # No TCP: only the socket in the directory.
    expect(uri, "SHOW listen_addresses", "")
    expect(uri, "SHOW unix_socket_directories", first)
    if not os.path.exists(os.path.join(first, ".s.PGSQL.5432")):
        fail("no socket in %s" % first)

    # A role, and ?user=NAME connects as it, with no password.
    sql(uri, "CREATE ROLE rc_partner LOGIN")
    expect(uri + "?user=rc_partner", "SELECT current_user", "rc_partner")

    # Run as root, the server runs as another user.
    if os.geteuid() == 0:
        owner = os.stat(os.path.join(first, "data")).st_uid
        if owner == 0:
            fail("the cluster belongs to root")
        expect(uri, "SELECT pg_catalog.current_setting('data_directory')", os.path.join(first, "data"))

    # A second server at once, in a directory that did not exist.
    uri2 = start(second)
    expect(uri2, "SELECT current_user", "postgres")
    expect(uri2, "SELECT count(*) FROM pg_roles WHERE rolname = 'rc_partner'", "0")
    expect(uri, "SELECT count(*) FROM pg_roles WHERE rolname = 'rc_partner'", "1")
    stop(second)
    expect(uri, "SELECT 1", "1")

    stop(first)
    # Stopping what pg-test-server did not make is refused.
    plain = tempfile.mkdtemp(prefix="rc-pg-", dir="/tmp")
    if run([script, "stop", plain]).returncode == 0 or not os.path.isdir(plain):
        fail("stop removed a directory pg-test-server did not make")
    os.rmdir(plain)
finally:
    for directory in (first, second):
        if os.path.exists(os.path.join(directory, ".pg-test-server")):
            run([script, "stop", directory])
    if os.path.isdir(os.path.dirname(second)):
        os.rmdir(os.path.dirname(second))

if failures:
    sys.exit("%d failures" % len(failures))
print("ok")
