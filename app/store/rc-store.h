/* rc-store.h: the database, the one place that talks SQL (to an SQLite
 * file, or through another RcStoreBackend)
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
#include "rc-entity-kind.h"
#include "rc-store-backend.h"

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
  RC_STORE_ERROR_CHECKING,      /* not written before the check for damage is done */
  RC_STORE_ERROR_INVALID,       /* refused by a rule of the domain */
  RC_STORE_ERROR_FAILED,
} RcStoreError;

#define RC_TYPE_STORE (rc_store_get_type ())

G_DECLARE_FINAL_TYPE (RcStore, rc_store, RC, STORE, GObject)

GQuark      rc_store_error_quark              (void);
int         rc_store_get_latest_version       (void);

typedef enum {
  RC_STORE_OPEN_DEFAULT       = 0,
  /* For commands that read or add: a missing or empty file is refused,
   * and nothing is created. */
  RC_STORE_OPEN_NO_CREATE     = 1 << 0,
  /* An existing file whose last check is not remembered opens read only,
   * at once; rc_store_check_async() makes it writable. Without this flag
   * the check runs before rc_store_open_with_flags() returns. */
  RC_STORE_OPEN_DEFER_CHECK   = 1 << 1,
  /* A damaged file opens read only, for reading and exporting, instead of
   * being refused. It is never written. */
  RC_STORE_OPEN_ALLOW_DAMAGED = 1 << 2,
} RcStoreOpenFlags;

/* Opens @path, creating it if missing, and checks it for damage first:
 * a damaged file is refused. */
RcStore    *rc_store_open                     (const char        *path,
                                               GError           **error);
RcStore    *rc_store_open_with_flags          (const char        *path,
                                               RcStoreOpenFlags   flags,
                                               GError           **error);
/* A store on @backend (rc-store-backend.h), for a database that is not an
 * SQLite file: RcPgBackend. The backend has brought the schema to the
 * latest version already; the store is writable at once (checking for
 * damage is a file's business) and its path is what the backend's
 * describe() says. The store keeps a reference to @backend. */
RcStore    *rc_store_new_for_backend          (RcStoreBackend    *backend);
const char *rc_store_get_path                 (RcStore     *self);
int         rc_store_get_version              (RcStore     *self);

/* Nothing is written before the whole file has been checked for damage
 * (PRAGMA integrity_check, which also compares every index with its
 * table). Until then, and for good when the check fails, every write is
 * refused with RC_STORE_ERROR_CHECKING or RC_STORE_ERROR_CORRUPT before
 * the file is touched. "notify::writable" and "notify::damaged" say when
 * that changes. */
gboolean    rc_store_get_writable             (RcStore     *self);
/* Whether this login may erase trainees' personal details: FALSE for a
 * partner council's login on a shared database, which sees other
 * councils' trainees without them and whose erasures the server refuses
 * (rc-store-server.c); TRUE on a file. */
gboolean    rc_store_get_may_erase            (RcStore     *self);
gboolean    rc_store_get_damaged              (RcStore     *self);
/* SQLite's own lines about the damage, for a "Details" view; or NULL. */
const char *rc_store_get_damage_details       (RcStore     *self);
/* The check in a worker thread, on a connection of its own; finishing
 * applies its outcome to the store. A cancelled check changes nothing. */
void        rc_store_check_async              (RcStore              *self,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
gboolean    rc_store_check_finish             (RcStore              *self,
                                               GAsyncResult         *result,
                                               GError              **error);
/* The same check, now; FALSE with RC_STORE_ERROR_CORRUPT when damaged. */
gboolean    rc_store_check_integrity          (RcStore     *self,
                                               GError     **error);

/* While a window shows the store, changes committed by other programs
 * (another instance, the command line) are looked for once a second and
 * announced with "changed" for every kind of record. Calls nest. */
void        rc_store_watch_changes            (RcStore     *self);
void        rc_store_unwatch_changes          (RcStore     *self);

/* Reading in a worker ---------------------------------------------------
 *
 * The store's own connection belongs to the main thread. A worker reads
 * through a reader: an RcStore of its own on the same file, opened read
 * only, which every rc_store_list_*() and rc_store_get_*() accepts and
 * which refuses every write. In WAL mode it reads beside the window's
 * writes and sees what was committed when its read began. */
RcStore    *rc_store_open_reader              (RcStore     *self,
                                               GError     **error);

/* Runs in a worker thread with a reader of its own (never the store
 * itself): reads what a view needs and returns it, or NULL with @error
 * set. It must not touch a widget. Cancelling @cancellable interrupts
 * the statement being run. */
typedef gpointer (*RcStoreReadFunc) (RcStore       *reader,
                                     gpointer       data,
                                     GCancellable  *cancellable,
                                     GError       **error);

/* Runs @func (@data) in a worker on one of @self's readers, which are
 * kept for the next read until @self is closed; @callback runs in the
 * thread-default main context of the caller. @data_free frees @data after
 * @func has run; @result_free frees a result that was never taken. The
 * task holds no reference to @self, so a store let go of meanwhile is
 * finalized at once. */
void        rc_store_read_async               (RcStore              *self,
                                               RcStoreReadFunc       func,
                                               gpointer              data,
                                               GDestroyNotify        data_free,
                                               GDestroyNotify        result_free,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
/* The result of @func (transfer full), or NULL with @error set;
 * G_IO_ERROR_CANCELLED when the read was cancelled. */
gpointer    rc_store_read_finish              (GAsyncResult         *result,
                                               GError              **error);

/* Closes the file at once, before it is replaced (a restore); every later
 * call on the store fails with an error. */
void        rc_store_close                    (RcStore     *self);

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
#include "rc-store-updating.h"
#include "rc-store-funnel.h"
#include "rc-store-monitoring.h"
#include "rc-store-reminders.h"
