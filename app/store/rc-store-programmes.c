/* rc-store-programmes.c: the national schemes a cohort belongs to
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Declared in rc-store-cohorts.h, beside the cohorts of a programme.
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-store-private.h"


/* Programmes ------------------------------------------------------------ */

#define PROGRAMME_SELECT "SELECT id, code, name, kind, builtin FROM programme "

static gpointer
read_programme (RcStatement  *stmt)
{
  RcProgramme *programme = rc_programme_new ();

  programme->id = rc_column_int (stmt, 0);
  programme->code = rc_column_text (stmt, 1);
  programme->name = rc_column_text (stmt, 2);
  programme->kind = rc_column_text (stmt, 3);
  programme->builtin = rc_column_int (stmt, 4) != 0;

  return programme;
}

GListModel *
rc_store_list_programmes (RcStore  *self,
                          GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  return rc_store_collect (self,
                           rc_store_prepare (self, PROGRAMME_SELECT "ORDER BY builtin DESC, name", error),
                           RC_TYPE_PROGRAMME, read_programme, error);
}

RcProgramme *
rc_store_get_programme (RcStore  *self,
                        gint64    id,
                        GError  **error)
{
  g_return_val_if_fail (RC_IS_STORE (self), NULL);

  return rc_store_collect_one_for_id (self,
                                      PROGRAMME_SELECT "WHERE id = ?1",
                                      id, read_programme, _("programme"), error);
}

static gboolean
refuse_builtin (RcStore  *self,
                gint64    id,
                GError  **error)
{
  g_autoptr(RcProgramme) stored = rc_store_get_programme (self, id, error);

  if (stored == NULL)
    return FALSE;

  if (stored->builtin)
    {
      g_set_error_literal (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID,
                           _("Built-in programmes cannot be changed"));
      return FALSE;
    }

  return TRUE;
}

gboolean
rc_store_save_programme (RcStore      *self,
                         RcProgramme  *programme,
                         GError      **error)
{
  g_autofree char *summary = NULL;
  RcStatement *stmt;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);
  g_return_val_if_fail (RC_IS_PROGRAMME (programme), FALSE);

  if (programme->id != 0 && !refuse_builtin (self, programme->id, error))
    return FALSE;

  /* builtin = 0 again, so that nothing slips in between check and write. */
  stmt = rc_store_prepare_save (self, programme->id,
                                "INSERT INTO programme (code, name, kind, builtin) VALUES (?1, ?2, ?3, 0)",
                                "UPDATE programme SET code = ?1, name = ?2, kind = ?3 WHERE id = ?4 AND builtin = 0",
                                error);
  if (stmt == NULL)
    return FALSE;

  rc_bind_text (stmt, 1, programme->code);
  rc_bind_text (stmt, 2, programme->name);
  rc_bind_text (stmt, 3, programme->kind);

  summary = g_strdup_printf ("%s programme %s (%s)", programme->id == 0 ? "Added" : "Changed",
                             programme->name, programme->code);

  if (!rc_store_finish_write (self, stmt, "programme", &programme->id, summary, error))
    return FALSE;

  programme->builtin = FALSE;

  return TRUE;
}

gboolean
rc_store_delete_programme (RcStore  *self,
                           gint64    id,
                           GError  **error)
{
  g_autoptr(RcProgramme) programme = NULL;
  g_autofree char *summary = NULL;
  gint64 cohorts = 0;

  g_return_val_if_fail (RC_IS_STORE (self), FALSE);

  if (!rc_store_begin (self, error))
    return FALSE;

  programme = rc_store_get_programme (self, id, error);
  if (programme == NULL || !refuse_builtin (self, id, error))
    goto failed;

  if (!rc_store_count_rows (self,
                            rc_store_prepare (self, "SELECT count(*) FROM cohort WHERE programme_id = ?1", error),
                            id, &cohorts, error))
    goto failed;
  if (cohorts > 0)
    {
      g_set_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The programme “%s” has %d cohort; delete it before deleting the programme",
                                "The programme “%s” has %d cohorts; delete them before deleting the programme",
                                (gulong) cohorts),
                   programme->name, (int) cohorts);
      goto failed;
    }

  summary = g_strdup_printf ("Deleted programme %s (%s)", programme->name, programme->code);
  if (!rc_store_delete_row (self,
                            rc_store_prepare (self, "DELETE FROM programme WHERE id = ?1", error),
                            "programme", id, summary, error))
    goto failed;

  return rc_store_commit (self, error);

failed:
  rc_store_rollback (self);
  return FALSE;
}
