/* bench-workbook.c: the bid workbook with a large appendix, for timing
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes bid BID_ID's workbook with an appendix of ROWS rows, as the
 * window and --export-bid do (every sheet, both charts, fsync, rename),
 * and prints how long the write took. With --lines it writes instead the
 * bid's budget lines, as the appendix shows them, to a tab-separated file
 * from which the baselines (bench-xlsx-baseline.c and .py) write the same
 * cells.
 *
 *   bench-workbook DATABASE BID_ID ROWS OUT.xlsx
 *   bench-workbook DATABASE BID_ID --lines LINES.tsv
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "export/rc-bid-workbook.h"
#include "model/rc-bid-totals.h"
#include "store/rc-store.h"

/* A tab or a line break inside a cell would shift the baselines' columns. */
static char *
plain (const char *text)
{
  char *copy = g_strdup (text != NULL ? text : "");

  g_strdelimit (copy, "\t\r\n", ' ');

  return copy;
}

static gboolean
write_lines (RcStore     *store,
             gint64       bid_id,
             const char  *path,
             GError     **error)
{
  g_autoptr(GListModel) lines = rc_store_list_bid_lines (store, bid_id, error);
  g_autoptr(GString) out = g_string_new (NULL);

  if (lines == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(RcBidLine) line = g_list_model_get_item (lines, i);
      g_autofree char *council = plain (line->council_id != 0 ? line->council_name : "Whole consortium");
      g_autofree char *category = NULL;
      g_autofree char *description = plain (line->description);
      RcCostCategory key;
      gint64 total = 0;

      category = plain (rc_cost_category_from_key (line->category, &key)
                        ? rc_cost_category_get_label (key) : line->category);
      if (!rc_bid_line_total (line->quantity100, line->unit_cost_pence, &total, error))
        return FALSE;
      g_string_append_printf (out, "%s\t%s\t%s\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT
                              "\t%" G_GINT64_FORMAT "\n",
                              council, category, description,
                              line->quantity100, line->unit_cost_pence, total);
    }

  return g_file_set_contents (path, out->str, out->len, error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  RcBidWorkbookOptions options = { 0 };
  gint64 bid_id;
  gint64 t0, t1;

  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");
  if (argc != 5)
    {
      fprintf (stderr, "Usage: %s DATABASE BID_ID ROWS OUT.xlsx\n"
                       "       %s DATABASE BID_ID --lines LINES.tsv\n", argv[0], argv[0]);
      return 2;
    }
  bid_id = g_ascii_strtoll (argv[2], NULL, 10);

  store = rc_store_open (argv[1], &error);
  if (store == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  if (g_str_equal (argv[3], "--lines"))
    {
      if (!write_lines (store, bid_id, argv[4], &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      return 0;
    }

  options.appendix_rows = (guint) atoi (argv[3]);
  t0 = g_get_monotonic_time ();
  if (!rc_bid_workbook_write (store, bid_id, argv[4], &options, NULL, NULL, NULL, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  t1 = g_get_monotonic_time ();
  printf ("workbook_ms %.1f\n", (t1 - t0) / 1000.0);

  return 0;
}
