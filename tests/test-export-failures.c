/* test-export-failures.c: a disk that fills up during an export leaves
 * no partial file and a clear error
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A full disk is simulated without privileges: RLIMIT_FSIZE caps how large
 * a file this process may write, and with SIGXFSZ ignored a write past it
 * fails with EFBIG, as one on a full disk fails with ENOSPC. The limit is
 * lifted again after each export. A missing folder, a file in place of a
 * folder and a cancel are covered by test-bid-workbook and test-charts.
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "export/rc-bid-workbook.h"
#include "export/rc-cohort-export.h"
#include "export/rc-monitoring-workbook.h"
#include "export/rc-trend-chart.h"
#include "rc-test-util.h"
#include "sample/rc-demo.h"

#define OLD_CONTENTS "the export from last week\n"

typedef gboolean (*ExportFunc) (RcStore     *store,
                                const char  *path,
                                GError     **error);

static RcStore *store;
static char *dir;

static gboolean
export_workbook (RcStore     *s,
                 const char  *path,
                 GError     **error)
{
  g_autoptr(GListModel) bids = rc_store_list_bids (s, NULL);
  g_autoptr(RcBid) bid = g_list_model_get_item (bids, 0);

  return rc_bid_workbook_write (s, bid->id, path, NULL, NULL, NULL, error);
}

/* Every cohort's trainees: the largest sheet of the demo's exports. */
static gboolean
export_monitoring (RcStore     *s,
                   const char  *path,
                   GError     **error)
{
  return rc_monitoring_workbook_write (s, 0, path, NULL, NULL, NULL, error);
}

static gboolean
export_chart (RcStore     *s,
              const char  *path,
              GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *codes[] = { "E06000066", "E06000022", "E06000023" };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autoptr(RcCouncil) council = rc_store_find_council_by_code (s, codes[i], NULL);

      g_assert_nonnull (council);
      g_array_append_val (ids, council->id);
    }

  return rc_trend_chart_export (s, RC_MEASURE_VACANCY, ids, path, 1200, 800, error);
}

static gboolean
export_cohort (RcStore     *s,
               const char  *path,
               GError     **error)
{
  g_autoptr(GListModel) cohorts = rc_store_list_cohorts (s, NULL);
  g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, 0);

  return rc_cohort_export_csv (s, cohort->id, TRUE, path, error);
}

/* Runs @export as if the disk had @limit bytes left for any one file. */
static gboolean
export_with_file_limit (ExportFunc   export,
                        const char  *path,
                        rlim_t       limit,
                        GError     **error)
{
  struct rlimit saved, limited;
  struct sigaction ignore = { .sa_handler = SIG_IGN }, previous;
  gboolean ok;

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limited.rlim_cur = MIN (limit, saved.rlim_max);
  limited.rlim_max = saved.rlim_max;

  g_assert_cmpint (sigaction (SIGXFSZ, &ignore, &previous), ==, 0);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limited), ==, 0);
  ok = export (store, path, error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  g_assert_cmpint (sigaction (SIGXFSZ, &previous, NULL), ==, 0);

  return ok;
}

/* The names in @path's folder, sorted, as one string. */
static char *
list_dir (const char *path)
{
  g_autoptr(GDir) d = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, (gpointer) name);
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static void
check_full_disk (ExportFunc  export,
                 const char *file_name)
{
  g_autofree char *sub = g_build_filename (dir, file_name, NULL);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;
  goffset whole;
  rlim_t limits[3];

  /* First the size of the whole file, with room to spare. */
  g_assert_cmpint (g_mkdir_with_parents (sub, 0700), ==, 0);
  path = g_build_filename (sub, file_name, NULL);
  g_assert_true (export (store, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  whole = st.st_size;
  g_assert_cmpint (whole, >, 1024);
  g_assert_cmpint (g_unlink (path), ==, 0);

  /* No room at all, a little, and half the file. */
  limits[0] = 0;
  limits[1] = 1024;
  limits[2] = whole / 2;

  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    for (guint existing = 0; existing < 2; existing++)
      {
        g_autofree char *before = NULL;
        g_autofree char *after = NULL;
        g_autofree char *contents = NULL;
        g_autofree char *base = g_path_get_basename (path);

        g_clear_error (&error);
        /* The file may be new, or replace last week's export. */
        if (existing)
          g_assert_true (g_file_set_contents (path, OLD_CONTENTS, -1, NULL));
        before = list_dir (sub);

        g_assert_false (export_with_file_limit (export, path, limits[i], &error));
        g_test_message ("%s, %" G_GUINT64_FORMAT " of %" G_GOFFSET_FORMAT " bytes free%s: %s",
                        file_name, (guint64) limits[i], whole, existing ? ", over an old export" : "",
                        error ? error->message : "(no error)");

        /* A clear error that names the file. */
        g_assert_nonnull (error);
        g_assert_true (g_utf8_validate (error->message, -1, NULL));
        g_assert_nonnull (strstr (error->message, base));
        g_assert_cmpint (strlen (error->message), >, strlen (path) + 10);

        /* No partial file and no temporary file: the folder is as it was. */
        after = list_dir (sub);
        g_assert_cmpstr (after, ==, before);
        if (existing)
          {
            g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
            g_assert_cmpstr (contents, ==, OLD_CONTENTS);
            g_assert_cmpint (g_unlink (path), ==, 0);
          }
        else
          g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      }

  /* Room again: the export works as before. */
  g_clear_error (&error);
  g_assert_true (export (store, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 1024);
}

static void
test_workbook_full_disk (void)
{
  check_full_disk (export_workbook, "bid.xlsx");
}

static void
test_monitoring_full_disk (void)
{
  check_full_disk (export_monitoring, "monitoring.xlsx");
}

static void
test_chart_png_full_disk (void)
{
  check_full_disk (export_chart, "vacancy.png");
}

static void
test_chart_svg_full_disk (void)
{
  check_full_disk (export_chart, "vacancy.svg");
}

static void
test_chart_pdf_full_disk (void)
{
  check_full_disk (export_chart, "vacancy.pdf");
}

static void
test_cohort_csv_full_disk (void)
{
  check_full_disk (export_cohort, "cohort-NAMED.csv");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *db = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  rc_test_init_environment (&argc, &argv);

  dir = g_build_filename (rc_test_get_tmpdir (), "exports", NULL);
  db = g_build_filename (rc_test_get_tmpdir (), "demo.db", NULL);
  g_assert_true (rc_demo_write (db, &error));
  g_assert_no_error (error);
  store = rc_store_open (db, &error);
  g_assert_no_error (error);

  g_test_add_func ("/export-failures/workbook/full-disk", test_workbook_full_disk);
  g_test_add_func ("/export-failures/monitoring/full-disk", test_monitoring_full_disk);
  g_test_add_func ("/export-failures/chart/png/full-disk", test_chart_png_full_disk);
  g_test_add_func ("/export-failures/chart/svg/full-disk", test_chart_svg_full_disk);
  g_test_add_func ("/export-failures/chart/pdf/full-disk", test_chart_pdf_full_disk);
  g_test_add_func ("/export-failures/cohort-csv/full-disk", test_cohort_csv_full_disk);

  status = g_test_run ();

  g_clear_object (&store);
  g_free (dir);

  return status;
}
