/* rc-bid-workbook-evidence.c: the Partners, Outcomes, Charts and Appendix
 * sheets of the bid workbook
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-export"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rc-rates.h"
#include "rc-bid-workbook-private.h"

/* Partners columns. */
enum {
  P_COUNCIL, P_ROLE, P_YEAR, P_IN_POST, P_STARTERS, P_LEAVERS, P_AGENCY, P_VACANCIES,
  P_CASE_HOLDERS, P_CASES, P_VACANCY_RATE, P_AGENCY_RATE, P_TURNOVER_RATE, P_CASELOAD,
  P_RATES_NOTE, N_P_COLS
};

/* Outcomes columns: the counts of rc-retention.h, as every view shows them. */
enum {
  O_COHORT, O_PROGRAMME, O_STARTS, O_ENDS, O_PLACES, O_FILLED, O_TRAINEES, O_RECRUITING,
  O_IN_TRAINING, O_WITHDRAWN, O_QUALIFIED, O_REGISTERED, O_EMPLOYED, O_RETAINED_12, O_RETAINED_24,
  O_REGISTERED_PC, O_EMPLOYED_PC, O_RETAINED_12_PC, O_RETAINED_24_PC, N_O_COLS
};

/* The partners' rate columns, in the order of RcMeasure. */
static const lxw_col_t rate_cols[RC_N_MEASURES] = {
  [RC_MEASURE_VACANCY] = P_VACANCY_RATE,
  [RC_MEASURE_AGENCY] = P_AGENCY_RATE,
  [RC_MEASURE_TURNOVER] = P_TURNOVER_RATE,
  [RC_MEASURE_CASELOAD] = P_CASELOAD,
};

/* A rate from two cells of the row: empty when a figure is missing or the
 * denominator is 0, as the DfE shows it, never 0. @plus_numerator adds the
 * numerator to the denominator (vacancy and agency rates). */
static void
rate_cell (RcWorkbookWriter *w,
           lxw_row_t         row,
           lxw_col_t         col,
           char              numerator,
           char              denominator,
           gboolean          plus_numerator,
           RcRate            cached,
           lxw_format       *format)
{
  guint r = row + 1;
  g_autofree char *below = NULL;
  g_autofree char *formula = NULL;

  if (plus_numerator)
    below = g_strdup_printf ("%c%u+%c%u", numerator, r, denominator, r);
  else
    below = g_strdup_printf ("%c%u", denominator, r);
  formula = g_strdup_printf ("=IF(OR(%c%u=\"\",%c%u=\"\"),\"\",IF(%s=0,\"\",%c%u/(%s)))",
                             numerator, r, denominator, r, below, numerator, r, below);

  rc_workbook_formula_rate (w, w->partners, row, col, formula, cached, format);
}

/* The rates that are the DfE's published ones, written as values, and a
 * note naming them: "Published rate: vacancy rate, caseload". */
static void
published_cells (RcWorkbookWriter        *w,
                 lxw_row_t                row,
                 const RcWorkbookPartner *p)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint m = 0; m < RC_N_MEASURES; m++)
    {
      if (p->sources[m] != RC_RATE_SOURCE_PUBLISHED)
        continue;
      rc_xlsx_number (&w->xlsx, w->partners, row, rate_cols[m], p->rates[m].value,
                      rc_measure_is_percent (m) ? w->percent : w->decimal);
      g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", rc_measure_get_noun (m));
    }

  if (names->len > 0)
    {
      /* Translators: the rates of a row that are the DfE's published ones,
       * the figures to compute them from being missing */
      g_autofree char *note = g_strdup_printf (_("Published rate: %s"), names->str);

      rc_xlsx_text (&w->xlsx, w->partners, row, P_RATES_NOTE, note, NULL);
    }
}

void
rc_workbook_write_partners (RcWorkbookWriter *w)
{
  const RcBidWorkbookData *data = w->data;
  lxw_worksheet *ws = w->partners;
  const char *headers[N_P_COLS] = {
    _("Council"), _("Role"), _("Year (as at 30 September)"), _("FTE in post"), _("FTE starters"),
    _("FTE leavers"), _("FTE agency workers"), _("FTE vacancies"), _("FTE case holders"),
    _("Cases held"), _("Vacancy rate"), _("Agency rate"), _("Turnover rate"),
    _("Caseload (cases per FTE)"), _("Rates"),
  };
  lxw_row_t row = 4;

  worksheet_set_column (ws, P_COUNCIL, P_COUNCIL, 30, NULL);
  worksheet_set_column (ws, P_ROLE, P_ROLE, 11, NULL);
  worksheet_set_column (ws, P_YEAR, P_CASELOAD, 12, NULL);
  worksheet_set_column (ws, P_RATES_NOTE, P_RATES_NOTE, 40, NULL);

  rc_xlsx_table_head (&w->xlsx, ws, _("Partners’ workforce figures"),
                      _("Each council’s latest return to the DfE’s children’s social work workforce "
                        "census, with its predecessors’ before it; FTE figures as at 30 September of "
                        "the year shown. An empty cell is a figure the council did not return. A rate "
                        "is computed from the figures beside it; where they are missing, it is the "
                        "DfE’s published rate, and the Rates column says so."),
                      headers, N_P_COLS, 1);
  worksheet_set_row (ws, 3, 45, NULL);

  for (guint i = 0; i < data->partners->len; i++, row++)
    {
      const RcWorkbookPartner *p = g_ptr_array_index (data->partners, i);

      rc_xlsx_text (&w->xlsx, ws, row, P_COUNCIL, p->council, NULL);
      rc_xlsx_text (&w->xlsx, ws, row, P_ROLE, p->role, NULL);
      if (p->latest != NULL)
        {
          const RcWorkforceReturn *ret = p->latest;

          rc_xlsx_number (&w->xlsx, ws, row, P_YEAR, (double) ret->year, w->integer);
          rc_workbook_figure (w, ws, row, P_IN_POST, ret->in_post_fte100, 100.0, w->fte);
          rc_workbook_figure (w, ws, row, P_STARTERS, ret->starters_fte100, 100.0, w->fte);
          rc_workbook_figure (w, ws, row, P_LEAVERS, ret->leavers_fte100, 100.0, w->fte);
          rc_workbook_figure (w, ws, row, P_AGENCY, ret->agency_fte100, 100.0, w->fte);
          rc_workbook_figure (w, ws, row, P_VACANCIES, ret->vacancies_fte100, 100.0, w->fte);
          rc_workbook_figure (w, ws, row, P_CASE_HOLDERS, ret->case_holders_fte100, 100.0, w->fte);
          rc_workbook_figure (w, ws, row, P_CASES, ret->cases, 1.0, w->integer);
        }

      /* Live rates with the DfE's definitions, from the cells beside them;
       * where the figures are missing, the published rate as it is. */
      if (p->sources[RC_MEASURE_VACANCY] != RC_RATE_SOURCE_PUBLISHED)
        rate_cell (w, row, P_VACANCY_RATE, 'H', 'D', TRUE, p->rates[RC_MEASURE_VACANCY], w->percent);
      if (p->sources[RC_MEASURE_AGENCY] != RC_RATE_SOURCE_PUBLISHED)
        rate_cell (w, row, P_AGENCY_RATE, 'G', 'D', TRUE, p->rates[RC_MEASURE_AGENCY], w->percent);
      if (p->sources[RC_MEASURE_TURNOVER] != RC_RATE_SOURCE_PUBLISHED)
        rate_cell (w, row, P_TURNOVER_RATE, 'F', 'D', FALSE, p->rates[RC_MEASURE_TURNOVER], w->percent);
      if (p->sources[RC_MEASURE_CASELOAD] != RC_RATE_SOURCE_PUBLISHED)
        rate_cell (w, row, P_CASELOAD, 'J', 'I', FALSE, p->rates[RC_MEASURE_CASELOAD], w->decimal);
      published_cells (w, row, p);
    }

  /* Councils across, years down would read better in print, but a chart
   * series is a row here: one line per council. */
  rc_xlsx_text (&w->xlsx, ws, w->vacancy_header_row - 1, 0, _("Vacancy rate by year"), w->label);
  rc_xlsx_text (&w->xlsx, ws, w->vacancy_header_row, 0, _("Council"), w->xlsx.header);
  for (int year = data->first_year; data->first_year > 0 && year <= data->last_year; year++)
    {
      g_autofree char *label = g_strdup_printf ("%d", year);
      lxw_col_t col = 1 + year - data->first_year;

      rc_xlsx_text (&w->xlsx, ws, w->vacancy_header_row, col, label, w->header_right);
    }
  for (guint i = 0; i < data->partners->len; i++)
    {
      const RcWorkbookPartner *p = g_ptr_array_index (data->partners, i);
      lxw_row_t r = w->vacancy_first + i;

      rc_xlsx_text (&w->xlsx, ws, r, 0, p->council, NULL);
      for (int year = data->first_year; data->first_year > 0 && year <= data->last_year; year++)
        {
          RcRate rate = p->vacancy_by_year[year - data->first_year];

          if (rate.present)
            rc_xlsx_number (&w->xlsx, ws, r, 1 + year - data->first_year, rate.value, w->percent);
        }
    }
}

/* A milestone's count and share of those for whom it is due, as
 * rc_retention_get_outcome() gives them: a live formula while everyone
 * qualified is due, the share itself when fewer are, and the words "not
 * yet due" or "not recorded" in both cells otherwise, never 0 %. */
static void
outcome_cells (RcWorkbookWriter  *w,
               lxw_row_t          row,
               lxw_col_t          count_col,
               lxw_col_t          share_col,
               const RcRetention *retention,
               RcMilestone        milestone)
{
  RcOutcome outcome = rc_retention_get_outcome (retention, milestone);
  char count_name[4] = { 0 };
  char qualified_name[4] = { 0 };
  g_autofree char *formula = NULL;
  guint r = row + 1;

  if (outcome.kind != RC_OUTCOME_SHARE)
    {
      rc_xlsx_text (&w->xlsx, w->outcomes, row, count_col, rc_outcome_get_state_label (&outcome), NULL);
      rc_xlsx_text (&w->xlsx, w->outcomes, row, share_col, rc_outcome_get_state_label (&outcome), NULL);
      return;
    }

  rc_xlsx_number (&w->xlsx, w->outcomes, row, count_col, outcome.count, w->integer);
  if (outcome.due < outcome.of)
    {
      rc_xlsx_number (&w->xlsx, w->outcomes, row, share_col, outcome.share.value, w->percent);
      return;
    }

  lxw_col_to_name (count_name, count_col, LXW_FALSE);
  lxw_col_to_name (qualified_name, O_QUALIFIED, LXW_FALSE);
  formula = g_strdup_printf ("=IF(%s%u=0,\"\",%s%u/%s%u)", qualified_name, r, count_name, r, qualified_name, r);
  rc_workbook_formula_rate (w, w->outcomes, row, share_col, formula, outcome.share, w->percent);
}

void
rc_workbook_write_outcomes (RcWorkbookWriter *w)
{
  const RcBidWorkbookData *data = w->data;
  lxw_worksheet *ws = w->outcomes;
  const char *headers[N_O_COLS] = {
    _("Cohort"), _("Programme"), _("Starts"), _("Ends"), _("Places funded"), _("Places filled"),
    _("Trainees"), _("Applying"), _("In training"),
    _("Withdrawn"), _("Qualified"), _("Registered"), _("Employed by a partner"),
    _("Still employed at 12 months"), _("Still employed at 24 months"),
    _("Registered (% of those due)"), _("Employed by a partner (% of those due)"),
    _("Still employed at 12 months (% of those due)"),
    _("Still employed at 24 months (% of those due)"),
  };
  lxw_row_t row = 4;

  worksheet_set_column (ws, O_COHORT, O_COHORT, 44, NULL);
  worksheet_set_column (ws, O_PROGRAMME, O_PROGRAMME, 24, NULL);
  worksheet_set_column (ws, O_STARTS, O_ENDS, 12, NULL);
  worksheet_set_column (ws, O_PLACES, N_O_COLS - 1, 13, NULL);

  rc_xlsx_table_head (&w->xlsx, ws, _("Outcomes of the consortium’s earlier cohorts"),
                      _("Counts of trainees as recorded so far, never names. A place is filled by a "
                        "trainee who enrolled and has not withdrawn. Employment and retention count "
                        "trainees employed by a partner council; shares are of those who qualified "
                        "and for whom the milestone is due (12 and 24 months after qualifying)."),
                      headers, N_O_COLS, 1);
  worksheet_set_row (ws, 3, 60, NULL);

  if (data->cohorts->len == 0)
    {
      rc_xlsx_text (&w->xlsx, ws, row, 0, _("The consortium has no earlier cohorts."), w->xlsx.note);
      return;
    }

  for (guint i = 0; i < data->cohorts->len; i++, row++)
    {
      const RcExportCohort *c = g_ptr_array_index (data->cohorts, i);
      const RcRetention *r = &c->retention;

      rc_xlsx_text (&w->xlsx, ws, row, O_COHORT, c->name, NULL);
      rc_xlsx_text (&w->xlsx, ws, row, O_PROGRAMME, c->programme, NULL);
      rc_xlsx_date (&w->xlsx, ws, row, O_STARTS, c->starts_on);
      rc_xlsx_date (&w->xlsx, ws, row, O_ENDS, c->ends_on);
      rc_xlsx_number (&w->xlsx, ws, row, O_PLACES, (double) c->places_funded, w->integer);
      rc_xlsx_number (&w->xlsx, ws, row, O_FILLED, r->filled, w->integer);
      rc_xlsx_number (&w->xlsx, ws, row, O_TRAINEES, r->trainees, w->integer);
      rc_xlsx_number (&w->xlsx, ws, row, O_RECRUITING, r->recruiting, w->integer);
      rc_xlsx_number (&w->xlsx, ws, row, O_IN_TRAINING, r->in_training, w->integer);
      rc_xlsx_number (&w->xlsx, ws, row, O_WITHDRAWN, r->withdrawn, w->integer);
      rc_xlsx_number (&w->xlsx, ws, row, O_QUALIFIED, r->qualified, w->integer);
      outcome_cells (w, row, O_REGISTERED, O_REGISTERED_PC, r, RC_MILESTONE_REGISTERED);
      outcome_cells (w, row, O_EMPLOYED, O_EMPLOYED_PC, r, RC_MILESTONE_EMPLOYED);
      outcome_cells (w, row, O_RETAINED_12, O_RETAINED_12_PC, r, RC_MILESTONE_RETAINED_12);
      outcome_cells (w, row, O_RETAINED_24, O_RETAINED_24_PC, r, RC_MILESTONE_RETAINED_24);
    }

  /* Where each trainee is now: one stage each. */
  row++;
  rc_xlsx_text (&w->xlsx, ws, row++, 0, _("Where the trainees are now"), w->label);
  rc_xlsx_text (&w->xlsx, ws, row, 0, _("Cohort"), w->xlsx.header);
  for (guint s = 0; s < RC_N_STAGES; s++)
    rc_xlsx_text (&w->xlsx, ws, row, 1 + s, rc_stage_get_label (s), w->xlsx.header);
  worksheet_set_row (ws, row++, 45, NULL);
  for (guint i = 0; i < data->cohorts->len; i++, row++)
    {
      const RcExportCohort *c = g_ptr_array_index (data->cohorts, i);

      rc_xlsx_text (&w->xlsx, ws, row, 0, c->name, NULL);
      for (guint s = 0; s < RC_N_STAGES; s++)
        rc_xlsx_number (&w->xlsx, ws, row, 1 + s, c->counts[s], w->integer);
    }
}

static void
add_cost_chart (RcWorkbookWriter *w)
{
  lxw_chart *chart = workbook_add_chart (w->xlsx.workbook, LXW_CHART_COLUMN);
  lxw_chart_series *series = chart_add_series (chart, NULL, NULL);
  lxw_chart_options place = { .x_offset = 10, .y_offset = 10, .x_scale = 1.6, .y_scale = 1.5 };

  chart_series_set_categories (series, w->budget_name,
                               w->by_council_first, 0, w->by_council_last, 0);
  chart_series_set_values (series, w->budget_name,
                           w->by_council_first, 1, w->by_council_last, 1);
  /* libxlsxwriter would cache the formulas' cells as 0: with no cache,
   * a spreadsheet reads the values from the cells. */
  series->values->ignore_cache = LXW_TRUE;
  chart_series_set_name (series, _("Cost"));
  chart_title_set_name (chart, _("Cost by council"));
  chart_axis_set_num_format (chart->y_axis, "£#,##0");
  chart_legend_set_position (chart, LXW_CHART_LEGEND_NONE);

  rc_xlsx_check (&w->xlsx, worksheet_insert_chart_opt (w->charts, 2, 0, chart, &place));
}

static void
add_vacancy_chart (RcWorkbookWriter *w)
{
  const RcBidWorkbookData *data = w->data;
  lxw_chart *chart = workbook_add_chart (w->xlsx.workbook, LXW_CHART_LINE);
  lxw_chart_options place = { .x_offset = 10, .y_offset = 10, .x_scale = 1.6, .y_scale = 1.7 };
  lxw_col_t last_col = 1 + data->last_year - data->first_year;

  for (guint i = 0; i < data->partners->len; i++)
    {
      lxw_chart_series *series = chart_add_series (chart, NULL, NULL);
      lxw_row_t row = w->vacancy_first + i;

      chart_series_set_categories (series, w->partners_name, w->vacancy_header_row, 1,
                                   w->vacancy_header_row, last_col);
      chart_series_set_values (series, w->partners_name, row, 1, row, last_col);
      chart_series_set_name_range (series, w->partners_name, row, 0);
      chart_series_set_marker_type (series, LXW_CHART_MARKER_CIRCLE);
    }
  chart_title_set_name (chart, _("Partners’ vacancy rate"));
  chart_axis_set_num_format (chart->y_axis, "0%");
  chart_axis_set_name (chart->x_axis, _("Year (as at 30 September)"));
  chart_show_blanks_as (chart, LXW_CHART_BLANKS_AS_GAP);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_RIGHT);

  rc_xlsx_check (&w->xlsx, worksheet_insert_chart_opt (w->charts, 26, 0, chart, &place));
}

void
rc_workbook_write_charts (RcWorkbookWriter *w)
{
  const RcBidWorkbookData *data = w->data;

  static const lxw_row_t page_breaks[] = { 26, 0 };

  rc_xlsx_text (&w->xlsx, w->charts, 0, 0, _("Charts"), w->xlsx.title);
  /* One chart a page when printed. */
  rc_xlsx_check (&w->xlsx, worksheet_set_h_pagebreaks (w->charts, (lxw_row_t *) page_breaks));

  /* A chart needs a series: without lines or returns, a sentence says so. */
  if (data->by_council->len > 0)
    add_cost_chart (w);
  else
    rc_xlsx_text (&w->xlsx, w->charts, 2, 0,
                  _("No cost chart: the bid has no budget lines yet."), w->xlsx.note);

  if (data->partners->len > 0 && data->first_year > 0)
    add_vacancy_chart (w);
  else
    rc_xlsx_text (&w->xlsx, w->charts, 26, 0,
                  _("No vacancy chart: the partners have no workforce returns."), w->xlsx.note);
}
