/* rc-csv-import-dialog-preview.c: what importing a file would do, as the
 * import dialog shows it before anything is saved
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-csv-import-dialog-private.h"

static const char * const kind_names [RC_IMPORT_N_ROW_KINDS] = {
  [RC_IMPORT_ROW_ADD] = "add",
  [RC_IMPORT_ROW_UPDATE] = "update",
  [RC_IMPORT_ROW_SKIPPED] = "skipped",
  [RC_IMPORT_ROW_MALFORMED] = "problems",
};

/* The text of an empty list of each kind. */
static const RcImportText empty_texts [RC_IMPORT_N_ROW_KINDS] = {
  [RC_IMPORT_ROW_ADD] = RC_IMPORT_TEXT_NONE_ADDED,
  [RC_IMPORT_ROW_UPDATE] = RC_IMPORT_TEXT_NONE_UPDATED,
  [RC_IMPORT_ROW_SKIPPED] = RC_IMPORT_TEXT_NONE_SKIPPED,
  [RC_IMPORT_ROW_MALFORMED] = RC_IMPORT_TEXT_NONE_MALFORMED,
};

const char *
rc_csv_import_dialog_kind_name (RcImportRowKind kind)
{
  return kind_names [kind];
}

static char *
page_title (RcImportRowKind kind,
            guint           n)
{
  switch (kind)
    {
    case RC_IMPORT_ROW_ADD:
      /* Translators: a tab listing the records a file adds; %u is how many */
      return g_strdup_printf (_("To Add (%u)"), n);
    case RC_IMPORT_ROW_UPDATE:
      return g_strdup_printf (_("To Update (%u)"), n);
    case RC_IMPORT_ROW_SKIPPED:
      return g_strdup_printf (_("Skipped (%u)"), n);
    case RC_IMPORT_ROW_MALFORMED:
      return g_strdup_printf (_("Problems (%u)"), n);
    case RC_IMPORT_N_ROW_KINDS:
    default:
      g_assert_not_reached ();
    }
}

void
rc_csv_import_dialog_init_lists (RcCsvImportDialog *self)
{
  for (guint k = 0; k < RC_IMPORT_N_ROW_KINDS; k++)
    {
      const char *empty = rc_import_plan_get_text (self->plan, empty_texts [k]);

      /* A kind of row the plan never has is not offered. */
      gtk_label_set_text (self->empty_labels [k], empty != NULL ? empty : "");
      adw_view_stack_page_set_visible (self->pages [k], empty != NULL);
    }
}

void
rc_csv_import_dialog_clear_preview (RcCsvImportDialog *self)
{
  for (guint k = 0; k < RC_IMPORT_N_ROW_KINDS; k++)
    rc_import_rows_set_plan (self->rows [k], NULL);
}

static char *
refusal_text (RcImportPlan *plan)
{
  guint n = rc_import_plan_get_n_rows (plan, RC_IMPORT_ROW_MALFORMED);
  RcImportRowText first = { 0, };
  g_autofree char *refusal = NULL;
  g_autofree char *where = NULL;

  rc_import_plan_get_row_text (plan, RC_IMPORT_ROW_MALFORMED, 0, &first);
  refusal = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "This file cannot be imported: %u line has problems. "
                                          "Nothing has been changed.",
                                          "This file cannot be imported: %u lines have problems. "
                                          "Nothing has been changed.",
                                          n),
                             n);
  if (n == 1)
    where = g_strdup_printf (_("Line %u: %s"), first.line, first.message);
  else
    where = g_strdup_printf (_("The first is line %u: %s"), first.line, first.message);
  rc_import_row_text_clear (&first);

  return g_strconcat (refusal, "\n", where, NULL);
}

/* What to do next, under the summary. */
static char *
detail_text (RcCsvImportDialog *self,
             gboolean           refused)
{
  RcImportPlan *plan = self->plan;
  const char *check;
  const char *note;

  if (refused && rc_import_plan_get_n_fields (plan) > 0)
    {
      g_autofree char *unused = rc_import_plan_list_unused (plan);

      /* A column left out may be why a line is refused. */
      if (unused != NULL)
        /* Translators: the names of the file's columns no field was given */
        return g_strdup_printf (_("Correct the lines listed under Problems, or choose other columns, "
                                  "then preview the file again. Not used: %s."), unused);
      return g_strdup (_("Correct the lines listed under Problems, or choose other columns, "
                         "then preview the file again."));
    }
  if (refused)
    return g_strdup (_("Correct the lines listed under Problems, then preview the file again."));

  if (rc_import_plan_get_n_saved (plan) == 0)
    return g_strdup (rc_import_plan_get_text (plan, RC_IMPORT_TEXT_NOTHING_TO_SAVE));

  check = rc_import_plan_get_n_warnings (plan) > 0
    ? _("Nothing has been saved yet. Rows marked ⚠ are allowed but unlikely: "
        "check them, then choose Import.")
    : _("Nothing has been saved yet: check the lists, then choose Import.");
  note = rc_import_plan_get_text (plan, RC_IMPORT_TEXT_UPDATE_NOTE);
  if (note != NULL && rc_import_plan_get_n_rows (plan, RC_IMPORT_ROW_UPDATE) > 0)
    return g_strconcat (check, " ", note, NULL);

  return g_strdup (check);
}

void
rc_csv_import_dialog_show_preview (RcCsvImportDialog *self)
{
  RcImportPlan *plan = self->plan;
  gboolean refused = rc_import_plan_is_refused (plan);
  g_autofree char *cleared = NULL;
  g_autofree char *detail = NULL;
  const char *first_page = NULL;

  for (guint k = 0; k < RC_IMPORT_N_ROW_KINDS; k++)
    {
      guint n = rc_import_plan_get_n_rows (plan, k);
      g_autofree char *title = page_title (k, n);

      rc_import_rows_set_plan (self->rows [k], plan);
      adw_view_stack_page_set_title (self->pages [k], title);
      gtk_stack_set_visible_child_name (self->stacks [k], n > 0 ? "list" : "empty");
      if (first_page == NULL && n > 0 && k != RC_IMPORT_ROW_MALFORMED)
        first_page = kind_names [k];
    }

  if (refused)
    {
      g_autofree char *text = refusal_text (plan);

      rc_csv_import_dialog_set_message (self, text, TRUE);
      first_page = kind_names [RC_IMPORT_ROW_MALFORMED];
    }
  else
    {
      g_autofree char *summary = rc_import_plan_describe (plan);

      rc_csv_import_dialog_set_message (self, summary, FALSE);
      cleared = rc_import_plan_describe_cleared (plan, 8);
    }

  /* Stored figures the file would clear are said first. */
  gtk_label_set_text (self->cleared_label, cleared != NULL ? cleared : "");
  gtk_widget_set_visible (self->cleared_box, cleared != NULL);
  detail = detail_text (self, refused);
  gtk_label_set_text (self->detail_label, detail);

  adw_view_stack_set_visible_child_name (self->view_stack,
                                         first_page != NULL ? first_page : kind_names [0]);
  rc_csv_import_dialog_set_can_import (self, !refused && rc_import_plan_get_n_saved (plan) > 0);
  rc_csv_import_dialog_show_step (self, "preview");
}
