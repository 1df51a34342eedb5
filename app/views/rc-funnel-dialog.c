/* rc-funnel-dialog.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rc-field-rules.h"
#include "rc-funnel-dialog.h"
#include "rc-write-actions.h"

/* The rows: one per step, then the source. */
#define N_ROWS (RC_N_FUNNEL_STEPS + 1)
#define SOURCE_ROW RC_N_FUNNEL_STEPS

/* The fields' template children; each field row's key is what
 * rc_funnel_check() names its findings by. */
static const char *field_names [N_ROWS] = {
  "applied_field", "shortlisted_field", "assessed_field", "offered_field", "started_field", "completed_field",
  "registered_field", "in_job_field", "source_field",
};
static const char *check_names [RC_N_FUNNEL_STEPS] = {
  "applied_at_least", "shortlisted_at_least", "assessed_at_least", "offered_at_least", "started_at_least",
  "completed_at_least", "registered_at_least", "in_job_at_least",
};

struct _RcFunnelDialog
{
  RcFormDialog     parent_instance;

  RcStore         *store;
  RcCohort        *cohort;
  RcRetention      retention;

  /* template children */
  GtkLabel        *save_error_label;
  AdwWindowTitle  *window_title;
  RcFieldRow      *fields [N_ROWS];
  GtkCheckButton  *checks [RC_N_FUNNEL_STEPS];
};

G_DEFINE_FINAL_TYPE (RcFunnelDialog, rc_funnel_dialog, RC_TYPE_FORM_DIALOG)

static char *
row_text (RcFunnelDialog *self,
          guint           row)
{
  return g_strstrip (g_strdup (rc_field_row_get_text (self->fields [row])));
}

/* The figures as typed; a step whose text is no number is left unset, and
 * its row says so (@errors). */
static RcFunnelFigures *
build_figures (RcFunnelDialog *self,
               char          **errors)
{
  RcFunnelFigures *figures = rc_funnel_figures_new ();
  g_autofree char *source = row_text (self, SOURCE_ROW);

  figures->cohort_id = self->cohort->id;
  for (guint i = 0; i < RC_N_FUNNEL_STEPS; i++)
    {
      g_autofree char *text = row_text (self, i);
      guint64 value;

      if (*text == '\0')
        continue;
      if (!g_ascii_string_to_unsigned (text, 10, 0, RC_FUNNEL_MAX_COUNT, &value, NULL))
        {
          if (errors != NULL)
            errors [i] = g_strdup (_("Enter a whole number from 0 to 1,000,000, or leave it empty to count "
                                     "the trainees"));
          continue;
        }
      figures->set [i] = TRUE;
      figures->count [i] = (gint64) value;
      figures->at_least [i] = gtk_check_button_get_active (self->checks [i]);
      figures->source [i] = *source != '\0' ? g_strdup (source) : NULL;
    }

  return figures;
}

static void
validate (RcFunnelDialog *self)
{
  g_autoptr(RcFunnelFigures) figures = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  char *errors [N_ROWS] = { NULL };
  gboolean valid = TRUE;

  figures = build_figures (self, errors);
  findings = rc_funnel_check (figures, &self->retention);
  for (guint i = 0; i < N_ROWS; i++)
    {
      valid &= rc_field_row_show_findings (self->fields [i], errors [i], errors [i] == NULL, findings)
               && errors [i] == NULL;
      g_free (errors [i]);
    }

  rc_form_dialog_set_valid (RC_FORM_DIALOG (self), valid);
}

static void
on_field_changed (RcFieldRow     *field,
                  RcFunnelDialog *self)
{
  rc_form_dialog_show_message (RC_FORM_DIALOG (self), NULL);
  validate (self);
}

static void
on_check_toggled (RcFunnelDialog *self)
{
  validate (self);
}

static void
rc_funnel_dialog_save (RcFormDialog *dialog)
{
  RcFunnelDialog *self = RC_FUNNEL_DIALOG (dialog);
  g_autoptr(RcFunnelFigures) figures = NULL;
  g_autoptr(GError) error = NULL;

  validate (self);
  if (!rc_form_dialog_can_save (dialog))
    return;

  figures = build_figures (self, NULL);
  if (!rc_store_save_funnel_figures (self->store, figures, &error))
    {
      /* Translators: the reason the database gave */
      rc_form_dialog_show_messagef (dialog, _("The figures were not saved: %s"), error->message);
      return;
    }

  rc_form_dialog_saved (RC_FORM_DIALOG (self), NULL);
}

static void
fill (RcFunnelDialog  *self,
      RcFunnelFigures *figures)
{
  const char *source = NULL;

  for (guint i = 0; i < RC_N_FUNNEL_STEPS; i++)
    {
      g_autofree char *count = figures->set [i] ? g_strdup_printf ("%" G_GINT64_FORMAT, figures->count [i])
                                                : g_strdup ("");
      /* Translators: a step of the funnel, and what the trainees count there: "Applied (trainees: 14)" */
      g_autofree char *title = g_strdup_printf (_("%s (trainees: %u)"), rc_funnel_step_get_label (i),
                                                rc_funnel_count_from_retention (&self->retention, i));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rc_field_row_get_row (self->fields [i])), title);
      rc_field_row_fill (self->fields [i], count);
      gtk_check_button_set_active (self->checks [i], figures->at_least [i]);
      if (source == NULL && figures->set [i])
        source = figures->source [i];
    }
  rc_field_row_fill (self->fields [SOURCE_ROW], source != NULL ? source : "");
}

GtkWidget *
rc_funnel_dialog_new (GtkWindow *parent,
                      RcStore   *store,
                      RcCohort  *cohort)
{
  g_autoptr(RcFunnelFigures) figures = NULL;
  g_autoptr(GError) error = NULL;
  RcFunnelDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RC_IS_STORE (store), NULL);
  g_return_val_if_fail (RC_IS_COHORT (cohort), NULL);

  self = g_object_new (RC_TYPE_FUNNEL_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  rc_write_actions_follow_store (GTK_WIDGET (self), store);
  self->cohort = g_object_ref (cohort);
  adw_window_title_set_subtitle (self->window_title, cohort->name);

  if (!rc_store_get_cohort_retention (store, cohort->id, 0, &self->retention, NULL, &error)
      || (figures = rc_store_get_funnel_figures (store, cohort->id, &error)) == NULL)
    {
      rc_form_dialog_show_message (RC_FORM_DIALOG (self), error->message);
      figures = rc_funnel_figures_new ();
    }
  fill (self, figures);
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->fields [RC_FUNNEL_APPLIED]));

  rc_form_dialog_guard (RC_FORM_DIALOG (self), "saved");

  return GTK_WIDGET (self);
}

void
rc_funnel_dialog_set_count (RcFunnelDialog *self,
                            RcFunnelStep    step,
                            const char     *text,
                            gboolean        at_least)
{
  g_return_if_fail (RC_IS_FUNNEL_DIALOG (self));
  g_return_if_fail ((guint) step < RC_N_FUNNEL_STEPS);

  gtk_check_button_set_active (self->checks [step], at_least);
  rc_field_row_set_text (self->fields [step], text != NULL ? text : "");
}

void
rc_funnel_dialog_set_source (RcFunnelDialog *self,
                             const char     *text)
{
  g_return_if_fail (RC_IS_FUNNEL_DIALOG (self));

  rc_field_row_set_text (self->fields [SOURCE_ROW], text != NULL ? text : "");
}

const char *
rc_funnel_dialog_get_message (RcFunnelDialog *self,
                              RcFunnelStep    step)
{
  g_return_val_if_fail (RC_IS_FUNNEL_DIALOG (self), NULL);
  g_return_val_if_fail ((guint) step < RC_N_FUNNEL_STEPS, NULL);

  if (rc_field_row_get_error (self->fields [step]) != NULL)
    return rc_field_row_get_error (self->fields [step]);

  return rc_field_row_get_warning (self->fields [step]);
}

static void
rc_funnel_dialog_dispose (GObject *object)
{
  RcFunnelDialog *self = RC_FUNNEL_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_FUNNEL_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->cohort);

  G_OBJECT_CLASS (rc_funnel_dialog_parent_class)->dispose (object);
}

static void
rc_funnel_dialog_class_init (RcFunnelDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_funnel_dialog_dispose;
  RC_FORM_DIALOG_CLASS (klass)->save = rc_funnel_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-funnel-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RcFunnelDialog, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, RcFunnelDialog, window_title);
  for (guint i = 0; i < N_ROWS; i++)
    gtk_widget_class_bind_template_child_full (widget_class, field_names [i], FALSE,
                                               G_STRUCT_OFFSET (RcFunnelDialog, fields) + i * sizeof (gpointer));
  for (guint i = 0; i < RC_N_FUNNEL_STEPS; i++)
    gtk_widget_class_bind_template_child_full (widget_class, check_names [i], FALSE,
                                               G_STRUCT_OFFSET (RcFunnelDialog, checks) + i * sizeof (gpointer));
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_check_toggled);

  rc_form_dialog_class_set_actions (widget_class, "funnel-dialog.save", "funnel-dialog.cancel");
}

static void
rc_funnel_dialog_init (RcFunnelDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rc_form_dialog_set_fields (RC_FORM_DIALOG (self), self->fields, N_ROWS, TRUE);
  rc_form_dialog_set_message_label (RC_FORM_DIALOG (self), self->save_error_label);
  rc_field_row_set_max_length (self->fields [SOURCE_ROW], RC_LIMIT_NOTE);
}
