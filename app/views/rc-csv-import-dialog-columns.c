/* rc-csv-import-dialog-columns.c: the import dialog's step that asks which of
 * the file's columns holds each field, for a plan with fields
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rc-csv.h"
#include "rc-csv-import-dialog-private.h"

void
rc_csv_import_dialog_columns_error (RcCsvImportDialog *self,
                                    const char        *message)
{
  gtk_label_set_text (self->mapping_error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->mapping_error_label), message != NULL);
}

void
rc_csv_import_dialog_check_columns (RcCsvImportDialog *self)
{
  g_autofree char *problem = rc_import_plan_check_columns (self->plan);

  rc_csv_import_dialog_columns_error (self, problem);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.preview", problem == NULL);
}

static void
drop_down_selected_cb (GtkDropDown    *drop_down,
                       GParamSpec     *pspec,
                       RcCsvImportDialog *self)
{
  guint field;
  guint selected;

  if (self->filling || !g_ptr_array_find (self->drop_downs, drop_down, &field))
    return;

  /* Position 0 is "(none)". */
  selected = gtk_drop_down_get_selected (drop_down);
  rc_import_plan_set_column (self->plan, field,
                             selected == GTK_INVALID_LIST_POSITION || selected == 0 ? -1 : (int) selected - 1);
  rc_csv_import_dialog_check_columns (self);
}

void
rc_csv_import_dialog_build_columns (RcCsvImportDialog *self)
{
  g_autoptr(GtkStringList) columns = gtk_string_list_new (NULL);
  guint n_fields = rc_import_plan_get_n_fields (self->plan);

  adw_preferences_group_set_description (self->mapping_group,
                                         rc_import_plan_get_text (self->plan, RC_IMPORT_TEXT_COLUMNS));

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

  self->filling = TRUE;
  for (guint f = 0; f < n_fields; f++)
    {
      const char *label = rc_import_plan_get_field_label (self->plan, f);
      const char *note = rc_import_plan_get_field_note (self->plan, f);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *drop_down = gtk_drop_down_new (g_object_ref (G_LIST_MODEL (columns)), NULL);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      if (note != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), note);
      gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), rc_import_plan_get_column (self->plan, f) + 1);
      g_signal_connect (drop_down, "notify::selected", G_CALLBACK (drop_down_selected_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), drop_down);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), drop_down);
      adw_preferences_group_add (self->mapping_group, row);
      g_ptr_array_add (self->drop_downs, drop_down);
    }
  self->filling = FALSE;

  rc_csv_import_dialog_check_columns (self);
}
