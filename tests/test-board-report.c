/* test-board-report.c: the board report, read back from the PDF as a
 * board member's reader shows it (pdfinfo and pdftotext, of poppler-utils)
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "export/rc-board-report-private.h"
#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "store/rc-store.h"

/* The demo: a front page (the consortium and the rates table), two pages
 * of trend charts, a page for each of its five cohorts and one of bids. */
#define DEMO_PAGES 9

static char *
demo_path (void)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/demo-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;

  g_assert_true (rc_demo_write (path, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

static RcStore *
open_demo (void)
{
  g_autofree char *path = demo_path ();
  g_autoptr(GError) error = NULL;
  RcStore *store = rc_store_open (path, &error);

  g_assert_no_error (error);

  return store;
}

static char *
run (const char * const *argv,
     int                *status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                               status, &error));
  g_assert_no_error (error);
  if (status == NULL)
    g_assert_cmpstr (err, ==, "");

  return out;
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };

  return run (argv, NULL);
}

static char *
pdf_info (const char *path,
          guint       last_page)
{
  g_autofree char *last = g_strdup_printf ("%u", last_page);
  const char *argv[] = { "pdfinfo", "-f", "1", "-l", last, path, NULL };

  return run (argv, NULL);
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

static gint64
first_consortium (RcStore *store)
{
  g_autoptr(GListModel) consortia = rc_store_list_consortia (store, NULL);
  g_autoptr(RcConsortium) consortium = g_list_model_get_item (consortia, 0);

  return consortium->id;
}

static char *
write_demo_report (RcStore     *store,
                   const char  *name,
                   const GDate *today,
                   guint       *n_pages)
{
  g_autofree char *path = g_build_filename (rc_test_get_tmpdir (), name, NULL);
  g_autoptr(RcBoardReportData) data = NULL;
  g_autoptr(GError) error = NULL;

  data = rc_board_report_data_gather (store, first_consortium (store), today, &error);
  g_assert_no_error (error);
  g_assert_true (rc_board_report_data_write (data, path, NULL, NULL, NULL, n_pages, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

/* Pages, their size, and on each the header with the date, the source
 * line and the page's number. */
static void
test_pages (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  GDate today;
  guint n_pages = 0;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 20, G_DATE_JANUARY, 2017);
  path = write_demo_report (store, "pages.pdf", &today, &n_pages);
  g_assert_cmpuint (n_pages, ==, DEMO_PAGES);

  info = pdf_info (path, DEMO_PAGES);
  g_assert_nonnull (strstr (info, "Pages:           9\n"));
  g_assert_nonnull (strstr (info, "Title:           Board report: South West Step Up to Social Work Partnership"));
  /* Every page is A4 portrait, as pdfinfo names it. */
  for (guint i = 1; i <= DEMO_PAGES; i++)
    {
      g_autofree char *line = g_strdup_printf ("Page %4u size:  595.28 x 841.89 pts (A4)", i);

      g_assert_nonnull (strstr (info, line));
    }

  text = pdf_text (path);
  for (guint i = 1; i <= DEMO_PAGES; i++)
    {
      g_autofree char *number = g_strdup_printf ("Page %u of %u", i, DEMO_PAGES);

      g_assert_cmpuint (count (text, number), ==, 1);
    }
  g_assert_cmpuint (count (text, "Board report · 20 January 2017"), ==, DEMO_PAGES);
  g_assert_cmpuint (count (text, "Source: Return Coordinator database (counts only, no names)"), ==, DEMO_PAGES);
  /* One page after another: form feeds between them. */
  g_assert_cmpuint (count (text, "\f"), ==, DEMO_PAGES);
}

/* The figures a board member reads, as the app shows them elsewhere. */
static void
test_figures (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 20, G_DATE_JANUARY, 2017);
  path = write_demo_report (store, "figures.pdf", &today, NULL);
  text = pdf_text (path);

  g_assert_nonnull (strstr (text, "Board report: South West Step Up to Social Work"));
  g_assert_nonnull (strstr (text, "5 cohorts with 56 trainees in all; 3 bids."));
  /* The consortium as it stood that day: the lead, Somerset County
   * Council before the reorganisation of 2023, and a partner. */
  g_assert_nonnull (strstr (text, "Somerset County Council (E10000027)"));
  g_assert_null (strstr (text, "Somerset (E06000066)"));
  g_assert_nonnull (strstr (text, "Bath and North East Somerset (E06000022)"));
  /* Rates, beside the region and England, with their change: Bath and
   * North East Somerset's 2025 vacancy rate is the Councils page's
   * 16.8 %; England's is 16.9 %. */
  g_assert_nonnull (strstr (text, "16.8 %"));
  g_assert_nonnull (strstr (text, "16.9 %"));
  g_assert_nonnull (strstr (text, "South West"));
  g_assert_nonnull (strstr (text, "England"));
  g_assert_nonnull (strstr (text, "3-year"));
  g_assert_nonnull (strstr (text, " pts"));
  /* The trend charts and what they say. */
  g_assert_nonnull (strstr (text, "Vacancy rate, 2017–2025"));
  g_assert_nonnull (strstr (text, "Agency rate, 2017–2025"));
  g_assert_nonnull (strstr (text, "Turnover rate, 2017–2025"));
  /* The first cohort's retention and the LGA's published funnels. */
  g_assert_nonnull (strstr (text, "25 (96.2 %)"));
  g_assert_nonnull (strstr (text, "225 (100.0 %)"));
  g_assert_nonnull (strstr (text, "61 (27.1 %)"));
  g_assert_nonnull (strstr (text, "at least 79 (39.7 %)"));
  /* Bids by status, and the decision ahead on 20 January 2017: the
   * expansion bid's, due on 31 January. */
  g_assert_nonnull (strstr (text, "1 Submitted · 1 Awarded · 1 Part-awarded"));
  g_assert_nonnull (strstr (text, "£953,064.00"));
  g_assert_nonnull (strstr (text, "Deadlines and decisions ahead"));
  g_assert_nonnull (strstr (text, "2017-01-31"));
  g_assert_nonnull (strstr (text, "in 11 days"));
  g_assert_nonnull (strstr (text, "Decision due"));
}

static gboolean
has_word (const char *text,
          const char *word)
{
  gsize n = strlen (word);

  for (const char *p = strstr (text, word); p != NULL; p = strstr (p + 1, word))
    if ((p == text || !g_ascii_isalnum (p[-1])) && !g_ascii_isalnum (p[n]))
      return TRUE;

  return FALSE;
}

/* No trainee's name, e-mail, phone or registration number is anywhere in
 * the report's text. */
static void
test_no_personal_data (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(GListModel) cohorts = rc_store_list_cohorts (store, NULL);
  g_autofree char *path = write_demo_report (store, "private.pdf", NULL, NULL);
  g_autofree char *text = pdf_text (path);
  guint checked = 0;

  for (guint c = 0; c < g_list_model_get_n_items (cohorts); c++)
    {
      g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, c);
      g_autoptr(GListModel) trainees = rc_store_list_trainees (store, cohort->id, NULL);

      for (guint i = 0; i < g_list_model_get_n_items (trainees); i++)
        {
          g_autoptr(RcTrainee) t = g_list_model_get_item (trainees, i);
          const char *fields[] = { t->family_name, t->email, t->phone, t->registration_number };
          g_autofree char *full = g_strdup_printf ("%s %s", t->given_name, t->family_name);

          g_assert_null (strstr (text, full));
          g_assert_false (has_word (text, t->given_name));
          for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
            if (fields[f] != NULL && *fields[f] != '\0')
              g_assert_null (strstr (text, fields[f]));
          checked++;
        }
    }
  g_assert_cmpuint (checked, ==, 56);
}

static char *
page_text (const char *path,
           guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-f", number, "-l", number, path, "-", NULL };

  return run (argv, NULL);
}

/* A table longer than a page goes on over the next, its header row again
 * at the top of each. */
static void
test_long_table (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;
  guint n_pages = 0, with_header = 0, titles = 0;

  for (guint i = 0; i < 60; i++)
    {
      g_autoptr(RcBid) bid = rc_bid_new ();
      g_autoptr(GError) error = NULL;

      bid->consortium_id = first_consortium (store);
      bid->title = g_strdup_printf ("Round %02u of the south-west returners programme", i + 1);
      bid->funder = g_strdup ("Local Government Association");
      bid->deadline_on = g_strdup_printf ("2030-%02u-01", i % 12 + 1);
      g_assert_true (rc_store_save_bid (store, bid, &error));
      g_assert_no_error (error);
    }
  path = write_demo_report (store, "long.pdf", NULL, &n_pages);
  g_assert_cmpuint (n_pages, >, DEMO_PAGES);

  for (guint page = DEMO_PAGES; page <= n_pages; page++)
    {
      g_autofree char *text = page_text (path, page);

      if (strstr (text, "Requested") != NULL && strstr (text, "Awarded") != NULL)
        with_header++;
      titles += count (text, "of the south-west returners programme");
    }
  g_assert_cmpuint (with_header, >=, 2);
  g_assert_cmpuint (titles, ==, 60);
}

/* A consortium with nothing yet: a report that says so, not an error. */
static void
test_empty_consortium (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcConsortium) consortium = rc_consortium_new ();
  g_autoptr(RcCouncil) lead = rc_store_find_council_by_code (store, "E06000022", NULL);
  g_autoptr(RcBoardReportData) data = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (rc_test_get_tmpdir (), "empty.pdf", NULL);
  g_autofree char *text = NULL;
  guint n_pages = 0;

  consortium->name = g_strdup ("West of England partnership");
  consortium->lead_council_id = lead->id;
  g_assert_true (rc_store_save_consortium (store, consortium, &error));
  g_assert_no_error (error);

  data = rc_board_report_gather (store, consortium->id, &error);
  g_assert_no_error (error);
  g_assert_true (rc_board_report_data_write (data, path, NULL, NULL, NULL, &n_pages, &error));
  g_assert_no_error (error);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Board report: West of England partnership"));
  g_assert_nonnull (strstr (text, "0 cohorts with 0 trainees in all; 0 bids."));
  g_assert_nonnull (strstr (text, "The consortium has no bid."));
  g_assert_cmpuint (n_pages, ==, count (text, "\f"));
}

static int
cli (const char *database,
     const char *consortium,
     const char *file)
{
  const char *argv[] = { g_getenv ("RC_EXECUTABLE"), "--database", database, "--export-report", consortium,
                         file, NULL };
  g_autofree char *out = NULL;
  int status = 0;

  out = run (argv, &status);

  return g_spawn_check_wait_status (status, NULL) ? 0 : WEXITSTATUS (status);
}

/* The command: 0 and the file; 1 for what the database refuses; 2 for a
 * command written wrong; no file either way. */
static void
test_command_line (void)
{
  g_autofree char *database = demo_path ();
  g_autofree char *file = g_build_filename (rc_test_get_tmpdir (), "cli.pdf", NULL);
  g_autofree char *text_file = g_build_filename (rc_test_get_tmpdir (), "cli.txt", NULL);
  g_autofree char *text = NULL;

  g_assert_cmpint (cli (database, "1", file), ==, 0);
  g_assert_true (g_file_test (file, G_FILE_TEST_IS_REGULAR));
  text = pdf_text (file);
  g_assert_nonnull (strstr (text, "Board report: South West Step Up to Social Work"));
  g_assert_cmpint (g_unlink (file), ==, 0);

  g_assert_cmpint (cli (database, "99", file), ==, 1);
  g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));
  g_assert_cmpint (cli (database, "one", file), ==, 2);
  g_assert_cmpint (cli (database, "1", text_file), ==, 2);
  g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (text_file, G_FILE_TEST_EXISTS));
}

typedef struct
{
  double   last;
  guint    reports;
  gboolean done;
  guint    pages;
  GError  *error;
} Progress;

static void
on_progress (double   fraction,
             gpointer user_data)
{
  Progress *p = user_data;

  g_assert_cmpfloat (fraction, >=, p->last);
  p->last = fraction;
  p->reports++;
}

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Progress *p = user_data;

  p->pages = rc_board_report_write_finish (result, &p->error);
  p->done = TRUE;
}

static gboolean
is_done (gpointer user_data)
{
  return ((Progress *) user_data)->done;
}

/* In a worker, with progress up to the whole; cancelled, no file. */
static void
test_async (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autofree char *path = g_build_filename (rc_test_get_tmpdir (), "async.pdf", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Progress p = { 0 };

  rc_board_report_write_async (store, rc_export_job_new (path, first_consortium (store), on_progress, &p), NULL,
                               on_written, &p);
  g_assert_true (rc_test_wait_for (is_done, &p, 60000));
  g_assert_no_error (p.error);
  g_assert_cmpuint (p.pages, ==, DEMO_PAGES);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  /* Reports queued before the result have run; any left run now. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpfloat (p.last, ==, 1.0);
  g_assert_cmpuint (p.reports, >, DEMO_PAGES);
  g_assert_cmpint (g_unlink (path), ==, 0);

  p = (Progress) { 0 };
  g_cancellable_cancel (cancellable);
  rc_board_report_write_async (store, rc_export_job_new (path, first_consortium (store), NULL, NULL), cancellable,
                               on_written, &p);
  g_assert_true (rc_test_wait_for (is_done, &p, 60000));
  g_assert_error (p.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&p.error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/board-report/pages", test_pages);
  g_test_add_func ("/board-report/figures", test_figures);
  g_test_add_func ("/board-report/no-personal-data", test_no_personal_data);
  g_test_add_func ("/board-report/long-table", test_long_table);
  g_test_add_func ("/board-report/empty-consortium", test_empty_consortium);
  g_test_add_func ("/board-report/command-line", test_command_line);
  g_test_add_func ("/board-report/async", test_async);

  return g_test_run ();
}
