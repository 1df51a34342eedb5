/* rc-funnel.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-model"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-field-rules.h"
#include "rc-funnel.h"
#include "rc-key-label.h"

static const RcKeyLabel steps[RC_N_FUNNEL_STEPS] = {
  [RC_FUNNEL_APPLIED] = { "applied", NC_("funnel", "Applied") },
  [RC_FUNNEL_SHORTLISTED] = { "shortlisted", NC_("funnel", "Shortlisted") },
  [RC_FUNNEL_ASSESSED] = { "assessed", NC_("funnel", "Assessed") },
  [RC_FUNNEL_OFFERED] = { "offered", NC_("funnel", "Offered a place") },
  [RC_FUNNEL_STARTED] = { "started", NC_("funnel", "Started") },
  [RC_FUNNEL_COMPLETED] = { "completed", NC_("funnel", "Completed") },
  [RC_FUNNEL_REGISTERED] = { "registered", NC_("funnel", "Registered") },
  [RC_FUNNEL_IN_JOB] = { "in_job", NC_("funnel", "In a social work job at 6 months") },
};

/* The findings' field of each step. */
static const char * const fields[RC_N_FUNNEL_STEPS] = {
  [RC_FUNNEL_APPLIED] = "count:applied",
  [RC_FUNNEL_SHORTLISTED] = "count:shortlisted",
  [RC_FUNNEL_ASSESSED] = "count:assessed",
  [RC_FUNNEL_OFFERED] = "count:offered",
  [RC_FUNNEL_STARTED] = "count:started",
  [RC_FUNNEL_COMPLETED] = "count:completed",
  [RC_FUNNEL_REGISTERED] = "count:registered",
  [RC_FUNNEL_IN_JOB] = "count:in_job",
};

const char *
rc_funnel_step_to_key (RcFunnelStep step)
{
  return rc_key_label_get_key (steps, RC_N_FUNNEL_STEPS, step);
}

gboolean
rc_funnel_step_from_key (const char   *key,
                         RcFunnelStep *out)
{
  int i = rc_key_label_find (steps, RC_N_FUNNEL_STEPS, key);

  if (i >= 0 && out != NULL)
    *out = (RcFunnelStep) i;

  return i >= 0;
}

const char *
rc_funnel_step_get_label (RcFunnelStep step)
{
  return rc_key_label_get_label (steps, RC_N_FUNNEL_STEPS, step, "funnel");
}

/* The record ------------------------------------------------------------- */

G_DEFINE_FINAL_TYPE (RcFunnelFigures, rc_funnel_figures, G_TYPE_OBJECT)

RcFunnelFigures *
rc_funnel_figures_new (void)
{
  return g_object_new (RC_TYPE_FUNNEL_FIGURES, NULL);
}

RcFunnelFigures *
rc_funnel_figures_copy (RcFunnelFigures *self)
{
  RcFunnelFigures *copy;

  g_return_val_if_fail (RC_IS_FUNNEL_FIGURES (self), NULL);

  copy = rc_funnel_figures_new ();
  copy->cohort_id = self->cohort_id;
  for (guint i = 0; i < RC_N_FUNNEL_STEPS; i++)
    {
      copy->set[i] = self->set[i];
      copy->count[i] = self->count[i];
      copy->at_least[i] = self->at_least[i];
      copy->source[i] = g_strdup (self->source[i]);
    }

  return copy;
}

static void
rc_funnel_figures_finalize (GObject *object)
{
  RcFunnelFigures *self = RC_FUNNEL_FIGURES (object);

  for (guint i = 0; i < RC_N_FUNNEL_STEPS; i++)
    g_clear_pointer (&self->source[i], g_free);

  G_OBJECT_CLASS (rc_funnel_figures_parent_class)->finalize (object);
}

static void
rc_funnel_figures_class_init (RcFunnelFiguresClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_funnel_figures_finalize;
}

static void
rc_funnel_figures_init (RcFunnelFigures *self)
{
}

/* Computing -------------------------------------------------------------- */

guint
rc_funnel_count_from_retention (const RcRetention *retention,
                                RcFunnelStep       step)
{
  g_return_val_if_fail (retention != NULL, 0);

  switch (step)
    {
    case RC_FUNNEL_APPLIED:
      return retention->trainees;
    case RC_FUNNEL_SHORTLISTED:
    case RC_FUNNEL_ASSESSED:
      return retention->assessed;
    case RC_FUNNEL_OFFERED:
      return retention->offered;
    case RC_FUNNEL_STARTED:
      return retention->started;
    case RC_FUNNEL_COMPLETED:
      return retention->qualified;
    case RC_FUNNEL_REGISTERED:
      return retention->registered;
    case RC_FUNNEL_IN_JOB:
      return retention->employed;
    case RC_N_FUNNEL_STEPS:
    default:
      g_return_val_if_reached (0);
    }
}

void
rc_funnel_compute (const RcRetention *retention,
                   RcFunnelFigures   *typed,
                   RcFunnel          *out)
{
  g_return_if_fail (retention != NULL);
  g_return_if_fail (typed == NULL || RC_IS_FUNNEL_FIGURES (typed));
  g_return_if_fail (out != NULL);

  for (guint i = 0; i < RC_N_FUNNEL_STEPS; i++)
    {
      RcFunnelValue *value = &out->steps[i];

      value->counted = rc_funnel_count_from_retention (retention, i);
      value->at_least = FALSE;
      if (typed != NULL && typed->set[i])
        {
          value->source = RC_FUNNEL_SOURCE_TYPED;
          value->count = (guint64) MAX (typed->count[i], 0);
          value->at_least = typed->at_least[i];
        }
      else if (retention->trainees > 0)
        {
          value->source = RC_FUNNEL_SOURCE_TRAINEES;
          value->count = value->counted;
        }
      else
        {
          value->source = RC_FUNNEL_SOURCE_NONE;
          value->count = 0;
        }
    }
}

gboolean
rc_funnel_has_figures (const RcFunnel *funnel)
{
  g_return_val_if_fail (funnel != NULL, FALSE);

  for (guint i = 0; i < RC_N_FUNNEL_STEPS; i++)
    if (funnel->steps[i].source != RC_FUNNEL_SOURCE_NONE)
      return TRUE;

  return FALSE;
}

char *
rc_funnel_format_value (const RcFunnelValue *value)
{
  g_return_val_if_fail (value != NULL, NULL);

  if (value->source == RC_FUNNEL_SOURCE_NONE)
    return g_strdup ("—");
  if (value->at_least)
    /* Translators: a published figure that is a lower bound: "at least 79" */
    return g_strdup_printf (_("at least %" G_GUINT64_FORMAT), value->count);

  return g_strdup_printf ("%" G_GUINT64_FORMAT, value->count);
}

/* "Applied, shortlisted, assessed and offered a place" */
static char *
join_labels (GPtrArray *labels)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    {
      const char *label = g_ptr_array_index (labels, i);

      if (i > 0)
        g_string_append (text, i + 1 == labels->len ? _(" and ") : ", ");
      if (i == 0)
        g_string_append (text, label);
      else
        {
          g_autofree char *lower = g_utf8_strdown (label, -1);
          g_string_append (text, lower);
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
rc_funnel_describe_sources (const RcFunnel  *funnel,
                            RcFunnelFigures *typed)
{
  g_autoptr(GPtrArray) typed_labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();
  g_autofree char *which = NULL;
  gboolean counted = FALSE, none = FALSE;
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (funnel != NULL, NULL);

  for (guint i = 0; i < RC_N_FUNNEL_STEPS; i++)
    switch (funnel->steps[i].source)
      {
      case RC_FUNNEL_SOURCE_TYPED:
        g_ptr_array_add (typed_labels, (gpointer) rc_funnel_step_get_label (i));
        if (typed != NULL && typed->source[i] != NULL && *typed->source[i] != '\0')
          {
            gboolean seen = FALSE;

            for (guint s = 0; s < sources->len; s++)
              seen |= g_str_equal (g_ptr_array_index (sources, s), typed->source[i]);
            if (!seen)
              g_ptr_array_add (sources, typed->source[i]);
          }
        break;
      case RC_FUNNEL_SOURCE_TRAINEES:
        counted = TRUE;
        break;
      case RC_FUNNEL_SOURCE_NONE:
      default:
        none = TRUE;
        break;
      }

  if (typed_labels->len == 0)
    return NULL;

  which = join_labels (typed_labels);
  g_string_append_printf (text, typed_labels->len == 1
                                /* Translators: a step of the funnel, such as "Applied" */
                                ? _("%s is typed in") : _("%s are typed in"), which);
  if (sources->len > 0)
    {
      g_ptr_array_add (sources, NULL);
      {
        g_autofree char *joined = g_strjoinv ("; ", (char **) sources->pdata);

        /* Translators: where figures typed in come from */
        g_string_append_printf (text, _(" (source: %s)"), joined);
      }
    }
  if (counted)
    g_string_append (text, _("; the rest are counted from the trainees’ stages"));
  else if (none)
    g_string_append (text, _("; the rest are not recorded"));
  g_string_append_c (text, '.');

  return g_string_free (g_steal_pointer (&text), FALSE);
}

GPtrArray *
rc_funnel_check (RcFunnelFigures   *typed,
                 const RcRetention *retention)
{
  GPtrArray *findings;
  gint64 previous = -1;
  guint previous_step = 0;

  g_return_val_if_fail (RC_IS_FUNNEL_FIGURES (typed), NULL);

  findings = rc_findings_new ();
  for (guint i = 0; i < RC_N_FUNNEL_STEPS; i++)
    {
      gint64 count = typed->count[i];
      guint counted;

      if (typed->set[i] && typed->source[i] != NULL)
        rc_field_check_length (findings, "note", typed->source[i], RC_LIMIT_NOTE);

      if (typed->set[i] && (count < 0 || count > RC_FUNNEL_MAX_COUNT))
        {
          rc_findings_add (findings, fields[i], RC_FINDING_ERROR,
                           g_strdup (_("A figure of the funnel must be between 0 and 1,000,000")));
          continue;
        }

      counted = retention != NULL ? rc_funnel_count_from_retention (retention, i) : 0;
      if (typed->set[i] && !typed->at_least[i] && count < counted)
        rc_findings_add (findings, fields[i], RC_FINDING_WARNING,
                         /* Translators: a figure typed in, the cohort's trainees counted at that step */
                         g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                       "%" G_GINT64_FORMAT " is fewer than the %u trainee of "
                                                       "the cohort who got this far",
                                                       "%" G_GINT64_FORMAT " is fewer than the %u trainees of "
                                                       "the cohort who got this far",
                                                       counted),
                                          count, counted));
      else if (typed->set[i] && previous >= 0 && count > previous)
        rc_findings_add (findings, fields[i], RC_FINDING_WARNING,
                         /* Translators: a figure, the step before it and its figure */
                         g_strdup_printf (_("%" G_GINT64_FORMAT " is more than the %" G_GINT64_FORMAT
                                            " at “%s”: a funnel narrows"),
                                          count, previous, rc_funnel_step_get_label (previous_step)));

      if (typed->set[i])
        {
          previous = count;
          previous_step = i;
        }
    }

  return findings;
}
