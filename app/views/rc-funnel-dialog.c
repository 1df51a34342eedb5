/* rc-funnel-dialog.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-field-view.h"
#include "rc-funnel-dialog.h"
#include "rc-unsaved.h"

/* The rows: one per step, then the source. */
#define N_ROWS (RC_N_FUNNEL_STEPS + 1)
#define SOURCE_ROW RC_N_FUNNEL_STEPS

static const char *row_names [N_ROWS] = {
  "applied_row", "shortlisted_row", "assessed_row", "offered_row", "started_row", "completed_row",
  "registered_row", "in_job_row", "source_row",
};
static const char *error_names [N_ROWS] = {
  "applied_error", "shortlisted_error", "assessed_error", "offered_error", "started_error", "completed_error",
  "registered_error", "in_job_error", "source_error",
};
static const char *check_names [RC_N_FUNNEL_STEPS] = {
  "applied_at_least", "shortlisted_at_least", "assessed_at_least", "offered_at_least", "started_at_least",
  "completed_at_least", "registered_at_least", "in_job_at_least",
};
/* As rc_funnel_check() names its findings. */
static const char * const rule_keys [N_ROWS] = {
  "count:applied", "count:shortlisted", "count:assessed", "count:offered", "count:started", "count:completed",
  "count:registered", "count:in_job", "note",
};

struct _RcFunnelDialog
{
  AdwWindow        parent_instance;

  RcStore         *store;
  RcCohort        *cohort;
  RcRetention      retention;
  char            *errors [N_ROWS];
  char            *warnings [N_ROWS];
  gboolean         valid;

  /* template children */
  GtkLabel        *save_error_label;
  AdwWindowTitle  *window_title;
  AdwEntryRow     *rows [N_ROWS];
  GtkLabel        *error_labels [N_ROWS];
  GtkCheckButton  *checks [RC_N_FUNNEL_STEPS];
};

G_DEFINE_FINAL_TYPE (RcFunnelDialog, rc_funnel_dialog, ADW_TYPE_WINDOW)

enum { SAVED, N_SIGNALS };
static guint signals [N_SIGNALS];

static char *
row_text (RcFunnelDialog *self,
          guint           row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rows [row]))));
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
  gboolean ok [N_ROWS];
  gboolean valid = TRUE;

  for (guint i = 0; i < N_ROWS; i++)
    g_clear_pointer (&self->errors [i], g_free);
  figures = build_figures (self, self->errors);
  for (guint i = 0; i < N_ROWS; i++)
    ok [i] = self->errors [i] == NULL;

  findings = rc_funnel_check (figures, &self->retention);
  rc_field_view_take_findings (findings, rule_keys, self->rows, N_ROWS, ok, self->errors, self->warnings);
  for (guint i = 0; i < N_ROWS; i++)
    {
      valid &= ok [i];
      rc_field_view_show (GTK_WIDGET (self->rows [i]), self->error_labels [i], self->errors [i],
                          self->warnings [i]);
    }

  self->valid = valid;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "funnel-dialog.save", valid);
}

static void
on_field_changed (GtkEditable    *editable,
                  RcFunnelDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->save_error_label), FALSE);
  validate (self);
}

static void
on_check_toggled (RcFunnelDialog *self)
{
  validate (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RcFunnelDialog *self = RC_FUNNEL_DIALOG (widget);
  g_autoptr(RcFunnelFigures) figures = NULL;
  g_autoptr(GError) error = NULL;

  validate (self);
  if (!self->valid)
    return;

  figures = build_figures (self, NULL);
  if (!rc_store_save_funnel_figures (self->store, figures, &error))
    {
      /* Translators: the reason the database gave */
      g_autofree char *text = g_strdup_printf (_("The figures were not saved: %s"), error->message);

      gtk_label_set_text (self->save_error_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error_label), TRUE);
      return;
    }

  g_object_ref (self);
  g_signal_emit (self, signals [SAVED], 0);
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

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rows [i]), title);
      gtk_editable_set_text (GTK_EDITABLE (self->rows [i]), count);
      gtk_check_button_set_active (self->checks [i], figures->at_least [i]);
      if (source == NULL && figures->set [i])
        source = figures->source [i];
    }
  gtk_editable_set_text (GTK_EDITABLE (self->rows [SOURCE_ROW]), source != NULL ? source : "");
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
  self->cohort = g_object_ref (cohort);
  adw_window_title_set_subtitle (self->window_title, cohort->name);

  if (!rc_store_get_cohort_retention (store, cohort->id, 0, &self->retention, NULL, &error)
      || (figures = rc_store_get_funnel_figures (store, cohort->id, &error)) == NULL)
    {
      gtk_label_set_text (self->save_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error_label), TRUE);
      figures = rc_funnel_figures_new ();
    }
  fill (self, figures);
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->rows [RC_FUNNEL_APPLIED]));

  /* Escape, Cancel and the close button ask before changes are lost. */
  rc_unsaved_guard (GTK_WINDOW (self), "funnel-dialog.save", "saved");

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
  gtk_editable_set_text (GTK_EDITABLE (self->rows [step]), text != NULL ? text : "");
}

void
rc_funnel_dialog_set_source (RcFunnelDialog *self,
                             const char     *text)
{
  g_return_if_fail (RC_IS_FUNNEL_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->rows [SOURCE_ROW]), text != NULL ? text : "");
}

const char *
rc_funnel_dialog_get_message (RcFunnelDialog *self,
                              RcFunnelStep    step)
{
  g_return_val_if_fail (RC_IS_FUNNEL_DIALOG (self), NULL);
  g_return_val_if_fail ((guint) step < RC_N_FUNNEL_STEPS, NULL);

  return self->errors [step] != NULL ? self->errors [step] : self->warnings [step];
}

gboolean
rc_funnel_dialog_can_save (RcFunnelDialog *self)
{
  g_return_val_if_fail (RC_IS_FUNNEL_DIALOG (self), FALSE);

  return self->valid;
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
rc_funnel_dialog_finalize (GObject *object)
{
  RcFunnelDialog *self = RC_FUNNEL_DIALOG (object);

  for (guint i = 0; i < N_ROWS; i++)
    {
      g_clear_pointer (&self->errors [i], g_free);
      g_clear_pointer (&self->warnings [i], g_free);
    }

  G_OBJECT_CLASS (rc_funnel_dialog_parent_class)->finalize (object);
}

static void
rc_funnel_dialog_class_init (RcFunnelDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_funnel_dialog_dispose;
  object_class->finalize = rc_funnel_dialog_finalize;

  /**
   * RcFunnelDialog::saved:
   *
   * The figures were saved; the dialog closes next.
   */
  signals [SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-funnel-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RcFunnelDialog, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, RcFunnelDialog, window_title);
  for (guint i = 0; i < N_ROWS; i++)
    {
      gtk_widget_class_bind_template_child_full (widget_class, row_names [i], FALSE,
                                                 G_STRUCT_OFFSET (RcFunnelDialog, rows) + i * sizeof (gpointer));
      gtk_widget_class_bind_template_child_full (widget_class, error_names [i], FALSE,
                                                 G_STRUCT_OFFSET (RcFunnelDialog, error_labels)
                                                 + i * sizeof (gpointer));
    }
  for (guint i = 0; i < RC_N_FUNNEL_STEPS; i++)
    gtk_widget_class_bind_template_child_full (widget_class, check_names [i], FALSE,
                                               G_STRUCT_OFFSET (RcFunnelDialog, checks) + i * sizeof (gpointer));
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_check_toggled);

  gtk_widget_class_install_action (widget_class, "funnel-dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "funnel-dialog.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "funnel-dialog.cancel", NULL);
}

static void
rc_funnel_dialog_init (RcFunnelDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rc_field_view_limit (self->rows [SOURCE_ROW], RC_LIMIT_NOTE);
}
