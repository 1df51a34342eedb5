/* rc-monitoring-workbook-sheets.c: the monitoring workbook's Trainees,
 * Summary and Funnel sheets
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Summary's and the Funnel's counts are COUNTIFS over the Trainees
 * sheet's last three columns: the furthest stage as a number (1 applied
 * to 11 in post at 24 months), withdrawn (1 or 0), and an employer of the
 * consortium (1 or 0). Each formula's cached value is the app's own
 * count, from rc-retention.c, so a spreadsheet that does not recompute
 * shows the same figure as one that does.
 */

#define G_LOG_DOMAIN "rc-export"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rc-funnel.h"
#include "model/rc-money.h"
#include "rc-monitoring-workbook-private.h"

/* How many cohorts' funnels get a chart. */
#define MAX_FUNNEL_CHARTS 4

/* The Trainees sheet's columns as letters, for the formulas. */
#define COL_COHORT_NO "B"
#define COL_HOST_CODE "G"
#define COL_FURTHEST  "Q"
#define COL_WITHDRAWN "R"
#define COL_PARTNER   "S"

void
rc_monitoring_add_formats (RcMonitoringWriter *w)
{
  lxw_workbook *wb = w->xlsx.workbook;

  w->xlsx.date = workbook_add_format (wb);
  format_set_num_format (w->xlsx.date, "yyyy-mm-dd");
  format_set_align (w->xlsx.date, LXW_ALIGN_LEFT);

  w->integer = workbook_add_format (wb);
  format_set_num_format (w->integer, "#,##0");

  w->decimal = workbook_add_format (wb);
  format_set_num_format (w->decimal, "0.0");

  w->bold = workbook_add_format (wb);
  format_set_bold (w->bold);

  /* Still a number, for sums and charts. */
  w->at_least = workbook_add_format (wb);
  /* Translators: a number format: "at least 79"; keep the quotes and #,##0 */
  format_set_num_format (w->at_least, _("\"at least \"#,##0"));
}

static const char *
council_code (const RcMonitoringData *data,
              gint64                  id)
{
  RcCouncil *council = id != 0 ? g_hash_table_lookup (data->councils, &id) : NULL;

  return council != NULL && council->gss_code != NULL ? council->gss_code : "";
}

static const char *
council_name (const RcMonitoringData *data,
              gint64                  id)
{
  RcCouncil *council = id != 0 ? g_hash_table_lookup (data->councils, &id) : NULL;

  return council != NULL ? council->name : "";
}

/* "Yes", "No", "Not yet due", "Not recorded", or NULL when no milestone
 * applies. */
static const char *
milestone_text (const RcMonitoringRow *row,
                RcMilestone            milestone,
                guint32                today)
{
  switch (rc_retention_milestone_state (&row->progress, milestone, today))
    {
    case RC_MILESTONE_STATE_REACHED:
      return row->progress.employer_is_partner ? _("Yes") : _("Yes, outside the consortium");
    case RC_MILESTONE_STATE_NOT_REACHED:
      return _("No");
    case RC_MILESTONE_STATE_NOT_YET_DUE:
      return _("Not yet due");
    case RC_MILESTONE_STATE_NOT_RECORDED:
      return _("Not recorded");
    case RC_MILESTONE_STATE_NONE:
    default:
      return NULL;
    }
}

/* Trainees ----------------------------------------------------------------- */

gboolean
rc_monitoring_write_trainees (RcMonitoringWriter *w,
                              double              from,
                              double              to)
{
  const RcMonitoringData *data = w->data;
  lxw_worksheet *ws = w->trainees;
  const char *headers[RC_MON_N_COLS] = {
    [RC_MON_COL_REFERENCE] = _("Reference"),
    [RC_MON_COL_COHORT_NO] = _("Cohort number"),
    [RC_MON_COL_COHORT] = _("Cohort"),
    [RC_MON_COL_PROGRAMME] = _("Programme"),
    [RC_MON_COL_CONSORTIUM] = _("Consortium"),
    [RC_MON_COL_HOST] = _("Host council"),
    [RC_MON_COL_HOST_CODE] = _("Host council code"),
    [RC_MON_COL_STAGE] = _("Stage"),
    [RC_MON_COL_STAGE_ON] = _("Stage since"),
    [RC_MON_COL_WITHDRAWAL] = _("Withdrawal reason"),
    [RC_MON_COL_QUALIFIED_ON] = _("Qualified on"),
    [RC_MON_COL_REGISTERED_ON] = _("Registered on"),
    [RC_MON_COL_IN_POST_12] = _("In post at 12 months"),
    [RC_MON_COL_IN_POST_24] = _("In post at 24 months"),
    [RC_MON_COL_YEARS_OUT] = _("Years out of practice"),
    [RC_MON_COL_UPDATING_DAYS] = _("Days of updating counted"),
    [RC_MON_COL_FURTHEST] = _("Furthest stage (1 applied to 11 in post at 24 months)"),
    [RC_MON_COL_WITHDRAWN] = _("Withdrawn (1 yes)"),
    [RC_MON_COL_PARTNER] = _("Employed by the consortium (1 yes)"),
  };
  guint32 today = g_date_get_julian (&data->today);
  guint day_units = MAX (data->hours_per_day, 1) * 100;
  guint n_cohorts = 0;
  lxw_row_t row = 0;

  worksheet_set_column (ws, 0, 0, 14, NULL);
  worksheet_set_column (ws, 1, 1, 9, NULL);
  worksheet_set_column (ws, 2, 5, 26, NULL);
  worksheet_set_column (ws, 6, 6, 12, NULL);
  worksheet_set_column (ws, 7, 7, 18, NULL);
  worksheet_set_column (ws, 8, 8, 12, NULL);
  worksheet_set_column (ws, 9, 9, 20, NULL);
  worksheet_set_column (ws, 10, 11, 12, NULL);
  worksheet_set_column (ws, 12, 13, 14, NULL);
  worksheet_set_column (ws, 14, 18, 12, NULL);
  rc_xlsx_header_row (&w->xlsx, ws, 0, headers, RC_MON_N_COLS, w->xlsx.header);
  worksheet_freeze_panes (ws, 1, 1);

  for (;;)
    {
      RcMonitoringBlock *block = g_async_queue_pop (w->blocks);
      RcMonitoringCohort *c = block->cohort;
      const char *cohort_name, *programme, *consortium;

      if (c == NULL)
        {
          /* The end, or what stopped the reading. */
          if (block->error != NULL)
            g_propagate_error (&w->read_error, g_steal_pointer (&block->error));
          rc_monitoring_block_free (block);
          break;
        }

      cohort_name = c->cohort->name;
      programme = c->cohort->programme_name;
      consortium = c->cohort->consortium_name;
      c->first_row = row + 1;
      c->n_rows = block->rows->len;
      for (guint i = 0; i < block->rows->len; i++)
        {
          const RcMonitoringRow *r = &g_array_index (block->rows, RcMonitoringRow, i);
          RcWithdrawalReason reason;

          row++;
          rc_xlsx_text (&w->xlsx, ws, row, RC_MON_COL_REFERENCE, r->reference, NULL);
          rc_xlsx_number (&w->xlsx, ws, row, RC_MON_COL_COHORT_NO, (double) r->cohort_id, NULL);
          rc_xlsx_text (&w->xlsx, ws, row, RC_MON_COL_COHORT, cohort_name, NULL);
          rc_xlsx_text (&w->xlsx, ws, row, RC_MON_COL_PROGRAMME, programme, NULL);
          rc_xlsx_text (&w->xlsx, ws, row, RC_MON_COL_CONSORTIUM, consortium, NULL);
          rc_xlsx_text (&w->xlsx, ws, row, RC_MON_COL_HOST, council_name (data, r->host_council_id), NULL);
          rc_xlsx_text (&w->xlsx, ws, row, RC_MON_COL_HOST_CODE, council_code (data, r->host_council_id), NULL);
          rc_xlsx_text (&w->xlsx, ws, row, RC_MON_COL_STAGE, rc_stage_get_label (r->stage), NULL);
          rc_xlsx_date (&w->xlsx, ws, row, RC_MON_COL_STAGE_ON, r->stage_on);
          if (r->withdrawal_reason != NULL && rc_withdrawal_reason_from_key (r->withdrawal_reason, &reason))
            rc_xlsx_text (&w->xlsx, ws, row, RC_MON_COL_WITHDRAWAL, rc_withdrawal_reason_get_label (reason), NULL);
          rc_xlsx_date (&w->xlsx, ws, row, RC_MON_COL_QUALIFIED_ON, r->qualified_on);
          rc_xlsx_date (&w->xlsx, ws, row, RC_MON_COL_REGISTERED_ON, r->registered_on);
          rc_xlsx_text (&w->xlsx, ws, row, RC_MON_COL_IN_POST_12, milestone_text (r, RC_MILESTONE_RETAINED_12, today), NULL);
          rc_xlsx_text (&w->xlsx, ws, row, RC_MON_COL_IN_POST_24, milestone_text (r, RC_MILESTONE_RETAINED_24, today), NULL);
          if (r->years_out >= 0)
            rc_xlsx_number (&w->xlsx, ws, row, RC_MON_COL_YEARS_OUT, r->years_out, w->decimal);
          if (r->updating_units >= 0)
            rc_xlsx_number (&w->xlsx, ws, row, RC_MON_COL_UPDATING_DAYS, (double) r->updating_units / day_units, w->decimal);
          rc_xlsx_number (&w->xlsx, ws, row, RC_MON_COL_FURTHEST, (double) r->progress.reached + 1, NULL);
          rc_xlsx_number (&w->xlsx, ws, row, RC_MON_COL_WITHDRAWN, r->progress.withdrawn ? 1 : 0, NULL);
          rc_xlsx_number (&w->xlsx, ws, row, RC_MON_COL_PARTNER, r->progress.employer_is_partner ? 1 : 0, NULL);
        }
      rc_monitoring_block_free (block);

      if (g_cancellable_is_cancelled (w->cancellable) || w->xlsx.error != LXW_NO_ERROR)
        return FALSE;
      if (w->xlsx.progress != NULL)
        w->xlsx.progress (from + (to - from) * ++n_cohorts / MAX (data->cohorts->len, 1),
                          w->xlsx.progress_data);
    }

  if (row > 0)
    rc_xlsx_check (&w->xlsx, worksheet_autofilter (ws, 0, 0, row, RC_MON_N_COLS - 1));

  return w->read_error == NULL && !g_cancellable_is_cancelled (w->cancellable);
}

/* Formulas ----------------------------------------------------------------- */

static char *
quote_sheet (const char *name)
{
  g_auto(GStrv) parts = g_strsplit (name, "'", -1);

  return g_strjoinv ("''", parts);
}

/* A COUNTIFS over the Trainees rows of cohort @c, of host council
 * @host_code when not NULL ("" for none), and @more criteria (pairs of a
 * column letter and a criterion, already quoted).
 *
 * It covers the cohort's own rows, which follow one another, not the whole
 * sheet: over 100,000 trainees in 863 cohorts, whole columns would make
 * 51,000 formulas read 100,000 rows each whenever the workbook opens.
 * The cohort is a criterion as well, so the counts stay right when the
 * rows are filtered. */
static char *
countifs (const RcMonitoringWriter  *w,
          const RcMonitoringCohort  *c,
          const char                *host_code,
          const char                *more)
{
  g_autofree char *sheet = quote_sheet (w->trainees_name);
  /* A1 row numbers: the sheet's row 1 is the header. */
  guint first = c->first_row + 1, last = c->first_row + c->n_rows;
  GString *f = g_string_new ("=COUNTIFS(");

  g_return_val_if_fail (c->n_rows > 0, g_string_free (f, TRUE));

  g_string_append_printf (f, "'%s'!$" COL_COHORT_NO "$%u:$" COL_COHORT_NO "$%u,%" G_GINT64_FORMAT,
                          sheet, first, last, c->cohort->id);
  if (host_code != NULL)
    g_string_append_printf (f, ",'%s'!$" COL_HOST_CODE "$%u:$" COL_HOST_CODE "$%u,\"%s\"",
                            sheet, first, last, host_code);
  if (more != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (more, ";", -1);

      for (guint i = 0; parts[i] != NULL && parts[i + 1] != NULL; i += 2)
        g_string_append_printf (f, ",'%s'!$%s$%u:$%s$%u,%s", sheet, parts[i], first, parts[i], last,
                                parts[i + 1]);
    }
  g_string_append_c (f, ')');

  return g_string_free (f, FALSE);
}

/* Summary ------------------------------------------------------------------ */

static guint
count_value (const RcRetention *r,
             guint              i)
{
  switch (i)
    {
    case 0: return r->trainees;
    case 1: return r->recruiting;
    case 2: return r->in_training;
    case 3: return r->filled;
    case 4: return r->withdrawn;
    case 5: return r->qualified;
    case 6: return r->registered;
    case 7: return r->employed_by_partner;
    case 8: return r->retained_12;
    case 9: return r->retained_24;
    default: g_return_val_if_reached (0);
    }
}

#define N_COUNTS 10

static void
summary_counts (RcMonitoringWriter       *w,
                lxw_row_t                 row,
                const RcMonitoringCohort *c,
                const char               *host_code,
                const RcRetention  *r,
                lxw_format         *format)
{
  /* Stage numbers: 3 offered, 4 enrolled, 5 on placement, 6 qualified,
   * 7 registered, 8 employed, 10 and 11 in post at 12 and 24 months. */
  static const char *criteria[N_COUNTS] = {
    NULL,
    COL_WITHDRAWN ";0;" COL_FURTHEST ";\"<=3\"",
    COL_WITHDRAWN ";0;" COL_FURTHEST ";\">=4\";" COL_FURTHEST ";\"<=5\"",
    COL_WITHDRAWN ";0;" COL_FURTHEST ";\">=4\"",
    COL_WITHDRAWN ";1",
    COL_FURTHEST ";\">=6\"",
    COL_FURTHEST ";\">=7\"",
    COL_FURTHEST ";\">=8\";" COL_PARTNER ";1",
    COL_FURTHEST ";\">=10\";" COL_PARTNER ";1",
    COL_FURTHEST ";\">=11\";" COL_PARTNER ";1",
  };

  for (guint i = 0; i < N_COUNTS; i++)
    {
      g_autofree char *formula = NULL;

      /* A cohort with no trainees has nothing to count over. */
      if (c->n_rows == 0)
        {
          rc_xlsx_number (&w->xlsx, w->summary, row, 4 + i, 0, format);
          continue;
        }
      formula = countifs (w, c, host_code, criteria[i]);
      rc_xlsx_check (&w->xlsx, worksheet_write_formula_num (w->summary, row, 4 + i, formula, format,
                                                     count_value (r, i)));
    }
}

void
rc_monitoring_write_summary (RcMonitoringWriter *w)
{
  const RcMonitoringData *data = w->data;
  lxw_worksheet *ws = w->summary;
  const char *headers[4 + N_COUNTS] = {
    _("Cohort number"), _("Cohort"), _("Host council"), _("Host council code"),
    _("Trainees"), _("Applying"), _("In training"), _("Places filled"), _("Withdrawn"),
    _("Qualified"), _("Registered"), _("Employed by the consortium"), _("In post at 12 months"),
    _("In post at 24 months"),
  };
  g_autofree char *subtitle = NULL;
  lxw_row_t row = 4;

  worksheet_set_column (ws, 0, 0, 9, NULL);
  worksheet_set_column (ws, 1, 2, 30, NULL);
  worksheet_set_column (ws, 3, 3, 12, NULL);
  worksheet_set_column (ws, 4, 3 + N_COUNTS, 12, NULL);

  subtitle = g_strdup_printf (_("Generated on %s. Pseudonymous: one row per trainee on the Trainees "
                                "sheet, by reference; no names, contact details or registration "
                                "numbers. Each count below is a formula over that cohort’s rows there: filter "
                                "them as you like, but keep them in their order."),
                              data->generated_on);
  rc_xlsx_table_head (&w->xlsx, ws, _("Monitoring workbook"), subtitle, headers, G_N_ELEMENTS (headers), 2);

  for (guint i = 0; i < data->cohorts->len; i++)
    {
      const RcMonitoringCohort *c = g_ptr_array_index (data->cohorts, i);

      rc_xlsx_number (&w->xlsx, ws, row, 0, (double) c->cohort->id, w->bold);
      rc_xlsx_text (&w->xlsx, ws, row, 1, c->cohort->name, w->bold);
      rc_xlsx_text (&w->xlsx, ws, row, 2, _("All host councils"), w->bold);
      summary_counts (w, row, c, NULL, &c->whole, w->bold);
      row++;

      for (guint h = 0; h < c->hosts->len; h++)
        {
          gint64 host = g_array_index (c->hosts, gint64, h);
          const RcRetention *r = &g_array_index (c->by_host, RcRetention, h);

          rc_xlsx_number (&w->xlsx, ws, row, 0, (double) c->cohort->id, NULL);
          rc_xlsx_text (&w->xlsx, ws, row, 1, c->cohort->name, NULL);
          rc_xlsx_text (&w->xlsx, ws, row, 2, host != 0 ? council_name (data, host) : _("No host council"), NULL);
          rc_xlsx_text (&w->xlsx, ws, row, 3, council_code (data, host), NULL);
          summary_counts (w, row, c, council_code (data, host), r, NULL);
          row++;
        }
    }

  if (data->cohorts->len == 0)
    rc_xlsx_text (&w->xlsx, ws, row, 0, _("No cohorts."), w->xlsx.note);
}

/* Funnel ------------------------------------------------------------------- */

static const char *funnel_criteria[RC_N_FUNNEL_STEPS] = {
  [RC_FUNNEL_APPLIED] = NULL,
  [RC_FUNNEL_SHORTLISTED] = COL_FURTHEST ";\">=2\"",
  [RC_FUNNEL_ASSESSED] = COL_FURTHEST ";\">=2\"",
  [RC_FUNNEL_OFFERED] = COL_FURTHEST ";\">=3\"",
  [RC_FUNNEL_STARTED] = COL_FURTHEST ";\">=4\"",
  [RC_FUNNEL_COMPLETED] = COL_FURTHEST ";\">=6\"",
  [RC_FUNNEL_REGISTERED] = COL_FURTHEST ";\">=7\"",
  [RC_FUNNEL_IN_JOB] = COL_FURTHEST ";\">=8\"",
};

static void
funnel_chart (RcMonitoringWriter *w,
              lxw_row_t           row,
              const char         *name,
              lxw_row_t           at_row)
{
  lxw_chart *chart = workbook_add_chart (w->xlsx.workbook, LXW_CHART_BAR);
  lxw_chart_series *series;
  lxw_chart_font axis_font = { .size = 9 };

  if (chart == NULL)
    {
      rc_xlsx_check (&w->xlsx, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return;
    }
  series = chart_add_series (chart, NULL, NULL);
  chart_series_set_categories (series, w->funnel_name, 2, 2, 2, 1 + RC_N_FUNNEL_STEPS);
  chart_series_set_values (series, w->funnel_name, row, 2, row, 1 + RC_N_FUNNEL_STEPS);
  chart_series_set_name (series, name);
  chart_title_set_name (chart, name);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_NONE);
  /* Applied at the top, as a funnel reads. */
  chart_axis_set_reverse (chart->y_axis);
  chart_axis_set_num_font (chart->y_axis, &axis_font);
  chart_axis_set_min (chart->x_axis, 0);
  rc_xlsx_check (&w->xlsx, worksheet_insert_chart (w->funnel, at_row, 1, chart));
}

void
rc_monitoring_write_funnel (RcMonitoringWriter *w)
{
  const RcMonitoringData *data = w->data;
  lxw_worksheet *ws = w->funnel;
  lxw_row_t row = 3;
  guint charts = 0;
  g_autoptr(GArray) charted = g_array_new (FALSE, FALSE, sizeof (lxw_row_t));

  worksheet_set_column (ws, 0, 0, 9, NULL);
  worksheet_set_column (ws, 1, 1, 30, NULL);
  worksheet_set_column (ws, 2, 1 + RC_N_FUNNEL_STEPS, 13, NULL);
  worksheet_set_column (ws, 2 + RC_N_FUNNEL_STEPS, 2 + RC_N_FUNNEL_STEPS, 60, NULL);

  rc_xlsx_text (&w->xlsx, ws, 0, 0, _("Recruitment funnel"), w->xlsx.title);
  rc_xlsx_text (&w->xlsx, ws, 1, 0,
                _("A step counted from the trainees’ stages is a formula over the Trainees sheet; a figure "
                  "typed in (the stages before anyone was added, or published figures) is a number, its "
                  "source beside it."),
                w->xlsx.note);
  rc_xlsx_text (&w->xlsx, ws, 2, 0, _("Cohort number"), w->xlsx.header);
  rc_xlsx_text (&w->xlsx, ws, 2, 1, _("Cohort"), w->xlsx.header);
  for (guint s = 0; s < RC_N_FUNNEL_STEPS; s++)
    rc_xlsx_text (&w->xlsx, ws, 2, 2 + s, rc_funnel_step_get_label (s), w->xlsx.header);
  rc_xlsx_text (&w->xlsx, ws, 2, 2 + RC_N_FUNNEL_STEPS, _("Figures typed in"), w->xlsx.header);
  worksheet_freeze_panes (ws, 3, 2);

  for (guint i = 0; i < data->cohorts->len; i++, row++)
    {
      const RcMonitoringCohort *c = g_ptr_array_index (data->cohorts, i);
      g_autofree char *sources = rc_funnel_describe_sources (&c->funnel, c->typed);

      rc_xlsx_number (&w->xlsx, ws, row, 0, (double) c->cohort->id, NULL);
      rc_xlsx_text (&w->xlsx, ws, row, 1, c->cohort->name, NULL);
      for (guint s = 0; s < RC_N_FUNNEL_STEPS; s++)
        {
          const RcFunnelValue *v = &c->funnel.steps[s];

          if (v->source == RC_FUNNEL_SOURCE_TYPED)
            rc_xlsx_number (&w->xlsx, ws, row, 2 + s, (double) v->count, v->at_least ? w->at_least : w->integer);
          else if (v->source == RC_FUNNEL_SOURCE_TRAINEES)
            {
              g_autofree char *formula = countifs (w, c, NULL, funnel_criteria[s]);

              rc_xlsx_check (&w->xlsx, worksheet_write_formula_num (ws, row, 2 + s, formula, w->integer,
                                                             (double) v->count));
            }
        }
      rc_xlsx_text (&w->xlsx, ws, row, 2 + RC_N_FUNNEL_STEPS, sources, NULL);
      if (charts < MAX_FUNNEL_CHARTS && rc_funnel_has_figures (&c->funnel))
        {
          g_array_append_val (charted, row);
          charts++;
        }
    }
  if (data->cohorts->len == 0)
    rc_xlsx_text (&w->xlsx, ws, row++, 0, _("No cohorts."), w->xlsx.note);

  /* Below the table: charts are drawn over the cells, so writing rows in
   * order is not disturbed. */
  for (guint i = 0; i < charted->len; i++)
    {
      lxw_row_t r = g_array_index (charted, lxw_row_t, i);
      const RcMonitoringCohort *c = g_ptr_array_index (data->cohorts, r - 3);

      funnel_chart (w, r, c->cohort->name, row + 1 + i * 16);
    }
}
