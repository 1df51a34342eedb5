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
  GtkLabel  *text_label;
  GtkLabel  *places_label;

  /* What the labels say, line by line, as tests read it. */
  char      *name;
  char      *summary;
  char      *places;
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

/* Each line of the text label in the style its own label had: the dates
 * as "caption dim-label", the counts as "caption" (Adwaita's caption is
 * 82 % of the text and dim-label 55 % opaque; Pango's "small" is 83 %). */
void
rc_cohort_row_set (RcCohortRow       *self,
                   RcCohort          *cohort,
                   const RcRetention *retention,
                   const guint       *counts)
{
  g_autofree char *group = NULL;
  g_autofree char *dates = NULL;
  g_autofree char *text = NULL;
  g_autofree char *places = NULL;
  g_autofree char *tooltip = NULL;

  g_return_if_fail (RC_IS_COHORT_ROW (self));
  g_return_if_fail (RC_IS_COHORT (cohort));

  group = g_strdup_printf ("%s · %s", cohort->programme_name, cohort->consortium_name);
  /* Translators: the first and last days of a cohort */
  dates = g_strdup_printf (_("%s to %s"), cohort->starts_on, cohort->ends_on);
  g_free (self->name);
  self->name = g_strdup (cohort->name);
  g_free (self->summary);
  self->summary = rc_cohort_stage_summary (retention, counts);
  gtk_label_set_label (self->group_label, group);
  text = g_markup_printf_escaped ("%s\n"
                                  "<span size=\"small\" alpha=\"55%%\">%s</span>"
                                  "%s<span size=\"small\">%s</span>",
                                  cohort->name, dates,
                                  self->summary[0] != '\0' ? "\n" : "", self->summary);
  gtk_label_set_markup (self->text_label, text);

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

  g_free (self->places);
  self->places = g_strdup (places);
  g_free (text);
  text = g_markup_printf_escaped ("<span font_features=\"tnum=1\">%s</span>\n"
                                  "<span size=\"small\" alpha=\"55%%\">%s</span>",
                                  /* Translators: under a count of places filled of those funded, such as 26/28 */
                                  places, _("places"));
  gtk_label_set_markup (self->places_label, text);
  rc_view_set_tooltip (GTK_WIDGET (self->places_label), tooltip);
}

const char *
rc_cohort_row_get_summary_text (RcCohortRow *self)
{
  g_return_val_if_fail (RC_IS_COHORT_ROW (self), NULL);

  return self->summary != NULL ? self->summary : "";
}

const char *
rc_cohort_row_get_name_text (RcCohortRow *self)
{
  g_return_val_if_fail (RC_IS_COHORT_ROW (self), NULL);

  return self->name != NULL ? self->name : "";
}

const char *
rc_cohort_row_get_places_text (RcCohortRow *self)
{
  g_return_val_if_fail (RC_IS_COHORT_ROW (self), NULL);

  return self->places != NULL ? self->places : "";
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
rc_cohort_row_finalize (GObject *object)
{
  RcCohortRow *self = RC_COHORT_ROW (object);

  g_free (self->name);
  g_free (self->summary);
  g_free (self->places);

  G_OBJECT_CLASS (rc_cohort_row_parent_class)->finalize (object);
}

static void
rc_cohort_row_class_init (RcCohortRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_cohort_row_dispose;
  object_class->finalize = rc_cohort_row_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_GRID_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-cohort-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RcCohortRow, group_label);
  gtk_widget_class_bind_template_child (widget_class, RcCohortRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, RcCohortRow, places_label);
}

static void
rc_cohort_row_init (RcCohortRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_grid_layout_set_column_spacing (GTK_GRID_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 12);
  gtk_grid_layout_set_row_spacing (GTK_GRID_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 2);
}
