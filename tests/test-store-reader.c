/* test-store-reader.c: reading the database in a worker, and the outcomes
 * of many trainees in one read
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "store/rc-store-cohorts.h"
#include "store/rc-store-private.h"
#include "store/rc-store-sqlite.h"

typedef struct
{
  char    *path;
  RcStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static guint counter;
  g_autoptr(GError) error = NULL;

  fixture->path = g_strdup_printf ("%s/reader-%u.db", rc_test_get_tmpdir (), ++counter);
  g_assert_true (rc_demo_write (fixture->path, &error));
  g_assert_no_error (error);
  fixture->store = rc_store_open (fixture->path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->store != NULL)
    g_assert_finalize_object (fixture->store);
  rc_store_delete_files (fixture->path);
  g_free (fixture->path);
}

typedef struct
{
  gboolean  done;
  gpointer  result;
  GError   *error;
  GThread  *thread;
} Outcome;

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Outcome *outcome = user_data;

  g_assert_null (source);
  outcome->result = rc_store_read_finish (result, &outcome->error);
  outcome->done = TRUE;
}

static gboolean
is_done (gpointer data)
{
  return ((Outcome *) data)->done;
}

typedef struct
{
  GThread *thread;
  gint64   version;
  gboolean wrote;
  GError  *write_error;
} Seen;

static gpointer
list_councils (RcStore       *reader,
               gpointer       data,
               GCancellable  *cancellable,
               GError       **error)
{
  Seen *seen = data;
  g_autoptr(RcConsortium) consortium = rc_consortium_new ();

  seen->thread = g_thread_self ();
  seen->version = rc_store_get_version (reader);
  /* A reader refuses every write, before SQLite sees it. */
  consortium->name = g_strdup ("Nowhere");
  seen->wrote = rc_store_save_consortium (reader, consortium, &seen->write_error);

  return rc_store_list_councils (reader, error);
}

static void
test_reads_in_a_worker (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GListModel) here = rc_store_list_councils (fixture->store, NULL);
  g_autoptr(GListModel) there = NULL;
  Outcome outcome = { 0 };
  Seen seen = { 0 };

  rc_store_read_async (fixture->store, list_councils, &seen, NULL, g_object_unref, NULL, on_read, &outcome);
  g_assert_true (rc_test_wait_for (is_done, &outcome, 20000));
  g_assert_no_error (outcome.error);
  there = outcome.result;

  g_assert_true (seen.thread != g_thread_self ());
  g_assert_cmpint (seen.version, ==, rc_store_get_latest_version ());
  g_assert_cmpuint (g_list_model_get_n_items (there), ==, g_list_model_get_n_items (here));
  g_assert_false (seen.wrote);
  g_assert_error (seen.write_error, RC_STORE_ERROR, RC_STORE_ERROR_READ_ONLY);
  g_clear_error (&seen.write_error);
}

/* A write committed by the window is what the next read sees. */
static gpointer
list_consortia (RcStore       *reader,
                gpointer       data,
                GCancellable  *cancellable,
                GError       **error)
{
  return rc_store_list_consortia (reader, error);
}

static void
test_sees_what_was_committed (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(RcConsortium) consortium = rc_consortium_new ();
  g_autoptr(GListModel) before = rc_store_list_consortia (fixture->store, NULL);
  g_autoptr(GError) error = NULL;

  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(GListModel) consortia = NULL;
      Outcome outcome = { 0 };

      rc_store_read_async (fixture->store, list_consortia, NULL, NULL, g_object_unref, NULL, on_read, &outcome);
      g_assert_true (rc_test_wait_for (is_done, &outcome, 20000));
      g_assert_no_error (outcome.error);
      consortia = outcome.result;
      g_assert_cmpuint (g_list_model_get_n_items (consortia), ==, g_list_model_get_n_items (before) + round);

      /* The second read is on the reader kept from the first. */
      if (round == 0)
        {
          g_autoptr(GListModel) councils = rc_store_list_councils (fixture->store, NULL);
          g_autoptr(RcCouncil) lead = g_list_model_get_item (councils, 0);

          consortium->name = g_strdup ("Another partnership");
          consortium->lead_council_id = lead->id;
          g_assert_true (rc_store_save_consortium (fixture->store, consortium, &error));
        }
      g_assert_no_error (error);
    }
}

static gpointer
wait_for_cancel (RcStore       *reader,
                 gpointer       data,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GHashTable) outcomes = NULL;

  /* A long read: it goes on until it is cancelled, and stops then. */
  while (!g_cancellable_is_cancelled (cancellable))
    {
      g_clear_pointer (&outcomes, g_hash_table_unref);
      outcomes = rc_store_list_cohort_outcomes (reader, error);
      if (outcomes == NULL)
        return NULL;
    }

  return g_steal_pointer (&outcomes);
}

/* A read cancelled says so; its store, let go of meanwhile, is finalized
 * at once, and the reader it borrowed is closed when it is given back. */
static void
test_cancelled (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Outcome outcome = { 0 };

  rc_store_read_async (fixture->store, wait_for_cancel, NULL, NULL, (GDestroyNotify) g_hash_table_unref,
                       cancellable, on_read, &outcome);
  g_assert_finalize_object (g_steal_pointer (&fixture->store));
  g_cancellable_cancel (cancellable);
  g_assert_true (rc_test_wait_for (is_done, &outcome, 20000));
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (outcome.result);
  g_clear_error (&outcome.error);
}

/* A closed store, and a file gone from under the store, are said. */
static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *aside = g_strconcat (fixture->path, ".aside", NULL);
  Outcome gone = { 0 };
  Outcome closed = { 0 };

  g_assert_cmpint (g_rename (fixture->path, aside), ==, 0);
  rc_store_read_async (fixture->store, list_consortia, NULL, NULL, g_object_unref, NULL, on_read, &gone);
  g_assert_true (rc_test_wait_for (is_done, &gone, 20000));
  g_assert_error (gone.error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN);
  g_assert_nonnull (strstr (gone.error->message, fixture->path));
  g_clear_error (&gone.error);
  g_assert_cmpint (g_rename (aside, fixture->path), ==, 0);

  rc_store_close (fixture->store);
  rc_store_read_async (fixture->store, list_consortia, NULL, NULL, g_object_unref, NULL, on_read, &closed);
  g_assert_true (rc_test_wait_for (is_done, &closed, 20000));
  g_assert_error (closed.error, RC_STORE_ERROR, RC_STORE_ERROR_OPEN);
  g_clear_error (&closed.error);
}

typedef struct
{
  sqlite3 *db;
  int      cache_used;
} Reading;

static gpointer
read_outcomes (RcStore       *reader,
               gpointer       data,
               GCancellable  *cancellable,
               GError       **error)
{
  Reading *reading = data;
  GHashTable *outcomes = rc_store_list_cohort_outcomes (reader, error);
  int highwater = 0;

  reading->db = rc_store_get_db (reader);
  sqlite3_db_status (reading->db, SQLITE_DBSTATUS_CACHE_USED, &reading->cache_used, &highwater, FALSE);

  return outcomes;
}

/* A reader at rest in the pool gives its page cache back. */
static void
test_idle_reader_keeps_no_cache (Fixture       *fixture,
                                 gconstpointer  data)
{
  Reading reading = { 0 };
  Outcome outcome = { 0 };
  int used = -1, highwater = 0;

  rc_store_read_async (fixture->store, read_outcomes, &reading, NULL, (GDestroyNotify) g_hash_table_unref,
                       NULL, on_read, &outcome);
  g_assert_true (rc_test_wait_for (is_done, &outcome, 20000));
  g_assert_no_error (outcome.error);
  g_clear_pointer (&outcome.result, g_hash_table_unref);
  g_assert_cmpint (reading.cache_used, >, 0);

  /* The same connection, kept for the next read. */
  g_assert_cmpint (sqlite3_db_status (reading.db, SQLITE_DBSTATUS_CACHE_USED, &used, &highwater, FALSE),
                   ==, SQLITE_OK);
  g_assert_cmpint (used, <, reading.cache_used);
  g_assert_cmpint (used, <, 64 * 1024);
}

/* The outcomes of every cohort at once are those of each cohort alone,
 * and so are those of every host council of a cohort. */
static void
test_outcomes_in_one_read (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cohorts = rc_store_list_cohorts (fixture->store, &error);
  g_autoptr(GHashTable) outcomes = rc_store_list_cohort_outcomes (fixture->store, &error);
  guint with_trainees = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cohorts), >, 1);
  for (guint i = 0; i < g_list_model_get_n_items (cohorts); i++)
    {
      g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, i);
      g_autoptr(GHashTable) by_council = NULL;
      g_autoptr(GListModel) trainees = rc_store_list_trainees (fixture->store, cohort->id, NULL);
      RcCohortOutcome *outcome = g_hash_table_lookup (outcomes, &cohort->id);
      RcRetention one = { 0 };
      guint counts[RC_N_STAGES] = { 0 };
      GHashTableIter iter;
      gpointer value;

      g_assert_true (rc_store_get_cohort_retention (fixture->store, cohort->id, 0, &one, counts, &error));
      g_assert_no_error (error);
      if (g_list_model_get_n_items (trainees) == 0)
        {
          g_assert_null (outcome);
          continue;
        }
      with_trainees++;
      g_assert_nonnull (outcome);
      g_assert_cmpmem (&outcome->retention, sizeof one, &one, sizeof one);
      g_assert_cmpmem (outcome->counts, sizeof counts, counts, sizeof counts);

      by_council = rc_store_list_cohort_council_outcomes (fixture->store, cohort->id, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_hash_table_size (by_council), >, 0);
      g_hash_table_iter_init (&iter, by_council);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          RcCohortOutcome *hosted = value;

          g_assert_true (rc_store_get_cohort_retention (fixture->store, cohort->id, hosted->id, &one, counts,
                                                        &error));
          g_assert_cmpmem (&hosted->retention, sizeof one, &one, sizeof one);
          g_assert_cmpmem (hosted->counts, sizeof counts, counts, sizeof counts);
        }
    }
  g_assert_cmpuint (with_trainees, >, 1);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/store/reader/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("reads-in-a-worker", test_reads_in_a_worker);
  ADD ("sees-what-was-committed", test_sees_what_was_committed);
  ADD ("cancelled", test_cancelled);
  ADD ("errors", test_errors);
  ADD ("outcomes-in-one-read", test_outcomes_in_one_read);
  ADD ("idle-reader-keeps-no-cache", test_idle_reader_keeps_no_cache);
#undef ADD

  return g_test_run ();
}
