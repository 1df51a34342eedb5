/* rc-trends-page-retention.c: the retention chart of the trends page
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-trends-page-private.h"

/* Up to this many cohorts, each is a line of its own; past it the lines
 * cannot be told apart, and the chart pools cohorts by programme. */
#define MAX_COHORT_LINES 6
#define MAX_GAP_LINES    8

/* One line of the chart: a cohort, or the cohorts of a programme added
 * up. */
typedef struct
{
  char        *label;
  gint64       programme_id;
  gboolean     benchmark;   /* every consortium's, dashed */
  guint        n_cohorts;
  RcRetention  retention;   /* the sum of the cohorts' counts */
} Line;

static void
line_free (gpointer data)
{
  Line *line = data;

  g_free (line->label);
  g_free (line);
}

static Line *
line_new (const char   *label,
          gint64        programme_id,
          gboolean      benchmark)
{
  Line *line = g_new0 (Line, 1);

  line->label = g_strdup (label);
  line->programme_id = programme_id;
  line->benchmark = benchmark;

  return line;
}

/* "Return to Social Work: south west 2026–27 — 12 months on: not yet due;
 * 24 months on: not yet due", one line a cohort. */
static void
append_unshown (GString         *text,
                const char      *cohort,
                gboolean         first_of_cohort,
                const char      *milestone,
                const RcOutcome *outcome)
{
  if (first_of_cohort)
    /* Translators: a cohort, then its milestones shown as gaps */
    g_string_append_printf (text, _("\n%s — "), cohort);
  else
    g_string_append (text, "; ");
  /* Translators: a milestone and why it is a gap: "12 months on: not yet due" */
  g_string_append_printf (text, _("%s: %s"), milestone, rc_outcome_get_state_label (outcome));
}

static int
compare_programmes (gconstpointer a,
                    gconstpointer b)
{
  RcCohort *x = *(RcCohort **) a;
  RcCohort *y = *(RcCohort **) b;
  int order = g_utf8_collate (x->programme_name != NULL ? x->programme_name : "",
                              y->programme_name != NULL ? y->programme_name : "");

  return order != 0 ? order : (x->programme_id > y->programme_id) - (x->programme_id < y->programme_id);
}

static Line *
find_line (GPtrArray *lines,
           gint64     programme_id,
           gboolean   benchmark)
{
  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = g_ptr_array_index (lines, i);

      if (line->programme_id == programme_id && line->benchmark == benchmark)
        return line;
    }

  return NULL;
}

static void
add_to_line (GPtrArray         *lines,
             const char        *label,
             gint64             programme_id,
             gboolean           benchmark,
             const RcRetention *retention)
{
  Line *line = find_line (lines, programme_id, benchmark);

  if (line == NULL)
    g_ptr_array_add (lines, line = line_new (label, programme_id, benchmark));
  line->n_cohorts++;
  rc_retention_add (&line->retention, retention);
}

/* Cohorts past MAX_COHORT_LINES, pooled: for each programme, the cohorts
 * of the consortium the page compares (@consortium_id, 0 for none) and,
 * dashed, those of every consortium. A programme's cohorts are alike
 * (Step Up trainees and returners are not), so a pool never mixes two. */
static GPtrArray *
pool_by_programme (GPtrArray         *cohorts,
                   const RcRetention *const *retentions,
                   gint64             consortium_id)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (line_free);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GHashTable) index = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < cohorts->len; i++)
    {
      g_ptr_array_add (order, g_ptr_array_index (cohorts, i));
      g_hash_table_insert (index, g_ptr_array_index (cohorts, i), GUINT_TO_POINTER (i));
    }
  g_ptr_array_sort (order, compare_programmes);

  /* The consortium's lines first, then the benchmarks, each in the
   * programmes' order. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < order->len; i++)
      {
        RcCohort *cohort = g_ptr_array_index (order, i);
        guint at = GPOINTER_TO_UINT (g_hash_table_lookup (index, cohort));
        gboolean benchmark = pass == 1;
        g_autofree char *label = NULL;

        if (!benchmark && (consortium_id == 0 || cohort->consortium_id != consortium_id))
          continue;
        if (benchmark)
          /* Translators: a line of the retention chart: the cohorts of a
           * programme in every consortium, added up */
          label = g_strdup_printf (_("%s, every consortium"), cohort->programme_name);
        else
          /* Translators: a line of the retention chart: the cohorts of a
           * programme run by one consortium, added up */
          label = g_strdup_printf (_("%s, %s"), cohort->programme_name, cohort->consortium_name);
        add_to_line (lines, label, cohort->programme_id, benchmark, retentions[at]);
      }

  /* The label says how many cohorts a line adds up. */
  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = g_ptr_array_index (lines, i);
      /* Translators: a pooled line's label and its number of cohorts */
      char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%u cohort)", "%s (%u cohorts)",
                                                  line->n_cohorts),
                                     line->label, line->n_cohorts);

      g_free (line->label);
      line->label = label;
    }

  return lines;
}

static char *
describe_pools (guint       n_cohorts,
                const char *consortium,
                gboolean    consortium_has_lines)
{
  if (consortium == NULL)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u cohort is too many to draw one by one: each line adds up the trainees "
                                         "of one programme’s cohorts in every consortium. Choose a consortium to "
                                         "compare its cohorts with them.",
                                         "%u cohorts are too many to draw one by one: each line adds up the trainees "
                                         "of one programme’s cohorts in every consortium. Choose a consortium to "
                                         "compare its cohorts with them.", n_cohorts),
                            n_cohorts);
  if (!consortium_has_lines)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u cohort is too many to draw one by one: each line adds up the trainees "
                                         "of one programme’s cohorts in every consortium. %s has no cohort with "
                                         "qualified trainees yet.",
                                         "%u cohorts are too many to draw one by one: each line adds up the trainees "
                                         "of one programme’s cohorts in every consortium. %s has no cohort with "
                                         "qualified trainees yet.", n_cohorts),
                            n_cohorts, consortium);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u cohort is too many to draw one by one: each line adds up the trainees of "
                                       "one programme’s cohorts, those of %s and, dashed, those of every consortium.",
                                       "%u cohorts are too many to draw one by one: each line adds up the trainees of "
                                       "one programme’s cohorts, those of %s and, dashed, those of every consortium.",
                                       n_cohorts),
                          n_cohorts, consortium);
}

/* The consortium the page compares, or 0 and NULL. */
static gint64
chosen_consortium (RcTrendsPage  *self,
                   const char   **name)
{
  guint position = gtk_drop_down_get_selected (self->consortium_dropdown);
  GtkStringObject *item = GTK_STRING_OBJECT (gtk_drop_down_get_selected_item (self->consortium_dropdown));

  *name = NULL;
  if (position == 0 || position >= self->consortium_ids->len || item == NULL)
    return 0;
  *name = gtk_string_object_get_string (item);

  return g_array_index (self->consortium_ids, gint64, position);
}

void
rc_trends_page_update_retention (RcTrendsPage *self)
{
  GListModel *cohorts = self->retention_cohorts;
  GHashTable *outcomes = self->retention_outcomes;
  g_autoptr(RcLineChart) chart = rc_line_chart_new ();
  g_autoptr(GString) unshown = g_string_new (NULL);
  g_autoptr(GPtrArray) measured = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) retentions = g_ptr_array_new ();
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *pools = NULL;
  g_autofree char *note = NULL;
  const char *milestones[1 + RC_N_MILESTONES] = { C_("milestone", "Qualified") };
  guint n_gapped = 0;

  for (guint m = 0; m < RC_N_MILESTONES; m++)
    milestones[1 + m] = rc_milestone_get_label (m);

  for (guint i = 0; cohorts != NULL && i < g_list_model_get_n_items (cohorts); i++)
    {
      g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, i);
      RcCohortOutcome *found = outcomes != NULL ? g_hash_table_lookup (outcomes, &cohort->id) : NULL;

      /* A cohort without trainees has nothing to show, nor one still in
       * training anyone to measure against yet. */
      if (found == NULL || found->retention.qualified == 0)
        continue;
      g_ptr_array_add (measured, g_steal_pointer (&cohort));
      g_ptr_array_add (retentions, &found->retention);
    }

  if (measured->len <= MAX_COHORT_LINES)
    {
      lines = g_ptr_array_new_with_free_func (line_free);
      for (guint i = 0; i < measured->len; i++)
        {
          RcCohort *cohort = g_ptr_array_index (measured, i);

          add_to_line (lines, cohort->name, cohort->id, FALSE, g_ptr_array_index (retentions, i));
        }
    }
  else
    {
      const char *name;
      gint64 consortium_id = chosen_consortium (self, &name);

      lines = pool_by_programme (measured, (const RcRetention *const *) retentions->pdata, consortium_id);
      pools = describe_pools (measured->len, name,
                              lines->len > 0 && !((Line *) g_ptr_array_index (lines, 0))->benchmark);
    }

  rc_line_chart_set_format (chart, RC_CHART_FORMAT_PERCENT);
  rc_line_chart_set_periods (chart, (const char * const *) milestones, G_N_ELEMENTS (milestones));
  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = g_ptr_array_index (lines, i);
      const RcRetention *r = &line->retention;
      RcRate rates[G_N_ELEMENTS (milestones)];
      guint index;

      /* The shares of those for whom each milestone is due, as the
       * cohort's page and the bid workbook show them; a milestone not yet
       * due or not recorded is a gap, never 0 %. */
      rates[0] = rc_retention_rate (r->qualified, r->qualified);
      for (guint m = 0, n_unshown = 0; m < RC_N_MILESTONES; m++)
        {
          RcOutcome outcome = rc_retention_get_outcome (r, m);

          rates[1 + m] = outcome.share;
          if (outcome.kind == RC_OUTCOME_SHARE)
            continue;
          if (n_unshown++ == 0)
            n_gapped++;
          if (n_gapped <= MAX_GAP_LINES)
            append_unshown (unshown, line->label, n_unshown == 1, milestones[1 + m], &outcome);
        }
      index = rc_line_chart_add_rates (chart, line->label, rates, G_N_ELEMENTS (rates));
      rc_line_chart_set_benchmark (chart, index, line->benchmark);
      for (guint m = 0; m < RC_N_MILESTONES; m++)
        {
          RcOutcome outcome = rc_retention_get_outcome (r, m);

          if (outcome.kind == RC_OUTCOME_SHARE && outcome.due < outcome.of)
            {
              /* Translators: of how many trainees a share is: "of 8 due" */
              g_autofree char *of = g_strdup_printf (_("of %u due"), outcome.due);
              rc_line_chart_set_note (chart, index, 1 + m, of);
            }
        }
    }

  if (n_gapped > MAX_GAP_LINES)
    g_string_append_printf (unshown,
                            g_dngettext (GETTEXT_PACKAGE, "\nand %u more cohort", "\nand %u more cohorts",
                                         n_gapped - MAX_GAP_LINES),
                            n_gapped - MAX_GAP_LINES);
  if (unshown->len > 0)
    /* Translators: heads the lines of the cohorts and milestones the
     * chart leaves as gaps, and why */
    note = g_strdup_printf (_("Gaps in the chart, rather than 0 %%:%s"), unshown->str);
  if (pools != NULL)
    {
      char *both = note != NULL ? g_strconcat (pools, "\n\n", note, NULL) : g_strdup (pools);

      g_free (note);
      note = both;
    }
  gtk_label_set_label (self->retention_note, note != NULL ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->retention_note), note != NULL);

  gtk_stack_set_visible_child_name (self->retention_stack,
                                    rc_line_chart_get_n_series (chart) > 0 ? "chart" : "none");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->retention_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  pools != NULL ? _("Retention by programme") : _("Retention of each cohort"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, note != NULL ? note : "", -1);
  rc_line_chart_view_set_chart (self->retention_view, g_steal_pointer (&chart));
}
