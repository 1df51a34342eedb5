/* rc-bid-workbook-sheets.c: cells, formats, and the Summary and Budget sheets
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-export"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "model/rc-money.h"
#include "rc-bid-workbook-private.h"

/* Budget columns. */
enum {
  COL_COUNCIL, COL_CATEGORY, COL_DESCRIPTION, COL_QUANTITY, COL_UNIT_COST, COL_TOTAL, N_BUDGET_COLS
};

gboolean
rc_workbook_is_cancelled (RcWorkbookWriter *w)
{
  return g_cancellable_is_cancelled (w->cancellable);
}

void
rc_workbook_figure (RcWorkbookWriter *w,
                    lxw_worksheet    *sheet,
                    lxw_row_t         row,
                    lxw_col_t         col,
                    RcFigure          figure,
                    double            divisor,
                    lxw_format       *format)
{
  if (figure.present)
    rc_xlsx_number (&w->xlsx, sheet, row, col, (double) figure.value / divisor, format);
}

void
rc_workbook_formula (RcWorkbookWriter *w,
                     lxw_worksheet    *sheet,
                     lxw_row_t         row,
                     lxw_col_t         col,
                     const char       *formula,
                     double            result,
                     lxw_format       *format)
{
  rc_xlsx_check (&w->xlsx, worksheet_write_formula_num (sheet, row, col, formula, format, result));
}

void
rc_workbook_formula_rate (RcWorkbookWriter *w,
                          lxw_worksheet    *sheet,
                          lxw_row_t         row,
                          lxw_col_t         col,
                          const char       *formula,
                          RcRate            result,
                          lxw_format       *format)
{
  if (result.present)
    rc_workbook_formula (w, sheet, row, col, formula, result.value, format);
  else
    rc_xlsx_check (&w->xlsx, worksheet_write_formula_str (sheet, row, col, formula, format, ""));
}

void
rc_workbook_add_formats (RcWorkbookWriter *w)
{
  lxw_workbook *wb = w->xlsx.workbook;

  w->header_right = workbook_add_format (wb);
  format_set_bold (w->header_right);
  format_set_bg_color (w->header_right, RC_XLSX_COLOUR_HEADER);
  format_set_bottom (w->header_right, LXW_BORDER_THIN);
  format_set_align (w->header_right, LXW_ALIGN_RIGHT);

  w->label = workbook_add_format (wb);
  format_set_bold (w->label);
  format_set_align (w->label, LXW_ALIGN_VERTICAL_TOP);

  w->note_wrap = workbook_add_format (wb);
  format_set_italic (w->note_wrap);
  format_set_font_color (w->note_wrap, RC_XLSX_COLOUR_NOTE);
  format_set_text_wrap (w->note_wrap);
  format_set_align (w->note_wrap, LXW_ALIGN_VERTICAL_TOP);

  w->wrap = workbook_add_format (wb);
  format_set_text_wrap (w->wrap);
  format_set_align (w->wrap, LXW_ALIGN_VERTICAL_TOP);

  w->money = workbook_add_format (wb);
  format_set_num_format (w->money, "£#,##0.00");

  w->money_left = workbook_add_format (wb);
  format_set_num_format (w->money_left, "£#,##0.00");
  format_set_align (w->money_left, LXW_ALIGN_LEFT);

  w->money_total = workbook_add_format (wb);
  format_set_num_format (w->money_total, "£#,##0.00");
  format_set_bold (w->money_total);
  format_set_top (w->money_total, LXW_BORDER_THIN);

  w->total_label = workbook_add_format (wb);
  format_set_bold (w->total_label);
  format_set_top (w->total_label, LXW_BORDER_THIN);

  /* Quantities are in hundredths: 10, 0.5, 1.17. General shows each as
   * it is, where "0.##" would leave Excel showing "10.". */
  w->quantity = workbook_add_format (wb);
  format_set_num_format (w->quantity, "General");

  w->fte = workbook_add_format (wb);
  format_set_num_format (w->fte, "#,##0.0#");

  w->integer = workbook_add_format (wb);
  format_set_num_format (w->integer, "0");

  w->integer_left = workbook_add_format (wb);
  format_set_num_format (w->integer_left, "0");
  format_set_align (w->integer_left, LXW_ALIGN_LEFT);

  w->percent = workbook_add_format (wb);
  format_set_num_format (w->percent, "0.0%");

  w->decimal = workbook_add_format (wb);
  format_set_num_format (w->decimal, "0.0");

  w->xlsx.date = workbook_add_format (wb);
  format_set_num_format (w->xlsx.date, "d mmm yyyy");
  format_set_align (w->xlsx.date, LXW_ALIGN_LEFT);
}

void
rc_workbook_plan (RcWorkbookWriter *w)
{
  const RcBidWorkbookData *data = w->data;
  guint n_lines = data->lines->len;
  guint n_partners = data->partners->len;

  /* Budget: a header, the lines, the total, then By council. */
  w->budget_total_row = n_lines + 1;
  if (n_lines > 0)
    {
      w->by_council_first = w->budget_total_row + 3;
      w->by_council_last = w->by_council_first + data->by_council->len - 1;
    }

  /* Partners: a title, a note, a header, the councils, then the block. */
  w->vacancy_header_row = 4 + n_partners + 2;
  w->vacancy_first = w->vacancy_header_row + 1;
  w->vacancy_last = w->vacancy_first + MAX (n_partners, 1) - 1;
}

static char *
budget_ref (RcWorkbookWriter *w)
{
  char *quoted = lxw_quote_sheetname (w->budget_name);
  char *ref = g_strdup_printf ("=%s!F%u", quoted, (guint) w->budget_total_row + 1);

  free (quoted);
  return ref;
}

static lxw_row_t
summary_field (RcWorkbookWriter *w,
               lxw_row_t         row,
               const char       *label,
               const char       *text)
{
  rc_xlsx_text (&w->xlsx, w->summary, row, 0, label, w->label);
  rc_xlsx_text (&w->xlsx, w->summary, row, 1, text, w->wrap);

  return row + 1;
}

static lxw_row_t
summary_date (RcWorkbookWriter *w,
              lxw_row_t         row,
              const char       *label,
              const char       *iso_date)
{
  rc_xlsx_text (&w->xlsx, w->summary, row, 0, label, w->label);
  rc_xlsx_date (&w->xlsx, w->summary, row, 1, iso_date);

  return row + 1;
}

void
rc_workbook_write_summary (RcWorkbookWriter *w)
{
  const RcBidWorkbookData *data = w->data;
  lxw_worksheet *ws = w->summary;
  g_autofree char *requested = budget_ref (w);
  g_autofree char *generated = NULL;
  lxw_row_t row = 0;

  worksheet_set_column (ws, 0, 0, 28, NULL);
  worksheet_set_column (ws, 1, 1, 60, NULL);
  worksheet_set_column (ws, 2, 2, 44, NULL);

  rc_xlsx_text (&w->xlsx, ws, row++, 0, data->title, w->xlsx.title);
  /* Merged across the table and wrapped, so that it prints on the page. */
  rc_xlsx_check (&w->xlsx, worksheet_merge_range (ws, row, 0, row, 2, "", w->note_wrap));
  rc_xlsx_text (&w->xlsx, ws, row, 0,
                _("Figures from Return Coordinator: the budget lines as entered for this "
                  "bid; the partners’ workforce figures from their returns to the DfE, as at "
                  "30 September of the year shown; the outcomes of earlier cohorts as counts "
                  "of trainees, never names."), w->note_wrap);
  worksheet_set_row (ws, row++, 30, NULL);
  row++;

  row = summary_field (w, row, _("Funder"), data->funder);
  row = summary_field (w, row, _("Scheme"), data->scheme);
  row = summary_field (w, row, _("Programme"), data->programme);
  row = summary_field (w, row, _("Consortium"), data->consortium);
  row = summary_field (w, row, _("Lead council"), data->lead_council);
  row = summary_field (w, row, _("Status"), data->status);
  row = summary_date (w, row, _("Status since"), data->status_on);
  row = summary_date (w, row, _("Deadline"), data->deadline_on);
  row = summary_date (w, row, _("Submitted"), data->submitted_on);
  row = summary_date (w, row, _("Decision due"), data->decision_due_on);
  row = summary_date (w, row, _("Decided"), data->decided_on);

  rc_xlsx_text (&w->xlsx, ws, row, 0, _("Trainees planned"), w->label);
  rc_xlsx_number (&w->xlsx, ws, row++, 1, (double) data->trainees_planned, w->integer_left);

  /* Live: it follows the Budget sheet when someone edits a line there. */
  rc_xlsx_text (&w->xlsx, ws, row, 0, _("Amount requested"), w->label);
  rc_workbook_formula (w, ws, row++, 1, requested, (double) data->total_pence / 100.0,
                       w->money_left);

  rc_xlsx_text (&w->xlsx, ws, row, 0, _("Amount awarded"), w->label);
  rc_workbook_figure (w, ws, row++, 1, data->awarded_pence, 100.0, w->money_left);

  row = summary_field (w, row, _("Notes"), data->notes);
  row++;

  /* The consortium as it stood on the bid's date, not as it is now. */
  if (data->members_on != NULL)
    {
      /* Translators: a date: the members listed are those of that day */
      g_autofree char *on = g_strdup_printf (_("The consortium on %s"), data->members_on);

      rc_xlsx_text (&w->xlsx, ws, row++, 0, on, w->label);
    }
  rc_xlsx_text (&w->xlsx, ws, row, 0, _("Council"), w->xlsx.header);
  rc_xlsx_text (&w->xlsx, ws, row, 1, _("Role in the consortium"), w->xlsx.header);
  rc_xlsx_text (&w->xlsx, ws, row++, 2, _("Member since"), w->xlsx.header);
  for (guint i = 0; i < data->members->len; i++, row++)
    {
      const RcExportMember *member = g_ptr_array_index (data->members, i);

      rc_xlsx_text (&w->xlsx, ws, row, 0, member->council, NULL);
      rc_xlsx_text (&w->xlsx, ws, row, 1, member->role, NULL);
      rc_xlsx_date (&w->xlsx, ws, row, 2, member->joined_on);
    }
  row++;

  rc_xlsx_text (&w->xlsx, ws, row, 0, _("Date"), w->xlsx.header);
  rc_xlsx_text (&w->xlsx, ws, row, 1, _("Status"), w->xlsx.header);
  rc_xlsx_text (&w->xlsx, ws, row++, 2, _("Note"), w->xlsx.header);
  for (guint i = 0; i < data->events->len; i++, row++)
    {
      const RcWorkbookEvent *event = g_ptr_array_index (data->events, i);

      rc_xlsx_date (&w->xlsx, ws, row, 0, event->occurred_on);
      rc_xlsx_text (&w->xlsx, ws, row, 1, event->status, NULL);
      rc_xlsx_text (&w->xlsx, ws, row, 2, event->note, w->wrap);
    }
  row++;

  generated = g_strdup_printf (_("Generated by Return Coordinator on %s. "
                                 "Counts and council names only: no personal data."),
                               data->generated_on);
  rc_xlsx_text (&w->xlsx, ws, row, 0, generated, w->xlsx.note);

  worksheet_activate (ws);
}

/* SUMIF reads its criterion as a pattern: * ? ~ and a leading < > = would
 * change what it matches, so such a name is summed exactly instead. */
static char *
sum_by (const char *name,
        char        key_col,
        lxw_row_t   row,
        guint       last_line_row)
{
  if (strpbrk (name, "*?~<>=") != NULL)
    return g_strdup_printf ("=SUMPRODUCT(($%c$2:$%c$%u=A%u)*$F$2:$F$%u)",
                            key_col, key_col, last_line_row, (guint) row + 1, last_line_row);

  return g_strdup_printf ("=SUMIF($%c$2:$%c$%u,A%u,$F$2:$F$%u)",
                          key_col, key_col, last_line_row, (guint) row + 1, last_line_row);
}

static lxw_row_t
write_sums (RcWorkbookWriter *w,
            lxw_row_t         row,
            const char       *title,
            GPtrArray        *sums,
            char              key_col)
{
  lxw_worksheet *ws = w->budget;
  guint last_line_row = w->data->lines->len + 1;

  rc_xlsx_text (&w->xlsx, ws, row, 0, title, w->xlsx.header);
  rc_xlsx_text (&w->xlsx, ws, row++, 1, _("Total (£)"), w->xlsx.header);
  for (guint i = 0; i < sums->len; i++, row++)
    {
      const RcWorkbookSum *sum = g_ptr_array_index (sums, i);
      g_autofree char *formula = sum_by (sum->name, key_col, row, last_line_row);

      rc_xlsx_text (&w->xlsx, ws, row, 0, sum->name, NULL);
      rc_workbook_formula (w, ws, row, 1, formula, (double) sum->pence / 100.0, w->money);
    }

  return row;
}

gboolean
rc_workbook_write_budget (RcWorkbookWriter *w)
{
  const RcBidWorkbookData *data = w->data;
  lxw_worksheet *ws = w->budget;
  static const double widths[N_BUDGET_COLS] = { 30, 20, 46, 10, 15, 15 };
  const char *headers[N_BUDGET_COLS] = {
    _("Council"), _("Category"), _("Description"), _("Quantity"), _("Unit cost (£)"),
    _("Total (£)"),
  };
  guint n = data->lines->len;
  lxw_row_t total_row = w->budget_total_row;

  for (lxw_col_t col = 0; col < N_BUDGET_COLS; col++)
    {
      worksheet_set_column (ws, col, col, widths[col], NULL);
      rc_xlsx_text (&w->xlsx, ws, 0, col, headers[col], w->xlsx.header);
    }
  worksheet_freeze_panes (ws, 1, 0);
  rc_xlsx_check (&w->xlsx, worksheet_autofilter (ws, 0, 0, n, N_BUDGET_COLS - 1));

  for (guint i = 0; i < n; i++)
    {
      const RcWorkbookLine *line = g_ptr_array_index (data->lines, i);
      lxw_row_t row = i + 1;
      g_autofree char *formula = g_strdup_printf ("=ROUND(D%u*E%u,2)", row + 1, row + 1);

      if (i % 256 == 0 && rc_workbook_is_cancelled (w))
        return FALSE;

      rc_xlsx_text (&w->xlsx, ws, row, COL_COUNCIL, line->council, NULL);
      rc_xlsx_text (&w->xlsx, ws, row, COL_CATEGORY, line->category, NULL);
      rc_xlsx_text (&w->xlsx, ws, row, COL_DESCRIPTION, line->description, NULL);
      rc_xlsx_number (&w->xlsx, ws, row, COL_QUANTITY, line->quantity100 / 100.0, w->quantity);
      rc_xlsx_number (&w->xlsx, ws, row, COL_UNIT_COST, line->unit_cost_pence / 100.0, w->money);
      rc_workbook_formula (w, ws, row, COL_TOTAL, formula, line->total_pence / 100.0, w->money);
    }

  rc_xlsx_text (&w->xlsx, ws, total_row, COL_COUNCIL, _("Total"), w->total_label);
  for (lxw_col_t col = COL_CATEGORY; col < COL_TOTAL; col++)
    rc_xlsx_check (&w->xlsx, worksheet_write_blank (ws, total_row, col, w->total_label));
  if (n > 0)
    {
      g_autofree char *sum = g_strdup_printf ("=SUM(F2:F%u)", n + 1);

      rc_workbook_formula (w, ws, total_row, COL_TOTAL, sum, (double) data->total_pence / 100.0,
                           w->money_total);
    }
  else
    {
      rc_xlsx_number (&w->xlsx, ws, total_row, COL_TOTAL, 0, w->money_total);
      rc_xlsx_text (&w->xlsx, ws, total_row + 2, 0, _("This bid has no budget lines yet."), w->xlsx.note);
      return TRUE;
    }

  write_sums (w, w->by_council_first - 1, _("By council"), data->by_council, 'A');
  write_sums (w, w->by_council_last + 2, _("By category"), data->by_category, 'B');

  return TRUE;
}
