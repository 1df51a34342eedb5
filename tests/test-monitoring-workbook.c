/* test-monitoring-workbook.c: the monitoring workbook, read back sheet by
 * sheet, recomputed by Gnumeric, and searched for anything personal
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "export/rc-monitoring-workbook.h"
#include "model/rc-csv.h"
#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "store/rc-store.h"
#include "views/rc-cohort-detail.h"
#include "views/rc-export-bar.h"
#include "views/rc-trainee-table.h"

#define CURRENT "Return to Social Work: south west 2026–27"
#define SUPERVISOR "Imogen Featherstonehaugh"
#define SUPERVISOR_NUMBER "SW904417"
#define ACTIVITY_NOTE "Shadowed the duty team at Taunton"

/* The sheets, in order. */
enum { SUMMARY, TRAINEES, FUNNEL, N_SHEETS };

static RcStore *
open_demo (void)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/monitoring-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;
  RcStore *store;

  g_assert_true (rc_demo_write (path, &error));
  g_assert_no_error (error);
  store = rc_store_open (path, &error);
  g_assert_no_error (error);

  return store;
}

static RcCohort *
find_cohort (RcStore    *store,
             const char *name)
{
  g_autoptr(GListModel) cohorts = rc_store_list_cohorts (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (cohorts); i++)
    {
      g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, i);

      if (g_str_equal (cohort->name, name))
        return g_steal_pointer (&cohort);
    }
  g_error ("No cohort %s", name);
}

static char *
make_dir (const char *name)
{
  char *dir = g_build_filename (rc_test_get_tmpdir (), name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);

  return dir;
}

static void
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                               NULL, NULL, NULL, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
}

/* A trainee without a host council, and an updating log that names a
 * supervisor, in the current returners' cohort. */
static void
add_cases (RcStore *store)
{
  g_autoptr(RcCohort) current = find_cohort (store, CURRENT);
  g_autoptr(RcTrainee) trainee = rc_trainee_new ();
  g_autoptr(RcUpdatingActivity) activity = rc_updating_activity_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) before = g_date_time_add_days (now, -20);
  g_autoptr(GError) error = NULL;

  trainee->cohort_id = current->id;
  trainee->reference = g_strdup ("RTSW-NOHOST");
  trainee->given_name = g_strdup ("Peregrine");
  trainee->family_name = g_strdup ("Quartermaine");
  trainee->email = g_strdup ("peregrine.quartermaine@example.org");
  trainee->phone = g_strdup ("07700 900461");
  trainee->left_practice_on = g_strdup ("2019-06-30");
  g_assert_true (rc_store_save_trainee (store, trainee, &error));
  g_assert_no_error (error);

  activity->trainee_id = trainee->id;
  activity->kind = RC_UPDATING_SUPERVISED_PRACTICE;
  activity->started_on = g_date_time_format (before, "%Y-%m-%d");
  activity->hours100 = 700;
  activity->note = g_strdup (ACTIVITY_NOTE);
  activity->supervisor_name = g_strdup (SUPERVISOR);
  activity->supervisor_regulator = g_strdup ("Social Work England");
  activity->supervisor_registration = g_strdup (SUPERVISOR_NUMBER);
  g_assert_true (rc_store_save_updating_activity (store, activity, &error));
  g_assert_no_error (error);
}

static void
export_ok (RcStore    *store,
           gint64      cohort_id,
           const char *path)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rc_monitoring_workbook_write (store, cohort_id, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* The sheets as Gnumeric reads them, each a GPtrArray of rows (GStrv):
 * the values written, or with @recalc every formula computed again. */
static GPtrArray **
read_sheets (const char *xlsx,
             gboolean    recalc)
{
  g_autofree char *dir = g_path_get_dirname (xlsx);
  g_autofree char *target = g_strdup_printf ("%s/%s.csv", dir, recalc ? "recalc" : "written");
  const char *with_recalc[] = { "ssconvert", "-S", "--recalc", xlsx, target, NULL };
  const char *as_written[] = { "ssconvert", "-S", xlsx, target, NULL };
  GPtrArray **sheets = g_new0 (GPtrArray *, N_SHEETS);

  run (recalc ? with_recalc : as_written);
  for (guint s = 0; s < N_SHEETS; s++)
    {
      g_autofree char *path = g_strdup_printf ("%s.%u", target, s);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      RcCsvReader *reader;
      GPtrArray *fields;
      gsize length;

      g_assert_true (g_file_get_contents (path, &contents, &length, &error));
      g_assert_no_error (error);
      sheets[s] = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
      reader = rc_csv_reader_new (contents, length);
      while (rc_csv_reader_next (reader, &fields, &error))
        {
          GStrv row = g_new0 (char *, fields->len + 1);

          for (guint i = 0; i < fields->len; i++)
            row[i] = g_strdup (g_ptr_array_index (fields, i));
          g_ptr_array_add (sheets[s], row);
        }
      g_assert_no_error (error);
      rc_csv_reader_free (reader);
      g_unlink (path);
    }

  return sheets;
}

static void
free_sheets (GPtrArray **sheets)
{
  for (guint s = 0; s < N_SHEETS; s++)
    g_ptr_array_unref (sheets[s]);
  g_free (sheets);
}

static const char *
cell (GStrv row,
      guint col)
{
  return col < g_strv_length (row) ? row[col] : "";
}

static guint
number (GStrv row,
        guint col)
{
  guint64 value = 0;

  if (!g_ascii_string_to_unsigned (cell (row, col), 10, 0, G_MAXUINT, &value, NULL))
    g_error ("Not a count: “%s” in column %u of a row about %s", cell (row, col), col, cell (row, 1));

  return (guint) value;
}

static guint
count_of (const RcRetention *r,
          guint              i)
{
  const guint counts[] = {
    r->trainees, r->recruiting, r->in_training, r->filled, r->withdrawn, r->qualified, r->registered,
    r->employed_by_partner, r->retained_12, r->retained_24,
  };

  return counts[i];
}

/* Every count of the Summary is the app's: per cohort, and per host
 * council within it (the trainees without one are what the hosts leave). */
static void
check_summary (RcStore   *store,
               GPtrArray *rows)
{
  g_autoptr(GListModel) cohorts = rc_store_list_cohorts (store, NULL);
  RcRetention whole = { 0 }, hosts_sum = { 0 };
  gint64 cohort_id = 0;
  guint n_cohorts = 0, n_hosts = 0, no_host_rows = 0;

  g_assert_cmpstr (cell (rows->pdata[3], 4), ==, "Trainees");
  g_assert_cmpstr (cell (rows->pdata[3], 13), ==, "In post at 24 months");
  for (guint r = 4; r < rows->len; r++)
    {
      GStrv row = rows->pdata[r];
      g_autoptr(GError) error = NULL;
      RcRetention expected;

      if (*cell (row, 0) == '\0')
        continue;
      if (g_str_equal (cell (row, 2), "All host councils"))
        {
          cohort_id = g_ascii_strtoll (cell (row, 0), NULL, 10);
          g_assert_true (rc_store_get_cohort_retention (store, cohort_id, 0, &whole, NULL, &error));
          g_assert_no_error (error);
          memset (&hosts_sum, 0, sizeof hosts_sum);
          expected = whole;
          n_cohorts++;
        }
      else if (g_str_equal (cell (row, 2), "No host council"))
        {
          /* What the hosts leave; it comes last. */
          for (guint i = 0; i < 10; i++)
            g_assert_cmpuint (number (row, 4 + i), ==, count_of (&whole, i) - count_of (&hosts_sum, i));
          no_host_rows++;
          continue;
        }
      else
        {
          g_autoptr(RcCouncil) council = rc_store_find_council_by_code (store, cell (row, 3), &error);

          g_assert_no_error (error);
          g_assert_cmpstr (council->name, ==, cell (row, 2));
          g_assert_true (rc_store_get_cohort_retention (store, cohort_id, council->id, &expected, NULL, &error));
          g_assert_no_error (error);
          n_hosts++;
        }

      g_assert_cmpint (g_ascii_strtoll (cell (row, 0), NULL, 10), ==, cohort_id);
      for (guint i = 0; i < 10; i++)
        {
          if (number (row, 4 + i) != count_of (&expected, i))
            g_error ("Summary row %u (%s, %s), column %u: %u, where the app counts %u", r, cell (row, 1),
                     cell (row, 2), 4 + i, number (row, 4 + i), count_of (&expected, i));
        }
      if (!g_str_equal (cell (row, 2), "All host councils"))
        {
          hosts_sum.trainees += expected.trainees;
          hosts_sum.recruiting += expected.recruiting;
          hosts_sum.in_training += expected.in_training;
          hosts_sum.filled += expected.filled;
          hosts_sum.withdrawn += expected.withdrawn;
          hosts_sum.qualified += expected.qualified;
          hosts_sum.registered += expected.registered;
          hosts_sum.employed_by_partner += expected.employed_by_partner;
          hosts_sum.retained_12 += expected.retained_12;
          hosts_sum.retained_24 += expected.retained_24;
        }
    }

  g_assert_cmpuint (n_cohorts, ==, g_list_model_get_n_items (cohorts));
  g_assert_cmpuint (n_hosts, >=, 18);
  g_assert_cmpuint (no_host_rows, ==, 1);
}

/* Each step of the Funnel is the cohort's funnel as the app shows it (a
 * figure published as "at least" is a number, said so by its format). */
static void
check_funnel (RcStore   *store,
              GPtrArray *rows)
{
  guint n = 0;

  for (guint r = 3; r < rows->len; r++)
    {
      GStrv row = rows->pdata[r];
      g_autoptr(GError) error = NULL;
      RcFunnel funnel;

      if (*cell (row, 0) == '\0')
        continue;
      g_assert_true (rc_store_get_cohort_funnel (store, g_ascii_strtoll (cell (row, 0), NULL, 10), &funnel,
                                                 NULL, &error));
      g_assert_no_error (error);
      for (guint s = 0; s < RC_N_FUNNEL_STEPS; s++)
        {
          g_autofree char *expected = NULL;

          if (funnel.steps[s].source == RC_FUNNEL_SOURCE_NONE)
            expected = g_strdup ("");
          else
            expected = g_strdup_printf ("%" G_GUINT64_FORMAT, funnel.steps[s].count);
          g_assert_cmpstr (cell (row, 2 + s), ==, expected);
        }
      n++;
    }
  g_assert_cmpuint (n, ==, 5);
}

/* One row per trainee, by reference; the returner's days counted. */
static void
check_trainees (RcStore   *store,
                GPtrArray *rows)
{
  g_autoptr(GListModel) cohorts = rc_store_list_cohorts (store, NULL);
  g_autoptr(GHashTable) references = g_hash_table_new (g_str_hash, g_str_equal);
  guint total = 0;

  g_assert_cmpstr (cell (rows->pdata[0], 0), ==, "Reference");
  g_assert_cmpstr (cell (rows->pdata[0], 15), ==, "Days of updating counted");
  for (guint r = 1; r < rows->len; r++)
    if (*cell (rows->pdata[r], 0) != '\0')
      g_hash_table_add (references, (gpointer) cell (rows->pdata[r], 0));

  for (guint i = 0; i < g_list_model_get_n_items (cohorts); i++)
    {
      g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, i);
      g_autoptr(GListModel) trainees = rc_store_list_trainees (store, cohort->id, NULL);

      for (guint t = 0; t < g_list_model_get_n_items (trainees); t++)
        {
          g_autoptr(RcTrainee) trainee = g_list_model_get_item (trainees, t);

          g_assert_true (g_hash_table_contains (references, trainee->reference));
          total++;
        }
    }
  g_assert_cmpuint (g_hash_table_size (references), ==, total);

  for (guint r = 1; r < rows->len; r++)
    if (g_str_equal (cell (rows->pdata[r], 0), "RTSW-NOHOST"))
      {
        /* One supervised day of 7 hours, in the window. */
        g_assert_cmpfloat (g_ascii_strtod (cell (rows->pdata[r], 15), NULL), ==, 1.0);
        g_assert_cmpstr (cell (rows->pdata[r], 5), ==, "");
        g_assert_cmpstr (cell (rows->pdata[r], 16), ==, "1");
        return;
      }
  g_assert_not_reached ();
}

/* The demo's counts, as written and as Gnumeric computes them again. */
static void
test_counts (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autofree char *dir = make_dir ("counts");
  g_autofree char *path = g_build_filename (dir, "monitoring.xlsx", NULL);
  GStatBuf st;

  add_cases (store);
  export_ok (store, 0, path);
  {
    const char *argv[] = { "unzip", "-p", path, "xl/styles.xml", NULL };
    g_autofree char *styles = NULL;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &styles, NULL,
                                 NULL, NULL));
    g_assert_nonnull (strstr (styles, "formatCode=\"&quot;at least &quot;#,##0\""));
  }
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  for (guint recalc = 0; recalc < 2; recalc++)
    {
      GPtrArray **sheets = read_sheets (path, recalc);

      g_test_message ("%s", recalc ? "recomputed by Gnumeric" : "as written");
      check_summary (store, sheets[SUMMARY]);
      check_trainees (store, sheets[TRAINEES]);
      check_funnel (store, sheets[FUNNEL]);
      free_sheets (sheets);
    }
}

static void
collect_files (const char *dir,
               GPtrArray  *paths)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          collect_files (path, paths);
          g_free (path);
        }
      else
        g_ptr_array_add (paths, path);
    }
}

/* A value of five characters or more anywhere; a shorter one (a given
 * name such as "Cal", which "Calibri" holds) as a whole text. */
static void
refuse_in (const char *part,
           const char *text,
           const char *value)
{
  g_autofree char *whole = NULL;

  if (value == NULL || *value == '\0')
    return;
  if (strlen (value) >= 5 && strstr (text, value) != NULL)
    g_error ("%s holds the personal value “%s”", part, value);
  whole = g_strdup_printf (">%s<", value);
  if (strstr (text, whole) != NULL)
    g_error ("%s holds the personal value “%s”", part, value);
}

/* No part of the file, whatever its kind, holds a name, an e-mail
 * address, a phone or registration number, a note, or a supervisor. */
static void
test_privacy (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autofree char *dir = make_dir ("privacy");
  g_autofree char *path = g_build_filename (dir, "monitoring.xlsx", NULL);
  g_autofree char *parts = g_build_filename (dir, "parts", NULL);
  const char *argv[] = { "unzip", "-q", "-o", path, "-d", parts, NULL };
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GListModel) cohorts = NULL;
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);

  add_cases (store);
  export_ok (store, 0, path);
  run (argv);
  collect_files (parts, files);
  g_assert_cmpuint (files->len, >=, 10);

  cohorts = rc_store_list_cohorts (store, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (cohorts); i++)
    {
      g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, i);
      g_autoptr(GListModel) trainees = rc_store_list_trainees (store, cohort->id, NULL);

      for (guint t = 0; t < g_list_model_get_n_items (trainees); t++)
        {
          g_autoptr(RcTrainee) trainee = g_list_model_get_item (trainees, t);

          g_ptr_array_add (values, g_strdup (trainee->given_name));
          g_ptr_array_add (values, g_strdup (trainee->family_name));
          g_ptr_array_add (values, g_strdup (trainee->email));
          g_ptr_array_add (values, g_strdup (trainee->phone));
          g_ptr_array_add (values, g_strdup (trainee->registration_number));
          g_ptr_array_add (values, g_strdup (trainee->withdrawal_note));
        }
    }
  g_ptr_array_add (values, g_strdup (SUPERVISOR));
  g_ptr_array_add (values, g_strdup (SUPERVISOR_NUMBER));
  g_ptr_array_add (values, g_strdup (ACTIVITY_NOTE));
  g_assert_cmpuint (values->len, >, 300);

  for (guint f = 0; f < files->len; f++)
    {
      g_autofree char *text = NULL;

      g_assert_true (g_file_get_contents (files->pdata[f], &text, NULL, NULL));
      for (guint v = 0; v < values->len; v++)
        refuse_in (files->pdata[f], text, values->pdata[v]);
    }
}

/* --cohort: only its rows; an unknown cohort writes nothing. */
static void
test_one_cohort (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcCohort) current = find_cohort (store, CURRENT);
  g_autofree char *dir = make_dir ("one-cohort");
  g_autofree char *path = g_build_filename (dir, "one.xlsx", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  GPtrArray **sheets;
  guint rows = 0;

  export_ok (store, current->id, path);
  sheets = read_sheets (path, TRUE);
  for (guint r = 1; r < sheets[TRAINEES]->len; r++)
    if (*cell (sheets[TRAINEES]->pdata[r], 0) != '\0')
      {
        g_assert_cmpstr (cell (sheets[TRAINEES]->pdata[r], 2), ==, CURRENT);
        rows++;
      }
  g_assert_cmpuint (rows, ==, 14);
  g_assert_cmpstr (cell (sheets[SUMMARY]->pdata[4], 1), ==, CURRENT);
  g_assert_cmpuint (number (sheets[SUMMARY]->pdata[4], 4), ==, 14);
  free_sheets (sheets);

  g_assert_false (rc_monitoring_workbook_write (store, 9999, missing, NULL, NULL, NULL, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

typedef struct
{
  GArray   *fractions;
  gboolean  done;
  gboolean  ok;
  GError   *error;
} AsyncState;

static void
on_progress (double   fraction,
             gpointer user_data)
{
  AsyncState *state = user_data;

  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  g_array_append_val (state->fractions, fraction);
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  AsyncState *state = user_data;

  state->ok = rc_monitoring_workbook_write_finish (result, &state->error);
  state->done = TRUE;
}

static gboolean
is_done (gpointer data)
{
  return ((AsyncState *) data)->done;
}

/* In a worker, on a connection of its own: progress in the caller's
 * thread, rising to 1; a cancelled export leaves nothing. */
static void
test_async (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autofree char *dir = make_dir ("async");
  g_autofree char *path = g_build_filename (dir, "async.xlsx", NULL);
  g_autofree char *cancelled_path = g_build_filename (dir, "cancelled.xlsx", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncState state = { g_array_new (FALSE, FALSE, sizeof (double)), FALSE, FALSE, NULL };

  rc_monitoring_workbook_write_async (store, rc_export_job_new (path, 0, on_progress, &state), NULL,
                                      on_done, &state);
  g_assert_true (rc_test_wait_for (is_done, &state, 30000));
  g_assert_no_error (state.error);
  g_assert_true (state.ok);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (state.fractions->len, >=, 3);
  for (guint i = 1; i < state.fractions->len; i++)
    g_assert_cmpfloat (g_array_index (state.fractions, double, i), >=,
                       g_array_index (state.fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (state.fractions, double, state.fractions->len - 1), ==, 1.0);

  state.done = FALSE;
  g_cancellable_cancel (cancellable);
  rc_monitoring_workbook_write_async (store, rc_export_job_new (cancelled_path, 0, NULL, NULL), cancellable,
                                      on_done, &state);
  g_assert_true (rc_test_wait_for (is_done, &state, 30000));
  g_assert_false (state.ok);
  g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (cancelled_path, G_FILE_TEST_EXISTS));

  g_clear_error (&state.error);
  g_array_unref (state.fractions);
}

static gboolean
trainees_shown (gpointer data)
{
  GListModel *trainees = rc_trainee_table_get_shown (rc_test_child (data, RC_TYPE_COHORT_DETAIL, "table"));

  return trainees != NULL && g_list_model_get_n_items (trainees) > 0;
}

static gboolean
file_exists_and_idle (gpointer data)
{
  gpointer *args = data;

  return g_file_test (args[1], G_FILE_TEST_IS_REGULAR) && !rc_export_bar_is_running (rc_test_child (args[0], RC_TYPE_COHORT_DETAIL, "monitoring_bar"));
}

/* From the window: the cohort's Import and Export menu, a file chosen,
 * written in a worker while the window goes on. */
static void
test_window (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcCohort) current = find_cohort (store, CURRENT);
  g_autofree char *dir = make_dir ("window");
  g_autofree char *path = NULL;
  GtkWidget *window = gtk_window_new ();
  RcCohortDetail *detail = RC_COHORT_DETAIL (rc_cohort_detail_new ());
  GtkFileChooser *chooser;
  GPtrArray **sheets;
  gpointer args[2];

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (detail));
  rc_cohort_detail_set_store (detail, store);
  rc_cohort_detail_show_cohort (detail, current->id);
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  /* The cohort is read in a worker. */
  g_assert_true (rc_test_wait_for (trainees_shown, detail, 10000));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "cohort.export-monitoring", NULL));
  chooser = rc_test_wait_for_file_chooser ();
  g_assert_nonnull (chooser);
  g_assert_nonnull (rc_test_find_file_filter (chooser, "Excel workbooks"));
  g_assert_true (rc_test_answer_file_chooser (chooser, dir, "from-window.xlsx"));

  path = g_build_filename (dir, "from-window.xlsx", NULL);
  args[0] = detail;
  args[1] = path;
  g_assert_true (rc_test_wait_for (file_exists_and_idle, args, 30000));
  sheets = read_sheets (path, TRUE);
  g_assert_cmpstr (cell (sheets[SUMMARY]->pdata[4], 1), ==, CURRENT);
  g_assert_cmpuint (number (sheets[SUMMARY]->pdata[4], 4), ==, 14);
  free_sheets (sheets);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_gtk (&argc, &argv);

  g_test_add_func ("/monitoring-workbook/counts", test_counts);
  g_test_add_func ("/monitoring-workbook/privacy", test_privacy);
  g_test_add_func ("/monitoring-workbook/one-cohort", test_one_cohort);
  g_test_add_func ("/monitoring-workbook/async", test_async);
  g_test_add_func ("/monitoring-workbook/window", test_window);

  return g_test_run ();
}
