/* rc-store-object-private.h: the RcStore instance, for the files that
 * make up the object itself
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * rc-store.c (opening, closing, the check's outcome) and its siblings for
 * errors, statements, binds, transactions, migrations and the watch share
 * the fields and functions below. Statements, binds, transactions and the
 * watch go through self->backend only; what is about an SQLite file goes
 * through self->file (rc-sqlite-backend.h). The files of the entities
 * (rc-store-bids.c, …) and of the audit log do not include this: they use
 * rc-store-private.h, and never a field.
 */

#pragma once

#include "rc-sqlite-backend.h"
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
  GObject          parent_instance;

  /* What the store sits on; NULL once closed. */
  RcStoreBackend  *backend;
  /* The same backend when it is an SQLite file, otherwise NULL: what is
   * about the file (the check, backups, WAL, readers for workers) asks
   * this one. */
  RcSqliteBackend *file;
  char            *path;
  int              version;

  guint            depth;
  GHashTable      *touched;

  CheckState       check;
  char            *damage_details;
  /* The backup taken before the last upgrade of the file, or NULL. */
  char            *upgrade_backup;
  /* A read-only connection of its own for a worker (rc-store-reader.c):
   * never written, never checked, never remembered. */
  gboolean         reader;

  /* Whether another connection committed since the store opened (the
   * file is then checked again at the next open), and whether such a
   * commit is still to be announced by the watch. */
  gboolean         changed_elsewhere;
  gboolean         elsewhere_waiting;
  guint            watchers;
  guint            watch_source;
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
/* Says in the store's words why a write the database refused as read
 * only (RC_STORE_ERROR_READ_ONLY) was refused: the file is not checked
 * yet, or is damaged (rc-store-errors.c). */
void          rc_store_explain_error  (RcStore       *self,
                                       GError       **error);
/* Whether another connection committed since the store last asked, or
 * such a commit is waiting to be announced (rc-store-watch.c); sets
 * changed_elsewhere when one did. */
gboolean      rc_store_poll_elsewhere (RcStore       *self);
/* Emits "changed" for every table touched since the last time, and
 * forgets them (rc-store.c). */
void          rc_store_emit_changed   (RcStore       *self);

G_END_DECLS
