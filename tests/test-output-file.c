/* test-output-file.c: what an export may replace, the modes it leaves,
 * and what an interruption leaves behind
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Root may write any file, so what an ordinary user meets is tested in a
 * child that drops to nobody (65534) when the suite runs as root, as CI
 * does; tests/check-cli.py does the same for the command line.
 */

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <grp.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "export/rc-file-name.h"
#include "export/rc-monitoring-workbook.h"
#include "export/rc-output-file.h"
#include "model/rc-csv.h"
#include "rc-test-util.h"
#include "sample/rc-demo.h"

#define NOBODY 65534

static char *
new_folder (void)
{
  static guint counter;
  g_autofree char *name = g_strdup_printf ("out-%u", ++counter);
  char *dir = g_build_filename (rc_test_get_tmpdir (), name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);

  return dir;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* The names in @dir, sorted, as one string. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static mode_t
mode_of (const char *path)
{
  struct stat st;

  g_assert_cmpint (lstat (path, &st), ==, 0);

  return st.st_mode & 0777;
}

static char *
contents_of (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));

  return contents;
}

static gboolean
write_file (const char         *path,
            const char         *text,
            RcOutputFileFlags   flags,
            GError            **error)
{
  return rc_output_file_set_contents (path, text, strlen (text), flags, error);
}

static void
test_modes (void)
{
  g_autofree char *dir = new_folder ();
  g_autofree char *plain = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *named = g_build_filename (dir, "cohort-NAMED.csv", NULL);
  g_autofree char *shared = g_build_filename (dir, "shared.xlsx", NULL);
  g_autofree char *was_private = g_build_filename (dir, "was-private.xlsx", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;
  mode_t old_umask = umask (022);

  /* New: the usual mode, or the owner's only for personal data. */
  g_assert_true (write_file (plain, "png", RC_OUTPUT_FILE_DEFAULT, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mode_of (plain), ==, 0644);
  g_assert_true (write_file (named, "names", RC_OUTPUT_FILE_PRIVATE, &error));
  g_assert_cmpint (mode_of (named), ==, 0600);

  /* Replacing: never wider than before, and private stays private. */
  g_assert_true (g_file_set_contents (shared, "old", -1, NULL));
  g_assert_cmpint (g_chmod (shared, 0640), ==, 0);
  g_assert_true (write_file (shared, "new", RC_OUTPUT_FILE_DEFAULT, &error));
  g_assert_cmpint (mode_of (shared), ==, 0640);
  g_assert_true (g_file_set_contents (was_private, "old", -1, NULL));
  g_assert_cmpint (g_chmod (was_private, 0600), ==, 0);
  g_assert_true (write_file (was_private, "new", RC_OUTPUT_FILE_DEFAULT, &error));
  g_assert_cmpint (mode_of (was_private), ==, 0600);
  g_assert_cmpint (g_chmod (plain, 0644), ==, 0);
  g_assert_true (write_file (plain, "personal now", RC_OUTPUT_FILE_PRIVATE, &error));
  g_assert_cmpint (mode_of (plain), ==, 0600);
  g_assert_no_error (error);

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "chart.png cohort-NAMED.csv shared.xlsx was-private.xlsx");
  umask (old_umask);
}

/* @path is refused with @code and a message naming it; the folder is as
 * it was, and so is whatever @path is. */
static void
assert_refused (const char *path,
                int         code)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *before = list_dir (dir);
  g_autofree char *after = NULL;
  g_autofree char *shown = g_filename_display_name (path);
  g_autoptr(GError) error = NULL;
  struct stat st_before, st_after;
  gboolean existed = lstat (path, &st_before) == 0;

  g_assert_false (write_file (path, "new contents", RC_OUTPUT_FILE_DEFAULT, &error));
  g_assert_error (error, RC_OUTPUT_FILE_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, shown));
  g_assert_null (strstr (error->message, "was not saved"));
  g_assert_cmpuint (g_utf8_strlen (error->message, -1), <, 400);

  after = list_dir (dir);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (lstat (path, &st_after) == 0, ==, existed);
  if (existed)
    {
      g_assert_cmpuint (st_after.st_ino, ==, st_before.st_ino);
      g_assert_cmpuint (st_after.st_mode, ==, st_before.st_mode);
      g_assert_cmpint (st_after.st_mtime, ==, st_before.st_mtime);
    }
}

static void
test_read_only (void)
{
  g_autofree char *dir = new_folder ();
  g_autofree char *path = g_build_filename (dir, "submitted.xlsx", NULL);
  g_autofree char *kept = NULL;

  /* Read-only for everyone: refused whoever asks, root included. */
  g_assert_true (g_file_set_contents (path, "as submitted", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  assert_refused (path, RC_OUTPUT_FILE_ERROR_READ_ONLY);
  kept = contents_of (path);
  g_assert_cmpstr (kept, ==, "as submitted");
  g_assert_cmpint (mode_of (path), ==, 0444);
}

static void
test_symlink (void)
{
  g_autofree char *dir = new_folder ();
  g_autofree char *target = g_build_filename (dir, "elsewhere.csv", NULL);
  g_autofree char *link = g_build_filename (dir, "cohort.csv", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling.csv", NULL);
  g_autofree char *missing = g_build_filename (dir, "not-yet.csv", NULL);
  g_autofree char *kept = NULL;

  g_assert_true (g_file_set_contents (target, "the target", -1, NULL));
  g_assert_cmpint (symlink (target, link), ==, 0);
  assert_refused (link, RC_OUTPUT_FILE_ERROR_SYMLINK);
  /* Neither the link replaced nor its target written. */
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  kept = contents_of (target);
  g_assert_cmpstr (kept, ==, "the target");

  /* A link to nowhere: writing through it would create the file. */
  g_assert_cmpint (symlink (missing, dangling), ==, 0);
  assert_refused (dangling, RC_OUTPUT_FILE_ERROR_SYMLINK);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

static void
test_not_regular (void)
{
  g_autofree char *dir = new_folder ();
  g_autofree char *fifo = g_build_filename (dir, "pipe.png", NULL);
  g_autofree char *sock = g_build_filename (dir, "socket.svg", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.pdf", NULL);
  g_autofree char *device = g_build_filename (dir, "device.xlsx", NULL);
  struct sockaddr_un address = { .sun_family = AF_UNIX };
  int fd;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  assert_refused (fifo, RC_OUTPUT_FILE_ERROR_NOT_REGULAR);

  fd = socket (AF_UNIX, SOCK_STREAM, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpuint (strlen (sock), <, sizeof address.sun_path);
  strcpy (address.sun_path, sock);
  g_assert_cmpint (bind (fd, (struct sockaddr *) &address, sizeof address), ==, 0);
  assert_refused (sock, RC_OUTPUT_FILE_ERROR_NOT_REGULAR);
  close (fd);

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  assert_refused (folder, RC_OUTPUT_FILE_ERROR_NOT_REGULAR);

  /* A device node: only root may make one, and only root could have
   * replaced it, as /dev/null once would have been. */
  if (geteuid () == 0)
    {
      g_assert_cmpint (mknod (device, S_IFCHR | 0666, makedev (1, 3)), ==, 0);
      assert_refused (device, RC_OUTPUT_FILE_ERROR_NOT_REGULAR);
      g_assert_cmpint (g_unlink (device), ==, 0);
    }
  else
    g_test_message ("a device node needs root to make: tested in CI, which runs as root");
}

static void
test_folder (void)
{
  g_autofree char *dir = new_folder ();
  g_autofree char *missing = g_build_filename (dir, "no", "such", "chart.png", NULL);
  g_autofree char *file = g_build_filename (dir, "a-file", NULL);
  g_autofree char *under_file = g_build_filename (file, "chart.png", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (write_file (missing, "x", RC_OUTPUT_FILE_DEFAULT, &error));
  g_assert_error (error, RC_OUTPUT_FILE_ERROR, RC_OUTPUT_FILE_ERROR_FOLDER);
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (file, "x", -1, NULL));
  g_assert_false (write_file (under_file, "x", RC_OUTPUT_FILE_DEFAULT, &error));
  g_assert_error (error, RC_OUTPUT_FILE_ERROR, RC_OUTPUT_FILE_ERROR_FOLDER);
  g_assert_nonnull (strstr (error->message, "not a folder"));
}

/* Runs @func as an ordinary user: in a child that becomes nobody when
 * this runs as root. Fails the test when the child does. */
static void
run_as_ordinary_user (void (*func) (gpointer),
                      gpointer data)
{
  pid_t pid;
  int status;

  if (geteuid () != 0)
    {
      func (data);
      return;
    }

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      if (setgroups (0, NULL) != 0 || setgid (NOBODY) != 0 || setuid (NOBODY) != 0)
        _exit (3);
      func (data);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

typedef struct
{
  char *locked;      /* a folder the user may not write into */
  char *not_theirs;  /* a file the user may read but not write */
} UserCase;

static void
check_as_user (gpointer data)
{
  UserCase *c = data;
  g_autofree char *in_locked = g_build_filename (c->locked, "bid.xlsx", NULL);
  g_autoptr(GError) error = NULL;

  if (write_file (in_locked, "x", RC_OUTPUT_FILE_DEFAULT, &error)
      || !g_error_matches (error, RC_OUTPUT_FILE_ERROR, RC_OUTPUT_FILE_ERROR_FOLDER)
      || strstr (error->message, "you may not write into the folder") == NULL
      || g_file_test (in_locked, G_FILE_TEST_EXISTS))
    g_error ("a folder that cannot be written: %s", error ? error->message : "written");
  g_clear_error (&error);

  if (write_file (c->not_theirs, "x", RC_OUTPUT_FILE_DEFAULT, &error)
      || !g_error_matches (error, RC_OUTPUT_FILE_ERROR, RC_OUTPUT_FILE_ERROR_READ_ONLY)
      || strstr (error->message, "read-only") == NULL)
    g_error ("a file the user may not write: %s", error ? error->message : "replaced");
}

static void
test_ordinary_user (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *root = g_dir_make_tmp ("rc-user-XXXXXX", &error);
  g_autofree char *locked = NULL;
  g_autofree char *open = NULL;
  g_autofree char *not_theirs = NULL;
  g_autofree char *kept = NULL;
  UserCase c;

  g_assert_no_error (error);
  locked = g_build_filename (root, "locked", NULL);
  open = g_build_filename (root, "open", NULL);
  not_theirs = g_build_filename (open, "theirs.xlsx", NULL);
  g_assert_cmpint (g_mkdir (locked, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (open, 0700), ==, 0);
  g_assert_true (g_file_set_contents (not_theirs, "someone else's", -1, NULL));
  /* Anyone may reach them; anyone may even write into the file's folder,
   * and so could rename a file over it. */
  g_assert_cmpint (g_chmod (root, 0755), ==, 0);
  g_assert_cmpint (g_chmod (open, 0777), ==, 0);
  if (geteuid () == 0)
    {
      /* Root's, and nobody runs the checks. */
      g_assert_cmpint (g_chmod (locked, 0755), ==, 0);
      g_assert_cmpint (g_chmod (not_theirs, 0644), ==, 0);
    }
  else
    {
      g_assert_cmpint (g_chmod (locked, 0555), ==, 0);
      g_assert_cmpint (g_chmod (not_theirs, 0444), ==, 0);
    }

  c.locked = locked;
  c.not_theirs = not_theirs;
  run_as_ordinary_user (check_as_user, &c);

  kept = contents_of (not_theirs);
  g_assert_cmpstr (kept, ==, "someone else's");
  g_chmod (locked, 0700);
  g_unlink (not_theirs);
  g_rmdir (open);
  g_rmdir (locked);
  g_rmdir (root);
}

static void
test_new_only (void)
{
  g_autofree char *dir = new_folder ();
  g_autofree char *path = g_build_filename (dir, "national.db", NULL);
  g_autofree char *kept = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(RcOutputFile) out = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "someone's database", -1, NULL));
  g_assert_false (write_file (path, "new", RC_OUTPUT_FILE_NEW, &error));
  g_assert_error (error, RC_OUTPUT_FILE_ERROR, RC_OUTPUT_FILE_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "already exists"));
  g_clear_error (&error);
  g_assert_cmpint (g_unlink (path), ==, 0);

  /* A file that appears while the new one is written is not replaced. */
  out = rc_output_file_begin (path, RC_OUTPUT_FILE_NEW, &error);
  g_assert_no_error (error);
  g_assert_true (rc_output_file_write (out, "mine", 4, &error));
  g_assert_true (g_file_set_contents (path, "theirs", -1, NULL));
  g_assert_false (rc_output_file_commit (g_steal_pointer (&out), &error));
  g_assert_error (error, RC_OUTPUT_FILE_ERROR, RC_OUTPUT_FILE_ERROR_EXISTS);
  kept = contents_of (path);
  g_assert_cmpstr (kept, ==, "theirs");
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "national.db");
}

static void
test_changed_while_writing (void)
{
  g_autofree char *dir = new_folder ();
  g_autofree char *path = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *target = g_build_filename (dir, "target.svg", NULL);
  g_autofree char *kept = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(RcOutputFile) out = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (target, "target", -1, NULL));
  out = rc_output_file_begin (path, RC_OUTPUT_FILE_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (rc_output_file_write (out, "<svg/>", 6, &error));
  g_assert_cmpint (symlink (target, path), ==, 0);
  g_assert_false (rc_output_file_commit (g_steal_pointer (&out), &error));
  g_assert_error (error, RC_OUTPUT_FILE_ERROR, RC_OUTPUT_FILE_ERROR_SYMLINK);
  kept = contents_of (target);
  g_assert_cmpstr (kept, ==, "target");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_SYMLINK));
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "chart.svg target.svg");
}

static void
test_abort (void)
{
  g_autofree char *dir = new_folder ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;
  RcOutputFile *out;
  const char *temp;

  out = rc_output_file_begin (path, RC_OUTPUT_FILE_DATABASE | RC_OUTPUT_FILE_NEW | RC_OUTPUT_FILE_PRIVATE,
                              &error);
  g_assert_no_error (error);
  temp = rc_output_file_get_temp_path (out);
  g_assert_true (g_str_has_prefix (temp, dir));
  g_assert_cmpint (mode_of (temp), ==, 0600);
  /* As SQLite leaves them beside a database it writes. */
  for (guint i = 0; i < 3; i++)
    {
      static const char *suffixes[] = { "-wal", "-shm", "-journal" };
      g_autofree char *side = g_strconcat (temp, suffixes[i], NULL);

      g_assert_true (g_file_set_contents (side, "x", -1, NULL));
    }
  rc_output_file_abort (out);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "");
}

/* The child begins a database file, makes its -wal as SQLite would, says
 * so on @ready and waits to be stopped. */
static void
begin_and_wait (const char *path,
                int         ready,
                gboolean    ignore_hangup)
{
  g_autoptr(GError) error = NULL;
  RcOutputFile *out;
  g_autofree char *wal = NULL;

  if (ignore_hangup)
    signal (SIGHUP, SIG_IGN);
  out = rc_output_file_begin (path, RC_OUTPUT_FILE_DATABASE, &error);
  if (out == NULL)
    _exit (3);
  wal = g_strconcat (rc_output_file_get_temp_path (out), "-wal", NULL);
  if (!g_file_set_contents (wal, "x", -1, NULL) || write (ready, "r", 1) != 1)
    _exit (4);
  for (;;)
    pause ();
}

static void
test_signal (void)
{
  static const int signals[] = { SIGTERM, SIGINT, SIGHUP };

  for (guint i = 0; i < G_N_ELEMENTS (signals) + 1; i++)
    {
      g_autofree char *dir = new_folder ();
      g_autofree char *path = g_build_filename (dir, "national.db", NULL);
      g_autofree char *during = NULL;
      g_autofree char *after = NULL;
      /* Last: SIGHUP ignored beforehand (nohup) stays ignored. */
      gboolean ignore_hangup = i == G_N_ELEMENTS (signals);
      int sig = ignore_hangup ? SIGHUP : signals[i];
      int fds[2];
      char byte;
      int status;
      pid_t pid;

      g_assert_cmpint (pipe (fds), ==, 0);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          close (fds[0]);
          begin_and_wait (path, fds[1], ignore_hangup);
        }
      close (fds[1]);
      g_assert_cmpint (read (fds[0], &byte, 1), ==, 1);
      close (fds[0]);

      during = list_dir (dir);
      g_assert_nonnull (strstr (during, "-wal"));
      g_assert_cmpint (kill (pid, sig), ==, 0);
      if (ignore_hangup)
        {
          /* Still running after it: SIGTERM then ends it, and cleans. */
          g_assert_cmpint (waitpid (pid, &status, WNOHANG), ==, 0);
          g_assert_cmpint (kill (pid, SIGTERM), ==, 0);
          sig = SIGTERM;
        }
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, sig);
      after = list_dir (dir);
      g_test_message ("%s while writing: %s, then %s", g_strsignal (sig), during, after[0] ? after : "nothing");
      g_assert_cmpstr (after, ==, "");
    }
}

/* The export below stops for good once it has started writing, so the
 * signal comes half-way through, whatever the machine's speed. */
static void
stall_when_writing (double   fraction,
                    gpointer user_data)
{
  if (fraction > 0.25)
    for (;;)
      pause ();
}

/* A real export, stopped half-way: the monitoring workbook, its
 * temporary file open. */
static void
test_signal_during_export (void)
{
  g_autofree char *dir = new_folder ();
  g_autofree char *db_dir = new_folder ();
  /* Elsewhere: the child's reading leaves the database's -wal behind. */
  g_autofree char *db = g_build_filename (db_dir, "demo.db", NULL);
  g_autofree char *path = g_build_filename (dir, "monitoring.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  gint64 deadline;
  gboolean started = FALSE;
  int status;
  pid_t pid;

  g_assert_true (rc_demo_write (db, &error));
  g_assert_no_error (error);

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_autoptr(RcStore) store = rc_store_open (db, NULL);

      if (store == NULL)
        _exit (3);
      rc_monitoring_workbook_write (store, 0, path, NULL, stall_when_writing, NULL, NULL);
      _exit (4);  /* the signal should have come first */
    }

  /* As soon as its temporary file is there. */
  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (!started && g_get_monotonic_time () < deadline)
    {
      g_autofree char *listing = list_dir (dir);

      started = strstr (listing, ".monitoring.xlsx.") != NULL;
      if (!started)
        g_usleep (1000);
    }
  g_assert_true (started);
  g_assert_cmpint (kill (pid, SIGTERM), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGTERM);
  after = list_dir (dir);
  g_assert_cmpstr (after, ==, "");
}

static void
test_safe_name (void)
{
  static const struct { const char *name; const char *safe; } cases[] = {
    { "Step Up to Social Work: expansion across the south west.xlsx",
      "Step Up to Social Work - expansion across the south west.xlsx" },
    { "Return 2018/19: \"pilot\" <draft>?.xlsx", "Return 2018-19 - -pilot- -draft--.xlsx" },
    { "a*b|c\\d.csv", "a-b-c-d.csv" },
    { "  .hidden name. .png", "hidden name.png" },
    { "CON.xlsx", "CON-file.xlsx" },
    { "lpt1.csv", "lpt1-file.csv" },
    { "~$budget.xlsx", "-$budget.xlsx" },
    { "my_vti_file.txt", "my-vti-file.txt" },
    { "line\nbreak\ttab.txt", "line break tab.txt" },
    { ":::", "- - -" },
    { "", "export" },
    { "vacancy-rate.png", "vacancy-rate.png" },
    { "Taith i’r Gwaith: Cymru.pdf", "Taith i’r Gwaith - Cymru.pdf" },
  };
  g_autofree char *long_title = g_strnfill (400, 'x');
  g_autofree char *long_name = g_strconcat (long_title, ".xlsx", NULL);
  g_autofree char *shortened = rc_file_name_make_safe (long_name);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *safe = rc_file_name_make_safe (cases[i].name);

      g_assert_cmpstr (safe, ==, cases[i].safe);
      /* None of what Windows or SharePoint refuse. */
      g_assert_null (strpbrk (safe, ":/\\*?\"<>|"));
    }
  g_assert_cmpuint (strlen (shortened), ==, 150 + strlen (".xlsx"));
  g_assert_true (g_str_has_suffix (shortened, ".xlsx"));
}

static void
test_shorten (void)
{
  g_autofree char *huge = g_strnfill (20000, '9');
  g_autofree char *shown = rc_csv_shorten (huge, RC_CSV_MESSAGE_MAX_CHARS);
  g_autofree char *exact = g_strnfill (80, 'a');
  g_autofree char *exact_shown = rc_csv_shorten (exact, 80);
  g_autofree char *lines = rc_csv_shorten ("one\ntwo\r\nthree", 80);
  g_autofree char *wide = NULL;
  g_autofree char *invalid = rc_csv_shorten ("bad \xff byte", 80);
  GString *accents = g_string_new (NULL);

  g_assert_cmpuint (g_utf8_strlen (shown, -1), ==, 80);
  g_assert_true (g_str_has_suffix (shown, "…"));
  g_assert_cmpstr (exact_shown, ==, exact);
  g_assert_cmpstr (lines, ==, "one two  three");
  g_assert_true (g_utf8_validate (invalid, -1, NULL));

  /* Cut at a character, never inside one. */
  for (guint i = 0; i < 200; i++)
    g_string_append (accents, "é");
  wide = rc_csv_shorten (accents->str, 80);
  g_assert_true (g_utf8_validate (wide, -1, NULL));
  g_assert_cmpuint (g_utf8_strlen (wide, -1), ==, 80);
  g_string_free (accents, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/output-file/modes", test_modes);
  g_test_add_func ("/output-file/read-only", test_read_only);
  g_test_add_func ("/output-file/symlink", test_symlink);
  g_test_add_func ("/output-file/not-regular", test_not_regular);
  g_test_add_func ("/output-file/folder", test_folder);
  g_test_add_func ("/output-file/ordinary-user", test_ordinary_user);
  g_test_add_func ("/output-file/new-only", test_new_only);
  g_test_add_func ("/output-file/changed-while-writing", test_changed_while_writing);
  g_test_add_func ("/output-file/abort", test_abort);
  g_test_add_func ("/output-file/signal", test_signal);
  g_test_add_func ("/output-file/signal-during-export", test_signal_during_export);
  g_test_add_func ("/output-file/safe-name", test_safe_name);
  g_test_add_func ("/output-file/shorten", test_shorten);

  return g_test_run ();
}
