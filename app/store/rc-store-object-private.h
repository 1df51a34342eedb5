/* rc-store-object-private.h: the RcStore instance, for the files that
 * make up the object itself
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * rc-store.c (opening, closing, the check's outcome) and its siblings for
 * errors, statements, binds, transactions, migrations and the watch share
 * the fields and functions below. The files of the entities
 * (rc-store-bids.c, …) and of the audit log do not include this: they use
 * rc-store-private.h, and never a field.
 */

#pragma once

#include "rc-store-private.h"

G_BEGIN_DECLS

typedef enum
{
  CHECK_PENDING,  /* not checked yet: read only */
  CHECK_PASSED,   /* writable */
  CHECK_FAILED,   /* damaged: read only for good */
} CheckState;

struct _RcStore
{
  GObject      parent_instance;

  sqlite3     *db;
  char        *path;
  int          version;

  /* SQL text (a literal) -> sqlite3_stmt, prepared once */
  GHashTable  *statements;
  guint        depth;
  GHashTable  *touched;

  CheckState   check;
  char        *damage_details;
  /* The backup taken before the last upgrade of the file, or NULL. */
  char        *upgrade_backup;
  /* A read-only connection of its own for a worker (rc-store-reader.c):
   * never written, never checked, never remembered. */
  gboolean     reader;

  /* PRAGMA data_version at open, and as last seen by the watch: it moves
   * only when another connection commits. */
  gint64       data_version_at_open;
  gint64       data_version;
  gboolean     changed_elsewhere;
  guint        watchers;
  guint        watch_source;
};

/* Runs @sql, which has no parameters (rc-store-statements.c). */
gboolean      rc_store_exec           (RcStore       *self,
                                       const char    *sql,
                                       GError       **error);
/* The first column of the first row of @sql (rc-store-statements.c). */
gboolean      rc_store_query_int      (RcStore       *self,
                                       const char    *sql,
                                       int           *value,
                                       GError       **error);
gboolean      rc_store_query_int64    (RcStore       *self,
                                       const char    *sql,
                                       gint64        *value,
                                       GError       **error);
/* Upgrades the file from self->version to the latest, after a backup
 * (rc-store-migrations.c). */
gboolean      rc_store_migrate        (RcStore       *self,
                                       GError       **error);
/* TRUE, with @error set and @stmt reset, when a bind of @stmt failed
 * since it was prepared; the failure is then forgotten
 * (rc-store-binds.c). */
gboolean      rc_store_take_bind_failure (RcStore       *self,
                                          sqlite3_stmt  *stmt,
                                          GError       **error);
/* Forgets a failed bind of @stmt, which is prepared again or finalized. */
void          rc_bind_forget_failure  (sqlite3_stmt  *stmt);
/* The GError for parameter @index's bind, which failed with @code
 * (rc-store-errors.c). */
void          rc_store_set_bind_error (RcStore       *self,
                                       int            code,
                                       int            index,
                                       GError       **error);
/* Emits "changed" for every table touched since the last time, and
 * forgets them (rc-store.c). */
void          rc_store_emit_changed   (RcStore       *self);

G_END_DECLS
