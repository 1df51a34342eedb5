/* rc-export-rows.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-export"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-export-rows.h"

const char *
rc_export_role_label (const char *role)
{
  if (g_strcmp0 (role, "lead") == 0)
    return _("Lead");
  if (g_strcmp0 (role, "partner") == 0)
    return _("Partner");
  if (g_strcmp0 (role, "proposed") == 0)
    return _("Proposed");

  return role;
}

RcExportMember *
rc_export_member_new (const char *council,
                      const char *role,
                      const char *joined_on)
{
  RcExportMember *member = g_new0 (RcExportMember, 1);

  member->council = g_strdup (council);
  member->role = g_strdup (rc_export_role_label (role));
  member->joined_on = g_strdup (joined_on);

  return member;
}

void
rc_export_member_free (gpointer p)
{
  RcExportMember *member = p;

  g_free (member->council);
  g_free (member->role);
  g_free (member->joined_on);
  g_free (member);
}

gboolean
rc_export_cohort_read (RcExportCohort  *row,
                       RcStore         *store,
                       RcCohort        *cohort,
                       GError         **error)
{
  row->name = g_strdup (cohort->name);
  row->programme = g_strdup (cohort->programme_name);
  row->starts_on = g_strdup (cohort->starts_on);
  row->ends_on = g_strdup (cohort->ends_on);
  row->places_funded = cohort->places_funded;

  return rc_store_get_cohort_retention (store, cohort->id, 0, &row->retention, row->counts, error);
}

void
rc_export_cohort_clear (RcExportCohort *row)
{
  g_clear_pointer (&row->name, g_free);
  g_clear_pointer (&row->programme, g_free);
  g_clear_pointer (&row->starts_on, g_free);
  g_clear_pointer (&row->ends_on, g_free);
}

void
rc_export_cohort_free (gpointer row)
{
  rc_export_cohort_clear (row);
  g_free (row);
}
