/* test-workbook-locale.c: the bid workbook written from the window under a
 * language that writes 279,3 still holds the number 279.3
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK sets the locale from the environment when it starts, as it does for
 * the app, so a German coordinator's window runs with LC_NUMERIC de_DE.
 * The machine may have no such locale (CI's Debian has only C.UTF-8):
 * then one is made with localedef into the test's folder and found
 * through LOCPATH. The test never skips.
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "export/rc-bid-workbook.h"
#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "views/rc-bid-editor.h"
#include "views/rc-bids-page.h"
#include "views/rc-export-bar.h"

#define EXPANSION_TITLE "Step Up to Social Work: expansion across the south west"

static char *demo_path;

static gboolean
has_decimal_comma (const char *name)
{
  gboolean comma;

  if (setlocale (LC_NUMERIC, name) == NULL)
    return FALSE;
  comma = g_str_equal (localeconv ()->decimal_point, ",");
  setlocale (LC_NUMERIC, "C");

  return comma;
}

/* A UTF-8 locale that writes a decimal comma: the system's, or one made
 * here with localedef from Debian's "locales" package. */
static const char *
find_comma_locale (const char *tmpdir)
{
  static const char *installed[] = { "de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "fr_FR.utf8" };
  g_autofree char *dir = g_build_filename (tmpdir, "locales", NULL);
  g_autofree char *out = g_build_filename (dir, "de_DE.UTF-8", NULL);
  g_autofree char *errors = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "localedef", "-i", "de_DE", "-f", "UTF-8", out, NULL };
  int status = 0;

  for (guint i = 0; i < G_N_ELEMENTS (installed); i++)
    if (has_decimal_comma (installed[i]))
      return installed[i];

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, &errors, &status, &error))
    g_error ("localedef could not be run (%s): install Debian's libc-bin and locales", error->message);
  /* localedef answers 1 for warnings too: what counts is the locale. */
  g_setenv ("LOCPATH", dir, TRUE);
  if (!has_decimal_comma ("de_DE.UTF-8"))
    g_error ("no de_DE.UTF-8 locale could be made with localedef (status %d): %s; "
             "Debian's \"locales\" package has its sources", status, errors);
  g_test_message ("made de_DE.UTF-8 with localedef in %s", dir);

  return "de_DE.UTF-8";
}

static gboolean
is_drawn (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

static gboolean
export_done (gpointer editor)
{
  return !rc_export_bar_is_running (rc_test_child (editor, RC_TYPE_BID_EDITOR, "export_bar"));
}

static char *
unzip_member (const char *xlsx,
              const char *member)
{
  const char *argv[] = { "unzip", "-p", xlsx, member, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

/* Every value element (<v> in sheets, <c:v> in charts) of @xml that holds
 * a number: none may have a comma. */
static guint
count_numbers (const char *xml,
               const char *open,
               const char *close,
               guint      *with_comma)
{
  guint n = 0;

  for (const char *p = strstr (xml, open); p != NULL; p = strstr (p + 1, open))
    {
      const char *start = p + strlen (open);
      const char *end = strstr (start, close);
      g_autofree char *value = NULL;

      g_assert_nonnull (end);
      value = g_strndup (start, end - start);
      if (value[0] != '\0' && (g_ascii_isdigit (value[0]) || value[0] == '-'))
        {
          n++;
          *with_comma += strchr (value, ',') != NULL;
        }
    }

  return n;
}

static void
test_window_export (void)
{
  g_autofree char *db = g_build_filename (rc_test_get_tmpdir (), "bids.db", NULL);
  g_autofree char *dir = g_build_filename (rc_test_get_tmpdir (), "exports", NULL);
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *partners = NULL;
  g_autofree char *chart = NULL;
  g_autoptr(GFile) source = g_file_new_for_path (demo_path);
  g_autoptr(GFile) copy = g_file_new_for_path (db);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) bids = NULL;
  RcStore *store;
  GtkWindow *window;
  RcBidsPage *page;
  RcBidEditor *editor;
  GtkFileChooser *chooser;
  gint64 bid_id = 0;
  guint with_comma = 0;
  guint n;
  char printed[32];

  /* The window's locale, as GTK set it, writes a comma. */
  g_snprintf (printed, sizeof printed, "%.16G", 279.3);
  g_assert_cmpstr (printed, ==, "279,3");

  g_assert_true (g_file_copy (source, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  store = rc_store_open (db, &error);
  g_assert_no_error (error);
  bids = rc_store_list_bids (store, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (bids); i++)
    {
      g_autoptr(RcBid) bid = g_list_model_get_item (bids, i);

      if (g_str_equal (bid->title, EXPANSION_TITLE))
        bid_id = bid->id;
    }
  g_assert_cmpint (bid_id, >, 0);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1280, 800);
  page = RC_BIDS_PAGE (rc_bids_page_new ());
  rc_list_page_set_store (RC_LIST_PAGE (page), store);
  gtk_window_set_child (window, GTK_WIDGET (page));
  gtk_window_present (window);
  g_assert_true (rc_test_wait_for (is_drawn, page, 5000));
  rc_bids_page_select_bid (page, bid_id);
  rc_test_flush (50);
  editor = rc_bids_page_get_editor (page);
  g_assert_cmpint (rc_bid_editor_get_bid_id (editor), ==, bid_id);

  /* Export…, as a click does: the dialog offers a name Windows takes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "bid.export", NULL));
  chooser = rc_test_wait_for_file_chooser ();
  g_assert_nonnull (chooser);
  name = gtk_file_chooser_get_current_name (chooser);
  g_assert_cmpstr (name, ==, "Step Up to Social Work - expansion across the south west.xlsx");
  g_assert_true (rc_test_answer_file_chooser (chooser, dir, NULL));
  g_assert_true (rc_test_wait_for (export_done, editor, 30000));
  path = g_build_filename (dir, name, NULL);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* The lead in 2016, Somerset County Council, and its last return's
   * 292.74 FTE in post, as a number a spreadsheet reads. */
  partners = unzip_member (path, "xl/worksheets/sheet3.xml");
  g_assert_nonnull (strstr (partners, "<v>292.74</v>"));
  g_assert_null (strstr (partners, "<v>292,74</v>"));
  n = count_numbers (partners, "<v>", "</v>", &with_comma);
  g_assert_cmpuint (n, >, 10);
  chart = unzip_member (path, "xl/charts/chart1.xml");
  n += count_numbers (chart, "<c:v>", "</c:v>", &with_comma);
  g_test_message ("%u numbers in the Partners sheet and first chart, %u with a comma", n, with_comma);
  g_assert_cmpuint (with_comma, ==, 0);

  /* And the window's own locale is as it was. */
  g_snprintf (printed, sizeof printed, "%.1f", 279.3);
  g_assert_cmpstr (printed, ==, "279,3");

  g_object_ref (window);
  gtk_window_destroy (window);
  g_assert_finalize_object (window);
  g_assert_finalize_object (store);
}

int
main (int   argc,
      char *argv[])
{
  const char *tmpdir = rc_test_init_environment (&argc, &argv);
  const char *comma = find_comma_locale (tmpdir);
  g_autoptr(GError) error = NULL;
  int status;

  /* What a German desktop session gives the app; GTK reads it. */
  g_setenv ("LC_ALL", comma, TRUE);
  gtk_init ();
  adw_init ();
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    RESOURCE_PATH "/icons");
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");

  demo_path = g_build_filename (tmpdir, "demo.db", NULL);
  g_assert_true (rc_demo_write (demo_path, &error));
  g_assert_no_error (error);

  g_test_add_func ("/workbook-locale/window-export", test_window_export);

  status = g_test_run ();
  g_free (demo_path);

  return status;
}
