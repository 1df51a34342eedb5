/* rc-board-report.c: what goes on the board report's pages, and writing
 * the file
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-export"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rc-money.h"
#include "model/rc-rates.h"
#include "rc-board-report-private.h"
#include "rc-output-file.h"
#include "rc-export-job.h"
#include "rc-trend-chart.h"

G_DEFINE_QUARK (rc-board-report-error-quark, rc_board_report_error)

/* A table's cells, row by row, owned. */
typedef GPtrArray Cells;

static Cells *
cells_new (void)
{
  return g_ptr_array_new_with_free_func (g_free);
}

static void
put (Cells      *cells,
     const char *text)
{
  g_ptr_array_add (cells, g_strdup (text));
}

static void
take (Cells *cells,
      char  *text)
{
  g_ptr_array_add (cells, text);
}

static void
table (RcReportLayout       *layout,
       const RcReportColumn *columns,
       guint                 n_columns,
       Cells                *cells)
{
  rc_report_layout_table (layout, columns, n_columns, (const char * const *) cells->pdata,
                          cells->len / n_columns);
}

static char *
format_change (RcRate now,
               RcRate before)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  double points;

  if (!now.present || !before.present)
    return g_strdup ("—");

  points = (now.value - before.value) * 100.0;
  g_ascii_formatd (buffer, sizeof buffer, "%.1f", ABS (points));
  if (g_str_equal (buffer, "0.0"))
    /* Translators: a rate unchanged, in percentage points */
    return g_strdup (_("0.0 pts"));

  /* Translators: a change of a rate in percentage points: "+1.2 pts", "−0.4 pts" */
  return g_strdup_printf (points > 0 ? _("+%s pts") : _("−%s pts"), buffer);
}

static void
page_consortium (RcReportLayout    *layout,
                 RcBoardReportData *data)
{
  static const RcReportColumn columns[] = {
    { N_("Council"), 0.6, RC_REPORT_ALIGN_LEFT },
    { N_("Role"), 0.2, RC_REPORT_ALIGN_LEFT },
    { N_("Member since"), 0.2, RC_REPORT_ALIGN_LEFT },
  };
  RcReportColumn shown[G_N_ELEMENTS (columns)];
  g_autoptr(GPtrArray) cells = cells_new ();
  g_autofree char *title = NULL;
  g_autofree char *intro = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *cohorts = NULL;
  g_autofree char *bids = NULL;

  /* Translators: the report's title, with the consortium's name */
  title = g_strdup_printf (_("Board report: %s"), data->consortium);
  rc_report_layout_title (layout, title);
  /* Translators: the day the board report was made */
  intro = g_strdup_printf (_("Made on %s from the Return Coordinator database. Trainees and returners "
                             "appear as counts only: this report names no one."), data->made_on_text);
  rc_report_layout_paragraph (layout, intro);

  cohorts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u cohort", "%u cohorts", data->cohorts->len),
                             data->cohorts->len);
  bids = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u bid", "%u bids", data->bids->len),
                          data->bids->len);
  /* Translators: "5 cohorts with 56 trainees in all; 3 bids." */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s with %u trainee in all; %s.",
                                          "%s with %u trainees in all; %s.", data->n_trainees),
                             cohorts, data->n_trainees, bids);
  rc_report_layout_paragraph (layout, summary);

  rc_report_layout_heading (layout, _("The consortium"));
  for (guint i = 0; i < data->members->len; i++)
    {
      RcExportMember *member = g_ptr_array_index (data->members, i);

      put (cells, member->council);
      put (cells, member->role);
      put (cells, member->joined_on);
    }
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    shown[c] = (RcReportColumn) { _(columns[c].title), columns[c].width, columns[c].align };
  if (data->members->len > 0)
    table (layout, shown, G_N_ELEMENTS (shown), cells);
  else
    rc_report_layout_paragraph (layout, _("The consortium has no member today."));
}

static void
page_rates (RcReportLayout    *layout,
            RcBoardReportData *data)
{
  g_autoptr(GPtrArray) cells = cells_new ();
  g_autofree char *note = NULL;
  RcReportColumn columns[2 + 2 * RC_REPORT_N_MEASURES] = {
    { _("Council, region or country"), 0.25, RC_REPORT_ALIGN_LEFT },
    { _("Year"), 0.07, RC_REPORT_ALIGN_RIGHT },
  };

  for (guint m = 0; m < RC_REPORT_N_MEASURES; m++)
    {
      columns[2 + 2 * m] = (RcReportColumn) { rc_measure_get_label (rc_report_measures[m]), 0.12,
                                              RC_REPORT_ALIGN_RIGHT };
      /* Translators: a column of the board report: the change of a rate over three years */
      columns[3 + 2 * m] = (RcReportColumn) { _("3-year change"), 0.106, RC_REPORT_ALIGN_RIGHT };
    }

  rc_report_layout_heading (layout, _("Workforce: the latest rates beside the region and England"));
  for (guint i = 0; i < data->rates->len; i++)
    {
      RcReportRates *row = g_ptr_array_index (data->rates, i);

      put (cells, row->name);
      take (cells, row->year > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, row->year) : g_strdup ("—"));
      for (guint m = 0; m < RC_REPORT_N_MEASURES; m++)
        {
          take (cells, rc_rate_format_percent (row->rates[m]));
          take (cells, format_change (row->rates[m], row->before[m]));
        }
    }
  if (data->rates->len == 0)
    {
      rc_report_layout_paragraph (layout, _("No workforce figures are held for the consortium’s councils."));
      return;
    }
  table (layout, columns, G_N_ELEMENTS (columns), cells);
  /* Translators: %d is the number of years the change is over (3) */
  note = g_strdup_printf (_("Rates as the DfE defines them, as at 30 September of the year shown. The change is "
                            "in percentage points from %d years before; a dash means a figure was not "
                            "reported."), RC_REPORT_CHANGE_YEARS);
  rc_report_layout_note (layout, note);
}

static void
page_trends (RcReportLayout    *layout,
             RcBoardReportData *data)
{
  gboolean first = TRUE;

  for (guint m = 0; m < RC_REPORT_N_MEASURES; m++)
    {
      if (data->trends[m] == NULL)
        continue;
      if (first)
        {
          rc_report_layout_new_page (layout);
          rc_report_layout_heading (layout, _("Trends"));
          first = FALSE;
        }
      rc_report_layout_chart (layout, RC_CHART_DRAW_FUNC (rc_line_chart_draw), data->trends[m], 290);
      if (data->trend_text[m] != NULL)
        rc_report_layout_note (layout, data->trend_text[m]);
    }
}

static void
cohort_page (RcReportLayout *layout,
             RcReportCohort *cohort)
{
  static const RcReportColumn outcome_columns[] = {
    { N_("Milestone"), 0.4, RC_REPORT_ALIGN_LEFT },
    { N_("Reached"), 0.6, RC_REPORT_ALIGN_LEFT },
  };
  RcReportColumn columns[G_N_ELEMENTS (outcome_columns)];
  g_autoptr(GPtrArray) cells = cells_new ();
  g_autofree char *facts = NULL;
  const RcRetention *r = &cohort->facts.retention;

  rc_report_layout_new_page (layout);
  rc_report_layout_heading (layout, cohort->facts.name);
  /* Translators: a cohort: its programme, its dates, places funded, and
   * how many trainees it has, are training and have withdrawn */
  facts = g_strdup_printf (_("%s, %s to %s. Places funded: %" G_GINT64_FORMAT ". Trainees: %u, of whom %u "
                             "recruiting, %u in training, %u qualified and %u withdrawn."),
                           cohort->facts.programme != NULL ? cohort->facts.programme : "—",
                           cohort->facts.starts_on != NULL ? cohort->facts.starts_on : "—",
                           cohort->facts.ends_on != NULL ? cohort->facts.ends_on : "—",
                           cohort->facts.places_funded, r->trainees, r->recruiting, r->in_training,
                           r->qualified, r->withdrawn);
  rc_report_layout_paragraph (layout, facts);

  if (cohort->pipeline_chart != NULL)
    rc_report_layout_chart (layout, RC_CHART_DRAW_FUNC (rc_bar_chart_draw), cohort->pipeline_chart, 190);

  if (r->qualified > 0)
    {
      for (guint c = 0; c < G_N_ELEMENTS (outcome_columns); c++)
        columns[c] = (RcReportColumn) { _(outcome_columns[c].title), outcome_columns[c].width,
                                        outcome_columns[c].align };
      /* Translators: the number of a cohort's trainees who qualified */
      put (cells, _("Qualified"));
      take (cells, g_strdup_printf ("%u", r->qualified));
      for (guint m = 0; m < RC_N_MILESTONES; m++)
        {
          RcOutcome outcome = rc_retention_get_outcome (r, m);

          put (cells, rc_milestone_get_label (m));
          take (cells, rc_outcome_format (&outcome));
        }
      table (layout, columns, G_N_ELEMENTS (columns), cells);
    }

  if (cohort->funnel_chart != NULL)
    {
      rc_report_layout_chart (layout, RC_CHART_DRAW_FUNC (rc_funnel_chart_draw), cohort->funnel_chart, 230);
      if (cohort->funnel_sources != NULL)
        rc_report_layout_note (layout, cohort->funnel_sources);
    }
  else if (r->trainees == 0)
    rc_report_layout_paragraph (layout, _("No trainee and no recruitment figure is recorded yet."));
}

static char *
days_away (int days)
{
  if (days == 0)
    return g_strdup (_("today"));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in %d day", "in %d days", days), days);
}

static void
page_bids (RcReportLayout    *layout,
           RcBoardReportData *data)
{
  RcReportColumn columns[] = {
    { _("Bid"), 0.27, RC_REPORT_ALIGN_LEFT },
    { _("Funder"), 0.18, RC_REPORT_ALIGN_LEFT },
    { _("Status"), 0.1, RC_REPORT_ALIGN_LEFT },
    { _("Deadline"), 0.1, RC_REPORT_ALIGN_LEFT },
    { _("Decision"), 0.1, RC_REPORT_ALIGN_LEFT },
    { _("Requested"), 0.125, RC_REPORT_ALIGN_RIGHT },
    { _("Awarded"), 0.125, RC_REPORT_ALIGN_RIGHT },
  };
  RcReportColumn ahead_columns[] = {
    { _("Date"), 0.14, RC_REPORT_ALIGN_LEFT },
    { _("When"), 0.14, RC_REPORT_ALIGN_LEFT },
    { _("What"), 0.16, RC_REPORT_ALIGN_LEFT },
    { _("Bid"), 0.56, RC_REPORT_ALIGN_LEFT },
  };
  g_autoptr(GPtrArray) cells = cells_new ();
  g_autoptr(GPtrArray) ahead = cells_new ();
  g_autoptr(GString) counts = g_string_new (NULL);
  guint by_status[RC_N_BID_STATUSES] = { 0 };

  rc_report_layout_new_page (layout);
  rc_report_layout_heading (layout, _("Bids"));
  if (data->bids->len == 0)
    {
      rc_report_layout_paragraph (layout, _("The consortium has no bid."));
      return;
    }

  for (guint i = 0; i < data->bids->len; i++)
    {
      RcReportBid *bid = g_ptr_array_index (data->bids, i);

      by_status[bid->status]++;
      put (cells, bid->title);
      put (cells, bid->funder);
      put (cells, rc_bid_status_get_label (bid->status));
      put (cells, bid->deadline_on);
      put (cells, bid->decided_on != NULL ? bid->decided_on : bid->decision_due_on);
      take (cells, rc_money_format (bid->requested_pence));
      take (cells, bid->awarded_pence.present ? rc_money_format (bid->awarded_pence.value) : g_strdup ("—"));
    }
  for (guint s = 0; s < RC_N_BID_STATUSES; s++)
    if (by_status[s] > 0)
      /* Translators: how many bids have a status: "2 Submitted" */
      g_string_append_printf (counts, "%s%u %s", counts->len > 0 ? " · " : "", by_status[s],
                              rc_bid_status_get_label (s));
  rc_report_layout_paragraph (layout, counts->str);
  table (layout, columns, G_N_ELEMENTS (columns), cells);
  rc_report_layout_note (layout, _("The decision column gives the day a decision was made, or else the day it "
                                   "is due. Amounts are the sums of each bid’s budget lines."));

  rc_report_layout_heading (layout, _("Deadlines and decisions ahead"));
  if (data->ahead->len == 0)
    {
      rc_report_layout_paragraph (layout, _("No deadline or decision is ahead."));
      return;
    }
  for (guint i = 0; i < data->ahead->len; i++)
    {
      RcReportDate *date = g_ptr_array_index (data->ahead, i);

      put (ahead, date->on);
      take (ahead, days_away (date->days));
      put (ahead, date->what);
      put (ahead, date->bid);
    }
  table (layout, ahead_columns, G_N_ELEMENTS (ahead_columns), ahead);
}

static const char *
report_source (void)
{
  return _("Source: Return Coordinator database (counts only, no names); DfE children’s social work "
           "workforce, as at 30 September.");
}

gboolean
rc_board_report_data_write (RcBoardReportData      *data,
                            const char             *path,
                            GCancellable           *cancellable,
                            RcProgressFunc          progress,
                            gpointer                progress_data,
                            guint                  *n_pages,
                            GError                **error)
{
  g_autoptr(RcReportLayout) layout = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *header = NULL;
  g_autofree char *title = NULL;
  guint n_steps = 4 + data->cohorts->len;
  guint step = 0;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Translators: the line at the top of each page: the consortium and the day */
  header = g_strdup_printf (_("%s · Board report · %s"), data->consortium, data->made_on_text);
  /* Translators: the PDF's title, with the consortium's name */
  title = g_strdup_printf (_("Board report: %s"), data->consortium);
  layout = rc_report_layout_new (header, report_source ());

#define STEP() G_STMT_START { \
    if (g_cancellable_set_error_if_cancelled (cancellable, error)) \
      return FALSE; \
    if (progress != NULL) \
      progress (0.8 * ++step / n_steps, progress_data); \
  } G_STMT_END

  page_consortium (layout, data);
  STEP ();
  page_rates (layout, data);
  STEP ();
  page_trends (layout, data);
  STEP ();
  if (data->cohorts->len > 0)
    {
      for (guint i = 0; i < data->cohorts->len; i++)
        {
          cohort_page (layout, g_ptr_array_index (data->cohorts, i));
          STEP ();
        }
    }
  page_bids (layout, data);
  STEP ();
#undef STEP

  pdf = rc_report_layout_to_pdf (layout, title, cancellable, progress, progress_data, 0.8, error);
  if (pdf == NULL)
    return FALSE;
  if (!rc_output_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf),
                                    RC_OUTPUT_FILE_DEFAULT, error))
    return FALSE;
  if (n_pages != NULL)
    *n_pages = rc_report_layout_get_n_pages (layout);

  return TRUE;
}

gboolean
rc_board_report_write (RcStore     *store,
                       gint64       consortium_id,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(RcBoardReportData) data = NULL;

  g_return_val_if_fail (RC_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  data = rc_board_report_gather (store, consortium_id, error);
  if (data == NULL)
    return FALSE;

  return rc_board_report_data_write (data, path, NULL, NULL, NULL, NULL, error);
}

static gboolean
write_job (RcExportJob   *job,
           GCancellable  *cancellable,
           GError       **error)
{
  return rc_board_report_data_write (job->data, job->path, cancellable,
                                     rc_export_job_get_relay (job), job, &job->n_written, error);
}

/* Runs in a worker, on a reader of the store. */
static gpointer
gather_in_thread (RcStore       *reader,
                  gpointer       data,
                  GCancellable  *cancellable,
                  GError       **error)
{
  return rc_board_report_gather (reader, *(gint64 *) data, error);
}

static void
on_gathered (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  RcBoardReportData *data;
  GError *error = NULL;

  data = rc_store_read_finish (result, &error);
  rc_export_job_set_data (g_task_get_task_data (task), data, (GDestroyNotify) rc_board_report_data_free);
  if (data == NULL)
    g_task_return_error (task, error);
  else if (!g_task_return_error_if_cancelled (task))
    rc_export_job_run_in_thread (task, write_job);
}

void
rc_board_report_write_async (RcStore             *store,
                             RcExportJob         *job,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (RC_IS_STORE (store));
  g_return_if_fail (job != NULL);

  task = rc_export_job_task_new (job, store, cancellable, callback, user_data, rc_board_report_write_async);

  /* Read on a reader of the store in one worker, then drawn and written
   * in another: the window's thread does neither. */
  rc_store_read_async (store, gather_in_thread, g_memdup2 (&job->id, sizeof job->id), g_free,
                       (GDestroyNotify) rc_board_report_data_free, cancellable, on_gathered,
                       g_steal_pointer (&task));
}

guint
rc_board_report_write_finish (GAsyncResult  *result,
                              GError       **error)
{
  guint n_pages = 0;

  if (!rc_export_job_finish (result, rc_board_report_write_async, &n_pages, error))
    return 0;

  return n_pages;
}
