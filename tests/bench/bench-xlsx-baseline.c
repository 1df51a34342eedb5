/* bench-xlsx-baseline.c: the floor for the bid workbook benchmark
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A minimal program that writes the same appendix cells as the bid
 * workbook (a row number, council, category, description, quantity, unit
 * cost and a ROUND formula with its cached total, in the same formats)
 * straight through libxlsxwriter, and nothing else: no other sheet, no
 * chart, no fsync. It links libxlsxwriter only.
 *
 *   bench-xlsx-baseline LINES.tsv ROWS OUT.xlsx [--constant-memory]
 *
 * By default it uses libxlsxwriter's defaults, as a minimal program would;
 * --constant-memory uses the mode the bid workbook uses, for comparison.
 *
 * LINES.tsv is what `bench-workbook DATABASE BID_ID --lines` writes.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <xlsxwriter.h>

#define MAX_LINES 4096

typedef struct
{
  char   *council;
  char   *category;
  char   *description;
  double  quantity;
  double  unit_cost;
  double  total;
} Line;

static char *
next_field (char **cursor)
{
  char *start = *cursor;
  char *tab = strchr (start, '\t');

  if (tab != NULL)
    {
      *tab = '\0';
      *cursor = tab + 1;
    }
  else
    *cursor = start + strlen (start);

  return strdup (start);
}

static size_t
read_lines (const char *path,
            Line       *lines)
{
  char buffer[4096];
  size_t n = 0;
  FILE *in = fopen (path, "r");

  if (in == NULL)
    return 0;

  while (n < MAX_LINES && fgets (buffer, sizeof buffer, in) != NULL)
    {
      char *cursor = buffer;
      char *number;

      buffer[strcspn (buffer, "\n")] = '\0';
      lines[n].council = next_field (&cursor);
      lines[n].category = next_field (&cursor);
      lines[n].description = next_field (&cursor);
      number = next_field (&cursor);
      lines[n].quantity = atoll (number) / 100.0;
      free (number);
      number = next_field (&cursor);
      lines[n].unit_cost = atoll (number) / 100.0;
      free (number);
      number = next_field (&cursor);
      lines[n].total = atoll (number) / 100.0;
      free (number);
      n++;
    }
  fclose (in);

  return n;
}

int
main (int   argc,
      char *argv[])
{
  static Line lines[MAX_LINES];
  static const char *headers[] = {
    "Row", "Council", "Category", "Description", "Quantity", "Unit cost (£)", "Total (£)",
  };
  struct timespec t0, t1;
  lxw_workbook *workbook;
  lxw_worksheet *ws;
  lxw_format *header, *integer, *quantity, *money;
  size_t n;
  long rows;

  lxw_workbook_options options = { .constant_memory = LXW_FALSE };

  if (argc == 5 && strcmp (argv[4], "--constant-memory") == 0)
    options.constant_memory = LXW_TRUE;
  else if (argc != 4)
    {
      fprintf (stderr, "Usage: %s LINES.tsv ROWS OUT.xlsx [--constant-memory]\n", argv[0]);
      return 2;
    }
  n = read_lines (argv[1], lines);
  rows = atol (argv[2]);
  if (n == 0)
    {
      fprintf (stderr, "%s: no lines\n", argv[1]);
      return 1;
    }

  clock_gettime (CLOCK_MONOTONIC, &t0);
  workbook = workbook_new_opt (argv[3], &options);
  ws = workbook_add_worksheet (workbook, "Appendix");
  header = workbook_add_format (workbook);
  format_set_bold (header);
  integer = workbook_add_format (workbook);
  format_set_num_format (integer, "0");
  quantity = workbook_add_format (workbook);
  format_set_num_format (quantity, "General");
  money = workbook_add_format (workbook);
  format_set_num_format (money, "£#,##0.00");

  worksheet_set_column (ws, 0, 0, 9, NULL);
  worksheet_set_column (ws, 1, 2, 24, NULL);
  worksheet_set_column (ws, 3, 3, 40, NULL);
  worksheet_set_column (ws, 4, 6, 14, NULL);
  for (lxw_col_t col = 0; col < 7; col++)
    worksheet_write_string (ws, 0, col, headers[col], header);
  worksheet_freeze_panes (ws, 1, 0);

  for (long i = 0; i < rows; i++)
    {
      const Line *line = &lines[i % n];
      lxw_row_t row = (lxw_row_t) i + 1;
      char formula[48];

      snprintf (formula, sizeof formula, "=ROUND(E%u*F%u,2)", row + 1, row + 1);
      worksheet_write_number (ws, row, 0, row, integer);
      worksheet_write_string (ws, row, 1, line->council, NULL);
      worksheet_write_string (ws, row, 2, line->category, NULL);
      worksheet_write_string (ws, row, 3, line->description, NULL);
      worksheet_write_number (ws, row, 4, line->quantity, quantity);
      worksheet_write_number (ws, row, 5, line->unit_cost, money);
      worksheet_write_formula_num (ws, row, 6, formula, money, line->total);
    }

  if (workbook_close (workbook) != LXW_NO_ERROR)
    {
      fprintf (stderr, "%s: could not write\n", argv[3]);
      return 1;
    }
  clock_gettime (CLOCK_MONOTONIC, &t1);
  printf ("workbook_ms %.1f\n", (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6);

  for (size_t i = 0; i < n; i++)
    {
      free (lines[i].council);
      free (lines[i].category);
      free (lines[i].description);
    }

  return 0;
}
