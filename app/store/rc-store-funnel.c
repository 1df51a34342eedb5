/* rc-store-funnel.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-store-private.h"

RcFunnelFigures *
rc_store_get_funnel_figures (RcStore  *self,
                             gint64    cohort_id,
                             GError  **error)
{
  g_autoptr(RcFunnelFigures) figures = rc_funnel_figures_new ();
  g_autoptr(GError) local_error = NULL;
  RcStatement *stmt;

  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  figures->cohort_id = cohort_id;
  stmt = rc_store_prepare (self,
                           "SELECT step, count, at_least, source FROM cohort_funnel_figure WHERE cohort_id = ?1",
                           error);
  if (stmt == NULL)
    return NULL;
  rc_bind_int (stmt, 1, cohort_id);

  while (rc_store_step_row (self, stmt, &local_error))
    {
      RcFunnelStep step;

      if (!rc_funnel_step_from_key (rc_statement_column_text (stmt, 0), &step))
        continue;
      figures->set[step] = TRUE;
      figures->count[step] = rc_column_int (stmt, 1);
      figures->at_least[step] = rc_column_int (stmt, 2) != 0;
      figures->source[step] = rc_column_text (stmt, 3);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&figures);
}

gboolean
rc_store_save_funnel_figures (RcStore          *self,
                              RcFunnelFigures  *figures,
                              GError          **error)
{
  g_autoptr(RcCohort) cohort = NULL;
  g_autofree char *summary = NULL;
  RcStatement *stmt;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail (RC_IS_FUNNEL_FIGURES (figures), FALSE);

  if (!rc_store_refuse_errors (rc_funnel_check (figures, NULL), error))
    return FALSE;

  if (!rc_store_begin (self, error))
    return FALSE;

  if ((cohort = rc_store_get_cohort (self, figures->cohort_id, error)) == NULL)
    goto failed;

  if (!rc_store_run_for_id (self, "DELETE FROM cohort_funnel_figure WHERE cohort_id = ?1",
                            figures->cohort_id, error))
    goto failed;

  for (guint i = 0; i < RC_N_FUNNEL_STEPS; i++)
    {
      if (!figures->set[i])
        continue;
      stmt = rc_store_prepare (self,
                               "INSERT INTO cohort_funnel_figure (cohort_id, step, count, at_least, source) "
                               "VALUES (?1, ?2, ?3, ?4, ?5)",
                               error);
      if (stmt == NULL)
        goto failed;
      rc_bind_int (stmt, 1, figures->cohort_id);
      rc_bind_text (stmt, 2, rc_funnel_step_to_key (i));
      rc_bind_int (stmt, 3, figures->count[i]);
      rc_bind_int (stmt, 4, figures->at_least[i] ? 1 : 0);
      rc_bind_text (stmt, 5, figures->source[i] != NULL && *figures->source[i] != '\0' ? figures->source[i] : NULL);
      if (!rc_store_step_done (self, stmt, error))
        goto failed;
    }

  rc_store_touch (self, "cohort_funnel_figure");
  summary = g_strdup_printf ("Changed the recruitment funnel of cohort %s", cohort->name);
  if (!rc_store_audit (self, "cohort", cohort->id, "update", summary, error)
      || !rc_store_commit (self, error))
    goto failed;

  return TRUE;

failed:
  rc_store_rollback (self);
  return FALSE;
}

gboolean
rc_store_get_cohort_funnel (RcStore          *self,
                            gint64            cohort_id,
                            RcFunnel         *out,
                            RcFunnelFigures **typed,
                            GError          **error)
{
  g_autoptr(RcFunnelFigures) figures = NULL;
  RcRetention retention;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (!rc_store_get_cohort_retention (self, cohort_id, 0, &retention, NULL, error)
      || (figures = rc_store_get_funnel_figures (self, cohort_id, error)) == NULL)
    return FALSE;

  rc_funnel_compute (&retention, figures, out);
  if (typed != NULL)
    *typed = g_steal_pointer (&figures);

  return TRUE;
}
