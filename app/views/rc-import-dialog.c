/* rc-import-dialog.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rc-import-dialog.h"
#include "rc-preview-row.h"
#include "rc-window.h"
#include "rc-unsaved.h"
#include "rc-file-chooser.h"
#include "rc-write-actions.h"

static RcPreviewRow *
preview_item_new (const RcImportRow *row)
{
  const char *area = row->area_name;
  g_autofree char *heading = NULL;
  g_autofree char *line_label = NULL;
  RcPreviewRow *item;

  if (area == NULL || area[0] == '\0')
    area = _("Unknown area");

  if (row->year > 0)
    /* Translators: an area and the reporting year of its return, "Somerset · 2023" */
    heading = g_strdup_printf (C_("area and year", "%s · %d"), area, (int) row->year);
  else
    heading = g_strdup (area);
  /* The code tells apart a council and its predecessor of the same name. */
  if (row->code != NULL && row->code[0] != '\0' && strchr (row->code, '/') == NULL)
    /* Translators: the code a row was matched by and its line in the file, "E06000066 · Line 5" */
    line_label = g_strdup_printf (C_("code and line", "%s · Line %u"), row->code, row->line);
  else
    line_label = g_strdup_printf (_("Line %u"), row->line);

  item = rc_preview_row_new (heading, line_label, row->message);
  rc_preview_row_set_warning (item, row->warning);

  return item;
}

struct _RcImportDialog
{
  AdwWindow          parent_instance;

  RcStore           *store;
  char              *display_name;
  GCancellable      *cancellable;
  RcWorkforceImport *plan;
  char              *message;
  gboolean           ready;
  gboolean           can_import;
  GListStore        *rows [RC_IMPORT_N_ROW_KINDS];

  /* template children */
  AdwWindowTitle    *window_title;
  GtkStack          *state_stack;
  GtkSpinner        *spinner;
  AdwStatusPage     *problem_page;
  GtkWidget         *cleared_box;
  GtkLabel          *cleared_label;
  GtkLabel          *message_label;
  GtkLabel          *detail_label;
  AdwViewStack      *view_stack;
  AdwViewStackPage  *pages [RC_IMPORT_N_ROW_KINDS];
  GtkStack          *stacks [RC_IMPORT_N_ROW_KINDS];
  GtkListView       *views [RC_IMPORT_N_ROW_KINDS];
};

G_DEFINE_FINAL_TYPE (RcImportDialog, rc_import_dialog, ADW_TYPE_WINDOW)

enum { IMPORTED, N_SIGNALS };
static guint signals [N_SIGNALS];

/* Each kind's page of the view stack and its template children. */
static const struct {
  const char *name;
  const char *page;
  const char *stack;
  const char *view;
} kind_ids [RC_IMPORT_N_ROW_KINDS] = {
  [RC_IMPORT_ROW_ADD] = { "add", "add_page", "add_stack", "add_view" },
  [RC_IMPORT_ROW_UPDATE] = { "update", "update_page", "update_stack", "update_view" },
  [RC_IMPORT_ROW_SKIPPED] = { "skipped", "skipped_page", "skipped_stack", "skipped_view" },
  [RC_IMPORT_ROW_MALFORMED] = { "problems", "problems_page", "problems_stack", "problems_view" },
};

static char *
page_title (RcImportRowKind kind,
            guint           n)
{
  switch (kind)
    {
    case RC_IMPORT_ROW_ADD:
      /* Translators: a tab listing the returns a file adds; %u is how many */
      return g_strdup_printf (_("To Add (%u)"), n);
    case RC_IMPORT_ROW_UPDATE:
      return g_strdup_printf (_("To Update (%u)"), n);
    case RC_IMPORT_ROW_SKIPPED:
      return g_strdup_printf (_("Skipped (%u)"), n);
    case RC_IMPORT_ROW_MALFORMED:
      return g_strdup_printf (_("Problems (%u)"), n);
    case RC_IMPORT_N_ROW_KINDS:
    default:
      g_assert_not_reached ();
    }
}

static void
set_message (RcImportDialog *self,
             const char     *message,
             gboolean        is_error)
{
  g_free (self->message);
  self->message = g_strdup (message);
  gtk_label_set_text (self->message_label, message);
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "error");
}

static void
set_can_import (RcImportDialog *self,
                gboolean        can_import)
{
  self->can_import = can_import;
  rc_write_action_set_enabled (GTK_WIDGET (self), "import.apply", can_import);
}

static void
finish_loading (RcImportDialog *self,
                const char     *visible)
{
  self->ready = TRUE;
  gtk_spinner_stop (self->spinner);
  gtk_stack_set_visible_child_name (self->state_stack, visible);
}

static void
show_problem (RcImportDialog *self,
              const char     *title,
              const char     *message)
{
  g_free (self->message);
  self->message = g_strdup (message);
  adw_status_page_set_title (self->problem_page, title);
  adw_status_page_set_description (self->problem_page, message);
  set_can_import (self, FALSE);
  finish_loading (self, "problem");
}

static char *
refusal_text (RcWorkforceImport *plan)
{
  guint n = rc_workforce_import_get_n_rows (plan, RC_IMPORT_ROW_MALFORMED);
  const RcImportRow *first = rc_workforce_import_get_row (plan, RC_IMPORT_ROW_MALFORMED, 0);
  g_autofree char *refusal = NULL;
  g_autofree char *where = NULL;

  refusal = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "This file cannot be imported: %u line has problems. "
                                          "Nothing has been changed.",
                                          "This file cannot be imported: %u lines have problems. "
                                          "Nothing has been changed.",
                                          n),
                             n);
  if (n == 1)
    where = g_strdup_printf (_("Line %u: %s"), first->line, first->message);
  else
    where = g_strdup_printf (_("The first is line %u: %s"), first->line, first->message);

  return g_strconcat (refusal, "\n", where, NULL);
}

static void
show_preview (RcImportDialog *self)
{
  RcWorkforceImport *plan = self->plan;
  guint n_saved = rc_workforce_import_get_n_rows (plan, RC_IMPORT_ROW_ADD)
                  + rc_workforce_import_get_n_rows (plan, RC_IMPORT_ROW_UPDATE);
  gboolean refused = rc_workforce_import_is_refused (plan);
  const char *first_page = NULL;

  for (guint k = 0; k < RC_IMPORT_N_ROW_KINDS; k++)
    {
      guint n = rc_workforce_import_get_n_rows (plan, k);
      g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);
      g_autofree char *title = page_title (k, n);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (items, preview_item_new (rc_workforce_import_get_row (plan, k, i)));
      g_list_store_splice (self->rows [k],
                           0, g_list_model_get_n_items (G_LIST_MODEL (self->rows [k])),
                           items->pdata, items->len);

      adw_view_stack_page_set_title (self->pages [k], title);
      gtk_stack_set_visible_child_name (self->stacks [k], n > 0 ? "list" : "empty");
      if (first_page == NULL && n > 0 && k != RC_IMPORT_ROW_MALFORMED)
        first_page = kind_ids [k].name;
    }

  if (refused)
    {
      g_autofree char *text = refusal_text (plan);

      set_message (self, text, TRUE);
      gtk_label_set_text (self->detail_label,
                          _("Correct the lines listed under Problems, "
                            "then preview the file again."));
      first_page = kind_ids [RC_IMPORT_ROW_MALFORMED].name;
    }
  else
    {
      g_autofree char *summary = rc_workforce_import_describe (plan);
      g_autofree char *cleared = rc_workforce_import_describe_cleared (plan, 8);
      g_autofree char *detail = NULL;

      set_message (self, summary, FALSE);
      const char *check = rc_workforce_import_get_n_warnings (plan) > 0
        ? _("Nothing has been saved yet. Rows marked ⚠ are allowed but unlikely: "
            "check them, then choose Import.")
        : _("Nothing has been saved yet: check the lists, then choose Import.");

      gtk_label_set_text (self->cleared_label, cleared != NULL ? cleared : "");
      gtk_widget_set_visible (self->cleared_box, cleared != NULL);
      if (n_saved == 0)
        detail = g_strdup (_("Nothing in this file would change the database."));
      else if (rc_workforce_import_get_n_rows (plan, RC_IMPORT_ROW_UPDATE) > 0)
        detail = g_strconcat (check, " ",
                              _("A blank cell keeps the figure stored; a figure the file marks as "
                                "not available (x, c, z, u or low) is cleared."),
                              NULL);
      else
        detail = g_strdup (check);
      gtk_label_set_text (self->detail_label, detail);
    }

  adw_view_stack_set_visible_child_name (self->view_stack,
                                         first_page != NULL ? first_page : kind_ids [0].name);
  set_can_import (self, !refused && n_saved > 0);
  finish_loading (self, "preview");
}

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  RcImportDialog *self;
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  if (!g_file_load_contents_finish (G_FILE (source), result, &contents, &length, NULL, &error)
      && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;  /* the dialog was disposed, and may be gone */

  self = RC_IMPORT_DIALOG (user_data);
  if (error != NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        text = g_strdup_printf (_("“%s” does not exist: it may have been moved or deleted."),
                                self->display_name);
      else
        text = g_strdup_printf (_("“%s” could not be read: %s"),
                                self->display_name, error->message);
      show_problem (self, _("The File Could Not Be Read"), text);
      return;
    }

  /* The parse matches rows against the store: it runs here, on the thread that owns it. */
  self->plan = rc_workforce_import_parse (self->store, contents, length, &error);
  if (self->plan == NULL)
    {
      text = g_strdup_printf (_("“%s”: %s"), self->display_name, error->message);
      show_problem (self, _("This File Cannot Be Imported"), text);
      return;
    }

  show_preview (self);
}

static char *
imported_text (guint n_added,
               guint n_updated)
{
  if (n_added > 0 && n_updated > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Imported %u return and updated %u",
                                         "Imported %u returns and updated %u",
                                         n_added),
                            n_added, n_updated);
  if (n_added > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Imported %u return",
                                         "Imported %u returns",
                                         n_added),
                            n_added);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Updated %u return",
                                       "Updated %u returns",
                                       n_updated),
                          n_updated);
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RcImportDialog *self = RC_IMPORT_DIALOG (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *toast_text = NULL;

  if (!self->can_import)
    return;

  rc_workforce_import_set_file_name (self->plan, self->display_name);
  if (!rc_workforce_import_apply (self->store, self->plan, &error))
    {
      g_autofree char *text = NULL;

      text = g_strdup_printf (_("The returns could not be saved, so nothing has been changed: %s"),
                              error->message);

      set_message (self, text, TRUE);
      return;
    }

  set_can_import (self, FALSE);
  toast_text = imported_text (rc_workforce_import_get_n_rows (self->plan, RC_IMPORT_ROW_ADD),
                              rc_workforce_import_get_n_rows (self->plan, RC_IMPORT_ROW_UPDATE));
  if (RC_IS_WINDOW (parent))
    rc_window_add_toast (RC_WINDOW (parent), adw_toast_new (toast_text));

  g_object_ref (self);
  g_signal_emit (self, signals [IMPORTED], 0);
  gtk_window_close (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

GtkWidget *
rc_import_dialog_new (GtkWindow *parent,
                      RcStore   *store,
                      GFile     *file)
{
  RcImportDialog *self;
  g_autofree char *basename = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RC_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (RC_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  rc_write_actions_follow_store (GTK_WIDGET (self), store);
  basename = g_file_get_basename (file);
  self->display_name = g_filename_display_name (basename != NULL ? basename : "");
  adw_window_title_set_subtitle (self->window_title, self->display_name);

  gtk_spinner_start (self->spinner);
  g_file_load_contents_async (file, self->cancellable, load_cb, self);

  /* Escape, Cancel and the close button ask before changes are lost. */
  rc_unsaved_guard (GTK_WINDOW (self), "import.apply", "imported");

  return GTK_WIDGET (self);
}

static void
file_chosen_cb (GtkWidget     *owner,
                GFile         *file,
                RcFileChooser *chooser)
{
  RcStore *store = g_object_get_data (G_OBJECT (chooser), "rc-store");

  if (file != NULL)
    gtk_window_present (GTK_WINDOW (rc_import_dialog_new (GTK_WINDOW (owner), store, file)));
}

void
rc_import_dialog_choose_file (GtkWindow *parent,
                              RcStore   *store)
{
  g_autoptr(RcFileChooser) chooser = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (RC_IS_STORE (store));

  chooser = rc_file_chooser_new_open (_("Import DfE Workforce CSV"), _("_Preview"));
  rc_file_chooser_add_filter (chooser, _("CSV Files"), "csv", "text/csv", 0, TRUE);
  g_object_set_data_full (G_OBJECT (chooser), "rc-store", g_object_ref (store), g_object_unref);
  rc_file_chooser_show (chooser, GTK_WIDGET (parent), file_chosen_cb);
}

gboolean
rc_import_dialog_is_ready (RcImportDialog *self)
{
  g_return_val_if_fail (RC_IS_IMPORT_DIALOG (self), FALSE);

  return self->ready;
}

gboolean
rc_import_dialog_can_import (RcImportDialog *self)
{
  g_return_val_if_fail (RC_IS_IMPORT_DIALOG (self), FALSE);

  return self->can_import;
}

const char *
rc_import_dialog_get_message (RcImportDialog *self)
{
  g_return_val_if_fail (RC_IS_IMPORT_DIALOG (self), NULL);

  return self->message;
}

guint
rc_import_dialog_get_n_shown (RcImportDialog  *self,
                              RcImportRowKind  kind)
{
  g_return_val_if_fail (RC_IS_IMPORT_DIALOG (self), 0);
  g_return_val_if_fail (kind < RC_IMPORT_N_ROW_KINDS, 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->rows [kind]));
}

static void
rc_import_dialog_dispose (GObject *object)
{
  RcImportDialog *self = RC_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_IMPORT_DIALOG);
  for (guint k = 0; k < RC_IMPORT_N_ROW_KINDS; k++)
    g_clear_object (&self->rows [k]);
  g_clear_pointer (&self->plan, rc_workforce_import_free);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rc_import_dialog_parent_class)->dispose (object);
}

static void
rc_import_dialog_finalize (GObject *object)
{
  RcImportDialog *self = RC_IMPORT_DIALOG (object);

  g_free (self->display_name);
  g_free (self->message);

  G_OBJECT_CLASS (rc_import_dialog_parent_class)->finalize (object);
}

static void
rc_import_dialog_class_init (RcImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_import_dialog_dispose;
  object_class->finalize = rc_import_dialog_finalize;

  /**
   * RcImportDialog::imported:
   *
   * The file's returns were saved; the dialog closes next.
   */
  signals [IMPORTED] =
    g_signal_new ("imported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /* The rows' factory looks its properties up by type name. */
  g_type_ensure (RC_TYPE_PREVIEW_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RcImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, RcImportDialog, state_stack);
  gtk_widget_class_bind_template_child (widget_class, RcImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, RcImportDialog, problem_page);
  gtk_widget_class_bind_template_child (widget_class, RcImportDialog, cleared_box);
  gtk_widget_class_bind_template_child (widget_class, RcImportDialog, cleared_label);
  gtk_widget_class_bind_template_child (widget_class, RcImportDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, RcImportDialog, detail_label);
  gtk_widget_class_bind_template_child (widget_class, RcImportDialog, view_stack);
  for (guint k = 0; k < RC_IMPORT_N_ROW_KINDS; k++)
    {
      gsize offset = k * sizeof (gpointer);

      gtk_widget_class_bind_template_child_full (widget_class, kind_ids [k].page, FALSE,
                                                 G_STRUCT_OFFSET (RcImportDialog, pages) + offset);
      gtk_widget_class_bind_template_child_full (widget_class, kind_ids [k].stack, FALSE,
                                                 G_STRUCT_OFFSET (RcImportDialog, stacks) + offset);
      gtk_widget_class_bind_template_child_full (widget_class, kind_ids [k].view, FALSE,
                                                 G_STRUCT_OFFSET (RcImportDialog, views) + offset);
    }

  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);
}

static void
rc_import_dialog_init (RcImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  for (guint k = 0; k < RC_IMPORT_N_ROW_KINDS; k++)
    {
      g_autoptr(GtkNoSelection) selection = NULL;

      self->rows [k] = g_list_store_new (RC_TYPE_PREVIEW_ROW);
      selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows [k])));
      gtk_list_view_set_model (self->views [k], GTK_SELECTION_MODEL (selection));
    }
  set_can_import (self, FALSE);
}
