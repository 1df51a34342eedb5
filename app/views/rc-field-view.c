/* rc-field-view.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-field-view.h"

#define CUT_KEY "rc-field-view-cut"

void
rc_field_view_show (GtkWidget  *row,
                    GtkLabel   *label,
                    const char *error,
                    const char *warning)
{
  GtkWidget *label_widget = GTK_WIDGET (label);
  const char *message = error != NULL ? error : warning;

  g_return_if_fail (GTK_IS_WIDGET (row));
  g_return_if_fail (GTK_IS_LABEL (label));

  if (error == NULL && warning != NULL)
    {
      /* A sign as well as a colour, as the rates have. */
      g_autofree char *text = g_strconcat ("⚠ ", warning, NULL);

      gtk_label_set_text (label, text);
    }
  else
    gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (gtk_widget_get_parent (label_widget), message != NULL);

  gtk_widget_remove_css_class (row, "error");
  gtk_widget_remove_css_class (row, "warning");
  gtk_widget_remove_css_class (label_widget, "error");
  gtk_widget_remove_css_class (label_widget, "warning");
  if (message != NULL)
    {
      gtk_widget_add_css_class (row, error != NULL ? "error" : "warning");
      gtk_widget_add_css_class (label_widget, error != NULL ? "error" : "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

  if (error != NULL)
    gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                                 GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
  else
    gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
}

/* Before the text is inserted, and cut: whether all of it fits. */
static void
on_insert_text (GtkEditable *text,
                const char  *inserted,
                int          length,
                int         *position,
                AdwEntryRow *row)
{
  int max_chars = gtk_text_get_max_length (GTK_TEXT (text));
  glong have = g_utf8_strlen (gtk_editable_get_text (text), -1);
  glong adding = g_utf8_strlen (inserted, length);

  if (max_chars > 0 && have + adding > max_chars)
    g_object_set_data (G_OBJECT (row), CUT_KEY, GINT_TO_POINTER (TRUE));
}

void
rc_field_view_limit (AdwEntryRow *row,
                     guint        max_chars)
{
  GtkEditable *delegate;

  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));
  g_return_if_fail (GTK_IS_TEXT (delegate));

  gtk_text_set_max_length (GTK_TEXT (delegate), (int) max_chars);
  g_signal_connect_object (delegate, "insert-text", G_CALLBACK (on_insert_text), row, 0);
}

gboolean
rc_field_view_was_cut (AdwEntryRow *row)
{
  GtkEditable *delegate;

  g_return_val_if_fail (ADW_IS_ENTRY_ROW (row), FALSE);

  if (g_object_get_data (G_OBJECT (row), CUT_KEY) == NULL)
    return FALSE;

  /* Shortened since: what is there now is what was typed. */
  delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));
  if (g_utf8_strlen (gtk_editable_get_text (delegate), -1) < gtk_text_get_max_length (GTK_TEXT (delegate)))
    {
      g_object_set_data (G_OBJECT (row), CUT_KEY, NULL);
      return FALSE;
    }

  return TRUE;
}

char *
rc_field_view_cut_message (AdwEntryRow *row)
{
  GtkEditable *delegate;
  int max_chars;

  if (!rc_field_view_was_cut (row))
    return NULL;

  delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));
  max_chars = gtk_text_get_max_length (GTK_TEXT (delegate));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Only the first %d character was kept: at most %d fits here",
                                       "Only the first %d characters were kept: at most %d fit here",
                                       max_chars),
                          max_chars, max_chars);
}

AdwMessageDialog *
rc_field_view_ask (GtkWindow  *parent,
                   const char *heading,
                   const char *body,
                   const char *confirm_label)
{
  AdwMessageDialog *prompt;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  prompt = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  adw_message_dialog_add_responses (prompt,
                                    "cancel", _("_Cancel"),
                                    "confirm", confirm_label,
                                    NULL);
  /* What is unlikely is not saved by a hasty Enter. */
  adw_message_dialog_set_default_response (prompt, "cancel");
  adw_message_dialog_set_close_response (prompt, "cancel");
  gtk_window_present (GTK_WINDOW (prompt));

  return prompt;
}

void
rc_field_view_take_findings (GPtrArray          *findings,
                             const char * const *keys,
                             AdwEntryRow       **rows,
                             guint               n,
                             gboolean           *ok,
                             char              **errors,
                             char              **warnings)
{
  for (guint i = 0; i < n; i++)
    {
      const RcFinding *error = rc_findings_get (findings, keys [i], RC_FINDING_ERROR);
      const RcFinding *warning = rc_findings_get (findings, keys [i], RC_FINDING_WARNING);
      g_autofree char *cut = rc_field_view_cut_message (rows [i]);

      if (warning == NULL)
        warning = rc_findings_get (findings, keys [i], RC_FINDING_CONFIRM);
      g_clear_pointer (&warnings [i], g_free);
      if (ok [i] && error != NULL)
        {
          g_free (errors [i]);
          errors [i] = g_strdup (error->message);
          ok [i] = FALSE;
        }
      if (errors [i] != NULL)
        continue;
      if (cut != NULL && warning != NULL)
        warnings [i] = g_strconcat (cut, "; ", warning->message, NULL);
      else if (cut != NULL)
        warnings [i] = g_steal_pointer (&cut);
      else if (warning != NULL)
        warnings [i] = g_strdup (warning->message);
    }
}
