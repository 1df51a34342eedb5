/* rc-trainee-import-dialog.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rc-csv.h"
#include "rc-preview-row.h"
#include "rc-trainee-import-dialog.h"
#include "rc-window.h"
#include "rc-unsaved.h"
#include "rc-file-chooser.h"
#include "rc-write-actions.h"

struct _RcTraineeImportDialog
{
  AdwWindow          parent_instance;

  RcStore           *store;
  gint64             cohort_id;
  char              *display_name;
  GCancellable      *cancellable;
  GBytes            *contents;
  GPtrArray         *header;
  RcTraineeMapping   mapping;
  RcTraineeImport   *plan;
  char              *message;
  gboolean           can_import;
  gboolean           filling;
  GtkDropDown       *drop_downs [RC_TRAINEE_N_FIELDS];
  GListStore        *rows [RC_TRAINEE_N_ROW_KINDS];

  /* template children */
  AdwWindowTitle    *window_title;
  GtkWidget         *cancel_button;
  GtkWidget         *back_button;
  GtkWidget         *preview_button;
  GtkWidget         *import_button;
  GtkStack          *state_stack;
  GtkSpinner        *spinner;
  AdwStatusPage     *problem_page;
  AdwPreferencesGroup *mapping_group;
  GtkLabel          *mapping_error_label;
  GtkLabel          *message_label;
  GtkLabel          *detail_label;
  AdwViewStack      *view_stack;
  AdwViewStackPage  *pages [RC_TRAINEE_N_ROW_KINDS];
  GtkStack          *stacks [RC_TRAINEE_N_ROW_KINDS];
  GtkListView       *views [RC_TRAINEE_N_ROW_KINDS];
};

G_DEFINE_FINAL_TYPE (RcTraineeImportDialog, rc_trainee_import_dialog, ADW_TYPE_WINDOW)

enum { IMPORTED, N_SIGNALS };
static guint signals [N_SIGNALS];

static RcPreviewRow *
preview_row_new (const RcTraineeRow *row)
{
  g_autofree char *line_label = g_strdup_printf (_("Line %u"), row->line);
  RcPreviewRow *item;

  /* By reference only: the preview may be on a shared screen. */
  item = rc_preview_row_new (row->reference[0] != '\0' ? row->reference : _("No reference"),
                             line_label, row->message);
  rc_preview_row_set_warning (item, row->warning);

  return item;
}

static const struct {
  const char *name;
  const char *page;
  const char *stack;
  const char *view;
} kind_ids [RC_TRAINEE_N_ROW_KINDS] = {
  [RC_TRAINEE_ROW_ADD] = { "add", "add_page", "add_stack", "add_view" },
  [RC_TRAINEE_ROW_SKIPPED] = { "skipped", "skipped_page", "skipped_stack", "skipped_view" },
  [RC_TRAINEE_ROW_MALFORMED] = { "problems", "problems_page", "problems_stack", "problems_view" },
};

static char *
page_title (RcTraineeRowKind kind,
            guint            n)
{
  switch (kind)
    {
    case RC_TRAINEE_ROW_ADD:
      /* Translators: a tab listing the trainees a file adds; %u is how many */
      return g_strdup_printf (_("To Add (%u)"), n);
    case RC_TRAINEE_ROW_SKIPPED:
      return g_strdup_printf (_("Skipped (%u)"), n);
    case RC_TRAINEE_ROW_MALFORMED:
      return g_strdup_printf (_("Problems (%u)"), n);
    case RC_TRAINEE_N_ROW_KINDS:
    default:
      g_assert_not_reached ();
    }
}

static void
set_message (RcTraineeImportDialog *self,
             const char            *message,
             gboolean               is_error)
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
set_can_import (RcTraineeImportDialog *self,
                gboolean               can_import)
{
  self->can_import = can_import;
  rc_write_action_set_enabled (GTK_WIDGET (self), "trainee-import.apply", can_import);
}

/* The header bar's buttons follow the step: Cancel and Preview while
 * choosing columns, Back and Import on the preview. */
static void
show_step (RcTraineeImportDialog *self,
           const char            *step)
{
  gboolean mapping = g_str_equal (step, "mapping");
  gboolean preview = g_str_equal (step, "preview");

  gtk_spinner_stop (self->spinner);
  gtk_widget_set_visible (self->cancel_button, !preview);
  gtk_widget_set_visible (self->back_button, preview);
  gtk_widget_set_visible (self->preview_button, mapping);
  gtk_widget_set_visible (self->import_button, preview);
  gtk_window_set_default_widget (GTK_WINDOW (self),
                                 mapping ? self->preview_button : preview ? self->import_button : NULL);
  gtk_stack_set_visible_child_name (self->state_stack, step);
}

static void
show_problem (RcTraineeImportDialog *self,
              const char            *title,
              const char            *message)
{
  g_free (self->message);
  self->message = g_strdup (message);
  adw_status_page_set_title (self->problem_page, title);
  adw_status_page_set_description (self->problem_page, message);
  set_can_import (self, FALSE);
  show_step (self, "problem");
}

/* Mapping ---------------------------------------------------------------- */

static void
check_mapping (RcTraineeImportDialog *self)
{
  gboolean has_reference = self->mapping.column[RC_TRAINEE_FIELD_REFERENCE] >= 0;

  gtk_label_set_text (self->mapping_error_label,
                      has_reference ? "" : _("Choose the column that holds each trainee’s reference."));
  gtk_widget_set_visible (GTK_WIDGET (self->mapping_error_label), !has_reference);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trainee-import.preview", has_reference);
}

static void
drop_down_selected_cb (GtkDropDown           *drop_down,
                       GParamSpec            *pspec,
                       RcTraineeImportDialog *self)
{
  if (self->filling)
    return;

  for (guint f = 0; f < RC_TRAINEE_N_FIELDS; f++)
    if (self->drop_downs [f] == drop_down)
      {
        guint selected = gtk_drop_down_get_selected (drop_down);

        /* Position 0 is "(none)". */
        self->mapping.column[f] = selected == GTK_INVALID_LIST_POSITION || selected == 0 ? -1 : (int) selected - 1;
      }
  check_mapping (self);
}

static void
build_mapping_rows (RcTraineeImportDialog *self)
{
  g_autoptr(GtkStringList) columns = gtk_string_list_new (NULL);
  g_autoptr(RcTraineeMapping) guess = rc_trainee_mapping_guess (self->header);

  gtk_string_list_append (columns, _("(none)"));
  for (guint i = 0; i < self->header->len; i++)
    {
      const char *name = g_ptr_array_index (self->header, i);
      g_autofree char *label = NULL;

      /* Translators: a column of the file with no name in its header line */
      label = name[0] != '\0' ? rc_csv_shorten (name, RC_CSV_MESSAGE_MAX_CHARS)
                               : g_strdup_printf (_("Column %u"), i + 1);
      gtk_string_list_append (columns, label);
    }

  self->mapping = *guess;
  self->filling = TRUE;
  for (guint f = 0; f < RC_TRAINEE_N_FIELDS; f++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *drop_down = gtk_drop_down_new (g_object_ref (G_LIST_MODEL (columns)), NULL);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rc_trainee_field_get_label (f));
      if (f == RC_TRAINEE_FIELD_REFERENCE)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Required"));
      else if (rc_trainee_field_is_personal (f))
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Personal data"));
      gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, rc_trainee_field_get_label (f),
                                      -1);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), self->mapping.column[f] + 1);
      g_signal_connect (drop_down, "notify::selected", G_CALLBACK (drop_down_selected_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), drop_down);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), drop_down);
      adw_preferences_group_add (self->mapping_group, row);
      self->drop_downs [f] = GTK_DROP_DOWN (drop_down);
    }
  self->filling = FALSE;

  check_mapping (self);
}

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  RcTraineeImportDialog *self;
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  if (!g_file_load_contents_finish (G_FILE (source), result, &contents, &length, NULL, &error)
      && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;  /* the dialog was disposed, and may be gone */

  self = RC_TRAINEE_IMPORT_DIALOG (user_data);
  if (error != NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        text = g_strdup_printf (_("“%s” does not exist: it may have been moved or deleted."),
                                self->display_name);
      else
        text = g_strdup_printf (_("“%s” could not be read: %s"), self->display_name, error->message);
      show_problem (self, _("The File Could Not Be Read"), text);
      return;
    }

  self->header = rc_trainee_import_read_header (contents, length, &error);
  if (self->header == NULL)
    {
      text = g_strdup_printf (_("“%s”: %s"), self->display_name, error->message);
      show_problem (self, _("This File Cannot Be Imported"), text);
      return;
    }
  self->contents = g_bytes_new_take (g_steal_pointer (&contents), length);

  build_mapping_rows (self);
  show_step (self, "mapping");
  /* The guessed columns are what there is to lose: the user's own choices. */
  rc_unsaved_guard_reset (GTK_WINDOW (self));
}

/* Preview ---------------------------------------------------------------- */

static char *
refusal_text (RcTraineeImport *plan)
{
  guint n = rc_trainee_import_get_n_rows (plan, RC_TRAINEE_ROW_MALFORMED);
  const RcTraineeRow *first = rc_trainee_import_get_row (plan, RC_TRAINEE_ROW_MALFORMED, 0);
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
show_preview (RcTraineeImportDialog *self)
{
  RcTraineeImport *plan = self->plan;
  guint n_added = rc_trainee_import_get_n_rows (plan, RC_TRAINEE_ROW_ADD);
  gboolean refused = rc_trainee_import_is_refused (plan);
  const char *first_page = NULL;

  for (guint k = 0; k < RC_TRAINEE_N_ROW_KINDS; k++)
    {
      guint n = rc_trainee_import_get_n_rows (plan, k);
      g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);
      g_autofree char *title = page_title (k, n);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (items, preview_row_new (rc_trainee_import_get_row (plan, k, i)));
      g_list_store_splice (self->rows [k], 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows [k])),
                           items->pdata, items->len);

      adw_view_stack_page_set_title (self->pages [k], title);
      gtk_stack_set_visible_child_name (self->stacks [k], n > 0 ? "list" : "empty");
      if (first_page == NULL && n > 0 && k != RC_TRAINEE_ROW_MALFORMED)
        first_page = kind_ids [k].name;
    }

  if (refused)
    {
      g_autofree char *text = refusal_text (plan);
      g_autofree char *unused = rc_trainee_import_list_unused (plan);
      g_autofree char *detail = NULL;

      set_message (self, text, TRUE);
      /* A column left out may be why a line is refused. */
      detail = unused != NULL
        /* Translators: the names of the file's columns no field was given */
        ? g_strdup_printf (_("Correct the lines listed under Problems, or choose other columns, "
                             "then preview the file again. Not used: %s."), unused)
        : g_strdup (_("Correct the lines listed under Problems, or choose other columns, "
                      "then preview the file again."));
      gtk_label_set_text (self->detail_label, detail);
      first_page = kind_ids [RC_TRAINEE_ROW_MALFORMED].name;
    }
  else
    {
      g_autofree char *summary = rc_trainee_import_describe (plan);

      set_message (self, summary, FALSE);
      gtk_label_set_text (self->detail_label,
                          n_added == 0
                          ? _("Everybody in this file is in the cohort already.")
                          : rc_trainee_import_get_n_warnings (plan) > 0
                          ? _("Nothing has been saved yet. Rows marked ⚠ are allowed but unlikely: "
                              "check them, then choose Import.")
                          : _("Nothing has been saved yet: check the lists, then choose Import."));
    }

  adw_view_stack_set_visible_child_name (self->view_stack,
                                         first_page != NULL ? first_page : kind_ids [0].name);
  set_can_import (self, !refused && n_added > 0);
  show_step (self, "preview");
}

static void
preview_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RcTraineeImportDialog *self = RC_TRAINEE_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  const char *data;

  if (self->contents == NULL)
    return;

  /* The parse matches rows against the store: it runs here, on the
   * thread that owns it. A cohort's file is a few hundred lines. */
  g_clear_pointer (&self->plan, rc_trainee_import_free);
  data = g_bytes_get_data (self->contents, &length);
  self->plan = rc_trainee_import_parse (self->store, self->cohort_id, data, length, &self->mapping, &error);
  if (self->plan == NULL)
    {
      gtk_label_set_text (self->mapping_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->mapping_error_label), TRUE);
      g_free (self->message);
      self->message = g_strdup (error->message);
      return;
    }

  show_preview (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RcTraineeImportDialog *self = RC_TRAINEE_IMPORT_DIALOG (widget);

  if (self->header == NULL)
    return;

  set_can_import (self, FALSE);
  check_mapping (self);
  show_step (self, "mapping");
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RcTraineeImportDialog *self = RC_TRAINEE_IMPORT_DIALOG (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *toast_text = NULL;
  guint n;

  if (!self->can_import)
    return;

  if (!rc_trainee_import_apply (self->store, self->plan, &error))
    {
      g_autofree char *text = g_strdup_printf (_("The trainees could not be saved, so nothing has been "
                                                 "changed: %s"),
                                               error->message);

      set_message (self, text, TRUE);
      return;
    }

  set_can_import (self, FALSE);
  n = rc_trainee_import_get_n_rows (self->plan, RC_TRAINEE_ROW_ADD);
  toast_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u trainee", "Imported %u trainees", n), n);
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

/* Public ----------------------------------------------------------------- */

GtkWidget *
rc_trainee_import_dialog_new (GtkWindow *parent,
                              RcStore   *store,
                              gint64     cohort_id,
                              GFile     *file)
{
  RcTraineeImportDialog *self;
  g_autofree char *basename = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RC_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (RC_TYPE_TRAINEE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  rc_write_actions_follow_store (GTK_WIDGET (self), store);
  self->cohort_id = cohort_id;
  basename = g_file_get_basename (file);
  self->display_name = g_filename_display_name (basename != NULL ? basename : "");
  adw_window_title_set_subtitle (self->window_title, self->display_name);

  gtk_spinner_start (self->spinner);
  g_file_load_contents_async (file, self->cancellable, load_cb, self);

  /* Escape, Cancel and the close button ask before changes are lost. */
  rc_unsaved_guard (GTK_WINDOW (self), "trainee-import.apply", "imported");

  return GTK_WIDGET (self);
}

static void
file_chosen_cb (GtkWidget     *owner,
                GFile         *file,
                RcFileChooser *chooser)
{
  RcStore *store = g_object_get_data (G_OBJECT (chooser), "rc-store");
  gint64 *cohort_id = g_object_get_data (G_OBJECT (chooser), "rc-cohort-id");

  if (file != NULL)
    gtk_window_present (GTK_WINDOW (rc_trainee_import_dialog_new (GTK_WINDOW (owner), store, *cohort_id, file)));
}

void
rc_trainee_import_dialog_choose_file (GtkWindow *parent,
                                      RcStore   *store,
                                      gint64     cohort_id)
{
  g_autoptr(RcFileChooser) chooser = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (RC_IS_STORE (store));

  chooser = rc_file_chooser_new_open (_("Import Trainees from CSV"), _("_Open"));
  rc_file_chooser_add_filter (chooser, _("CSV Files"), "csv", "text/csv", 0, TRUE);
  g_object_set_data_full (G_OBJECT (chooser), "rc-store", g_object_ref (store), g_object_unref);
  g_object_set_data_full (G_OBJECT (chooser), "rc-cohort-id", g_memdup2 (&cohort_id, sizeof cohort_id), g_free);
  rc_file_chooser_show (chooser, GTK_WIDGET (parent), file_chosen_cb);
}

const char *
rc_trainee_import_dialog_get_step (RcTraineeImportDialog *self)
{
  g_return_val_if_fail (RC_IS_TRAINEE_IMPORT_DIALOG (self), NULL);

  return gtk_stack_get_visible_child_name (self->state_stack);
}

const RcTraineeMapping *
rc_trainee_import_dialog_get_mapping (RcTraineeImportDialog *self)
{
  g_return_val_if_fail (RC_IS_TRAINEE_IMPORT_DIALOG (self), NULL);

  return &self->mapping;
}

void
rc_trainee_import_dialog_set_column (RcTraineeImportDialog *self,
                                     RcTraineeField         field,
                                     int                    column)
{
  g_return_if_fail (RC_IS_TRAINEE_IMPORT_DIALOG (self));
  g_return_if_fail ((guint) field < RC_TRAINEE_N_FIELDS);
  g_return_if_fail (self->drop_downs [field] != NULL);
  g_return_if_fail (column >= -1 && column < (int) self->header->len);

  gtk_drop_down_set_selected (self->drop_downs [field], column + 1);
}

gboolean
rc_trainee_import_dialog_can_import (RcTraineeImportDialog *self)
{
  g_return_val_if_fail (RC_IS_TRAINEE_IMPORT_DIALOG (self), FALSE);

  return self->can_import;
}

const char *
rc_trainee_import_dialog_get_message (RcTraineeImportDialog *self)
{
  g_return_val_if_fail (RC_IS_TRAINEE_IMPORT_DIALOG (self), NULL);

  return self->message;
}

guint
rc_trainee_import_dialog_get_n_shown (RcTraineeImportDialog *self,
                                      RcTraineeRowKind       kind)
{
  g_return_val_if_fail (RC_IS_TRAINEE_IMPORT_DIALOG (self), 0);
  g_return_val_if_fail ((guint) kind < RC_TRAINEE_N_ROW_KINDS, 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->rows [kind]));
}

/* Life cycle -------------------------------------------------------------- */

static void
rc_trainee_import_dialog_dispose (GObject *object)
{
  RcTraineeImportDialog *self = RC_TRAINEE_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_TRAINEE_IMPORT_DIALOG);
  for (guint k = 0; k < RC_TRAINEE_N_ROW_KINDS; k++)
    g_clear_object (&self->rows [k]);
  for (guint f = 0; f < RC_TRAINEE_N_FIELDS; f++)
    self->drop_downs [f] = NULL;
  g_clear_pointer (&self->plan, rc_trainee_import_free);
  g_clear_pointer (&self->header, g_ptr_array_unref);
  g_clear_pointer (&self->contents, g_bytes_unref);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rc_trainee_import_dialog_parent_class)->dispose (object);
}

static void
rc_trainee_import_dialog_finalize (GObject *object)
{
  RcTraineeImportDialog *self = RC_TRAINEE_IMPORT_DIALOG (object);

  g_free (self->display_name);
  g_free (self->message);

  G_OBJECT_CLASS (rc_trainee_import_dialog_parent_class)->finalize (object);
}

static void
rc_trainee_import_dialog_class_init (RcTraineeImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_trainee_import_dialog_dispose;
  object_class->finalize = rc_trainee_import_dialog_finalize;

  /**
   * RcTraineeImportDialog::imported:
   *
   * The file's trainees were saved; the dialog closes next.
   */
  signals [IMPORTED] =
    g_signal_new ("imported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /* The rows' factory looks its properties up by type name. */
  g_type_ensure (RC_TYPE_PREVIEW_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-trainee-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RcTraineeImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, RcTraineeImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, RcTraineeImportDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, RcTraineeImportDialog, preview_button);
  gtk_widget_class_bind_template_child (widget_class, RcTraineeImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, RcTraineeImportDialog, state_stack);
  gtk_widget_class_bind_template_child (widget_class, RcTraineeImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, RcTraineeImportDialog, problem_page);
  gtk_widget_class_bind_template_child (widget_class, RcTraineeImportDialog, mapping_group);
  gtk_widget_class_bind_template_child (widget_class, RcTraineeImportDialog, mapping_error_label);
  gtk_widget_class_bind_template_child (widget_class, RcTraineeImportDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, RcTraineeImportDialog, detail_label);
  gtk_widget_class_bind_template_child (widget_class, RcTraineeImportDialog, view_stack);
  for (guint k = 0; k < RC_TRAINEE_N_ROW_KINDS; k++)
    {
      gsize offset = k * sizeof (gpointer);

      gtk_widget_class_bind_template_child_full (widget_class, kind_ids [k].page, FALSE,
                                                 G_STRUCT_OFFSET (RcTraineeImportDialog, pages) + offset);
      gtk_widget_class_bind_template_child_full (widget_class, kind_ids [k].stack, FALSE,
                                                 G_STRUCT_OFFSET (RcTraineeImportDialog, stacks) + offset);
      gtk_widget_class_bind_template_child_full (widget_class, kind_ids [k].view, FALSE,
                                                 G_STRUCT_OFFSET (RcTraineeImportDialog, views) + offset);
    }

  gtk_widget_class_install_action (widget_class, "trainee-import.preview", NULL, preview_action);
  gtk_widget_class_install_action (widget_class, "trainee-import.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "trainee-import.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "trainee-import.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "trainee-import.cancel", NULL);
}

static void
rc_trainee_import_dialog_init (RcTraineeImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  rc_trainee_mapping_init (&self->mapping);
  for (guint k = 0; k < RC_TRAINEE_N_ROW_KINDS; k++)
    {
      g_autoptr(GtkNoSelection) selection = NULL;

      self->rows [k] = g_list_store_new (RC_TYPE_PREVIEW_ROW);
      selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows [k])));
      gtk_list_view_set_model (self->views [k], GTK_SELECTION_MODEL (selection));
    }
  set_can_import (self, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trainee-import.preview", FALSE);
}
