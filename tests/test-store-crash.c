/* test-store-crash.c: a writer killed with SIGKILL loses nothing it committed
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rc-test-util.h"
#include "store/rc-store.h"

#define DEFAULT_TRIALS 60

/* The child: one committed consortium per transaction, reporting each id
 * on @fd only after the commit has returned. Runs until killed. */
G_GNUC_NORETURN static void
write_until_killed (const char *path,
                    int         fd,
                    guint       trial)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcStore) store = rc_store_open (path, &error);
  g_autoptr(RcCouncil) lead = NULL;

  if (store == NULL)
    _exit (2);
  lead = rc_store_find_council_by_code (store, "E06000066", NULL);

  for (guint n = 0;; n++)
    {
      g_autoptr(RcConsortium) consortium = rc_consortium_new ();
      g_autoptr(RcConsortiumMember) member = rc_consortium_member_new ();

      consortium->name = g_strdup_printf ("Trial %u, write %u", trial, n);
      consortium->lead_council_id = lead->id;

      /* Two rows in one transaction: both or neither may survive. */
      if (!rc_store_begin (store, NULL)
          || !rc_store_save_consortium (store, consortium, NULL))
        _exit (3);
      member->consortium_id = consortium->id;
      member->council_id = lead->id;
      member->role = g_strdup ("lead");
      member->joined_on = g_strdup ("2016-01-01");
      if (!rc_store_save_member (store, member, NULL)
          || !rc_store_commit (store, NULL))
        _exit (4);

      if (write (fd, &consortium->id, sizeof consortium->id) != sizeof consortium->id)
        _exit (5);
    }
}

static void
check_integrity (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static void
test_store_survives_sigkill (void)
{
  g_autofree char *path = g_build_filename (rc_test_get_tmpdir (), "crash.db", NULL);
  g_autoptr(GArray) committed = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint trials = DEFAULT_TRIALS;
  guint killed_mid_write = 0;

  if (g_getenv ("RC_CRASH_TRIALS") != NULL)
    trials = MAX (1, atoi (g_getenv ("RC_CRASH_TRIALS")));

  /* Created first, so every trial kills a writer of an existing database. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(RcStore) created = rc_store_open (path, &error);
    g_assert_no_error (error);
  }

  for (guint trial = 0; trial < trials; trial++)
    {
      g_autoptr(RcStore) store = NULL;
      g_autoptr(GError) error = NULL;
      int fds[2];
      int status;
      gint64 id;
      pid_t pid;

      g_assert_cmpint (pipe (fds), ==, 0);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          close (fds[0]);
          write_until_killed (path, fds[1], trial);
        }
      close (fds[1]);

      g_usleep (g_test_rand_int_range (20, 120) * 1000);
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      if (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL)
        killed_mid_write++;
      else
        g_error ("trial %u: the writer stopped by itself with status %d", trial, status);

      while (read (fds[0], &id, sizeof id) == sizeof id)
        g_array_append_val (committed, id);
      close (fds[0]);

      check_integrity (path);

      store = rc_store_open (path, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < committed->len; i++)
        {
          g_autoptr(RcConsortium) consortium = NULL;
          g_autoptr(GListModel) members = NULL;

          consortium = rc_store_get_consortium (store, g_array_index (committed, gint64, i), &error);
          g_assert_no_error (error);
          members = rc_store_list_members (store, consortium->id, &error);
          g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);
        }

      /* Nothing half-written: every consortium has its member. */
      {
        g_autoptr(GListModel) all = rc_store_list_consortia (store, &error);
        for (guint i = 0; i < g_list_model_get_n_items (all); i++)
          {
            g_autoptr(RcConsortium) consortium = g_list_model_get_item (all, i);
            g_autoptr(GListModel) members = rc_store_list_members (store, consortium->id, &error);
            g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);
          }
      }
    }

  g_test_message ("%u kills, %u transactions reported committed, none lost",
                  killed_mid_write, committed->len);
  g_assert_cmpuint (killed_mid_write, ==, trials);
  g_assert_cmpuint (committed->len, >, trials);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/store/crash/sigkill", test_store_survives_sigkill);

  return g_test_run ();
}
