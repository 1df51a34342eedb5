/* test-board-report-dialog.c: "Board Report…" in the window, as a
 * coordinator uses it
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "store/rc-store.h"
#include "views/rc-board-report-dialog.h"
#include "views/rc-window.h"

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

static RcBoardReportDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (RC_IS_BOARD_REPORT_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return RC_BOARD_REPORT_DIALOG (window);
    }

  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_dialog () != NULL;
}

static gboolean
dialog_gone (gpointer data)
{
  return find_dialog () == NULL;
}

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

/* Does the menu model, or a section or submenu of it, hold an item of
 * @label and @action? */
static gboolean
menu_has_item (GMenuModel *menu,
               const char *label,
               const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *item_label = NULL;
      g_autofree char *item_action = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (menu, i);
      GMenuModel *linked;

      g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &item_label);
      g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &item_action);
      if (g_strcmp0 (item_label, label) == 0 && g_strcmp0 (item_action, action) == 0)
        return TRUE;
      while (g_menu_link_iter_get_next (links, NULL, &linked))
        {
          gboolean found = menu_has_item (linked, label, action);

          g_object_unref (linked);
          if (found)
            return TRUE;
        }
    }

  return FALSE;
}

/* The window's main menu and the Councils page's menu offer it, enabled
 * once a database is open. */
static void
test_menus (void)
{
  g_autoptr(RcStore) store = open_demo ();
  RcWindow *window = rc_window_new (NULL);
  GtkWidget *content;
  gboolean primary = FALSE, councils = FALSE;
  GtkWidget *child;
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  gtk_window_present (GTK_WINDOW (window));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.board-report", NULL)
                  && find_dialog () != NULL);
  rc_window_set_store (window, store, FALSE);
  rc_test_wait_for_frame (window);

  /* Every menu button of the window, depth first. */
  content = GTK_WIDGET (window);
  g_ptr_array_add (stack, content);
  while (stack->len > 0)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

      if (GTK_IS_MENU_BUTTON (w) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (w)) != NULL)
        {
          GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (w));

          primary |= menu_has_item (menu, "_Board Report…", "win.board-report");
          councils |= menu_has_item (menu, "Consortium _Board Report…", "win.board-report");
        }
      for (child = gtk_widget_get_first_child (w); child != NULL; child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (stack, child);
    }
  g_assert_true (primary);
  g_assert_true (councils);

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* Board Report…, Save As…, a file: the dialog shows its progress, closes
 * when the PDF is whole, and the window says where it went. */
static void
test_save (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autofree char *dir = g_build_filename (rc_test_get_tmpdir (), "saved", NULL);
  g_autofree char *path = g_build_filename (dir, "board.pdf", NULL);
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  RcWindow *window = rc_window_new (NULL);
  RcBoardReportDialog *dialog;
  GtkFileChooser *chooser;
  AdwComboRow *row;
  gsize length;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  rc_window_set_store (window, store, FALSE);
  gtk_window_present (GTK_WINDOW (window));
  rc_test_wait_for_frame (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.board-report", NULL));
  g_assert_true (rc_test_wait_for (dialog_shown, NULL, 5000));
  dialog = find_dialog ();
  row = ADW_COMBO_ROW (rc_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW));
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (row)), ==,
                   "South West Step Up to Social Work Partnership");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "report.save", NULL));
  chooser = rc_test_wait_for_file_chooser ();
  g_assert_nonnull (chooser);
  name = gtk_file_chooser_get_current_name (chooser);
  g_assert_true (g_str_has_prefix (name, "Board report, South West Step Up to Social Work Partnership, "));
  g_assert_true (g_str_has_suffix (name, ".pdf"));
  g_assert_true (rc_test_answer_file_chooser (chooser, dir, "board.pdf"));

  g_assert_true (rc_test_wait_for (dialog_gone, NULL, 60000));
  g_assert_true (file_exists (path));
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

typedef struct
{
  GtkWidget  *page;
  const char *name;
} DropDownItem;

/* Chooses @name in whichever drop-down of the page offers it. */
static gboolean
choose_in_dropdown (gpointer data)
{
  DropDownItem *item = data;
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, item->page);
  while (stack->len > 0)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

      if (GTK_IS_DROP_DOWN (w) && gtk_drop_down_get_model (GTK_DROP_DOWN (w)) != NULL)
        {
          GListModel *model = gtk_drop_down_get_model (GTK_DROP_DOWN (w));

          for (guint i = 0; i < g_list_model_get_n_items (model); i++)
            {
              g_autoptr(GObject) label = g_list_model_get_item (model, i);

              if (GTK_IS_STRING_OBJECT (label)
                  && g_strcmp0 (gtk_string_object_get_string (GTK_STRING_OBJECT (label)), item->name) == 0)
                {
                  gtk_drop_down_set_selected (GTK_DROP_DOWN (w), i);
                  return TRUE;
                }
            }
        }
      for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
        g_ptr_array_add (stack, c);
    }

  return FALSE;
}

/* From the Councils page filtered by a consortium, the report is of that
 * consortium. */
static void
test_chosen_consortium (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcConsortium) consortium = rc_consortium_new ();
  g_autoptr(RcCouncil) lead = rc_store_find_council_by_code (store, "E06000022", NULL);
  g_autoptr(GError) error = NULL;
  RcWindow *window = rc_window_new (NULL);
  DropDownItem item = { NULL, "West of England partnership" };
  RcBoardReportDialog *dialog;
  AdwComboRow *row;

  consortium->name = g_strdup (item.name);
  consortium->lead_council_id = lead->id;
  g_assert_true (rc_store_save_consortium (store, consortium, &error));
  g_assert_no_error (error);

  rc_window_set_store (window, store, FALSE);
  gtk_window_present (GTK_WINDOW (window));
  rc_window_show_page (window, "councils");
  item.page = rc_window_get_page (window, "councils");
  g_assert_nonnull (item.page);
  g_assert_true (rc_test_wait_for (choose_in_dropdown, &item, 10000));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.board-report", NULL));
  g_assert_true (rc_test_wait_for (dialog_shown, NULL, 5000));
  dialog = find_dialog ();
  row = ADW_COMBO_ROW (rc_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW));
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (row)), ==, item.name);
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* Cancel while writing: nothing is written, the dialog says so and stays;
 * Escape then closes it. */
static void
test_cancel (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autofree char *path = g_build_filename (rc_test_get_tmpdir (), "cancelled.pdf", NULL);
  RcWindow *window = rc_window_new (NULL);
  RcBoardReportDialog *dialog;
  GtkLabel *message;

  rc_window_set_store (window, store, FALSE);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.board-report", NULL));
  g_assert_true (rc_test_wait_for (dialog_shown, NULL, 5000));
  dialog = find_dialog ();

  rc_board_report_dialog_write (dialog, path);
  g_assert_true (rc_board_report_dialog_is_writing (dialog));
  g_assert_false (gtk_widget_is_sensitive (rc_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "report.cancel", NULL));
  while (rc_board_report_dialog_is_writing (dialog))
    g_main_context_iteration (NULL, TRUE);
  message = rc_test_child (dialog, RC_TYPE_BOARD_REPORT_DIALOG, "message_label");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_cmpstr (gtk_label_get_text (message), ==, "Cancelled: no file was written.");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_nonnull (find_dialog ());

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "report.cancel", NULL));
  g_assert_true (rc_test_wait_for (dialog_gone, NULL, 5000));

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_gtk (&argc, &argv);

  g_test_add_func ("/board-report-dialog/menus", test_menus);
  g_test_add_func ("/board-report-dialog/save", test_save);
  g_test_add_func ("/board-report-dialog/chosen-consortium", test_chosen_consortium);
  g_test_add_func ("/board-report-dialog/cancel", test_cancel);

  return g_test_run ();
}
