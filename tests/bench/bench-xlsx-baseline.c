/* bench-xlsx-baseline.c: the floor for the workbook benchmark
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A minimal program that writes the same cells as the monitoring workbook
 * (every sheet's text, numbers and formulas with their cached values, in
 * the same number formats) straight through libxlsxwriter, and nothing
 * else: no fonts or fills, no column widths, no charts, no fsync, no
 * read-back. It links libxlsxwriter only.
 *
 *   bench-xlsx-baseline CELLS.tsv OUT.xlsx [--constant-memory]
 *
 * CELLS.tsv is what tests/bench/xlsx-cells.py reads from the app's
 * workbook. The file is loaded first; "load_ms" is how long that took,
 * "workbook_ms" how long the writing took. By default it uses
 * libxlsxwriter's defaults, as a minimal program would; --constant-memory
 * uses the mode the app uses, for comparison.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <xlsxwriter.h>

#define MAX_FORMATS 64

typedef struct
{
  unsigned    row;
  unsigned    col;
  char        kind;     /* s, n, f; or '=' for a new sheet named by value */
  const char *format;
  const char *value;
  const char *formula;
} Cell;

static double
now_ms (void)
{
  struct timespec t;

  clock_gettime (CLOCK_MONOTONIC, &t);

  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* Cuts @line at each tab into @fields; returns how many. */
static int
split (char  *line,
       char **fields,
       int    max)
{
  int n = 0;

  fields[n++] = line;
  for (char *p = line; *p != '\0' && n < max; p++)
    if (*p == '\t')
      {
        *p = '\0';
        fields[n++] = p + 1;
      }

  return n;
}

static Cell *
load (const char *path,
      size_t     *n_cells)
{
  FILE *in = fopen (path, "rb");
  char *data, *line, *next;
  Cell *cells;
  size_t size, n = 0, lines = 0;

  if (in == NULL)
    return NULL;
  fseek (in, 0, SEEK_END);
  size = (size_t) ftell (in);
  fseek (in, 0, SEEK_SET);
  data = malloc (size + 1);
  if (data == NULL || fread (data, 1, size, in) != size)
    {
      fclose (in);
      return NULL;
    }
  fclose (in);
  data[size] = '\0';

  for (size_t i = 0; i < size; i++)
    lines += data[i] == '\n';
  cells = calloc (lines + 1, sizeof (Cell));
  if (cells == NULL)
    return NULL;

  for (line = data; *line != '\0'; line = next)
    {
      char *fields[6];
      char *end = strchr (line, '\n');

      next = end != NULL ? end + 1 : line + strlen (line);
      if (end != NULL)
        *end = '\0';
      if (line[0] == '=')
        {
          cells[n].kind = '=';
          cells[n++].value = line + 1;
          continue;
        }
      if (split (line, fields, 6) != 6)
        continue;
      cells[n].row = (unsigned) strtoul (fields[0], NULL, 10);
      cells[n].col = (unsigned) strtoul (fields[1], NULL, 10);
      cells[n].kind = fields[2][0];
      cells[n].format = fields[3];
      cells[n].value = fields[4];
      cells[n].formula = fields[5];
      n++;
    }

  *n_cells = n;

  return cells;
}

/* One format per number format, made when first needed. */
static lxw_format *
format_for (lxw_workbook *workbook,
            const char   *code)
{
  static const char *codes[MAX_FORMATS];
  static lxw_format *formats[MAX_FORMATS];
  static int n;

  if (code[0] == '\0')
    return NULL;
  for (int i = 0; i < n; i++)
    if (strcmp (codes[i], code) == 0)
      return formats[i];
  if (n == MAX_FORMATS)
    return NULL;
  codes[n] = code;
  formats[n] = workbook_add_format (workbook);
  format_set_num_format (formats[n], code);

  return formats[n++];
}

int
main (int   argc,
      char *argv[])
{
  lxw_workbook_options options = { .constant_memory = LXW_FALSE };
  lxw_workbook *workbook;
  lxw_worksheet *ws = NULL;
  double t0, t1, t2;
  size_t n = 0;
  Cell *cells;

  if (argc == 4 && strcmp (argv[3], "--constant-memory") == 0)
    options.constant_memory = LXW_TRUE;
  else if (argc != 3)
    {
      fprintf (stderr, "Usage: %s CELLS.tsv OUT.xlsx [--constant-memory]\n", argv[0]);
      return 2;
    }

  t0 = now_ms ();
  cells = load (argv[1], &n);
  if (cells == NULL || n == 0)
    {
      fprintf (stderr, "%s: no cells\n", argv[1]);
      return 1;
    }

  t1 = now_ms ();
  workbook = workbook_new_opt (argv[2], &options);
  for (size_t i = 0; i < n; i++)
    {
      const Cell *c = &cells[i];

      switch (c->kind)
        {
        case '=':
          ws = workbook_add_worksheet (workbook, c->value);
          break;
        case 's':
          worksheet_write_string (ws, c->row, c->col, c->value, format_for (workbook, c->format));
          break;
        case 'n':
          worksheet_write_number (ws, c->row, c->col, strtod (c->value, NULL),
                                  format_for (workbook, c->format));
          break;
        case 'f':
          worksheet_write_formula_num (ws, c->row, c->col, c->formula, format_for (workbook, c->format),
                                       strtod (c->value, NULL));
          break;
        default:
          break;
        }
    }
  if (workbook_close (workbook) != LXW_NO_ERROR)
    {
      fprintf (stderr, "%s: could not write\n", argv[2]);
      return 1;
    }
  t2 = now_ms ();

  printf ("load_ms %.1f\n", t1 - t0);
  printf ("workbook_ms %.1f\n", t2 - t1);

  return 0;
}
