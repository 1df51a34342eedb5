/* rc-cohort-row.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-cohort-row.h"
#include "rc-view-util.h"

struct _RcCohortRow
{
  GtkWidget  parent_instance;

  /* template children */
  GtkLabel  *group_label;
  GtkLabel  *name_label;
  GtkLabel  *dates_label;
  GtkLabel  *summary_label;
  GtkLabel  *places_label;
  GtkLabel  *places_caption;
};

G_DEFINE_FINAL_TYPE (RcCohortRow, rc_cohort_row, GTK_TYPE_WIDGET)

GtkWidget *
rc_cohort_row_new (void)
{
  return g_object_new (RC_TYPE_COHORT_ROW, NULL);
}

char *
rc_cohort_stage_summary (const RcRetention *retention,
                         const guint       *counts)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (retention == NULL || counts == NULL)
    return g_strdup ("");
  if (retention->trainees == 0)
    return g_strdup (_("No trainees yet"));

  /* The counts are rc_retention_compute()'s, as every view shows them. */
  if (retention->recruiting > 0)
    /* Translators: trainees who applied, are at an assessment centre or
     * were offered a place, and have not started */
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u applying",
                                                          "%u applying", retention->recruiting),
                                             retention->recruiting));
  if (retention->in_training > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u in training",
                                                          "%u in training", retention->in_training),
                                             retention->in_training));
  if (retention->qualified > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u qualified",
                                                          "%u qualified", retention->qualified),
                                             retention->qualified));
  if (counts[RC_STAGE_WITHDRAWN] > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u withdrawn",
                                                          "%u withdrawn", counts[RC_STAGE_WITHDRAWN]),
                                             counts[RC_STAGE_WITHDRAWN]));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

void
rc_cohort_row_set (RcCohortRow       *self,
                   RcCohort          *cohort,
                   const RcRetention *retention,
                   const guint       *counts)
{
  g_autofree char *group = NULL;
  g_autofree char *dates = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *places = NULL;
  g_autofree char *tooltip = NULL;

  g_return_if_fail (RC_IS_COHORT_ROW (self));
  g_return_if_fail (RC_IS_COHORT (cohort));

  group = g_strdup_printf ("%s · %s", cohort->programme_name, cohort->consortium_name);
  gtk_label_set_label (self->group_label, group);
  gtk_label_set_label (self->name_label, cohort->name);
  /* Translators: the first and last days of a cohort */
  dates = g_strdup_printf (_("%s to %s"), cohort->starts_on, cohort->ends_on);
  gtk_label_set_label (self->dates_label, dates);

  summary = rc_cohort_stage_summary (retention, counts);
  gtk_label_set_label (self->summary_label, summary);

  if (retention != NULL)
    {
      guint filled = retention->filled;

      places = g_strdup_printf ("%u/%" G_GINT64_FORMAT, filled, cohort->places_funded);
      /* Translators: places filled by trainees who enrolled and have not
       * withdrawn, of those funded */
      tooltip = g_strdup_printf (_("%u of %" G_GINT64_FORMAT " funded places filled"),
                                 filled, cohort->places_funded);
    }
  else
    places = g_strdup_printf ("%" G_GINT64_FORMAT, cohort->places_funded);

  gtk_label_set_label (self->places_label, places);
  rc_view_set_tooltip (GTK_WIDGET (self->places_label), tooltip);
  rc_view_set_tooltip (GTK_WIDGET (self->places_caption), tooltip);
}

const char *
rc_cohort_row_get_summary_text (RcCohortRow *self)
{
  g_return_val_if_fail (RC_IS_COHORT_ROW (self), NULL);

  return gtk_label_get_label (self->summary_label);
}

const char *
rc_cohort_row_get_name_text (RcCohortRow *self)
{
  g_return_val_if_fail (RC_IS_COHORT_ROW (self), NULL);

  return gtk_label_get_label (self->name_label);
}

const char *
rc_cohort_row_get_places_text (RcCohortRow *self)
{
  g_return_val_if_fail (RC_IS_COHORT_ROW (self), NULL);

  return gtk_label_get_label (self->places_label);
}

static void
rc_cohort_row_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), RC_TYPE_COHORT_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rc_cohort_row_parent_class)->dispose (object);
}

static void
rc_cohort_row_class_init (RcCohortRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_cohort_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-cohort-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RcCohortRow, group_label);
  gtk_widget_class_bind_template_child (widget_class, RcCohortRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, RcCohortRow, dates_label);
  gtk_widget_class_bind_template_child (widget_class, RcCohortRow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RcCohortRow, places_label);
  gtk_widget_class_bind_template_child (widget_class, RcCohortRow, places_caption);
}

static void
rc_cohort_row_init (RcCohortRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 12);
}
