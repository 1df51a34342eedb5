/* rc-council-row.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rc-rates.h"
#include "rc-council-row.h"
#include "rc-view-util.h"

struct _RcCouncilRow
{
  GtkWidget  parent_instance;

  /* template children */
  GtkLabel  *name_label;
  GtkLabel  *detail_label;
  GtkLabel  *rate_label;
  GtkLabel  *level_label;
};

G_DEFINE_FINAL_TYPE (RcCouncilRow, rc_council_row, GTK_TYPE_WIDGET)

/* The DfE's national vacancy rate has stayed near 15-20 %; below 10 % is
 * comfortable, 20 % and over is a worry. */
const char *
rc_vacancy_rate_level (RcRate rate)
{
  if (!rate.present)
    return NULL;
  if (rate.value >= 0.20)
    return "high";
  if (rate.value >= 0.10)
    return "medium";

  return "low";
}

static const char *
level_label (const char *level)
{
  if (g_strcmp0 (level, "high") == 0)
    return _("High");
  if (g_strcmp0 (level, "medium") == 0)
    return _("Medium");
  if (g_strcmp0 (level, "low") == 0)
    return _("Low");

  return "";
}

GtkWidget *
rc_council_row_new (void)
{
  return g_object_new (RC_TYPE_COUNCIL_ROW, NULL);
}

void
rc_council_row_set (RcCouncilRow *self,
                    RcCouncil    *council,
                    RcRate        vacancy_rate,
                    gint64        year)
{
  static const char *levels[] = { "rate-low", "rate-medium", "rate-high" };
  g_autofree char *detail = NULL;
  g_autofree char *rate = NULL;
  g_autofree char *tooltip = NULL;
  const char *level;

  g_return_if_fail (RC_IS_COUNCIL_ROW (self));
  g_return_if_fail (RC_IS_COUNCIL (council));

  gtk_label_set_label (self->name_label, council->name);

  if (council->active_to_on != NULL)
    /* Translators: region, code and when a former council ended */
    detail = g_strdup_printf (_("%s · %s · until %s"), council->region_name, council->gss_code,
                              council->active_to_on);
  else if (council->la_number != 0)
    detail = g_strdup_printf ("%s · %s · %" G_GINT64_FORMAT, council->region_name, council->gss_code,
                              council->la_number);
  else
    detail = g_strdup_printf ("%s · %s", council->region_name, council->gss_code);
  gtk_label_set_label (self->detail_label, detail);

  level = rc_vacancy_rate_level (vacancy_rate);
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->rate_label), levels[i]);
      gtk_widget_remove_css_class (GTK_WIDGET (self->level_label), levels[i]);
    }

  if (level == NULL)
    {
      gtk_label_set_label (self->rate_label, "");
      gtk_label_set_label (self->level_label, "");
      rc_view_set_tooltip (GTK_WIDGET (self), NULL);
      return;
    }

  rate = rc_rate_format_percent (vacancy_rate);
  gtk_label_set_label (self->rate_label, rate);
  /* A word as well as a colour, so the level reads without colour. */
  gtk_label_set_label (self->level_label, level_label (level));
  {
    g_autofree char *css = g_strconcat ("rate-", level, NULL);
    gtk_widget_add_css_class (GTK_WIDGET (self->rate_label), css);
    gtk_widget_add_css_class (GTK_WIDGET (self->level_label), css);
  }

  /* Translators: a vacancy rate and the year of its return */
  tooltip = g_strdup_printf (_("Vacancy rate %s in %d"), rate, (int) year);
  rc_view_set_tooltip (GTK_WIDGET (self), tooltip);
}

static void
rc_council_row_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), RC_TYPE_COUNCIL_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rc_council_row_parent_class)->dispose (object);
}

static void
rc_council_row_class_init (RcCouncilRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_council_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-council-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RcCouncilRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, RcCouncilRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, RcCouncilRow, rate_label);
  gtk_widget_class_bind_template_child (widget_class, RcCouncilRow, level_label);
}

static void
rc_council_row_init (RcCouncilRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 12);
}
