/* rc-workforce-import-plan.c: a workforce CSV's plan as the import dialog
 * sees it (RcImportPlan), and saving it
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rc-import-plan-private.h"
#include "rc-workforce-import-private.h"

static RcStore *
get_store (RcImportPlan *plan)
{
  return RC_WORKFORCE_IMPORT (plan)->store;
}

static const char *
get_text (RcImportPlan *plan,
          RcImportText  text)
{
  switch (text)
    {
    case RC_IMPORT_TEXT_TITLE:
      return _("Import Workforce Returns");
    case RC_IMPORT_TEXT_CHOOSER_TITLE:
      return _("Import DfE Workforce CSV");
    case RC_IMPORT_TEXT_CHOOSER_ACCEPT:
      return _("_Preview");
    case RC_IMPORT_TEXT_NONE_ADDED:
      return _("Nothing in this file is new to the database");
    case RC_IMPORT_TEXT_NONE_UPDATED:
      return _("Nothing in this file replaces a return in the database");
    case RC_IMPORT_TEXT_NONE_SKIPPED:
      return _("No line of this file is left out");
    case RC_IMPORT_TEXT_NONE_MALFORMED:
      return _("No line of this file has a problem");
    case RC_IMPORT_TEXT_NOTHING_TO_SAVE:
      return _("Nothing in this file would change the database.");
    case RC_IMPORT_TEXT_UPDATE_NOTE:
      return _("A blank cell keeps the figure stored; a figure the file marks as "
               "not available (x, c, z, u or low) is cleared.");
    case RC_IMPORT_TEXT_NOT_SAVED:
      return _("The returns could not be saved, so nothing has been changed");
    case RC_IMPORT_TEXT_COLUMNS:
    case RC_IMPORT_N_TEXTS:
    default:
      return NULL;
    }
}

static void
set_file_name (RcImportPlan *plan,
               const char   *file_name)
{
  rc_workforce_import_set_file_name (RC_WORKFORCE_IMPORT (plan), file_name);
}

static gboolean
parse (RcImportPlan  *plan,
       RcStore       *reader,
       GBytes        *contents,
       RcProgress    *progress,
       GError       **error)
{
  gsize length = 0;
  const char *data = g_bytes_get_data (contents, &length);

  return rc_workforce_import_read (RC_WORKFORCE_IMPORT (plan), reader, data, length, progress, error);
}

static guint
get_n_rows (RcImportPlan    *plan,
            RcImportRowKind  kind)
{
  return rc_workforce_import_get_n_rows (RC_WORKFORCE_IMPORT (plan), kind);
}

static void
get_row_text (RcImportPlan    *plan,
              RcImportRowKind  kind,
              guint            index,
              RcImportRowText *text)
{
  const RcImportRow *row = rc_workforce_import_get_row (RC_WORKFORCE_IMPORT (plan), kind, index);
  const char *area = row->area_name;

  if (area == NULL || area[0] == '\0')
    area = _("Unknown area");

  text->line = row->line;
  if (row->year > 0)
    /* Translators: an area and the reporting year of its return, "Somerset · 2023" */
    text->heading = g_strdup_printf (C_("area and year", "%s · %d"), area, (int) row->year);
  else
    text->heading = g_strdup (area);
  /* The code tells apart a council and its predecessor of the same name. */
  if (row->code != NULL && row->code[0] != '\0' && strchr (row->code, '/') == NULL)
    /* Translators: the code a row was matched by and its line in the file, "E06000066 · Line 5" */
    text->line_label = g_strdup_printf (C_("code and line", "%s · Line %u"), row->code, row->line);
  else
    text->line_label = g_strdup_printf (_("Line %u"), row->line);
  text->message = row->message;
  text->warning = row->warning;
}

static char *
describe (RcImportPlan *plan)
{
  return rc_workforce_import_describe (RC_WORKFORCE_IMPORT (plan));
}

static char *
describe_cleared (RcImportPlan *plan,
                  guint         max_rows)
{
  return rc_workforce_import_describe_cleared (RC_WORKFORCE_IMPORT (plan), max_rows);
}

static guint
get_n_warnings (RcImportPlan *plan)
{
  return rc_workforce_import_get_n_warnings (RC_WORKFORCE_IMPORT (plan));
}

static char *
describe_done (RcImportPlan *plan)
{
  guint n_added = rc_workforce_import_get_n_rows (RC_WORKFORCE_IMPORT (plan), RC_IMPORT_ROW_ADD);
  guint n_updated = rc_workforce_import_get_n_rows (RC_WORKFORCE_IMPORT (plan), RC_IMPORT_ROW_UPDATE);

  if (n_added > 0 && n_updated > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Imported %u return and updated %u",
                                         "Imported %u returns and updated %u",
                                         n_added),
                            n_added, n_updated);
  if (n_added > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Imported %u return",
                                         "Imported %u returns",
                                         n_added),
                            n_added);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Updated %u return",
                                       "Updated %u returns",
                                       n_updated),
                          n_updated);
}

static gboolean
check_apply (RcImportPlan  *plan,
             GError       **error)
{
  return rc_import_plan_check_refusal (plan, RC_WORKFORCE_IMPORT (plan)->applied,
                                       RC_WORKFORCE_IMPORT_ERROR, RC_WORKFORCE_IMPORT_ERROR_APPLIED,
                                       RC_WORKFORCE_IMPORT_ERROR_MALFORMED, error);
}

static gboolean
apply (RcImportPlan  *self,
       RcStore       *connection,
       RcProgress    *progress,
       GError       **error)
{
  RcWorkforceImport *plan = RC_WORKFORCE_IMPORT (self);
  g_autoptr(GPtrArray) returns = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *summary = NULL;

  for (RcImportRowKind k = RC_IMPORT_ROW_ADD; k <= RC_IMPORT_ROW_UPDATE; k++)
    for (guint i = 0; i < plan->rows[k]->len; i++)
      g_ptr_array_add (returns, g_object_ref (((RcImportRow *) g_ptr_array_index (plan->rows[k], i))->ret));

  /* Nothing to save is not worth an audit line. */
  if (returns->len > 0)
    {
      /* The audit log is written in English, as the store's own lines are. */
      summary = g_strdup_printf ("Imported %u workforce %s from %s", returns->len,
                                 returns->len == 1 ? "return" : "returns",
                                 plan->file_name != NULL ? plan->file_name : "a CSV file");
      if (!rc_store_put_workforce_returns_full (connection, returns, summary, progress, error))
        return FALSE;
    }

  plan->applied = TRUE;

  return TRUE;
}

void
rc_workforce_import_plan_init (RcImportPlanInterface *iface)
{
  iface->get_store = get_store;
  iface->get_text = get_text;
  iface->set_file_name = set_file_name;
  iface->parse = parse;
  iface->get_n_rows = get_n_rows;
  iface->get_row_text = get_row_text;
  iface->describe = describe;
  iface->describe_cleared = describe_cleared;
  iface->get_n_warnings = get_n_warnings;
  iface->describe_done = describe_done;
  iface->check_apply = check_apply;
  iface->apply = apply;
}
