/* test-bid-workbook.c: the bid workbook, read back from the .xlsx file as a
 * funder's spreadsheet would read it
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "export/rc-bid-workbook.h"
#include "export/rc-output-file.h"
#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "store/rc-store.h"

static RcStore *
open_demo (void)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/demo-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;
  RcStore *store;

  g_assert_true (rc_demo_write (path, &error));
  g_assert_no_error (error);
  store = rc_store_open (path, &error);
  g_assert_no_error (error);

  return store;
}

/* The expansion bid: 66 trainees across eleven councils. */
static gint64
expansion_bid_id (RcStore *store)
{
  g_autoptr(GListModel) bids = rc_store_list_bids (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (bids); i++)
    {
      g_autoptr(RcBid) bid = g_list_model_get_item (bids, i);

      if (bid->trainees_planned == 66)
        return bid->id;
    }
  g_assert_not_reached ();
}

/* A new, empty folder for one test, so that its listing shows every file
 * an export left behind. */
static char *
make_dir (const char *name)
{
  char *dir = g_build_filename (rc_test_get_tmpdir (), name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);

  return dir;
}

static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, (gpointer) name);
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

/* One member of the archive, as unzip gives it. */
static char *
unzip_member (const char *xlsx,
              const char *member)
{
  const char *argv[] = { "unzip", "-p", xlsx, member, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL,
                               G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("unzip could not read %s from %s", member, xlsx);

  return out;
}

static void
unzip_all (const char *xlsx,
           const char *dir)
{
  const char *argv[] = { "unzip", "-q", "-o", xlsx, "-d", dir, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
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

/* The value of cell @ref: its formula (without '=') and its cached value,
 * each NULL when absent. Good enough for libxlsxwriter's own output. */
static gboolean
find_cell (const char  *sheet_xml,
           const char  *ref,
           char       **formula,
           char       **value)
{
  g_autofree char *open = g_strdup_printf ("<c r=\"%s\"", ref);
  const char *start = strstr (sheet_xml, open);
  const char *end, *f, *v;

  *formula = *value = NULL;
  if (start == NULL)
    return FALSE;
  end = strstr (start, "</c>");
  if (end == NULL)
    return FALSE;

  f = g_strstr_len (start, end - start, "<f>");
  if (f != NULL)
    *formula = g_strndup (f + 3, strstr (f, "</f>") - (f + 3));
  v = g_strstr_len (start, end - start, "<v>");
  if (v != NULL)
    *value = g_strndup (v + 3, strstr (v, "</v>") - (v + 3));

  return TRUE;
}

static char *
pounds (gint64 pence)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", pence / 100, (int) (pence % 100));
}

static char *
cached_pounds (const char *value)
{
  g_assert_nonnull (value);

  return g_strdup_printf ("%.2f", g_ascii_strtod (value, NULL));
}

/* @needle as a whole word: a short given name such as "Mo" must not be
 * confused with "Mongolian" in the theme's font list. */
static gboolean
contains_word (const char *haystack,
               const char *needle)
{
  gsize len = strlen (needle);

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    {
      gboolean before = p == haystack || !g_ascii_isalnum (p[-1]);
      gboolean after = !g_ascii_isalnum (p[len]);

      if (before && after)
        return TRUE;
    }

  return FALSE;
}

static void
add_personal (GPtrArray  *values,
              const char *value)
{
  if (value != NULL && *value != '\0')
    g_ptr_array_add (values, g_strdup (value));
}

/* Every personal field the demo holds, and every reference. */
static GPtrArray *
collect_personal (RcStore *store)
{
  g_autoptr(GListModel) cohorts = rc_store_list_cohorts (store, NULL);
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (cohorts); i++)
    {
      g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, i);
      g_autoptr(GListModel) trainees = rc_store_list_trainees (store, cohort->id, NULL);

      for (guint j = 0; j < g_list_model_get_n_items (trainees); j++)
        {
          g_autoptr(RcTrainee) t = g_list_model_get_item (trainees, j);

          add_personal (values, t->given_name);
          add_personal (values, t->family_name);
          add_personal (values, t->email);
          add_personal (values, t->phone);
          add_personal (values, t->registration_number);
          add_personal (values, t->reference);
        }
    }

  return values;
}

static void
export_ok (RcStore    *store,
           gint64      bid_id,
           const char *path)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rc_bid_workbook_write (store, bid_id, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_demo_expansion_bid (void)
{
  g_autoptr(RcStore) store = open_demo ();
  gint64 bid_id = expansion_bid_id (store);
  g_autofree char *dir = make_dir ("expansion");
  g_autofree char *path = g_build_filename (dir, "expansion.xlsx", NULL);
  g_autoptr(RcBidTotals) totals = rc_store_get_bid_totals (store, bid_id, NULL);
  g_autoptr(GListModel) lines = rc_store_list_bid_lines (store, bid_id, NULL);
  g_autoptr(RcBidLine) first = g_list_model_get_item (lines, 0);
  guint n = g_list_model_get_n_items (lines);
  g_autofree char *workbook = NULL, *summary = NULL, *budget = NULL, *partners = NULL;
  g_autofree char *outcomes = NULL, *styles = NULL, *core = NULL, *app = NULL;
  g_autofree char *chart1 = NULL, *chart2 = NULL, *listing = NULL;
  g_autofree char *formula = NULL, *value = NULL, *want = NULL, *got = NULL, *ref = NULL;
  g_autofree char *expected_formula = NULL;
  const char *sheets[] = { "Summary", "Budget", "Partners", "Outcomes", "Charts" };
  const char *last = NULL;
  gint64 first_total;

  g_assert_nonnull (totals);
  g_assert_cmpuint (n, >, 10);
  export_ok (store, bid_id, path);

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "expansion.xlsx");

  /* The sheets, in order. */
  workbook = unzip_member (path, "xl/workbook.xml");
  for (guint i = 0; i < G_N_ELEMENTS (sheets); i++)
    {
      g_autofree char *tag = g_strdup_printf ("<sheet name=\"%s\"", sheets[i]);
      const char *at = strstr (workbook, tag);

      g_assert_nonnull (at);
      g_assert_true (last == NULL || at > last);
      last = at;
    }

  /* Budget: each total is a live, rounded formula with its value cached. */
  budget = unzip_member (path, "xl/worksheets/sheet2.xml");
  g_assert_true (find_cell (budget, "F2", &formula, &value));
  g_assert_cmpstr (formula, ==, "ROUND(D2*E2,2)");
  g_assert_true (rc_bid_line_total (first->quantity100, first->unit_cost_pence,
                                    &first_total, NULL));
  want = pounds (first_total);
  got = cached_pounds (value);
  g_assert_cmpstr (got, ==, want);
  g_clear_pointer (&formula, g_free);
  g_clear_pointer (&value, g_free);
  g_clear_pointer (&want, g_free);
  g_clear_pointer (&got, g_free);

  /* The total row sums the lines, and its cached value is the store's. */
  ref = g_strdup_printf ("F%u", n + 2);
  g_assert_true (find_cell (budget, ref, &formula, &value));
  expected_formula = g_strdup_printf ("SUM(F2:F%u)", n + 1);
  g_assert_cmpstr (formula, ==, expected_formula);
  want = pounds (totals->total_pence);
  got = cached_pounds (value);
  g_assert_cmpstr (got, ==, want);
  g_assert_cmpstr (want, ==, "2304578.00");
  g_clear_pointer (&formula, g_free);
  g_clear_pointer (&value, g_free);

  /* Frozen header, filter over the table, By council and By category. */
  g_assert_nonnull (strstr (budget, "<pane ySplit=\"1\" topLeftCell=\"A2\" "
                                    "activePane=\"bottomLeft\" state=\"frozen\"/>"));
  {
    g_autofree char *filter = g_strdup_printf ("<autoFilter ref=\"A1:F%u\"/>", n + 1);

    g_assert_nonnull (strstr (budget, filter));
  }
  g_assert_nonnull (strstr (budget, "<f>SUMIF($A$2:$A$"));
  g_assert_nonnull (strstr (budget, "<f>SUMIF($B$2:$B$"));

  /* Summary: the amount requested follows the Budget sheet's total. */
  summary = unzip_member (path, "xl/worksheets/sheet1.xml");
  {
    g_autofree char *link = g_strdup_printf ("<f>Budget!F%u</f><v>", n + 2);
    const char *at = strstr (summary, link);

    g_assert_nonnull (at);
    g_clear_pointer (&got, g_free);
    got = cached_pounds (at + strlen (link));
    g_assert_cmpstr (got, ==, want);
  }

  /* Partners: live rates. The first row is the lead on the bid's date,
   * Somerset County Council, with its latest return (2022); Outcomes:
   * shares of those who qualified and are due. */
  partners = unzip_member (path, "xl/worksheets/sheet3.xml");
  {
    g_autoptr(RcCouncil) county = rc_store_find_council_by_code (store, "E10000027", NULL);
    g_autoptr(GListModel) returns = rc_store_list_council_returns (store, county->id, NULL);
    g_autoptr(RcWorkforceReturn) latest = g_list_model_get_item (returns, g_list_model_get_n_items (returns) - 1);
    double vacancies = latest->vacancies_fte100.value, in_post = latest->in_post_fte100.value;

    g_autofree char *in_post_text = g_strdup_printf ("%g", in_post / 100);

    g_assert_cmpint (latest->year, ==, 2022);
    /* The return's year and its figures, as the store has them. */
    g_assert_true (find_cell (partners, "C5", &formula, &value));
    g_assert_cmpstr (value, ==, "2022");
    g_clear_pointer (&formula, g_free);
    g_clear_pointer (&value, g_free);
    g_assert_true (find_cell (partners, "D5", &formula, &value));
    g_assert_cmpstr (value, ==, in_post_text);
    g_clear_pointer (&formula, g_free);
    g_clear_pointer (&value, g_free);
    g_assert_true (find_cell (partners, "K5", &formula, &value));
    g_assert_cmpstr (formula, ==, "IF(OR(H5=\"\",D5=\"\"),\"\",IF(H5+D5=0,\"\",H5/(H5+D5)))");
    g_assert_cmpfloat_with_epsilon (g_ascii_strtod (value, NULL), vacancies / (vacancies + in_post), 1e-9);
  }
  g_clear_pointer (&formula, g_free);
  g_clear_pointer (&value, g_free);
  g_assert_nonnull (strstr (partners, "<c r=\"D5\" s=\""));
  outcomes = unzip_member (path, "xl/worksheets/sheet4.xml");
  g_assert_nonnull (strstr (outcomes, "<f>IF(K5=0,\"\",L5/K5)</f>"));
  /* Both tables keep their heads and first column in view. */
  g_assert_nonnull (strstr (partners, "<pane xSplit=\"1\" ySplit=\"4\" topLeftCell=\"B5\""));
  g_assert_nonnull (strstr (outcomes, "<pane xSplit=\"1\" ySplit=\"4\" topLeftCell=\"B5\""));

  /* The money format, two native charts and the document's properties. */
  styles = unzip_member (path, "xl/styles.xml");
  g_assert_nonnull (strstr (styles, "formatCode=\"£#,##0.00\""));
  chart1 = unzip_member (path, "xl/charts/chart1.xml");
  chart2 = unzip_member (path, "xl/charts/chart2.xml");
  g_assert_nonnull (strstr (chart1, "<c:barChart>"));
  g_assert_nonnull (strstr (chart1, "Cost by council"));
  g_assert_nonnull (strstr (chart1, "<c:f>Budget!$B$"));
  g_assert_nonnull (strstr (chart2, "<c:lineChart>"));
  g_assert_nonnull (strstr (chart2, "Partners’ vacancy rate"));
  g_assert_nonnull (strstr (chart2, "<c:f>Partners!$B$"));
  core = unzip_member (path, "docProps/core.xml");
  g_assert_nonnull (strstr (core, "<dc:title>Step Up to Social Work: "
                                  "expansion across the south west</dc:title>"));
  g_assert_nonnull (strstr (core, "<dc:creator>Return Coordinator</dc:creator>"));
  app = unzip_member (path, "docProps/app.xml");
  g_assert_nonnull (strstr (app, "<Company>South West Step Up to Social Work "
                                 "Partnership</Company>"));
}

/* Counts only: no trainee's name, contact, registration number or
 * reference anywhere in the archive. */
static void
test_no_personal_data (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autofree char *dir = make_dir ("privacy");
  g_autofree char *path = g_build_filename (dir, "bid.xlsx", NULL);
  g_autoptr(GPtrArray) personal = collect_personal (store);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GListModel) bids = rc_store_list_bids (store, NULL);

  /* The demo has people in it, or this test proves nothing. */
  g_assert_cmpuint (personal->len, >, 100);

  /* Every bid's workbook, each unpacked in a folder of its own. */
  for (guint b = 0; b < g_list_model_get_n_items (bids); b++)
    {
      g_autoptr(RcBid) bid = g_list_model_get_item (bids, b);
      g_autofree char *name = g_strdup_printf ("unpacked-%u", b);
      g_autofree char *unpacked = g_build_filename (dir, name, NULL);

      export_ok (store, bid->id, path);
      unzip_all (path, unpacked);
      collect_files (unpacked, files);
    }
  g_assert_cmpuint (files->len, >=, 3 * 15);

  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *contents = NULL;

      g_assert_true (g_file_get_contents (g_ptr_array_index (files, i), &contents, NULL, NULL));
      for (guint j = 0; j < personal->len; j++)
        if (contains_word (contents, g_ptr_array_index (personal, j)))
          g_error ("%s holds the personal value “%s”",
                   (char *) g_ptr_array_index (files, i), (char *) g_ptr_array_index (personal, j));
    }
}

static void
assert_unwritable (RcStore    *store,
                   gint64      bid_id,
                   const char *path,
                   const char *reason)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (rc_bid_workbook_write (store, bid_id, path, NULL, NULL, NULL, &error));
  g_assert_error (error, RC_OUTPUT_FILE_ERROR, RC_OUTPUT_FILE_ERROR_FOLDER);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, reason));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_unwritable (void)
{
  g_autoptr(RcStore) store = open_demo ();
  gint64 bid_id = expansion_bid_id (store);
  g_autofree char *dir = make_dir ("unwritable");
  g_autofree char *missing = g_build_filename (dir, "no", "such", "folder", "bid.xlsx", NULL);
  g_autofree char *file = g_build_filename (dir, "a-file", NULL);
  g_autofree char *under_file = g_build_filename (file, "bid.xlsx", NULL);
  g_autofree char *listing = NULL;

  g_assert_true (g_file_set_contents (file, "not a folder", -1, NULL));

  assert_unwritable (store, bid_id, missing, "does not exist");
  assert_unwritable (store, bid_id, under_file, "part of the path is a file, not a folder");

  /* Nothing was left beside them: no workbook, no temporary file. */
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "a-file");

  /* Root writes anywhere: a read-only folder only refuses other users. */
  if (geteuid () != 0)
    {
      g_autofree char *locked = make_dir ("locked");
      g_autofree char *inside = g_build_filename (locked, "bid.xlsx", NULL);
      g_autofree char *left = NULL;

      g_assert_cmpint (g_chmod (locked, 0500), ==, 0);
      assert_unwritable (store, bid_id, inside, "you may not write into the folder");
      left = list_dir (locked);
      g_assert_cmpstr (left, ==, "");
      g_chmod (locked, 0700);
    }
}

static void
test_unknown_bid (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autofree char *dir = make_dir ("unknown");
  g_autofree char *path = g_build_filename (dir, "bid.xlsx", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (rc_bid_workbook_write (store, 9999, path, NULL, NULL, NULL, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "9999"));
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "");
}

static void
cancel_after_summary (double   fraction,
                      gpointer data)
{
  if (fraction > 0.0)
    g_cancellable_cancel (data);
}

static void
test_cancelled (void)
{
  g_autoptr(RcStore) store = open_demo ();
  gint64 bid_id = expansion_bid_id (store);
  g_autofree char *dir = make_dir ("cancelled");
  g_autofree char *path = g_build_filename (dir, "bid.xlsx", NULL);
  g_autoptr(GCancellable) before = g_cancellable_new ();
  g_autoptr(GCancellable) during = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;

  /* Before anything is written. */
  g_cancellable_cancel (before);
  g_assert_false (rc_bid_workbook_write (store, bid_id, path, before, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* Half-way through: the temporary file is removed too. */
  g_assert_false (rc_bid_workbook_write (store, bid_id, path, during,
                                         cancel_after_summary, during, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "");
}

/* User text that looks like a formula stays text. */
static void
test_formula_like_text (void)
{
  g_autoptr(RcStore) store = open_demo ();
  gint64 source = expansion_bid_id (store);
  g_autofree char *dir = make_dir ("formula-text");
  g_autofree char *path = g_build_filename (dir, "bid.xlsx", NULL);
  g_autoptr(RcBid) bid = NULL;
  g_autoptr(RcBidLine) line = rc_bid_line_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *strings = NULL;
  const char *texts[] = { "=SUM(1,2)", "+44 1823 355455", "@SUM(A1:A3)", "-2+3" };
  gint64 id;

  id = rc_store_duplicate_bid (store, source, texts[0], &error);
  g_assert_no_error (error);
  bid = rc_store_get_bid (store, id, &error);
  g_assert_no_error (error);
  g_free (bid->notes);
  bid->notes = g_strdup (texts[1]);
  g_assert_true (rc_store_save_bid (store, bid, &error));
  g_assert_no_error (error);

  line->bid_id = id;
  line->category = g_strdup ("other");
  line->description = g_strdup (texts[2]);
  line->quantity100 = 100;
  line->unit_cost_pence = 100;
  g_assert_true (rc_store_save_bid_line (store, line, &error));
  g_assert_no_error (error);
  g_clear_object (&line);
  line = rc_bid_line_new ();
  line->bid_id = id;
  line->category = g_strdup ("other");
  line->description = g_strdup (texts[3]);
  line->quantity100 = 100;
  line->unit_cost_pence = 100;
  g_assert_true (rc_store_save_bid_line (store, line, &error));
  g_assert_no_error (error);

  export_ok (store, id, path);

  /* Text is written into each sheet (constant memory mode keeps no
   * table of shared strings). */
  strings = unzip_member (path, "xl/worksheets/sheet*.xml");
  g_assert_null (strstr (strings, "t=\"s\""));
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *as_string = g_strdup_printf ("<t>%s</t>", texts[i]);
      g_autofree char *as_formula = g_strdup_printf ("<f>%s</f>", texts[i] + 1);

      g_assert_nonnull (strstr (strings, as_string));
      for (guint s = 1; s <= 5; s++)
        {
          g_autofree char *member = g_strdup_printf ("xl/worksheets/sheet%u.xml", s);
          g_autofree char *sheet = unzip_member (path, member);

          g_assert_null (strstr (sheet, as_formula));
        }
    }
}

/* A new draft with no lines: a workbook still, with one chart and a
 * sentence where the other would be. */
static void
test_bid_without_lines (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcBid) source = rc_store_get_bid (store, expansion_bid_id (store), NULL);
  g_autoptr(RcBid) bid = rc_bid_new ();
  g_autofree char *dir = make_dir ("no-lines");
  g_autofree char *path = g_build_filename (dir, "bid.xlsx", NULL);
  g_autofree char *budget = NULL, *summary = NULL, *charts = NULL, *strings = NULL;
  g_autofree char *formula = NULL, *value = NULL;
  g_autoptr(GError) error = NULL;

  bid->consortium_id = source->consortium_id;
  bid->title = g_strdup ("A bid still being written");
  bid->funder = g_strdup ("Local Government Association");
  g_assert_true (rc_store_save_bid (store, bid, &error));
  g_assert_no_error (error);

  export_ok (store, bid->id, path);

  budget = unzip_member (path, "xl/worksheets/sheet2.xml");
  g_assert_true (find_cell (budget, "F2", &formula, &value));
  g_assert_null (formula);
  g_assert_cmpstr (value, ==, "0");
  summary = unzip_member (path, "xl/worksheets/sheet1.xml");
  g_assert_nonnull (strstr (summary, "<f>Budget!F2</f><v>0</v>"));
  strings = unzip_member (path, "xl/worksheets/sheet*.xml");
  g_assert_nonnull (strstr (strings, "No cost chart: the bid has no budget lines yet."));
  charts = unzip_member (path, "xl/charts/chart1.xml");
  g_assert_nonnull (strstr (charts, "<c:lineChart>"));
}

/* The text of cell @ref: an inline string, or the cached value. */
static char *
cell_text (const char *sheet_xml,
           const char *ref)
{
  g_autofree char *open = g_strdup_printf ("<c r=\"%s\"", ref);
  const char *start = strstr (sheet_xml, open);
  const char *end, *t;
  g_autofree char *formula = NULL;
  char *value = NULL;

  if (start == NULL || (end = strstr (start, "</c>")) == NULL)
    return NULL;
  /* A cell with no content ends with "/>" before any "</c>". */
  if (strstr (start, "/>") != NULL && strstr (start, "/>") < strchr (start, '>') + 1)
    return NULL;
  t = g_strstr_len (start, end - start, "<t>");
  if (t != NULL)
    return g_strndup (t + 3, strstr (t, "</t>") - (t + 3));
  find_cell (sheet_xml, ref, &formula, &value);

  return value;
}

/* The 2016 expansion bid shows the consortium as it stood on its date
 * (2016-10-31): led by Somerset County Council (E10000027), not by the
 * unitary Somerset Council of 2023; the councils it proposed are listed
 * as proposed. A bid of 2027 has the consortium of 2027. */
static void
test_consortium_on_bid_date (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcBid) source = rc_store_get_bid (store, expansion_bid_id (store), NULL);
  g_autoptr(RcBid) later = rc_bid_new ();
  g_autofree char *dir = make_dir ("on-date");
  g_autofree char *path = g_build_filename (dir, "expansion.xlsx", NULL);
  g_autofree char *later_path = g_build_filename (dir, "later.xlsx", NULL);
  g_autofree char *summary = NULL, *partners = NULL, *later_summary = NULL;
  g_autofree char *lead = NULL, *first = NULL, *role = NULL, *since = NULL, *on = NULL;
  g_autofree char *later_lead = NULL;
  g_autoptr(GError) error = NULL;

  export_ok (store, source->id, path);
  summary = unzip_member (path, "xl/worksheets/sheet1.xml");
  partners = unzip_member (path, "xl/worksheets/sheet3.xml");

  lead = cell_text (summary, "B8");
  g_assert_cmpstr (lead, ==, "Somerset County Council (E10000027)");
  on = cell_text (summary, "A20");
  g_assert_cmpstr (on, ==, "The consortium on 2016-10-31");
  first = cell_text (summary, "A22");
  role = cell_text (summary, "B22");
  since = cell_text (summary, "C22");
  g_assert_cmpstr (first, ==, "Somerset County Council (E10000027)");
  g_assert_cmpstr (role, ==, "Lead");
  g_assert_cmpstr (since, ==, "42005");  /* 2015-01-01 */
  g_assert_null (strstr (summary, "E06000066"));
  g_assert_null (strstr (summary, "2023"));
  g_assert_nonnull (strstr (summary, "<t>Plymouth (E06000026)</t>"));
  g_clear_pointer (&first, g_free);
  first = cell_text (partners, "A5");
  g_assert_cmpstr (first, ==, "Somerset County Council (E10000027)");
  g_assert_null (strstr (partners, "E06000066"));

  /* A bid due in 2027: the unitary council leads; the proposed councils
   * of 2016 are still listed as proposed, the county council is gone. */
  later->consortium_id = source->consortium_id;
  later->programme_id = source->programme_id;
  later->title = g_strdup ("Step Up to Social Work: 2027");
  later->funder = g_strdup ("Department for Education");
  later->deadline_on = g_strdup ("2027-01-31");
  g_assert_true (rc_store_save_bid (store, later, &error));
  g_assert_no_error (error);
  export_ok (store, later->id, later_path);
  later_summary = unzip_member (later_path, "xl/worksheets/sheet1.xml");
  later_lead = cell_text (later_summary, "B8");
  g_assert_cmpstr (later_lead, ==, "Somerset (E06000066)");
  g_assert_null (strstr (later_summary, "E10000027"));
}

/* A partner whose latest return has a published rate and not the
 * figures: the Partners sheet shows that rate as a value and says it is
 * the published one; rates from figures stay live formulas. */
static void
test_partners_published_rate (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcCouncil) bath = rc_store_find_council_by_code (store, "E06000022", NULL);
  g_autoptr(GListModel) returns = rc_store_list_council_returns (store, bath->id, NULL);
  g_autoptr(RcWorkforceReturn) latest = g_list_model_get_item (returns, g_list_model_get_n_items (returns) - 1);
  g_autofree char *dir = make_dir ("published");
  g_autofree char *path = g_build_filename (dir, "bid.xlsx", NULL);
  g_autofree char *partners = NULL, *council = NULL, *note = NULL;
  g_autofree char *formula = NULL, *value = NULL;
  g_autoptr(GError) error = NULL;

  latest->vacancies_fte100 = RC_FIGURE_MISSING;
  latest->published_vacancy_rate_pct100 = rc_figure (1234);
  g_assert_true (rc_store_save_workforce_return (store, latest, &error));
  g_assert_no_error (error);

  export_ok (store, expansion_bid_id (store), path);
  partners = unzip_member (path, "xl/worksheets/sheet3.xml");
  /* Row 6: Bath and North East Somerset, the first partner. */
  council = cell_text (partners, "A6");
  g_assert_cmpstr (council, ==, "Bath and North East Somerset (E06000022)");
  g_assert_true (find_cell (partners, "K6", &formula, &value));
  g_assert_null (formula);
  g_assert_cmpfloat_with_epsilon (g_ascii_strtod (value, NULL), 0.1234, 1e-9);
  note = cell_text (partners, "O6");
  g_assert_cmpstr (note, ==, "Published rate: vacancy rate");
  /* The agency rate still comes from the figures. */
  g_clear_pointer (&formula, g_free);
  g_clear_pointer (&value, g_free);
  g_assert_true (find_cell (partners, "L6", &formula, &value));
  g_assert_nonnull (formula);
}

typedef struct
{
  GArray   *fractions;
  gboolean  done;
  gboolean  ok;
  GError   *error;
} AsyncState;

static void
record_progress (double   fraction,
                 gpointer data)
{
  AsyncState *state = data;

  g_assert_false (state->done);
  g_array_append_val (state->fractions, fraction);
}

static void
write_done (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  AsyncState *state = data;

  state->ok = rc_bid_workbook_write_finish (result, &state->error);
  state->done = TRUE;
}

static void
test_async (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autofree char *dir = make_dir ("async");
  g_autofree char *path = g_build_filename (dir, "bid.xlsx", NULL);
  g_autofree char *workbook = NULL;
  AsyncState state = { g_array_new (FALSE, FALSE, sizeof (double)), FALSE, FALSE, NULL };

  rc_bid_workbook_write_async (store, rc_export_job_new (path, expansion_bid_id (store), record_progress, &state),
                               NULL, write_done, &state);
  while (!state.done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_no_error (state.error);
  g_assert_true (state.ok);
  g_assert_cmpuint (state.fractions->len, >=, 5);
  for (guint i = 1; i < state.fractions->len; i++)
    g_assert_cmpfloat (g_array_index (state.fractions, double, i), >=,
                       g_array_index (state.fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (state.fractions, double, state.fractions->len - 1), ==, 1.0);
  workbook = unzip_member (path, "xl/workbook.xml");
  g_assert_nonnull (strstr (workbook, "<sheet name=\"Budget\""));

  /* An unknown bid fails through the callback, never in the call. */
  state.done = FALSE;
  rc_bid_workbook_write_async (store, rc_export_job_new (path, 9999, NULL, NULL), NULL, write_done, &state);
  g_assert_false (state.done);
  while (!state.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (state.ok);
  g_assert_error (state.error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND);

  g_clear_error (&state.error);
  g_array_unref (state.fractions);
}

static void
note_finalized (gpointer  data,
                GObject  *where_the_object_was)
{
  g_atomic_pointer_set ((gpointer *) data, g_thread_self ());
}

static gboolean
keep_looking (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* A store whose window went while its workbook was written is let go on
 * the main thread, never by the worker thread, which may drop the task
 * last. Each of 20 runs gives it the chance. */
static void
test_async_store_released (void)
{
  g_autofree char *dir = make_dir ("async-released");
  g_autofree char *path = g_build_filename (dir, "bid.xlsx", NULL);
  guint tick = g_timeout_add (5, keep_looking, NULL);

  for (guint i = 0; i < 20; i++)
    {
      RcStore *store = open_demo ();
      AsyncState state = { g_array_new (FALSE, FALSE, sizeof (double)), FALSE, FALSE, NULL };
      gpointer thread = NULL;

      g_object_weak_ref (G_OBJECT (store), note_finalized, &thread);
      rc_bid_workbook_write_async (store, rc_export_job_new (path, expansion_bid_id (store), NULL, NULL),
                                   NULL, write_done, &state);
      g_object_unref (store);
      while (!state.done || g_atomic_pointer_get (&thread) == NULL)
        g_main_context_iteration (NULL, TRUE);
      g_assert_no_error (state.error);
      g_assert_true (state.ok);
      g_assert_true (thread == g_thread_self ());
      g_array_unref (state.fractions);
    }
  g_source_remove (tick);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/bid-workbook/demo/expansion", test_demo_expansion_bid);
  g_test_add_func ("/bid-workbook/privacy", test_no_personal_data);
  g_test_add_func ("/bid-workbook/unwritable", test_unwritable);
  g_test_add_func ("/bid-workbook/unknown-bid", test_unknown_bid);
  g_test_add_func ("/bid-workbook/cancelled", test_cancelled);
  g_test_add_func ("/bid-workbook/formula-like-text", test_formula_like_text);
  g_test_add_func ("/bid-workbook/without-lines", test_bid_without_lines);
  g_test_add_func ("/bid-workbook/async", test_async);
  g_test_add_func ("/bid-workbook/async-store-released", test_async_store_released);
  g_test_add_func ("/bid-workbook/consortium-on-bid-date", test_consortium_on_bid_date);
  g_test_add_func ("/bid-workbook/partners-published-rate", test_partners_published_rate);

  return g_test_run ();
}
