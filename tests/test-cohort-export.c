/* test-cohort-export.c: a cohort as CSV, with and without names
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "export/rc-cohort-export.h"
#include "export/rc-output-file.h"
#include "model/rc-csv.h"
#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "store/rc-store.h"

#define STEP_UP 1  /* the demo's first cohort: 28 trainees */
#define BOM "\xEF\xBB\xBF"

static RcStore *
open_demo (void)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/cohort-export-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;
  RcStore *store;

  g_assert_true (rc_demo_write (path, &error));
  g_assert_no_error (error);
  store = rc_store_open (path, &error);
  g_assert_no_error (error);

  return store;
}

/* A new empty folder for one test's files. */
static char *
new_folder (void)
{
  static guint counter;
  char *dir = g_strdup_printf ("%s/export-%u", rc_test_get_tmpdir (), ++counter);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);

  return dir;
}

static char *
export (RcStore    *store,
        gint64      cohort_id,
        gboolean    with_names,
        const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (rc_cohort_export_csv (store, cohort_id, with_names, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);

  return contents;
}

/* The rows of @contents as a spreadsheet reads them: a GPtrArray of
 * GPtrArrays of cells. */
static GPtrArray *
read_rows (const char *contents)
{
  g_autoptr(RcCsvReader) reader = rc_csv_reader_new (contents, strlen (contents));
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *fields;

  while (rc_csv_reader_next (reader, &fields, &error))
    {
      GPtrArray *copy = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < fields->len; i++)
        g_ptr_array_add (copy, g_strdup (g_ptr_array_index (fields, i)));
      g_ptr_array_add (rows, copy);
    }
  g_assert_no_error (error);

  return rows;
}

static const char *
cell (GPtrArray *rows,
      guint      row,
      guint      column)
{
  GPtrArray *fields = g_ptr_array_index (rows, row);

  g_assert_cmpuint (column, <, fields->len);

  return g_ptr_array_index (fields, column);
}

static gboolean
has_cell (GPtrArray  *rows,
          const char *text)
{
  for (guint r = 0; r < rows->len; r++)
    {
      GPtrArray *fields = g_ptr_array_index (rows, r);

      for (guint c = 0; c < fields->len; c++)
        if (g_str_equal (g_ptr_array_index (fields, c), text))
          return TRUE;
    }

  return FALSE;
}

/* Every line ends in CRLF, and no bare LF or CR is left. */
static void
assert_crlf (const char *contents)
{
  for (const char *p = contents; *p != '\0'; p++)
    {
      if (*p == '\n')
        g_assert_true (p > contents && p[-1] == '\r');
      if (*p == '\r')
        g_assert_true (p[1] == '\n');
    }
  g_assert_true (g_str_has_suffix (contents, "\r\n"));
}

static void
test_without_names (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autofree char *dir = new_folder ();
  g_autofree char *path = g_build_filename (dir, "cohort.csv", NULL);
  g_autofree char *contents = export (store, STEP_UP, FALSE, path);
  g_autoptr(GPtrArray) rows = read_rows (contents);
  g_autoptr(GListModel) trainees = rc_store_list_trainees (store, STEP_UP, NULL);
  g_autoptr(RcTrainee) first = g_list_model_get_item (trainees, 0);
  g_autoptr(GDir) folder = NULL;
  GStatBuf st;

  g_assert_true (g_str_has_prefix (contents, BOM "Reference,Host council,Stage,Since,Qualified on,"
                                             "Employed by,Registered with,Years out of practice (returners)\r\n"));
  assert_crlf (contents);
  g_assert_cmpuint (rows->len, ==, 1 + 28);

  /* No name, e-mail address, phone or registration number of the demo's
   * people appears, in any cell or any part of one. */
  for (guint i = 0; i < g_list_model_get_n_items (trainees); i++)
    {
      g_autoptr(RcTrainee) trainee = g_list_model_get_item (trainees, i);

      g_assert_nonnull (trainee->given_name);
      g_assert_nonnull (trainee->email);
      g_assert_false (has_cell (rows, trainee->given_name));
      g_assert_false (has_cell (rows, trainee->family_name));
      g_assert_null (strstr (contents, trainee->email));
      if (trainee->registration_number != NULL)
        g_assert_null (strstr (contents, trainee->registration_number));
    }
  g_assert_null (strstr (contents, "@"));
  g_assert_null (strstr (contents, "personal data"));

  /* SU1-01: hosted by Somerset County Council, qualified 2017-03-31. */
  g_assert_cmpstr (cell (rows, 1, 0), ==, first->reference);
  g_assert_cmpstr (cell (rows, 1, 0), ==, "SU1-01");
  g_assert_cmpstr (cell (rows, 1, 1), ==, "Somerset");
  g_assert_cmpstr (cell (rows, 1, 2), ==, "Still employed at 24 months");
  g_assert_cmpstr (cell (rows, 1, 3), ==, "2019-03-31");
  g_assert_cmpstr (cell (rows, 1, 4), ==, "2017-03-31");
  g_assert_cmpstr (cell (rows, 1, 5), ==, "Somerset");
  g_assert_cmpstr (cell (rows, 1, 6), ==, "HCPC");
  g_assert_cmpstr (cell (rows, 1, 7), ==, "");

  /* Only the file itself is left in the folder, readable as usual. */
  folder = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (folder), ==, "cohort.csv");
  g_assert_null (g_dir_read_name (folder));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
}

static void
test_with_names (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autofree char *dir = new_folder ();
  g_autofree char *path = g_build_filename (dir, "named.csv", NULL);
  g_autofree char *contents = export (store, STEP_UP, TRUE, path);
  g_autoptr(GPtrArray) rows = read_rows (contents);
  g_autoptr(GListModel) trainees = rc_store_list_trainees (store, STEP_UP, NULL);
  g_autoptr(RcTrainee) first = g_list_model_get_item (trainees, 0);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  /* The first row says what the file holds, before anything else. */
  g_assert_true (g_str_has_prefix (contents, BOM "Contains personal data: names and contact details of 28 "
                                             "trainees — handle under UK GDPR\r\n"));
  assert_crlf (contents);
  g_assert_cmpuint (rows->len, ==, 2 + 28);
  g_assert_cmpstr (cell (rows, 1, 0), ==, "Reference");
  g_assert_cmpstr (cell (rows, 1, 1), ==, "Given name");
  g_assert_cmpstr (cell (rows, 1, 3), ==, "E-mail");
  g_assert_cmpstr (cell (rows, 2, 0), ==, "SU1-01");
  g_assert_cmpstr (cell (rows, 2, 1), ==, first->given_name);
  g_assert_cmpstr (cell (rows, 2, 2), ==, first->family_name);
  g_assert_cmpstr (cell (rows, 2, 3), ==, first->email);
  g_assert_cmpstr (cell (rows, 2, 5), ==, "Somerset");

  /* A named list is its owner's alone, as the database is. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* An erased trainee is still listed, without its details, and no
   * longer counted among the named. */
  g_assert_true (rc_store_erase_trainee (store, first->id, &error));
  g_assert_no_error (error);
  g_free (contents);
  contents = export (store, STEP_UP, TRUE, path);
  g_assert_true (g_str_has_prefix (contents, BOM "Contains personal data: names and contact details of 27 "
                                             "trainees — handle under UK GDPR\r\n"));
  g_assert_true (strstr (contents, "\r\nSU1-01,,,,,Somerset,") != NULL);
}

static void
test_formula_neutralised (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcTrainee) trainee = rc_trainee_new ();
  g_autofree char *dir = new_folder ();
  g_autofree char *path = g_build_filename (dir, "cohort.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  trainee->cohort_id = STEP_UP;
  trainee->reference = g_strdup ("=SUM(A1)");
  trainee->given_name = g_strdup ("+Plus");
  trainee->family_name = g_strdup ("Quote \"Q\", comma");
  trainee->phone = g_strdup ("-1");
  trainee->applied_on = g_strdup ("2015-03-02");
  g_assert_true (rc_store_save_trainee (store, trainee, &error));
  g_assert_no_error (error);

  contents = export (store, STEP_UP, TRUE, path);
  rows = read_rows (contents);
  /* By reference, "=SUM(A1)" sorts first. */
  g_assert_cmpstr (cell (rows, 2, 0), ==, "'=SUM(A1)");
  g_assert_cmpstr (cell (rows, 2, 1), ==, "'+Plus");
  g_assert_cmpstr (cell (rows, 2, 2), ==, "Quote \"Q\", comma");
  g_assert_cmpstr (cell (rows, 2, 4), ==, "'-1");
  g_assert_nonnull (strstr (contents, "\r\n'=SUM(A1),'+Plus,\"Quote \"\"Q\"\", comma\",,'-1,"));
  g_assert_null (strstr (contents, ",=SUM"));

  g_free (contents);
  contents = export (store, STEP_UP, FALSE, path);
  g_assert_nonnull (strstr (contents, "\r\n'=SUM(A1),"));
  g_assert_null (strstr (contents, "Plus"));
}

static void
test_atomic (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autofree char *dir = new_folder ();
  g_autofree char *missing = g_build_filename (dir, "no", "such", "folder", "cohort.csv", NULL);
  g_autofree char *not_folder = g_build_filename (dir, "plain-file", NULL);
  g_autofree char *under_file = g_build_filename (not_folder, "cohort.csv", NULL);
  g_autofree char *is_folder = g_build_filename (dir, "taken", NULL);
  g_autofree char *kept = g_build_filename (dir, "kept.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) folder = NULL;
  const char *name;
  guint n = 0;

  g_assert_false (rc_cohort_export_csv (store, STEP_UP, FALSE, missing, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* A path whose folder is a file: no directory can be written there,
   * whoever runs the test. */
  g_assert_true (g_file_set_contents (not_folder, "x", -1, NULL));
  g_assert_false (rc_cohort_export_csv (store, STEP_UP, TRUE, under_file, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* The whole file is written, then refused at the rename: the
   * temporary copy goes too. */
  g_assert_cmpint (g_mkdir (is_folder, 0700), ==, 0);
  g_assert_false (rc_cohort_export_csv (store, STEP_UP, TRUE, is_folder, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* An unknown cohort writes nothing, and an existing file is kept. */
  g_assert_true (g_file_set_contents (kept, "old", -1, NULL));
  g_assert_false (rc_cohort_export_csv (store, 999, FALSE, kept, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND);
  g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");

  folder = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_assert_true (g_str_equal (name, "plain-file") || g_str_equal (name, "taken") || g_str_equal (name, "kept.csv"));
      n++;
    }
  g_assert_cmpuint (n, ==, 3);
}

/* A row per trainee is about people, names or not: owner only. */
static void
test_private (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autofree char *dir = new_folder ();
  g_autofree char *plain = g_build_filename (dir, "cohort.csv", NULL);
  g_autofree char *named = g_build_filename (dir, "cohort-NAMED.csv", NULL);
  g_autofree char *shared = g_build_filename (dir, "shared.csv", NULL);
  g_autofree char *link = g_build_filename (dir, "link.csv", NULL);
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;
  mode_t old_umask = umask (022);

  g_assert_true (rc_cohort_export_csv (store, STEP_UP, FALSE, plain, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (plain, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (rc_cohort_export_csv (store, STEP_UP, TRUE, named, &error));
  g_assert_cmpint (g_stat (named, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Over a file others could read, it is no longer theirs to read. */
  g_assert_true (g_file_set_contents (shared, "old", -1, NULL));
  g_assert_cmpint (g_chmod (shared, 0644), ==, 0);
  g_assert_true (rc_cohort_export_csv (store, STEP_UP, TRUE, shared, &error));
  g_assert_cmpint (g_stat (shared, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Never written through a link into a shared place. */
  g_assert_cmpint (symlink (shared, link), ==, 0);
  g_assert_true (g_file_set_contents (shared, "kept", -1, NULL));
  g_assert_false (rc_cohort_export_csv (store, STEP_UP, TRUE, link, &error));
  g_assert_error (error, RC_OUTPUT_FILE_ERROR, RC_OUTPUT_FILE_ERROR_SYMLINK);
  g_assert_true (g_file_get_contents (shared, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "kept");
  umask (old_umask);
}

static void
test_suggest_name (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcCohort) step_up = rc_store_get_cohort (store, STEP_UP, NULL);
  g_autoptr(RcCohort) returners = rc_store_get_cohort (store, 2, NULL);
  g_autoptr(RcCohort) other = rc_cohort_new ();
  g_autofree char *plain = rc_cohort_export_suggest_name (step_up, FALSE);
  g_autofree char *named = rc_cohort_export_suggest_name (step_up, TRUE);
  g_autofree char *returners_name = rc_cohort_export_suggest_name (returners, FALSE);
  g_autofree char *other_name = NULL;
  g_autofree char *empty_name = NULL;

  g_assert_cmpstr (plain, ==, "step-up-first-south-west-cohort.csv");
  g_assert_cmpstr (named, ==, "step-up-first-south-west-cohort-NAMED.csv");
  g_assert_cmpstr (returners_name, ==, "return-south-west-2017.csv");

  other->name = g_strdup ("Café / Équipe: NQSW 2024–25 (Plymouth)");
  other_name = rc_cohort_export_suggest_name (other, TRUE);
  g_assert_cmpstr (other_name, ==, "cafe-equipe-nqsw-2024-25-plymouth-NAMED.csv");

  g_clear_pointer (&other->name, g_free);
  other->name = g_strdup (":/");
  empty_name = rc_cohort_export_suggest_name (other, FALSE);
  g_assert_cmpstr (empty_name, ==, "cohort.csv");
}

typedef struct
{
  gboolean  done;
  gboolean  written;
  GError   *error;
} Outcome;

static void
exported (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->written = rc_cohort_export_csv_finish (RC_STORE (source), result, &outcome->error);
  outcome->done = TRUE;
}

static gboolean
is_done (gpointer outcome)
{
  return ((Outcome *) outcome)->done;
}

/* The worker writes the same file as the caller's thread would, with
 * names and without; a cancelled export writes nothing and keeps what
 * was there. */
static void
test_in_worker (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autofree char *dir = new_folder ();
  g_autofree char *path = g_build_filename (dir, "worker.csv", NULL);
  g_autofree char *same = g_build_filename (dir, "same.csv", NULL);
  g_autofree char *kept = g_build_filename (dir, "kept.csv", NULL);
  g_autofree char *expected = export (store, STEP_UP, TRUE, same);
  g_autofree char *contents = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GDir) folder = NULL;
  Outcome outcome = { 0 };
  const char *name;

  rc_cohort_export_csv_async (store, STEP_UP, TRUE, path, NULL, exported, &outcome);
  g_assert_true (rc_test_wait_for (is_done, &outcome, 10000));
  g_assert_no_error (outcome.error);
  g_assert_true (outcome.written);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);
  g_clear_pointer (&contents, g_free);

  /* Without names too: the counts only, as the caller's thread writes them. */
  g_clear_pointer (&expected, g_free);
  expected = export (store, STEP_UP, FALSE, same);
  memset (&outcome, 0, sizeof outcome);
  rc_cohort_export_csv_async (store, STEP_UP, FALSE, path, NULL, exported, &outcome);
  g_assert_true (rc_test_wait_for (is_done, &outcome, 10000));
  g_assert_no_error (outcome.error);
  g_assert_true (outcome.written);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);
  g_assert_null (strstr (contents, "Given name"));
  g_clear_pointer (&contents, g_free);

  g_assert_true (g_file_set_contents (kept, "old", -1, NULL));
  memset (&outcome, 0, sizeof outcome);
  g_cancellable_cancel (cancellable);
  rc_cohort_export_csv_async (store, STEP_UP, TRUE, kept, cancellable, exported, &outcome);
  g_assert_true (rc_test_wait_for (is_done, &outcome, 10000));
  g_assert_false (outcome.written);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&outcome.error);
  g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");

  folder = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (folder)) != NULL)
    g_assert_false (name[0] == '.');
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/cohort-export/without-names", test_without_names);
  g_test_add_func ("/cohort-export/with-names", test_with_names);
  g_test_add_func ("/cohort-export/formula-neutralised", test_formula_neutralised);
  g_test_add_func ("/cohort-export/atomic", test_atomic);
  g_test_add_func ("/cohort-export/private", test_private);
  g_test_add_func ("/cohort-export/suggest-name", test_suggest_name);
  g_test_add_func ("/cohort-export/in-worker", test_in_worker);

  return g_test_run ();
}
