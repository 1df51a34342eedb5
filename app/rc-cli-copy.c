/* rc-cli-copy.c: --copy-database, a whole database into an empty one
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   return-coordinator --copy-database consortium.db postgresql://db.example.org/region
 *   return-coordinator --copy-database postgresql://db.example.org/region copy.db
 *
 * All or nothing (rc-store-copy.c); then a short report of what was
 * checked on both sides: the rows of every table and every bid's totals.
 */

#define G_LOG_DOMAIN "return-coordinator"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rc-money.h"
#include "rc-cli.h"
#include "rc-cli-private.h"
#include "store/rc-store-copy.h"

#define MAX_BIDS_LISTED 20

static void
print_report (const RcStoreCopyReport *report)
{
  gint64 sum = 0;
  guint same = 0;

  if (report->counts->len > 0)
    /* Translators: the heading of a table of row counts: a table's name, its rows in the
     * database copied and in the copy */
    g_print ("%-24s %10s %10s\n", _("table"), _("source"), _("copy"));
  for (guint i = 0; i < report->counts->len; i++)
    {
      const RcStoreCopyCount *count = &g_array_index (report->counts, RcStoreCopyCount, i);

      g_print ("%-24s %10" G_GINT64_FORMAT " %10" G_GINT64_FORMAT "%s\n", count->table,
               count->source_rows, count->target_rows,
               count->source_rows == count->target_rows ? "" : _("  differs"));
    }
  for (guint i = 0; i < report->bids->len; i++)
    {
      const RcStoreCopyBid *bid = &g_array_index (report->bids, RcStoreCopyBid, i);
      g_autofree char *source = rc_money_format (bid->source_pence);
      g_autofree char *target = rc_money_format (bid->target_pence);

      /* A national database has hundreds: those that differ, and a sum. */
      if (bid->same && report->bids->len > MAX_BIDS_LISTED)
        continue;
      if (bid->same)
        /* Translators: a bid's id, its title and its total */
        g_print (_("bid %" G_GINT64_FORMAT " “%s”: %s, the same in the copy\n"), bid->bid_id,
                 bid->title, source);
      else
        /* Translators: a bid's id, its title, its total, and its total in the copy */
        g_print (_("bid %" G_GINT64_FORMAT " “%s”: %s, but %s in the copy (or by council or "
                   "category)\n"), bid->bid_id, bid->title, source, target);
    }
  for (guint i = 0; i < report->bids->len; i++)
    {
      const RcStoreCopyBid *bid = &g_array_index (report->bids, RcStoreCopyBid, i);

      sum += bid->source_pence;
      same += bid->same;
    }
  if (report->bids->len > MAX_BIDS_LISTED)
    {
      g_autofree char *total = rc_money_format (sum);

      /* Translators: how many bids have the same totals in the copy, and their sum */
      g_print (g_dngettext (GETTEXT_PACKAGE, "%u bid the same in the copy, %s in all\n",
                            "%u bids the same in the copy, %s in all\n", same), same, total);
    }
}

int
rc_cli_copy_database (GVariantDict *options,
                      const char   *source,
                      const char   *database_path)
{
  g_autoptr(RcStoreCopyReport) report = rc_store_copy_report_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *target = NULL;
  int problems = 0;

  (void) database_path;  /* SOURCE and TARGET name both */
  target = rc_cli_take_file_argument (options, "--copy-database SOURCE TARGET", &problems);
  if (problems > 0)
    return RC_CLI_EXIT_USAGE;
  if (g_variant_dict_contains (options, "database"))
    {
      g_printerr (_("return-coordinator: --copy-database names both databases: SOURCE and TARGET, "
                    "not --database\n"));
      return RC_CLI_EXIT_USAGE;
    }

  if (!rc_store_copy_database (source, target, report, &error))
    {
      print_report (report);
      return rc_cli_fail (error);
    }

  print_report (report);
  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Copied %u table; every row and every bid’s totals are the same in the copy\n",
                        "Copied %u tables; every row and every bid’s totals are the same in the copy\n",
                        report->counts->len), report->counts->len);

  return RC_CLI_EXIT_DONE;
}
