/* rc-form-dialog.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-field-view.h"
#include "rc-form-dialog.h"
#include "rc-unsaved.h"
#include "rc-write-actions.h"

typedef struct
{
  GPtrArray        *fields;          /* of RcFieldRow, the template's */
  GtkLabel         *message_label;
  AdwMessageDialog *prompt;          /* asking to confirm a save, or NULL */
  RcFormDialogFunc  then;            /* what a "confirm" runs */
  gboolean          valid;
  gboolean          unshown_said;    /* the message is rc_form_dialog_check_unshown()'s */
} RcFormDialogPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (RcFormDialog, rc_form_dialog, ADW_TYPE_WINDOW)

enum { SAVED, N_SIGNALS };
static guint signals [N_SIGNALS];

/* The names of a dialog class's actions. */
typedef struct
{
  char *save;
  char *cancel;
} Actions;

static GQuark
actions_quark (void)
{
  return g_quark_from_static_string ("rc-form-dialog-actions");
}

static const Actions *
get_actions (RcFormDialog *self)
{
  return g_type_get_qdata (G_OBJECT_TYPE (self), actions_quark ());
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RcFormDialogClass *klass = RC_FORM_DIALOG_GET_CLASS (widget);

  if (klass->save != NULL)
    klass->save (RC_FORM_DIALOG (widget));
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  /* The guard (rc-unsaved.h) asks first when changes would be lost. */
  gtk_window_close (GTK_WINDOW (widget));
}

void
rc_form_dialog_class_set_actions (GtkWidgetClass *widget_class,
                                  const char     *save_action,
                                  const char     *cancel_action)
{
  Actions *actions;

  g_return_if_fail (g_type_is_a (G_TYPE_FROM_CLASS (widget_class), RC_TYPE_FORM_DIALOG));
  g_return_if_fail (save_action != NULL && cancel_action != NULL);

  actions = g_new0 (Actions, 1);
  actions->save = g_strdup (save_action);
  actions->cancel = g_strdup (cancel_action);
  g_type_set_qdata (G_TYPE_FROM_CLASS (widget_class), actions_quark (), actions);

  gtk_widget_class_install_action (widget_class, save_action, NULL, save_activated);
  gtk_widget_class_install_action (widget_class, cancel_action, NULL, cancel_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, cancel_action, NULL);
}

static guint
field_index (RcFormDialog *self,
             GtkWidget    *row)
{
  RcFormDialogPrivate *priv = rc_form_dialog_get_instance_private (self);
  guint i;

  for (i = 0; i < priv->fields->len; i++)
    if (rc_field_row_get_row (g_ptr_array_index (priv->fields, i)) == row)
      break;

  return i;
}

/* Enter moves on to the next field, and saves from the last one. */
static void
on_entry_activated (AdwEntryRow  *row,
                    RcFormDialog *self)
{
  RcFormDialogPrivate *priv = rc_form_dialog_get_instance_private (self);
  guint i = field_index (self, GTK_WIDGET (row));

  if (i + 1 < priv->fields->len)
    {
      gtk_widget_grab_focus (g_ptr_array_index (priv->fields, i + 1));
      return;
    }

  if (priv->valid)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), get_actions (self)->save, NULL);
      return;
    }

  for (i = 0; i < priv->fields->len; i++)
    if (rc_field_row_get_error (g_ptr_array_index (priv->fields, i)) != NULL)
      {
        gtk_widget_grab_focus (g_ptr_array_index (priv->fields, i));
        break;
      }
}

void
rc_form_dialog_set_fields (RcFormDialog  *self,
                           RcFieldRow   **fields,
                           guint          n_fields,
                           gboolean       enter_moves_on)
{
  RcFormDialogPrivate *priv = rc_form_dialog_get_instance_private (self);

  g_return_if_fail (RC_IS_FORM_DIALOG (self));
  g_return_if_fail (fields != NULL || n_fields == 0);

  g_ptr_array_set_size (priv->fields, 0);
  for (guint i = 0; i < n_fields; i++)
    {
      GtkWidget *row = rc_field_row_get_row (fields [i]);

      g_ptr_array_add (priv->fields, fields [i]);
      if (enter_moves_on && ADW_IS_ENTRY_ROW (row))
        g_signal_connect_object (row, "entry-activated", G_CALLBACK (on_entry_activated), self, 0);
    }
}

RcFieldRow *
rc_form_dialog_get_field (RcFormDialog *self,
                          guint         field)
{
  RcFormDialogPrivate *priv = rc_form_dialog_get_instance_private (self);

  g_return_val_if_fail (RC_IS_FORM_DIALOG (self), NULL);
  g_return_val_if_fail (field < priv->fields->len, NULL);

  return g_ptr_array_index (priv->fields, field);
}

void
rc_form_dialog_set_field (RcFormDialog *self,
                          guint         field,
                          const char   *text)
{
  RcFieldRow *row = rc_form_dialog_get_field (self, field);

  if (row != NULL)
    rc_field_row_set_text (row, text);
}

void
rc_form_dialog_edit_all (RcFormDialog *self)
{
  RcFormDialogPrivate *priv = rc_form_dialog_get_instance_private (self);

  g_return_if_fail (RC_IS_FORM_DIALOG (self));

  for (guint i = 0; i < priv->fields->len; i++)
    rc_field_row_set_edited (g_ptr_array_index (priv->fields, i), TRUE);
}

void
rc_form_dialog_set_valid (RcFormDialog *self,
                          gboolean      valid)
{
  RcFormDialogPrivate *priv = rc_form_dialog_get_instance_private (self);

  g_return_if_fail (RC_IS_FORM_DIALOG (self));
  g_return_if_fail (get_actions (self) != NULL);

  priv->valid = valid;
  rc_write_action_set_enabled (GTK_WIDGET (self), get_actions (self)->save, valid);
}

gboolean
rc_form_dialog_can_save (RcFormDialog *self)
{
  RcFormDialogPrivate *priv = rc_form_dialog_get_instance_private (self);

  g_return_val_if_fail (RC_IS_FORM_DIALOG (self), FALSE);

  return priv->valid;
}

void
rc_form_dialog_guard (RcFormDialog *self,
                      const char   *saved_signal)
{
  g_return_if_fail (RC_IS_FORM_DIALOG (self));
  g_return_if_fail (get_actions (self) != NULL);

  /* Escape, Cancel and the close button ask before changes are lost. */
  rc_unsaved_guard (GTK_WINDOW (self), get_actions (self)->save, saved_signal);
}

void
rc_form_dialog_saved (RcFormDialog *self,
                      gpointer      item)
{
  g_return_if_fail (RC_IS_FORM_DIALOG (self));
  g_return_if_fail (item == NULL || G_IS_OBJECT (item));

  /* A handler may let go of the dialog; it closes all the same. */
  g_object_ref (self);
  g_signal_emit (self, signals [SAVED], 0, item);
  gtk_window_close (GTK_WINDOW (self));
  g_object_unref (self);
}

void
rc_form_dialog_set_message_label (RcFormDialog *self,
                                  GtkLabel     *label)
{
  RcFormDialogPrivate *priv = rc_form_dialog_get_instance_private (self);

  g_return_if_fail (RC_IS_FORM_DIALOG (self));
  g_return_if_fail (GTK_IS_LABEL (label));

  priv->message_label = label;
}

void
rc_form_dialog_show_message (RcFormDialog *self,
                             const char   *message)
{
  RcFormDialogPrivate *priv = rc_form_dialog_get_instance_private (self);

  g_return_if_fail (RC_IS_FORM_DIALOG (self));
  g_return_if_fail (priv->message_label != NULL);

  gtk_label_set_text (priv->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (priv->message_label), message != NULL);
}

void
rc_form_dialog_show_messagef (RcFormDialog *self,
                              const char   *format,
                              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  rc_form_dialog_show_message (self, message);
}

/* Whether @field is on the form: it and what holds it are not hidden. */
static gboolean
is_shown (RcFormDialog *self,
          GtkWidget    *field)
{
  for (GtkWidget *w = field; w != NULL && w != GTK_WIDGET (self); w = gtk_widget_get_parent (w))
    if (!gtk_widget_get_visible (w))
      return FALSE;

  return TRUE;
}

gboolean
rc_form_dialog_check_unshown (RcFormDialog *self,
                              GPtrArray    *findings)
{
  RcFormDialogPrivate *priv = rc_form_dialog_get_instance_private (self);
  const RcFinding *unshown = NULL;

  g_return_val_if_fail (RC_IS_FORM_DIALOG (self), FALSE);

  for (guint i = 0; findings != NULL && i < findings->len && unshown == NULL; i++)
    {
      const RcFinding *finding = g_ptr_array_index (findings, i);
      gboolean shown = FALSE;

      for (guint f = 0; f < priv->fields->len && !shown; f++)
        {
          RcFieldRow *field = g_ptr_array_index (priv->fields, f);

          shown = g_strcmp0 (finding->field, rc_field_row_get_key (field)) == 0
                  && is_shown (self, GTK_WIDGET (field));
        }
      if (finding->severity == RC_FINDING_ERROR && !shown)
        unshown = finding;
    }

  /* A failed save's message stays until this has one of its own. */
  if (unshown != NULL || priv->unshown_said)
    rc_form_dialog_show_message (self, unshown != NULL ? unshown->message : NULL);
  priv->unshown_said = unshown != NULL;

  return unshown == NULL;
}

static void
on_prompt_response (AdwMessageDialog *prompt,
                    const char       *response,
                    RcFormDialog     *self)
{
  RcFormDialogPrivate *priv = rc_form_dialog_get_instance_private (self);

  g_clear_weak_pointer (&priv->prompt);
  if (g_str_equal (response, "confirm") && priv->then != NULL)
    priv->then (self);
}

void
rc_form_dialog_confirm (RcFormDialog     *self,
                        GPtrArray        *findings,
                        const char       *heading,
                        const char       *confirm_label,
                        RcFormDialogFunc  then)
{
  RcFormDialogPrivate *priv = rc_form_dialog_get_instance_private (self);
  g_autofree char *body = NULL;
  AdwMessageDialog *prompt;

  g_return_if_fail (RC_IS_FORM_DIALOG (self));
  g_return_if_fail (then != NULL);

  if (priv->prompt != NULL)
    return;
  if (findings == NULL || (body = rc_findings_join (findings, RC_FINDING_CONFIRM, "\n")) == NULL)
    {
      then (self);
      return;
    }

  prompt = rc_field_view_ask (GTK_WINDOW (self), heading, body, confirm_label);
  priv->then = then;
  g_set_weak_pointer (&priv->prompt, prompt);
  g_signal_connect (prompt, "response", G_CALLBACK (on_prompt_response), self);
}

AdwMessageDialog *
rc_form_dialog_get_prompt (RcFormDialog *self)
{
  RcFormDialogPrivate *priv = rc_form_dialog_get_instance_private (self);

  g_return_val_if_fail (RC_IS_FORM_DIALOG (self), NULL);

  return priv->prompt;
}

static void
rc_form_dialog_dispose (GObject *object)
{
  RcFormDialog *self = RC_FORM_DIALOG (object);
  RcFormDialogPrivate *priv = rc_form_dialog_get_instance_private (self);

  /* The question is transient for the dialog: it goes with it. */
  if (priv->prompt != NULL)
    gtk_window_destroy (GTK_WINDOW (priv->prompt));
  g_clear_weak_pointer (&priv->prompt);
  g_ptr_array_set_size (priv->fields, 0);
  priv->message_label = NULL;

  G_OBJECT_CLASS (rc_form_dialog_parent_class)->dispose (object);
}

static void
rc_form_dialog_finalize (GObject *object)
{
  RcFormDialog *self = RC_FORM_DIALOG (object);
  RcFormDialogPrivate *priv = rc_form_dialog_get_instance_private (self);

  g_ptr_array_unref (priv->fields);

  G_OBJECT_CLASS (rc_form_dialog_parent_class)->finalize (object);
}

static void
rc_form_dialog_class_init (RcFormDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rc_form_dialog_dispose;
  object_class->finalize = rc_form_dialog_finalize;

  /**
   * RcFormDialog::saved:
   * @item: (nullable): what was saved, as stored, with its id (an
   *   RcCohort, RcTrainee, RcWorkforceReturn or RcUpdatingActivity), or
   *   NULL
   */
  signals [SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_OBJECT);
}

static void
rc_form_dialog_init (RcFormDialog *self)
{
  RcFormDialogPrivate *priv = rc_form_dialog_get_instance_private (self);

  priv->fields = g_ptr_array_new ();
  g_type_ensure (RC_TYPE_FIELD_ROW);
}
