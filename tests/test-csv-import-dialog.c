/* test-csv-import-dialog.c: the preview of a DfE workforce CSV import
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "import/rc-workforce-import.h"
#include "rc-test-util.h"
#include "views/rc-csv-import-dialog.h"
#include "views/rc-window.h"

/* The columns of the published file, in its order (25 of them). */
#define HEADER \
  "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name," \
  "old_la_code,new_la_code,la_name,inpost_fte,inpost_headcount,starters_fte,leavers_fte,agency_fte," \
  "agency_rate_fte,vacancy_fte,vacancy_rate_fte,turnover_rate_fte,case_holders_fte,cases,caseload_fte," \
  "working_days_lost_fte,absence_rate_fte,agency_cover_rate_fte\n"

#define ENGLAND "Reporting year,National,E92000001,England,,,,,,"
#define SOUTH_WEST "Reporting year,Regional,E92000001,England,E12000009,South West,,,,"
#define SW_LA "Reporting year,Local authority,E92000001,England,E12000009,South West,"
#define EM_LA "Reporting year,Local authority,E92000001,England,E12000004,East Midlands,"

#define ENGLAND_2025 \
  "2025," ENGLAND "\"33,885.4\",36520,\"5,980\",\"5,070.5\",\"6,210\",15.5,\"7,145\",17.4,15," \
  "\"26,700\",\"447,000\",16.7,\"254,000\",3.1,z\n"
#define SOUTH_WEST_2025 \
  "2025," SOUTH_WEST "\"3,012.5\",3300,480,455,390,11.5,560,15.7,15.1,2400,\"39,800\",16.6,\"24,900\",3.3,z\n"
#define SOMERSET_2022 \
  "2022," SW_LA "933,E10000027,Somerset,301.2,330,45,51.5,40.3,11.8,52,14.7,17.1,240,4020,16.8,2380,3.5,z\n"
#define SOMERSET_2023 \
  "2023," SW_LA "933,E06000066,Somerset,279.3,305,41,44.2,35.1,11.2,49,14.9,15.8,231,4100,17.7,2210,3.4,z\n"
#define NORTHAMPTONSHIRE_2025 \
  "2025," EM_LA "940 / 941,E06000061 / E06000062,North Northamptonshire / West Northamptonshire," \
  "620,650,90,85,70,10,95,13,14,480,8100,16.9,4100,3.2,z\n"

static RcStore *
open_store (void)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/import-dialog-%u.db",
                                           rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;
  RcStore *store = rc_store_open (path, &error);

  g_assert_no_error (error);

  return store;
}

static GFile *
write_csv (const char *name,
           const char *text)
{
  g_autofree char *path = g_build_filename (rc_test_get_tmpdir (), name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

/* A council's own return for @year (not a predecessor's), or NULL. */
static RcWorkforceReturn *
find_return (RcStore    *store,
             const char *code,
             gint64      year)
{
  g_autoptr(RcCouncil) council = rc_store_find_council_by_code (store, code, NULL);
  g_autoptr(GListModel) returns = NULL;

  g_assert_nonnull (council);
  returns = rc_store_list_council_returns (store, council->id, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (returns); i++)
    {
      g_autoptr(RcWorkforceReturn) ret = g_list_model_get_item (returns, i);

      if (ret->council_id == council->id && ret->year == year)
        return g_steal_pointer (&ret);
    }

  return NULL;
}

/* Every return in the database, of every scope. */
static guint
count_returns (RcStore *store)
{
  g_autoptr(GListModel) councils = rc_store_list_councils (store, NULL);
  g_autoptr(GListModel) national =
    rc_store_list_benchmark_returns (store, RC_WORKFORCE_SCOPE_NATIONAL, 0, NULL);
  g_autoptr(GListModel) regional =
    rc_store_list_benchmark_returns (store, RC_WORKFORCE_SCOPE_REGION, 0, NULL);
  guint n = g_list_model_get_n_items (national) + g_list_model_get_n_items (regional);

  for (guint i = 0; i < g_list_model_get_n_items (councils); i++)
    {
      g_autoptr(RcCouncil) c = g_list_model_get_item (councils, i);
      g_autoptr(GListModel) returns = rc_store_list_council_returns (store, c->id, NULL);

      for (guint j = 0; j < g_list_model_get_n_items (returns); j++)
        {
          g_autoptr(RcWorkforceReturn) ret = g_list_model_get_item (returns, j);
          n += ret->council_id == c->id;
        }
    }

  return n;
}

static gboolean
dialog_is_ready (gpointer data)
{
  return rc_csv_import_dialog_is_ready (data);
}

static RcCsvImportDialog *
new_dialog (GtkWindow *parent,
            RcStore   *store,
            GFile     *file)
{
  g_autoptr(RcWorkforceImport) plan = rc_workforce_import_new (store);

  return RC_CSV_IMPORT_DIALOG (rc_csv_import_dialog_new (parent, RC_IMPORT_PLAN (plan), file));
}

static RcCsvImportDialog *
show_dialog (GtkWindow *parent,
             RcStore   *store,
             GFile     *file)
{
  RcCsvImportDialog *dialog = new_dialog (parent, store, file);

  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (rc_test_wait_for (dialog_is_ready, dialog, 5000));
  rc_test_wait_for_frame (dialog);

  return dialog;
}

static void
close_dialog (RcCsvImportDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

static gboolean
is_toplevel (GtkWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* not owned */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (toplevel == window)
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_closed (gpointer window)
{
  return !is_toplevel (window);
}

/* Import, which saves in a worker: the dialog closes once it is done. */
static void
import_and_close (RcCsvImportDialog *dialog)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL));
  g_assert_true (rc_test_wait_for (is_closed, dialog, 10000));
  g_assert_finalize_object (dialog);
}

static gboolean
has_label (GtkWidget  *root,
           const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return TRUE;
      if (has_label (child, text))
        return TRUE;
    }

  return FALSE;
}

static const char *
visible_section (RcCsvImportDialog *dialog)
{
  GtkWidget *stack = rc_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_VIEW_STACK);

  g_assert_nonnull (stack);

  return adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (stack));
}

static void
test_import_dialog_imports (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(GFile) earlier = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(RcWorkforceReturn) somerset = NULL;
  g_autoptr(RcWorkforceReturn) somerset_county = NULL;
  RcCsvImportDialog *earlier_dialog;
  RcCsvImportDialog *dialog;
  RcWindow *window;

  /* Somerset's 2023 return is in the database already, with older figures. */
  earlier = write_csv ("earlier.csv",
                       HEADER "2023," SW_LA "933,E06000066,Somerset,270,305,41,44.2,35.1,11.2,55,14.9,15.8,"
                       "231,4100,17.7,2210,3.4,z\n");
  earlier_dialog = show_dialog (NULL, store, earlier);
  g_assert_true (rc_csv_import_dialog_can_import (earlier_dialog));
  import_and_close (earlier_dialog);
  g_assert_cmpuint (count_returns (store), ==, 1);

  window = rc_window_new (NULL);
  rc_window_set_store (window, store, FALSE);
  gtk_window_present (GTK_WINDOW (window));

  file = write_csv ("csww_indicators_2022_to_2025.csv",
                    HEADER ENGLAND_2025 SOUTH_WEST_2025 SOMERSET_2022 SOMERSET_2023
                    NORTHAMPTONSHIRE_2025);
  dialog = show_dialog (GTK_WINDOW (window), store, file);

  g_assert_true (rc_csv_import_dialog_can_import (dialog));
  g_assert_cmpuint (rc_csv_import_dialog_get_n_shown (dialog, RC_IMPORT_ROW_ADD), ==, 3);
  g_assert_cmpuint (rc_csv_import_dialog_get_n_shown (dialog, RC_IMPORT_ROW_UPDATE), ==, 1);
  g_assert_cmpuint (rc_csv_import_dialog_get_n_shown (dialog, RC_IMPORT_ROW_SKIPPED), ==, 1);
  g_assert_cmpuint (rc_csv_import_dialog_get_n_shown (dialog, RC_IMPORT_ROW_MALFORMED), ==, 0);
  g_assert_cmpstr (rc_csv_import_dialog_get_message (dialog), ==,
                   "Added 3, updated 1, skipped 1 (joint returns: 1)");
  g_assert_cmpstr (visible_section (dialog), ==, "add");
  g_assert_true (has_label (GTK_WIDGET (dialog), "csww_indicators_2022_to_2025.csv"));
  g_assert_true (has_label (GTK_WIDGET (dialog), "England · 2025"));
  /* Nothing is saved by looking. */
  g_assert_cmpuint (count_returns (store), ==, 1);

  import_and_close (dialog);

  g_assert_cmpuint (count_returns (store), ==, 4);
  somerset = find_return (store, "E06000066", 2023);
  g_assert_nonnull (somerset);
  g_assert_cmpint (somerset->in_post_fte100.value, ==, 27930);
  g_assert_cmpint (somerset->vacancies_fte100.value, ==, 4900);
  somerset_county = find_return (store, "E10000027", 2022);
  g_assert_nonnull (somerset_county);
  g_assert_cmpint (somerset_county->in_post_fte100.value, ==, 30120);

  rc_test_wait_for_frame (window);
  g_assert_true (has_label (GTK_WIDGET (window), "Imported 3 returns and updated 1"));

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_import_dialog_refuses_malformed (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(GFile) good = write_csv ("good.csv", HEADER ENGLAND_2025);
  g_autoptr(GFile) bad = NULL;
  g_autoptr(RcWorkforceReturn) somerset = NULL;
  RcCsvImportDialog *dialog;
  const char *message;
  guint before;

  dialog = show_dialog (NULL, store, good);
  import_and_close (dialog);
  before = count_returns (store);
  g_assert_cmpuint (before, ==, 1);

  /* Line 4 has text in a number column. */
  bad = write_csv ("bad.csv",
                   HEADER ENGLAND_2025 SOUTH_WEST_2025
                   "2022," SW_LA "933,E10000027,Somerset,301.2,330,forty-five,51.5,40.3,11.8,52,14.7,17.1,"
                   "240,4020,16.8,2380,3.5,z\n"
                   SOMERSET_2023);
  dialog = show_dialog (NULL, store, bad);

  message = rc_csv_import_dialog_get_message (dialog);
  g_assert_nonnull (strstr (message, "This file cannot be imported: 1 line has problems. "
                                     "Nothing has been changed."));
  g_assert_nonnull (strstr (message, "Line 4: starters_fte: “forty-five” is not a number"));
  g_assert_false (rc_csv_import_dialog_can_import (dialog));
  g_assert_cmpuint (rc_csv_import_dialog_get_n_shown (dialog, RC_IMPORT_ROW_MALFORMED), ==, 1);
  g_assert_cmpuint (rc_csv_import_dialog_get_n_shown (dialog, RC_IMPORT_ROW_ADD), ==, 2);
  g_assert_cmpuint (rc_csv_import_dialog_get_n_shown (dialog, RC_IMPORT_ROW_UPDATE), ==, 1);
  g_assert_cmpstr (visible_section (dialog), ==, "problems");
  g_assert_true (has_label (GTK_WIDGET (dialog), "Line 4"));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL);
  rc_test_wait_for_frame (dialog);
  g_assert_true (is_toplevel (GTK_WINDOW (dialog)));
  g_assert_cmpuint (count_returns (store), ==, before);
  somerset = find_return (store, "E06000066", 2023);
  g_assert_null (somerset);

  close_dialog (dialog);
}

/* The longest text of any label shown under @root, in characters. */
static glong
longest_label (GtkWidget *root)
{
  glong longest = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      /* Once each: MAX() would walk a subtree twice, at every level. */
      glong below = longest_label (child);

      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child))
        longest = MAX (longest, g_utf8_strlen (gtk_label_get_text (GTK_LABEL (child)), -1));
      longest = MAX (longest, below);
    }

  return longest;
}

/* A cell of 20,000 characters, as a broken export or a pasted document
 * leaves: what the dialog shows stays a few lines. */
static void
test_import_dialog_huge_cell (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autofree char *huge = g_strnfill (20000, '7');
  g_autofree char *name = g_strnfill (20000, 'A');
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  GtkWidget *stack;
  RcCsvImportDialog *dialog;
  const char *message;

  /* Line 2: a number that is not one; line 3: an unknown council whose
   * name fills a screen. */
  contents = g_strconcat (HEADER,
                          "2025," SW_LA "933,E06000066,Somerset,", huge, ",305,41,44.2,35.1,11.2,49,14.9,15.8,231,"
                          "4100,17.7,2210,3.4,z\n",
                          "2025," SW_LA "999,E06000999,", name, ",100,110,10,10,5,5,10,9,10,80,1300,16.3,600,2.9,z\n",
                          NULL);
  file = write_csv ("huge.csv", contents);
  dialog = show_dialog (NULL, store, file);

  message = rc_csv_import_dialog_get_message (dialog);
  g_test_message ("%ld characters: %s", g_utf8_strlen (message, -1), message);
  g_assert_nonnull (strstr (message, "Line 2: inpost_fte: “777"));
  g_assert_cmpint (g_utf8_strlen (message, -1), <, 300);
  g_assert_false (rc_csv_import_dialog_can_import (dialog));
  g_assert_cmpint (longest_label (GTK_WIDGET (dialog)), <, 300);

  stack = rc_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_VIEW_STACK);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "skipped");
  rc_test_flush (100);
  g_assert_cmpuint (rc_csv_import_dialog_get_n_shown (dialog, RC_IMPORT_ROW_SKIPPED), ==, 1);
  g_assert_cmpint (longest_label (GTK_WIDGET (dialog)), <, 300);

  close_dialog (dialog);
}

static void
test_import_dialog_missing_columns (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(GFile) file = write_csv ("not-the-dfe-file.csv",
                                     "year,geographic_level,new_la_code,inpost_fte\n2025,National,,1\n");
  RcCsvImportDialog *dialog = show_dialog (NULL, store, file);
  const char *message = rc_csv_import_dialog_get_message (dialog);
  GtkWidget *status = rc_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_STATUS_PAGE);

  g_assert_nonnull (strstr (message, "not-the-dfe-file.csv"));
  g_assert_nonnull (strstr (message, "it has no column time_period"));
  g_assert_false (rc_csv_import_dialog_can_import (dialog));
  g_assert_true (gtk_widget_get_mapped (status));
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (status)), ==, message);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL);
  g_assert_cmpuint (count_returns (store), ==, 0);

  close_dialog (dialog);
}

static void
test_import_dialog_missing_file (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autofree char *path = g_build_filename (rc_test_get_tmpdir (), "moved-away.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  RcCsvImportDialog *dialog = show_dialog (NULL, store, file);

  g_assert_nonnull (strstr (rc_csv_import_dialog_get_message (dialog), "“moved-away.csv”"));
  g_assert_false (rc_csv_import_dialog_can_import (dialog));
  g_assert_cmpuint (rc_csv_import_dialog_get_n_shown (dialog, RC_IMPORT_ROW_ADD), ==, 0);

  close_dialog (dialog);
}

/* Closing while the file is read cancels the read, and the late answer
 * does not reach the dialog. */
static void
test_import_dialog_closed_while_loading (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(GFile) file = write_csv ("closed.csv", HEADER ENGLAND_2025);
  RcCsvImportDialog *dialog = new_dialog (NULL, store, file);

  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_false (rc_csv_import_dialog_is_ready (dialog));
  g_assert_false (rc_csv_import_dialog_can_import (dialog));
  g_assert_null (rc_csv_import_dialog_get_message (dialog));
  close_dialog (dialog);

  /* Nothing may arrive after the dialog is gone: a while for it to. */
  rc_test_flush (200);
  g_assert_cmpuint (count_returns (store), ==, 0);
}

/* The whole national file lists every row without a widget for each. */
static void
test_import_dialog_national_file (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(GListModel) councils = rc_store_list_councils (store, NULL);
  g_autoptr(GString) text = g_string_new (HEADER);
  g_autoptr(GFile) file = NULL;
  RcCsvImportDialog *dialog;
  GtkWidget *view;
  guint n_rows = 0;
  guint n_widgets = 0;

  for (int year = 2017; year <= 2025; year++)
    for (guint i = 0; i < g_list_model_get_n_items (councils); i++)
      {
        g_autoptr(RcCouncil) c = g_list_model_get_item (councils, i);
        g_autofree char *census_day = g_strdup_printf ("%d-09-30", year);

        if ((c->active_from_on != NULL && strcmp (c->active_from_on, census_day) > 0)
            || (c->active_to_on != NULL && strcmp (c->active_to_on, census_day) < 0)
            || strchr (c->name, ',') != NULL)
          continue;
        g_string_append_printf (text, "%d," SW_LA "%" G_GINT64_FORMAT ",%s,%s,%u.5,330,45,c,40.3,11.8,low,"
                                "14.7,17.1,240,4000,16.8,2380,3.5,z\n",
                                year, c->la_number, c->gss_code, c->name, 100 + i);
        n_rows++;
      }
  g_assert_cmpuint (n_rows, >=, 1000);
  file = write_csv ("national.csv", text->str);

  dialog = show_dialog (NULL, store, file);
  g_assert_true (rc_csv_import_dialog_can_import (dialog));
  g_assert_cmpuint (rc_csv_import_dialog_get_n_shown (dialog, RC_IMPORT_ROW_ADD), ==, n_rows);

  view = rc_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LIST_VIEW);
  g_assert_true (gtk_widget_get_mapped (view));
  for (GtkWidget *child = gtk_widget_get_first_child (view);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_widgets++;
  g_assert_cmpuint (n_widgets, >, 0);
  g_assert_cmpuint (n_widgets, <, n_rows / 4);

  close_dialog (dialog);
}

static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return child;
      if ((found = find_label (child, text)) != NULL)
        return found;
    }

  return NULL;
}

static double
top_of (GtkWidget *widget,
        GtkWidget *root)
{
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (widget, root, &GRAPHENE_POINT_INIT (0, 0), &point));

  return point.y;
}

typedef struct { GtkWidget *upper, *lower, *root; } Order;

static gboolean
laid_out_above (gpointer data)
{
  Order *order = data;

  return top_of (order->upper, order->root) < top_of (order->lower, order->root);
}

/* Stored figures that the file marks as not available are cleared, and
 * the preview says so at the top, naming whose; blank cells keep theirs. */
static void
test_import_dialog_says_what_it_clears (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(GFile) earlier = write_csv ("stored.csv", HEADER ENGLAND_2025 SOMERSET_2023);
  g_autoptr(GFile) file = NULL;
  g_autoptr(RcWorkforceReturn) somerset = NULL;
  RcCsvImportDialog *dialog;
  GtkWidget *warning, *summary;
  const char *cleared =
    "Importing clears 2 stored figures that the file marks as not available (x, c, z, u or low): "
    "Somerset 2023 (agency workers, vacancies).";

  dialog = show_dialog (NULL, store, earlier);
  /* Nothing stored yet: nothing to warn of. */
  g_assert_null (find_label (GTK_WIDGET (dialog), cleared));
  import_and_close (dialog);

  file = write_csv ("marked.csv",
                    HEADER "2023," SW_LA "933,E06000066,Somerset,279.3,305,,44.2,x,11.2,low,14.9,15.8,"
                    "231,4100,17.7,2210,3.4,z\n");
  dialog = show_dialog (NULL, store, file);
  g_assert_cmpstr (rc_csv_import_dialog_get_message (dialog), ==,
                   "Added 0, updated 1, skipped 0; 1 figure rounded to zero (“low”) kept as missing");
  warning = find_label (GTK_WIDGET (dialog), cleared);
  g_assert_nonnull (warning);
  g_assert_true (gtk_widget_is_visible (warning));
  summary = find_label (GTK_WIDGET (dialog), rc_csv_import_dialog_get_message (dialog));
  g_assert_true (rc_test_wait_for (laid_out_above, &(Order) { warning, summary, GTK_WIDGET (dialog) }, 5000));
  g_assert_true (has_label (GTK_WIDGET (dialog),
                            "Nothing has been saved yet: check the lists, then choose Import. "
                            "A blank cell keeps the figure stored; a figure the file marks as "
                            "not available (x, c, z, u or low) is cleared."));
  g_assert_true (has_label (GTK_WIDGET (dialog),
                            "FTE in post 279.3 → 279.3, vacancies 49 → —. Clears the stored agency "
                            "workers, vacancies: the file marks them as not available"));

  import_and_close (dialog);
  somerset = find_return (store, "E06000066", 2023);
  g_assert_cmpint (somerset->starters_fte100.value, ==, 4100);  /* blank: kept */
  g_assert_false (somerset->agency_fte100.present);
  g_assert_false (somerset->vacancies_fte100.present);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_gtk (&argc, &argv);

  g_test_add_func ("/csv-import-dialog/imports", test_import_dialog_imports);
  g_test_add_func ("/csv-import-dialog/refuses-malformed", test_import_dialog_refuses_malformed);
  g_test_add_func ("/csv-import-dialog/missing-columns", test_import_dialog_missing_columns);
  g_test_add_func ("/csv-import-dialog/huge-cell", test_import_dialog_huge_cell);
  g_test_add_func ("/csv-import-dialog/missing-file", test_import_dialog_missing_file);
  g_test_add_func ("/csv-import-dialog/closed-while-loading", test_import_dialog_closed_while_loading);
  g_test_add_func ("/csv-import-dialog/national-file", test_import_dialog_national_file);
  g_test_add_func ("/csv-import-dialog/says-what-it-clears", test_import_dialog_says_what_it_clears);

  return g_test_run ();
}
