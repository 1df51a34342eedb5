/* rc-csv-import-dialog.c: the window, its steps, and the work it hands to
 * workers
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-csv-import-dialog-private.h"
#include "import/rc-preview-row.h"
#include "rc-file-chooser.h"
#include "rc-unsaved.h"
#include "rc-write-actions.h"

G_DEFINE_FINAL_TYPE (RcCsvImportDialog, rc_csv_import_dialog, ADW_TYPE_WINDOW)

enum { IMPORTED, N_SIGNALS };
static guint signals [N_SIGNALS];

void
rc_csv_import_dialog_set_message (RcCsvImportDialog *self,
                                  const char        *message,
                                  gboolean           is_error)
{
  g_free (self->message);
  self->message = g_strdup (message);
  gtk_label_set_text (self->message_label, message);
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "error");
}

void
rc_csv_import_dialog_set_can_import (RcCsvImportDialog *self,
                                     gboolean           can_import)
{
  self->can_import = can_import;
  rc_write_action_set_enabled (GTK_WIDGET (self), "import.apply", can_import);
}

/* The header bar's buttons follow the step: Cancel and Preview while
 * choosing columns; Import on the preview, with Back instead of Cancel
 * when there are columns to choose again; Cancel alone while a worker
 * runs, to stop it. */
void
rc_csv_import_dialog_show_step (RcCsvImportDialog *self,
                                const char        *step)
{
  gboolean mapping = g_str_equal (step, "mapping");
  gboolean preview = g_str_equal (step, "preview");
  gboolean working = g_str_equal (step, "working");
  gboolean back = preview && self->header != NULL;
  gboolean from_working = g_strcmp0 (gtk_stack_get_visible_child_name (self->state_stack), "working") == 0;

  /* A crossfade draws both steps at every frame for a fifth of a second:
   * with the preview's lists in software it held the main loop for 0.2 to
   * 0.3 s as a save began. The steps around a worker change at once. */
  gtk_stack_set_transition_type (self->state_stack,
                                 working || from_working ? GTK_STACK_TRANSITION_TYPE_NONE
                                                         : GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  if (!g_str_equal (step, "loading"))
    gtk_spinner_stop (self->spinner);
  gtk_widget_set_visible (self->cancel_button, !back);
  gtk_widget_set_visible (self->back_button, back);
  gtk_widget_set_visible (self->preview_button, mapping);
  gtk_widget_set_visible (self->import_button, preview || (working && self->saving));
  gtk_window_set_default_widget (GTK_WINDOW (self),
                                 mapping ? self->preview_button : preview ? self->import_button : NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.back", back);
  gtk_stack_set_visible_child_name (self->state_stack, step);
}

void
rc_csv_import_dialog_show_problem (RcCsvImportDialog *self,
                                   const char        *title,
                                   const char        *message)
{
  g_free (self->message);
  self->message = g_strdup (message);
  adw_status_page_set_title (self->problem_page, title);
  adw_status_page_set_description (self->problem_page, message);
  rc_csv_import_dialog_set_can_import (self, FALSE);
  rc_csv_import_dialog_show_step (self, "problem");
}

/* Actions ------------------------------------------------------------------ */

static void
preview_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RcCsvImportDialog *self = RC_CSV_IMPORT_DIALOG (widget);
  g_autofree char *problem = NULL;

  if (self->contents == NULL || self->work != NULL)
    return;
  if ((problem = rc_import_plan_check_columns (self->plan)) != NULL)
    return;

  rc_csv_import_dialog_start_parse (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RcCsvImportDialog *self = RC_CSV_IMPORT_DIALOG (widget);

  if (self->header == NULL || self->work != NULL)
    return;

  rc_csv_import_dialog_set_can_import (self, FALSE);
  rc_csv_import_dialog_check_columns (self);
  rc_csv_import_dialog_show_step (self, "mapping");
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RcCsvImportDialog *self = RC_CSV_IMPORT_DIALOG (widget);

  if (!self->can_import || self->work != NULL)
    return;

  rc_csv_import_dialog_start_apply (self);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RcCsvImportDialog *self = RC_CSV_IMPORT_DIALOG (widget);

  /* While a worker runs, Cancel stops it; the dialog says what came of it. */
  if (self->work != NULL)
    g_cancellable_cancel (self->work);
  else
    gtk_window_close (GTK_WINDOW (widget));
}

/* Closing while the file is saved stops the save first, and says so:
 * it would otherwise be cancelled unseen. */
static gboolean
on_close_request (GtkWindow *window)
{
  RcCsvImportDialog *self = RC_CSV_IMPORT_DIALOG (window);

  if (self->work == NULL || !self->saving)
    return FALSE;

  g_cancellable_cancel (self->work);
  return TRUE;
}

/* Loading ------------------------------------------------------------------ */

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  RcCsvImportDialog *self;
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  if (!g_file_load_contents_finish (G_FILE (source), result, &contents, &length, NULL, &error)
      && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;  /* the dialog was disposed, and may be gone */

  self = RC_CSV_IMPORT_DIALOG (user_data);
  if (error != NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        text = g_strdup_printf (_("“%s” does not exist: it may have been moved or deleted."),
                                self->display_name);
      else
        text = g_strdup_printf (_("“%s” could not be read: %s"), self->display_name, error->message);
      rc_csv_import_dialog_show_problem (self, _("The File Could Not Be Read"), text);
      return;
    }
  self->contents = g_bytes_new_take (g_steal_pointer (&contents), length);

  if (rc_import_plan_get_n_fields (self->plan) == 0)
    {
      rc_csv_import_dialog_start_parse (self);
      return;
    }

  self->header = rc_import_plan_read_header (self->plan, self->contents, &error);
  if (self->header == NULL)
    {
      text = g_strdup_printf (_("“%s”: %s"), self->display_name, error->message);
      rc_csv_import_dialog_show_problem (self, _("This File Cannot Be Imported"), text);
      return;
    }

  rc_csv_import_dialog_build_columns (self);
  rc_csv_import_dialog_show_step (self, "mapping");
  /* The guessed columns are what there is to lose: the user's own choices. */
  rc_unsaved_guard_reset (GTK_WINDOW (self));
}

/* Public ----------------------------------------------------------------- */

GtkWidget *
rc_csv_import_dialog_new (GtkWindow    *parent,
                          RcImportPlan *plan,
                          GFile        *file)
{
  RcCsvImportDialog *self;
  g_autofree char *basename = NULL;
  const char *title;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RC_IS_IMPORT_PLAN (plan), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  title = rc_import_plan_get_text (plan, RC_IMPORT_TEXT_TITLE);
  self = g_object_new (RC_TYPE_CSV_IMPORT_DIALOG, "transient-for", parent, "title", title, NULL);
  self->plan = g_object_ref (plan);
  /* Import is off while the database is checked, or found damaged. */
  rc_write_actions_follow_store (GTK_WIDGET (self), rc_import_plan_get_store (plan));
  basename = g_file_get_basename (file);
  self->display_name = g_filename_display_name (basename != NULL ? basename : "");
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, self->display_name);
  rc_csv_import_dialog_init_lists (self);

  gtk_spinner_start (self->spinner);
  g_file_load_contents_async (file, self->cancellable, load_cb, self);

  /* Closing while a save runs stops it first; then Escape, Cancel and the
   * close button ask before chosen columns are lost. */
  g_signal_connect (self, "close-request", G_CALLBACK (on_close_request), NULL);
  rc_unsaved_guard (GTK_WINDOW (self), "import.apply", "imported");

  return GTK_WIDGET (self);
}

static void
file_chosen_cb (GtkWidget     *owner,
                GFile         *file,
                RcFileChooser *chooser)
{
  RcImportPlan *plan = g_object_get_data (G_OBJECT (chooser), "rc-import-plan");

  if (file != NULL)
    gtk_window_present (GTK_WINDOW (rc_csv_import_dialog_new (GTK_WINDOW (owner), plan, file)));
}

void
rc_csv_import_dialog_choose_file (GtkWindow    *parent,
                                  RcImportPlan *plan)
{
  g_autoptr(RcFileChooser) chooser = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (RC_IS_IMPORT_PLAN (plan));

  chooser = rc_file_chooser_new_open (rc_import_plan_get_text (plan, RC_IMPORT_TEXT_CHOOSER_TITLE),
                                      rc_import_plan_get_text (plan, RC_IMPORT_TEXT_CHOOSER_ACCEPT));
  rc_file_chooser_add_filter (chooser, _("CSV Files"), "csv", "text/csv", 0, TRUE);
  g_object_set_data_full (G_OBJECT (chooser), "rc-import-plan", g_object_ref (plan), g_object_unref);
  rc_file_chooser_show (chooser, GTK_WIDGET (parent), file_chosen_cb);
}

const char *
rc_csv_import_dialog_get_step (RcCsvImportDialog *self)
{
  g_return_val_if_fail (RC_IS_CSV_IMPORT_DIALOG (self), NULL);

  return gtk_stack_get_visible_child_name (self->state_stack);
}

gboolean
rc_csv_import_dialog_is_ready (RcCsvImportDialog *self)
{
  const char *step;

  g_return_val_if_fail (RC_IS_CSV_IMPORT_DIALOG (self), FALSE);

  step = rc_csv_import_dialog_get_step (self);

  return self->work == NULL && !g_str_equal (step, "loading") && !g_str_equal (step, "working");
}

gboolean
rc_csv_import_dialog_can_import (RcCsvImportDialog *self)
{
  g_return_val_if_fail (RC_IS_CSV_IMPORT_DIALOG (self), FALSE);

  return self->can_import;
}

const char *
rc_csv_import_dialog_get_message (RcCsvImportDialog *self)
{
  g_return_val_if_fail (RC_IS_CSV_IMPORT_DIALOG (self), NULL);

  return self->message;
}

guint
rc_csv_import_dialog_get_n_shown (RcCsvImportDialog  *self,
                                  RcImportRowKind     kind)
{
  g_return_val_if_fail (RC_IS_CSV_IMPORT_DIALOG (self), 0);
  g_return_val_if_fail ((guint) kind < RC_IMPORT_N_ROW_KINDS, 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->rows [kind]));
}

int
rc_csv_import_dialog_get_column (RcCsvImportDialog *self,
                                 guint              field)
{
  g_return_val_if_fail (RC_IS_CSV_IMPORT_DIALOG (self), -1);
  g_return_val_if_fail (field < self->drop_downs->len, -1);

  return (int) gtk_drop_down_get_selected (g_ptr_array_index (self->drop_downs, field)) - 1;
}

void
rc_csv_import_dialog_set_column (RcCsvImportDialog *self,
                                 guint              field,
                                 int                column)
{
  g_return_if_fail (RC_IS_CSV_IMPORT_DIALOG (self));
  g_return_if_fail (field < self->drop_downs->len);
  g_return_if_fail (column >= -1 && column < (int) self->header->len);

  gtk_drop_down_set_selected (g_ptr_array_index (self->drop_downs, field), column + 1);
}

/* Life cycle -------------------------------------------------------------- */

static void
rc_csv_import_dialog_dispose (GObject *object)
{
  RcCsvImportDialog *self = RC_CSV_IMPORT_DIALOG (object);

  /* A worker's save rolls back; its callback finds the dialog gone. */
  self->disposed = TRUE;
  g_cancellable_cancel (self->cancellable);
  if (self->work != NULL)
    g_cancellable_cancel (self->work);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_CSV_IMPORT_DIALOG);
  for (guint k = 0; k < RC_IMPORT_N_ROW_KINDS; k++)
    g_clear_object (&self->rows [k]);
  g_ptr_array_set_size (self->drop_downs, 0);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->header, g_ptr_array_unref);
  g_clear_pointer (&self->contents, g_bytes_unref);
  g_clear_object (&self->work);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (rc_csv_import_dialog_parent_class)->dispose (object);
}

static void
rc_csv_import_dialog_finalize (GObject *object)
{
  RcCsvImportDialog *self = RC_CSV_IMPORT_DIALOG (object);

  g_ptr_array_unref (self->drop_downs);
  g_free (self->display_name);
  g_free (self->message);

  G_OBJECT_CLASS (rc_csv_import_dialog_parent_class)->finalize (object);
}

static void
rc_csv_import_dialog_class_init (RcCsvImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  struct { const char *suffix; gsize offset; } parts[] = {
    { "page", G_STRUCT_OFFSET (RcCsvImportDialog, pages) },
    { "stack", G_STRUCT_OFFSET (RcCsvImportDialog, stacks) },
    { "view", G_STRUCT_OFFSET (RcCsvImportDialog, views) },
    { "empty", G_STRUCT_OFFSET (RcCsvImportDialog, empty_labels) },
  };

  object_class->dispose = rc_csv_import_dialog_dispose;
  object_class->finalize = rc_csv_import_dialog_finalize;

  /**
   * RcCsvImportDialog::imported:
   *
   * The file's records were saved; the dialog closes next.
   */
  signals [IMPORTED] =
    g_signal_new ("imported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /* The rows' factory looks its properties up by type name. */
  g_type_ensure (RC_TYPE_PREVIEW_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-csv-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RcCsvImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, RcCsvImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, RcCsvImportDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, RcCsvImportDialog, preview_button);
  gtk_widget_class_bind_template_child (widget_class, RcCsvImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, RcCsvImportDialog, state_stack);
  gtk_widget_class_bind_template_child (widget_class, RcCsvImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, RcCsvImportDialog, problem_page);
  gtk_widget_class_bind_template_child (widget_class, RcCsvImportDialog, mapping_group);
  gtk_widget_class_bind_template_child (widget_class, RcCsvImportDialog, mapping_error_label);
  gtk_widget_class_bind_template_child (widget_class, RcCsvImportDialog, working_label);
  gtk_widget_class_bind_template_child (widget_class, RcCsvImportDialog, working_detail);
  gtk_widget_class_bind_template_child (widget_class, RcCsvImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, RcCsvImportDialog, cleared_box);
  gtk_widget_class_bind_template_child (widget_class, RcCsvImportDialog, cleared_label);
  gtk_widget_class_bind_template_child (widget_class, RcCsvImportDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, RcCsvImportDialog, detail_label);
  gtk_widget_class_bind_template_child (widget_class, RcCsvImportDialog, view_stack);
  for (guint k = 0; k < RC_IMPORT_N_ROW_KINDS; k++)
    for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
      {
        g_autofree char *id = g_strdup_printf ("%s_%s", rc_csv_import_dialog_kind_name (k), parts[p].suffix);

        /* The builder keeps the name: an interned string outlives it. */
        gtk_widget_class_bind_template_child_full (widget_class, g_intern_string (id), FALSE,
                                                   parts[p].offset + k * sizeof (gpointer));
      }

  gtk_widget_class_install_action (widget_class, "import.preview", NULL, preview_action);
  gtk_widget_class_install_action (widget_class, "import.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);
}

static void
rc_csv_import_dialog_init (RcCsvImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->drop_downs = g_ptr_array_new ();
  for (guint k = 0; k < RC_IMPORT_N_ROW_KINDS; k++)
    {
      g_autoptr(GtkNoSelection) selection = NULL;

      self->rows [k] = rc_import_rows_new (k);
      selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows [k])));
      gtk_list_view_set_model (self->views [k], GTK_SELECTION_MODEL (selection));
    }
  rc_csv_import_dialog_set_can_import (self, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.preview", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.back", FALSE);
}
