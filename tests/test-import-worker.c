/* test-import-worker.c: imports in a worker thread, on a connection of
 * its own, with progress and cancel: in the store, and in the dialog
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "import/rc-trainee-import.h"
#include "import/rc-workforce-import.h"
#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "store/rc-store-worker.h"
#include "views/rc-cohort-detail.h"
#include "views/rc-cohorts-page.h"
#include "views/rc-csv-import-dialog.h"
#include "views/rc-trainee-table.h"

#define STEP_UP 1  /* the demo's first cohort: 28 trainees */

/* Enough rows for many batches of the store's 2,000. */
#define MANY 30000

static char *
write_demo (void)
{
  static guint counter;
  char *path = g_strdup_printf ("%s/import-worker-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;

  g_assert_true (rc_demo_write (path, &error));
  g_assert_no_error (error);

  return path;
}

static RcStore *
open_demo (void)
{
  g_autofree char *path = write_demo ();
  g_autoptr(GError) error = NULL;
  RcStore *store = rc_store_open (path, &error);

  g_assert_no_error (error);

  return store;
}

/* What a cancelled import must leave exactly as it was: the rows of the
 * tables an import writes, counted and hashed, read on a connection of
 * the test's own. */
static char *
describe_tables (RcStore *store)
{
  static const char *queries[] = {
    "SELECT * FROM trainee ORDER BY id",
    "SELECT * FROM trainee_event ORDER BY id",
    "SELECT * FROM audit_log ORDER BY id",
    "SELECT * FROM workforce_return ORDER BY id",
  };
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GString) text = g_string_new (NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (rc_store_get_path (store), &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      sqlite3_stmt *stmt = NULL;
      guint rows = 0;

      g_assert_cmpint (sqlite3_prepare_v2 (db, queries[q], -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const char *cell = (const char *) sqlite3_column_text (stmt, c);

              g_checksum_update (checksum, (const guchar *) (cell != NULL ? cell : "\x01"), -1);
              g_checksum_update (checksum, (const guchar *) "\x1f", 1);
            }
          rows++;
        }
      sqlite3_finalize (stmt);
      g_string_append_printf (text, "%u rows; ", rows);
    }
  sqlite3_close (db);
  g_string_append (text, g_checksum_get_string (checksum));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GPtrArray *
make_trainees (guint n)
{
  GPtrArray *trainees = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      RcTrainee *trainee = rc_trainee_new ();

      trainee->reference = g_strdup_printf ("W%06u", i + 1);
      trainee->applied_on = g_strdup ("2016-09-01");
      g_ptr_array_add (trainees, trainee);
    }

  return trainees;
}

static gboolean
add_trainees (RcStore     *connection,
              gpointer     data,
              RcProgress  *progress,
              GError     **error)
{
  return rc_store_add_trainees_full (connection, STEP_UP, data, "Test import", progress, NULL, error);
}

typedef struct
{
  GCancellable *cancellable;
  double        first;        /* the first fraction above 0 */
  double        last;
  guint         reports;
  gboolean      cancel_at_first;
  gboolean      done;
  gboolean      ok;
  GError       *error;
  guint         changed;
  guint         changed_before_done;
} Run;

static void
on_progress (double   fraction,
             gpointer data)
{
  Run *run = data;

  run->reports++;
  run->last = fraction;
  if (fraction > 0 && run->first == 0)
    {
      run->first = fraction;
      /* Midway, once the first batch is in. */
      if (run->cancel_at_first)
        g_cancellable_cancel (run->cancellable);
    }
}

static void
on_changed (RcStore      *store,
            RcEntityKind  kind,
            Run          *run)
{
  run->changed++;
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  Run *run = data;

  run->changed_before_done = run->changed;
  run->ok = rc_store_work_finish (RC_STORE (source), result, &run->error);
  run->done = TRUE;
}

static gboolean
run_is_done (gpointer data)
{
  return ((Run *) data)->done;
}

static void
run_add_trainees (RcStore *store,
                  Run     *run,
                  guint    n)
{
  g_autoptr(RcProgress) progress = NULL;

  run->cancellable = g_cancellable_new ();
  progress = rc_progress_new (run->cancellable, on_progress, run);
  g_signal_connect (store, "changed", G_CALLBACK (on_changed), run);
  rc_store_work_async (store, RC_STORE_WORK_WRITE, add_trainees, make_trainees (n),
                       (GDestroyNotify) g_ptr_array_unref, progress, on_done, run);
  g_assert_true (rc_test_wait_for (run_is_done, run, 120000));
  g_signal_handlers_disconnect_by_data (store, run);
}

static void
run_clear (Run *run)
{
  g_clear_object (&run->cancellable);
  g_clear_error (&run->error);
}

static guint
count_trainees (RcStore *store)
{
  g_autoptr(GListModel) trainees = rc_store_list_trainees (store, STEP_UP, NULL);

  return g_list_model_get_n_items (trainees);
}

/* Cancelled after its first batch, the worker rolls back: every table is
 * as it was, to the byte, and nothing is announced. */
static void
test_store_cancel_rolls_back (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autofree char *before = describe_tables (store);
  g_autofree char *after = NULL;
  Run run = { .cancel_at_first = TRUE };

  run_add_trainees (store, &run, MANY);
  g_test_message ("first report %.3f, last %.3f, %u reports", run.first, run.last, run.reports);
  g_assert_false (run.ok);
  g_assert_error (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpfloat (run.first, >, 0);
  g_assert_cmpfloat (run.first, <, 1);
  g_assert_cmpuint (run.changed, ==, 0);

  after = describe_tables (store);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (count_trainees (store), ==, 28);
  g_assert_false (rc_store_is_working (store));
  run_clear (&run);
}

typedef struct { RcStore *store; gint64 elapsed; gboolean refused; GError *error; } Probe;

static gboolean
try_a_main_write (gpointer data)
{
  Probe *probe = data;
  gint64 start;

  if (!rc_store_is_working (probe->store) || probe->elapsed > 0)
    return G_SOURCE_CONTINUE;

  start = g_get_monotonic_time ();
  probe->refused = !rc_store_begin (probe->store, &probe->error);
  probe->elapsed = MAX (1, g_get_monotonic_time () - start);
  if (!probe->refused)
    rc_store_rollback (probe->store);

  return G_SOURCE_CONTINUE;
}

/* A worker's commit is announced on the main store, table by table, before
 * the caller hears of it; the main connection sees the rows; the watch
 * for other programs' commits does not announce it a second time. While
 * the worker writes, a write on the main connection is refused at once
 * rather than waiting in the main loop for the lock. */
static void
test_store_commit_announced (void)
{
  g_autoptr(RcStore) store = open_demo ();
  Probe probe = { store, };
  Run run = { 0, };
  guint source;
  guint changed;

  rc_store_watch_changes (store);
  source = g_timeout_add (5, try_a_main_write, &probe);
  run_add_trainees (store, &run, MANY);
  g_clear_handle_id (&source, g_source_remove);
  g_assert_no_error (run.error);
  g_assert_true (run.ok);
  g_assert_cmpfloat (run.last, >, 0.9);
  g_assert_cmpuint (run.changed_before_done, >=, 3);
  g_assert_cmpuint (count_trainees (store), ==, 28 + MANY);

  g_test_message ("a write on the main connection: %s after %.1f ms",
                  probe.refused ? "refused" : "allowed", probe.elapsed / 1000.0);
  g_assert_true (probe.refused);
  g_assert_error (probe.error, RC_STORE_ERROR, RC_STORE_ERROR_BUSY);
  g_assert_cmpint (probe.elapsed, <, 100 * 1000);
  g_clear_error (&probe.error);

  /* The watch polls once a second: two of its turns, and no second
   * announcement. An event that must not come cannot be waited for. */
  changed = run.changed;
  g_signal_connect (store, "changed", G_CALLBACK (on_changed), &run);
  rc_test_flush (2200);
  g_assert_cmpuint (run.changed, ==, changed);
  g_signal_handlers_disconnect_by_data (store, &run);
  rc_store_unwatch_changes (store);
  run_clear (&run);
}

/* A store still being checked for damage is not written by a worker
 * either: the write is refused before it starts, for the same reason. */
static void
test_store_refused_while_checking (void)
{
  g_autofree char *path = write_demo ();
  g_autofree char *cache = g_build_filename (g_get_user_cache_dir (), "return-coordinator",
                                             "checked-databases.ini", NULL);
  g_autoptr(RcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  Run run = { 0, };

  g_unlink (cache);
  store = rc_store_open_with_flags (path, RC_STORE_OPEN_DEFER_CHECK, &error);
  g_assert_no_error (error);
  g_assert_false (rc_store_get_writable (store));

  run_add_trainees (store, &run, 10);
  g_assert_false (run.ok);
  g_assert_error (run.error, RC_STORE_ERROR, RC_STORE_ERROR_CHECKING);
  g_assert_cmpuint (run.reports, ==, 0);
  run_clear (&run);
}

/* The dialog --------------------------------------------------------------- */

static GFile *
write_trainee_file (guint n)
{
  g_autofree char *path = g_strdup_printf ("%s/trainees-%u.csv", rc_test_get_tmpdir (), n);
  g_autoptr(GString) text = g_string_new ("Reference,First name,Surname,Host council,Applied on\n");
  static const char *councils[] = { "E06000066", "E06000022", "E06000024", "E06000025", "E06000030" };

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "B%06u,Alex,Morgan,%s,2016-%02u-%02u\n",
                            i + 1, councils[i % G_N_ELEMENTS (councils)], 1 + i % 12, 1 + i % 28);
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));

  return g_file_new_for_path (path);
}

static gboolean
dialog_is_ready (gpointer dialog)
{
  return rc_csv_import_dialog_is_ready (dialog);
}

static RcCsvImportDialog *
show_previewed (GtkWindow *parent,
                RcStore   *store,
                GFile     *file)
{
  g_autoptr(RcTraineeImport) plan = rc_trainee_import_new (store, STEP_UP);
  RcCsvImportDialog *dialog = RC_CSV_IMPORT_DIALOG (rc_csv_import_dialog_new (parent, RC_IMPORT_PLAN (plan), file));

  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (rc_test_wait_for (dialog_is_ready, dialog, 10000));
  g_assert_cmpstr (rc_csv_import_dialog_get_step (dialog), ==, "mapping");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.preview", NULL));
  g_assert_true (rc_test_wait_for (dialog_is_ready, dialog, 60000));
  g_assert_cmpstr (rc_csv_import_dialog_get_step (dialog), ==, "preview");
  g_assert_true (rc_csv_import_dialog_can_import (dialog));

  return dialog;
}

typedef struct
{
  RcCsvImportDialog *dialog;
  RcStore        *store;
  double          low;
  double          high;
  gint64          last_tick;
  gint64          longest_gap;
  guint           ticks;        /* while the worker wrote */
} Seen;

/* The progress bar as the test sees it while the worker runs, a frame at
 * a time: what the user sees. */
static gboolean
progress_seen (gpointer data)
{
  Seen *seen = data;
  double fraction = gtk_progress_bar_get_fraction (rc_test_child (seen->dialog, RC_TYPE_CSV_IMPORT_DIALOG, "progress_bar"));

  if (g_str_equal (rc_csv_import_dialog_get_step (seen->dialog), "working") && fraction > 0)
    {
      seen->low = seen->low == 0 ? fraction : MIN (seen->low, fraction);
      seen->high = MAX (seen->high, fraction);
    }

  return seen->high > 0;
}

static gboolean
transition_done (gpointer stack)
{
  return !gtk_stack_get_transition_running (stack);
}

/* For a look at the steps: the build's tests folder gets a PNG. A picture
 * is a help, not a result. */
static void
save_png (RcCsvImportDialog *dialog,
          const char        *name)
{
  g_autofree char *path = g_strdup_printf ("%s/%s.png", g_getenv ("RC_TEST_OUTPUT_DIR") ?: ".", name);
  GtkWidget *steps = rc_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_STACK);

  /* Not while the steps crossfade. */
  if (!rc_test_wait_for (transition_done, steps, 2000))
    return;
  rc_test_wait_for_frame (dialog);
  if (!rc_test_save_widget_png (GTK_WIDGET (dialog), path))
    g_test_message ("No picture of %s", name);
}

/* Cancel while the file is saved: nothing is imported, to the byte, the
 * dialog says so and stays, and Import may be tried again. */
static void
test_dialog_cancel_midway (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(GFile) file = write_trainee_file (MANY);
  g_autofree char *before = describe_tables (store);
  g_autofree char *after = NULL;
  RcCsvImportDialog *dialog = show_previewed (NULL, store, file);
  Seen seen = { dialog, };

  g_assert_cmpuint (rc_csv_import_dialog_get_n_shown (dialog, RC_IMPORT_ROW_ADD), ==, MANY);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL));
  g_assert_cmpstr (rc_csv_import_dialog_get_step (dialog), ==, "working");
  g_assert_false (rc_csv_import_dialog_can_import (dialog));

  /* Once the first batch is in, Cancel, as Escape would. */
  g_assert_true (rc_test_wait_for (progress_seen, &seen, 60000));
  g_test_message ("cancelled at %.0f %%", 100 * seen.high);
  g_assert_cmpfloat (seen.high, <, 0.95);
  save_png (dialog, "import-saving");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL));
  g_assert_true (rc_test_wait_for (dialog_is_ready, dialog, 60000));

  g_assert_cmpstr (rc_csv_import_dialog_get_step (dialog), ==, "preview");
  g_assert_cmpstr (rc_csv_import_dialog_get_message (dialog), ==, "Import cancelled: nothing was imported.");
  g_assert_true (rc_csv_import_dialog_can_import (dialog));
  after = describe_tables (store);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (count_trainees (store), ==, 28);
  save_png (dialog, "import-cancelled");

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

static gboolean
store_is_idle (gpointer store)
{
  return !rc_store_is_working (store);
}

/* Closing the dialog while it saves cancels the save: nothing is imported. */
static void
test_dialog_closed_while_saving (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(GFile) file = write_trainee_file (MANY);
  g_autofree char *before = describe_tables (store);
  g_autofree char *after = NULL;
  RcCsvImportDialog *dialog = show_previewed (NULL, store, file);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL));
  g_assert_true (rc_store_is_working (store));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);

  /* The worker hears the cancel between two batches, then rolls back. */
  g_assert_true (rc_test_wait_for (store_is_idle, store, 60000));
  after = describe_tables (store);
  g_assert_cmpstr (after, ==, before);
}

static gboolean
shows_all (gpointer data)
{
  RcCohortDetail *detail = data;

  return g_list_model_get_n_items (rc_trainee_table_get_shown (rc_test_child (detail, RC_TYPE_COHORT_DETAIL, "table"))) == 28 + MANY;
}

/* Every 10 ms while the import runs: the longest the main loop went
 * without running it is the longest the window stalled. */
static gboolean
tick (gpointer data)
{
  Seen *seen = data;
  gint64 now = g_get_monotonic_time ();

  /* While the worker writes; the pages' reload after it is theirs. */
  if (seen->last_tick > 0 && rc_store_is_working (seen->store))
    {
      seen->longest_gap = MAX (seen->longest_gap, now - seen->last_tick);
      seen->ticks++;
    }
  seen->last_tick = now;

  return G_SOURCE_CONTINUE;
}

/* Looks at the progress bar at every turn of the main loop until the
 * dialog closes. */
static gboolean
watch_until_closed (gpointer data)
{
  Seen *seen = data;

  progress_seen (seen);

  return !gtk_widget_get_visible (GTK_WIDGET (seen->dialog));
}

/* A successful import shows its progress, the window answers meanwhile,
 * and the cohort's page shows the new rows after. */
static void
test_dialog_progress_and_page (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(GFile) file = write_trainee_file (MANY);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = rc_cohorts_page_new ();
  GtkWidget *detail = rc_cohorts_page_get_detail (RC_COHORTS_PAGE (page));
  RcCsvImportDialog *dialog;
  Seen seen = { 0, };
  guint ticker;

  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  g_object_set (page, "store", store, NULL);
  rc_cohorts_page_select_cohort (RC_COHORTS_PAGE (page), STEP_UP);
  gtk_window_present (GTK_WINDOW (window));
  rc_test_wait_for_frame (window);
  g_assert_cmpint (rc_cohort_detail_get_cohort_id (RC_COHORT_DETAIL (detail)), ==, STEP_UP);
  g_assert_cmpuint (g_list_model_get_n_items (rc_trainee_table_get_shown (rc_test_child (RC_COHORT_DETAIL (detail), RC_TYPE_COHORT_DETAIL, "table"))), ==, 28);

  dialog = show_previewed (GTK_WINDOW (window), store, file);
  seen.dialog = dialog;
  seen.store = store;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL));
  ticker = g_timeout_add (10, tick, &seen);
  g_assert_true (rc_test_wait_for (watch_until_closed, &seen, 60000));
  g_clear_handle_id (&ticker, g_source_remove);
  g_assert_finalize_object (dialog);
  g_test_message ("progress seen from %.0f %% to %.0f %%; while saving the main loop ran %u times, "
                  "its longest wait %.0f ms", 100 * seen.low, 100 * seen.high, seen.ticks,
                  seen.longest_gap / 1000.0);
  g_assert_cmpfloat (seen.low, >, 0);
  g_assert_cmpfloat (seen.low, <, seen.high);
  /* The window answered while it saved, which it never did when the save
   * held the main loop. How long it waited at most depends on how busy the
   * machine is, and is only reported. */
  g_assert_cmpuint (seen.ticks, >=, 5);

  g_assert_true (rc_test_wait_for (shows_all, detail, 30000));
  g_assert_cmpuint (count_trainees (store), ==, 28 + MANY);

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The DfE workforce importer ---------------------------------------------- */

/* A published file with a row for every council of today, 2000 to 2025:
 * about 4,000 rows, many of the store's progress reports. */
static GBytes *
make_workforce_file (RcStore *store)
{
  g_autoptr(GString) text = g_string_new (
    "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
    "old_la_code,new_la_code,la_name,inpost_fte,inpost_headcount,starters_fte,leavers_fte,agency_fte,"
    "agency_rate_fte,vacancy_fte,vacancy_rate_fte,turnover_rate_fte,case_holders_fte,cases,caseload_fte,"
    "working_days_lost_fte,absence_rate_fte,agency_cover_rate_fte\n");
  g_autoptr(GListModel) councils = rc_store_list_councils (store, NULL);
  g_autoptr(GListModel) regions = rc_store_list_regions (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (councils); i++)
    {
      g_autoptr(RcCouncil) council = g_list_model_get_item (councils, i);
      g_autoptr(RcRegion) region = NULL;

      if (council->active_from_on != NULL || council->active_to_on != NULL || council->la_number == 0)
        continue;
      for (guint r = 0; r < g_list_model_get_n_items (regions) && region == NULL; r++)
        {
          g_autoptr(RcRegion) candidate = g_list_model_get_item (regions, r);

          if (candidate->id == council->region_id)
            region = g_steal_pointer (&candidate);
        }
      g_assert_nonnull (region);
      for (int year = 2000; year <= 2025; year++)
        g_string_append_printf (text, "%d,Reporting year,Local authority,E92000001,England,%s,%s,"
                                "%" G_GINT64_FORMAT ",%s,\"%s\",%d,330,45,51.5,40.3,11.8,52,14.7,"
                                "17.1,240,4020,16.8,2380,3.5,z\n",
                                year, region->gss_code, region->name, council->la_number,
                                council->gss_code, council->name, 250 + year % 50);
    }

  return g_string_free_to_bytes (g_steal_pointer (&text));
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} Step;

static void
on_parsed (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  Step *step = data;

  step->ok = rc_import_plan_parse_finish (RC_IMPORT_PLAN (source), result, &step->error);
  step->done = TRUE;
}

static void
on_applied (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  Run *run = data;

  run->changed_before_done = run->changed;
  run->ok = rc_import_plan_apply_finish (RC_IMPORT_PLAN (source), result, &run->error);
  run->done = TRUE;
}

static gboolean
step_is_done (gpointer data)
{
  return ((Step *) data)->done;
}

/* The workforce importer reads its file and saves its returns in
 * workers, as the trainee importer does: a cancel midway through the
 * reading stops it, and one midway through the saving leaves every table
 * as it was, to the byte, and nothing announced; saved again, uncancelled,
 * every row is there. */
static void
test_workforce_cancel (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(GBytes) file = make_workforce_file (store);
  g_autoptr(RcWorkforceImport) plan = rc_workforce_import_new (store);
  g_autoptr(RcProgress) progress = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *before = describe_tables (store);
  g_autofree char *after = NULL;
  Run reading = { .cancel_at_first = TRUE };
  Run run = { .cancel_at_first = TRUE };
  Step step = { 0 };
  guint n_rows;

  /* Cancelled while reading. */
  reading.cancellable = g_object_ref (cancellable);
  progress = rc_progress_new (cancellable, on_progress, &reading);
  rc_import_plan_parse_async (RC_IMPORT_PLAN (plan), file, progress, on_parsed, &step);
  g_assert_true (rc_test_wait_for (step_is_done, &step, 60000));
  g_assert_false (step.ok);
  g_assert_error (step.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&step.error);
  g_clear_pointer (&progress, rc_progress_unref);
  run_clear (&reading);

  /* Read whole. */
  memset (&step, 0, sizeof step);
  rc_import_plan_parse_async (RC_IMPORT_PLAN (plan), file, NULL, on_parsed, &step);
  g_assert_true (rc_test_wait_for (step_is_done, &step, 60000));
  g_assert_no_error (step.error);
  g_assert_true (step.ok);
  n_rows = rc_import_plan_get_n_rows (RC_IMPORT_PLAN (plan), RC_IMPORT_ROW_ADD);
  g_test_message ("%u new returns", n_rows);
  g_assert_cmpuint (n_rows, >, 3000);

  /* Cancelled while saving. */
  run.cancellable = g_cancellable_new ();
  progress = rc_progress_new (run.cancellable, on_progress, &run);
  g_signal_connect (store, "changed", G_CALLBACK (on_changed), &run);
  rc_import_plan_apply_async (RC_IMPORT_PLAN (plan), progress, on_applied, &run);
  g_assert_true (rc_test_wait_for (run_is_done, &run, 60000));
  g_signal_handlers_disconnect_by_data (store, &run);
  g_test_message ("first report %.3f, last %.3f, %u reports", run.first, run.last, run.reports);
  g_assert_false (run.ok);
  g_assert_error (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpfloat (run.first, >, 0);
  g_assert_cmpfloat (run.first, <, 1);
  g_assert_cmpuint (run.changed, ==, 0);
  after = describe_tables (store);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (rc_store_is_working (store));
  g_clear_pointer (&progress, rc_progress_unref);
  run_clear (&run);

  /* Nothing was applied: saved again, all of it. */
  memset (&run, 0, sizeof run);
  rc_import_plan_apply_async (RC_IMPORT_PLAN (plan), NULL, on_applied, &run);
  g_assert_true (rc_test_wait_for (run_is_done, &run, 60000));
  g_assert_no_error (run.error);
  g_assert_true (run.ok);
  g_clear_pointer (&after, g_free);
  after = describe_tables (store);
  g_assert_cmpstr (after, !=, before);
}

/* The store's last reference ------------------------------------------- */

static gboolean
read_nothing (RcStore     *connection,
              gpointer     data,
              RcProgress  *progress,
              GError     **error)
{
  return TRUE;
}

typedef struct
{
  GThread  *thread;     /* where the store was finalized */
  gboolean  finalized;
  gboolean  answered;
} Last;

static void
on_finalized (gpointer  data,
              GObject  *where_the_object_was)
{
  Last *last = data;

  last->thread = g_thread_self ();
  g_atomic_int_set (&last->finalized, TRUE);
}

static void
on_answered (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  Last *last = data;

  g_assert_true (rc_store_work_finish (RC_STORE (source), result, NULL));
  last->answered = TRUE;
}

static gboolean
last_finalized (gpointer data)
{
  return g_atomic_int_get (&((Last *) data)->finalized);
}

static gboolean
keep_looking (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* A store whose window closed while a worker ran is let go by the work on
 * the main thread, never in the worker: its main connection, its watch
 * and its record of the check belong to the main thread. Each of 30 runs
 * gives the worker's thread every chance to be last. */
static void
test_store_released_on_main_thread (void)
{
  guint tick = g_timeout_add (5, keep_looking, NULL);

  for (guint i = 0; i < 30; i++)
    {
      RcStore *store = open_demo ();
      Last last = { 0 };

      g_object_weak_ref (G_OBJECT (store), on_finalized, &last);
      rc_store_work_async (store, RC_STORE_WORK_READ, read_nothing, NULL, NULL, NULL, on_answered, &last);
      g_object_unref (store);
      g_assert_true (rc_test_wait_for (last_finalized, &last, 10000));
      g_assert_true (last.answered);
      g_assert_true (last.thread == g_thread_self ());
    }
  g_source_remove (tick);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_gtk (&argc, &argv);

  g_test_add_func ("/import-worker/store/cancel-rolls-back", test_store_cancel_rolls_back);
  g_test_add_func ("/import-worker/store/commit-announced", test_store_commit_announced);
  g_test_add_func ("/import-worker/store/refused-while-checking", test_store_refused_while_checking);
  g_test_add_func ("/import-worker/store/released-on-main-thread", test_store_released_on_main_thread);
  g_test_add_func ("/import-worker/workforce/cancel", test_workforce_cancel);
  g_test_add_func ("/import-worker/dialog/cancel-midway", test_dialog_cancel_midway);
  g_test_add_func ("/import-worker/dialog/closed-while-saving", test_dialog_closed_while_saving);
  g_test_add_func ("/import-worker/dialog/progress-and-page", test_dialog_progress_and_page);

  return g_test_run ();
}
