/* rc-store.h: the database, the one place that talks to SQLite
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/rc-audit-entry.h"
#include "model/rc-bid.h"
#include "model/rc-bid-line.h"
#include "model/rc-bid-status-event.h"
#include "model/rc-cohort.h"
#include "model/rc-cohort-place.h"
#include "model/rc-consortium.h"
#include "model/rc-consortium-member.h"
#include "model/rc-council.h"
#include "model/rc-programme.h"
#include "model/rc-region.h"
#include "model/rc-trainee.h"
#include "model/rc-trainee-event.h"
#include "model/rc-workforce-return.h"

G_BEGIN_DECLS

#define RC_STORE_ERROR (rc_store_error_quark ())

typedef enum {
  RC_STORE_ERROR_OPEN,          /* the file cannot be opened or created */
  RC_STORE_ERROR_NOT_DATABASE,  /* the file is not a database */
  RC_STORE_ERROR_CORRUPT,       /* the database is damaged */
  RC_STORE_ERROR_NEWER,         /* written by a newer version: left untouched */
  RC_STORE_ERROR_CONSTRAINT,    /* a value that must never be stored */
  RC_STORE_ERROR_NOT_FOUND,
  RC_STORE_ERROR_FULL,          /* the disk is full */
  RC_STORE_ERROR_BUSY,          /* another program holds the database */
  RC_STORE_ERROR_READ_ONLY,
  RC_STORE_ERROR_INVALID,       /* refused by a rule of the domain */
  RC_STORE_ERROR_FAILED,
} RcStoreError;

#define RC_TYPE_STORE (rc_store_get_type ())

G_DECLARE_FINAL_TYPE (RcStore, rc_store, RC, STORE, GObject)

GQuark      rc_store_error_quark              (void);
int         rc_store_get_latest_version       (void);

RcStore    *rc_store_open                     (const char  *path,
                                               GError     **error);
const char *rc_store_get_path                 (RcStore     *self);
int         rc_store_get_version              (RcStore     *self);
gboolean    rc_store_check_integrity          (RcStore     *self,
                                               GError     **error);

/* Deletes a database file with its -wal, -shm and -journal companions. */
void        rc_store_delete_files             (const char  *database_path);

/* Backups are whole copies in a "backups" folder beside the database. */
char       *rc_store_backup                   (RcStore     *self,
                                               const char  *reason,
                                               GError     **error);
char       *rc_store_find_newest_backup       (const char  *database_path);
GPtrArray  *rc_store_list_backups             (const char  *database_path);
gboolean    rc_store_restore                  (RcStore     *self,
                                               const char  *backup_path,
                                               GError     **error);
/* For a database that will not open: moves it aside (its new name is
 * returned in @moved_aside) and puts a copy of @backup_path in its place. */
gboolean    rc_store_recover_from_backup      (const char  *database_path,
                                               const char  *backup_path,
                                               char       **moved_aside,
                                               GError     **error);

/* A user action that changes several rows runs between begin and commit;
 * calls nest, and the outermost commit makes the change durable. A commit
 * that fails rolls back its level; rolling back after it is harmless. */
gboolean    rc_store_begin                    (RcStore     *self,
                                               GError     **error);
gboolean    rc_store_commit                   (RcStore     *self,
                                               GError     **error);
void        rc_store_rollback                 (RcStore     *self);

GListModel *rc_store_list_audit               (RcStore     *self,
                                               const char  *entity,
                                               gint64       entity_id,
                                               GError     **error);

G_END_DECLS

/* The entities, one header each. */
#include "rc-store-bids.h"
#include "rc-store-cohorts.h"
#include "rc-store-councils.h"
#include "rc-store-trainees.h"
#include "rc-store-workforce.h"
