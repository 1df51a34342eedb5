/* rc-store-private.h: what the store's own files share
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-store.h"
#include "rc-store-backend.h"
#include "model/rc-figure.h"

G_BEGIN_DECLS

/* Prepared once per store and reset after use; never finalize the result.
 * @sql must be a string literal: it is the cache key. */
RcStatement  *rc_store_prepare        (RcStore       *self,
                                       const char    *sql,
                                       GError       **error);
/* The statement that saves a record: @insert_sql when @id is 0 (not
 * saved yet), otherwise @update_sql with @id bound to its last parameter,
 * which is the row's id ("… WHERE id = ?N"). Both string literals, as
 * for rc_store_prepare(). */
RcStatement  *rc_store_prepare_save   (RcStore       *self,
                                       gint64         id,
                                       const char    *insert_sql,
                                       const char    *update_sql,
                                       GError       **error);
/* Runs a prepared statement that returns no rows, then resets it. */
gboolean      rc_store_step_done      (RcStore       *self,
                                       RcStatement   *stmt,
                                       GError       **error);
/* Runs @sql (a string literal, as for rc_store_prepare()), which returns
 * no rows, with @id bound to ?1. */
gboolean      rc_store_run_for_id     (RcStore       *self,
                                       const char    *sql,
                                       gint64         id,
                                       GError       **error);
/* Steps once: TRUE with a row, FALSE at the end or on error (then *error is set). */
gboolean      rc_store_step_row       (RcStore       *self,
                                       RcStatement   *stmt,
                                       GError       **error);
/* Steps to the first row of a bound statement: FALSE when there is
 * none, with RC_STORE_ERROR_NOT_FOUND naming @what, or with no error if
 * @what is NULL. */
gboolean      rc_store_step_first     (RcStore       *self,
                                       RcStatement   *stmt,
                                       const char    *what,
                                       GError       **error);
gint64        rc_store_last_insert_id (RcStore       *self);
int           rc_store_changes        (RcStore       *self);
/* Writes one audit line in the current transaction and marks @entity changed. */
gboolean      rc_store_audit          (RcStore       *self,
                                       const char    *entity,
                                       gint64         entity_id,
                                       const char    *action,
                                       const char    *summary,
                                       GError       **error);
/* Marks @entity changed: "changed" is emitted for it at the outermost commit. */
void          rc_store_touch          (RcStore       *self,
                                       const char    *entity);
/* What the store sits on (NULL once closed). */
RcStoreBackend *rc_store_get_backend  (RcStore       *self);
/* For a restore of an SQLite file: drops cached statements, then rereads
 * and upgrades. */
void          rc_store_forget_statements    (RcStore  *self);
gboolean      rc_store_reopen_after_restore (RcStore  *self,
                                             GError  **error);

/* Binds @id to ?1 of a prepared "SELECT count(*) …" (NULL when its
 * preparation failed, with @error set) and reads the count. */
gboolean      rc_store_count_rows     (RcStore       *self,
                                       RcStatement   *stmt,
                                       gint64         id,
                                       gint64        *count,
                                       GError       **error);

/* Reads the current row of a statement into a new record. */
typedef gpointer (*RcRowReader) (RcStatement *stmt);

/* Steps @stmt to the end, reading every row into a new GListStore of @type. */
GListModel   *rc_store_collect        (RcStore       *self,
                                       RcStatement   *stmt,
                                       GType          type,
                                       RcRowReader    read,
                                       GError       **error);
/* Reads the first row; NULL with RC_STORE_ERROR_NOT_FOUND naming @what
 * when there is none, or NULL with no error if @what is NULL. */
gpointer      rc_store_collect_one    (RcStore       *self,
                                       RcStatement   *stmt,
                                       RcRowReader    read,
                                       const char    *what,
                                       GError       **error);
/* The same for the rows of one parent or the row of one id: prepares
 * @sql (a string literal, as for rc_store_prepare()) and binds @id to ?1. */
GListModel   *rc_store_collect_for_id (RcStore       *self,
                                       const char    *sql,
                                       gint64         id,
                                       GType          type,
                                       RcRowReader    read,
                                       GError       **error);
gpointer      rc_store_collect_one_for_id (RcStore       *self,
                                           const char    *sql,
                                           gint64         id,
                                           RcRowReader    read,
                                           const char    *what,
                                           GError       **error);
/* A bid's title (rc-store-bids.c); NULL with RC_STORE_ERROR_NOT_FOUND
 * when the bid is gone. */
char         *rc_store_get_bid_title  (RcStore       *self,
                                       gint64         bid_id,
                                       GError       **error);
/* Steps a prepared save: a new record's *@id (0) becomes its row's; a
 * saved record whose row is gone fails with RC_STORE_ERROR_NOT_FOUND. */
gboolean      rc_store_step_save      (RcStore       *self,
                                       RcStatement   *stmt,
                                       gint64        *id,
                                       GError       **error);
/* Runs a prepared write in its own transaction with an audit line. */
gboolean      rc_store_finish_write   (RcStore       *self,
                                       RcStatement   *stmt,
                                       const char    *entity,
                                       gint64        *id,
                                       const char    *summary,
                                       GError       **error);
/* Adds a dated event to a trainee's history (rc-store-trainees.c); the
 * schema's trigger moves the trainee's stage. */
gboolean      rc_store_add_trainee_event (RcStore     *self,
                                          gint64       trainee_id,
                                          RcStage      stage,
                                          const char  *occurred_on,
                                          gint64       council_id,
                                          const char  *note,
                                          GError     **error);
/* Deletes row @id of @entity with the prepared @stmt (?1 bound here). */
gboolean      rc_store_delete_row     (RcStore       *self,
                                       RcStatement   *stmt,
                                       const char    *entity,
                                       gint64         id,
                                       const char    *summary,
                                       GError       **error);

/* What a file is, for remembering that it was checked: the same device
 * and inode, size and modification time (of the file and of a WAL that
 * holds anything), or it is checked again. */
typedef struct
{
  guint64 dev;
  guint64 ino;
  gint64  size;
  gint64  mtime_ns;
  gint64  wal_size;
  gint64  wal_mtime_ns;
} RcStoreIdentity;

gboolean      rc_store_identity_read        (const char             *path,
                                             RcStoreIdentity        *identity);
gboolean      rc_store_identity_equal       (const RcStoreIdentity  *a,
                                             const RcStoreIdentity  *b);
/* Whether a file of exactly this identity passed the check before. */
gboolean      rc_store_check_remembered     (const RcStoreIdentity  *identity);
void          rc_store_check_remember       (const char             *path,
                                             const RcStoreIdentity  *identity);
/* PRAGMA integrity_check of @path on a read-only connection of its own,
 * so it may run in a worker. TRUE when it ran: *passed then says whether
 * the file is whole, and *details holds SQLite's lines when it is not.
 * A pass is remembered when the file did not change while it ran. */
gboolean      rc_store_check_file           (const char             *path,
                                             GCancellable           *cancellable,
                                             gboolean               *passed,
                                             char                  **details,
                                             GError                **error);
/* Applies a check's outcome (rc-store.c): a pass makes the store writable. */
gboolean      rc_store_set_checked          (RcStore                *self,
                                             gboolean                passed,
                                             const char             *details,
                                             GError                **error);
/* TRUE, with the reason in @error, while nothing may be written: the
 * check has not passed yet, or found damage, or the store is closed. */
gboolean      rc_store_refuse_write         (RcStore                *self,
                                             GError                **error);
/* The one-line refusal for a damaged file, naming the newest backup. */
void          rc_store_set_damaged_error    (const char             *path,
                                             GError                **error);

/* Refuses a missing (unless @create), empty (unless @create), or
 * non-regular @path before SQLite sees it; creates a missing one
 * owner-only; makes an existing one, its -wal, -shm and -journal, and its
 * backups owner-only (rc-store-files.c). */
gboolean      rc_store_prepare_file         (const char             *path,
                                             gboolean                create,
                                             GError                **error);
/* rc_store_open_reader() of the file at @path, from any thread. */
RcStore      *rc_store_open_reader_on       (const char             *path,
                                             GError                **error);
/* Closes the readers kept for workers (rc-store-reader.c); those in use
 * are closed when their read is done. */
void          rc_store_close_readers        (RcStore                *self);
/* Marks every table changed, as after a restore or a change made elsewhere. */
void          rc_store_touch_all            (RcStore                *self);
/* FALSE with RC_STORE_ERROR_INVALID and the first error's message when
 * @findings (rc-field-rules.h) hold an error: the store is the last line
 * of defence of the rules the dialogs and importers apply. Frees
 * @findings. */
gboolean      rc_store_refuse_errors  (GPtrArray     *findings,
                                       GError       **error);

/* A connection of its own to @path for a worker thread, with the main
 * connection's pragmas (rc-store.c): @write only when the main store is
 * writable, for it is not checked again. */
RcStore      *rc_store_open_connection       (const char             *path,
                                              gboolean                write,
                                              GError                **error);
/* Whether no commit of another connection is waiting to be announced
 * (rc-store-watch.c, as rc_store_absorb_commit()). */
gboolean      rc_store_data_version_is_current (RcStore              *self);
/* A worker's connection committed changes to @entities: "changed" is
 * emitted for them, as for a commit of this connection, and when
 * @ours_alone (nothing else was waiting, rc_store_data_version_is_current()
 * before the worker began) the watch does not take it for another
 * program's. */
void          rc_store_absorb_commit         (RcStore                *self,
                                              gboolean                ours_alone,
                                              GPtrArray              *entities);
/* rc-store-worker.c: while a worker writes, the main connection refuses
 * writes at once (RC_STORE_ERROR_BUSY) rather than wait for its lock, and
 * the watch waits; closing the store cancels the worker's write. */
gboolean      rc_store_worker_refuse_write   (RcStore                *self,
                                              GError                **error);
gboolean      rc_store_worker_is_writing     (RcStore                *self);
void          rc_store_worker_cancel_writes  (RcStore                *self);
/* What a trainee's outcomes are read from (rc-store-outcomes.c): one row
 * per event, in order, of the trainee t of cohort h. A trainee's employer
 * is a partner if a membership of the cohort's consortium covers the day
 * of employment, for the employer itself, its successor or its
 * predecessor. */
#define RC_STORE_PROGRESS_COLUMNS \
  "t.id, e.stage, " \
  "  CASE WHEN e.stage = 'employed' AND EXISTS (" \
  "    SELECT 1 FROM consortium_member m JOIN council mc ON mc.id = m.council_id " \
  "    WHERE m.consortium_id = h.consortium_id AND m.role IN ('lead', 'partner') " \
  "      AND (m.programme_id IS NULL OR m.programme_id = h.programme_id) " \
  "      AND m.joined_on <= e.occurred_on " \
  "      AND (m.left_on IS NULL OR m.left_on >= e.occurred_on) " \
  "      AND (m.council_id = e.council_id OR mc.successor_id = e.council_id " \
  "           OR m.council_id = (SELECT ec.successor_id FROM council ec " \
  "                              WHERE ec.id = e.council_id))) " \
  "  THEN 1 ELSE 0 END, " \
  "  CASE WHEN e.stage = 'qualified' THEN e.occurred_on END"
#define RC_STORE_PROGRESS_FROM \
  "FROM trainee t JOIN cohort h ON h.id = t.cohort_id " \
  "LEFT JOIN trainee_event e ON e.trainee_id = t.id "

/* Adds the event of the current row, whose RC_STORE_PROGRESS_COLUMNS
 * start at @first, to a trainee's @progress, and says its @stage; FALSE
 * when the row has no event (a trainee with none) or an unknown stage. */
gboolean      rc_store_progress_read_event (RcStatement        *stmt,
                                            int                 first,
                                            RcTraineeProgress  *progress,
                                            RcStage            *stage);
/* Adds the event of the current row, whose RC_STORE_PROGRESS_COLUMNS
 * start at @first, to @items (of RcTraineeProgress): to the last item
 * while the trainee is *trainee_id, to a new one otherwise. */
void          rc_store_progress_add_row (RcStatement   *stmt,
                                         int            first,
                                         GArray        *items,
                                         gint64        *trainee_id);

/* The time now in UTC as the store writes a timestamp
 * ("2026-12-08T09:30:00Z"), and today's local date ("2026-12-08"), bound
 * rather than computed in SQL, whose date functions differ between
 * SQLite and PostgreSQL. */
char         *rc_store_now_utc        (void);
char         *rc_store_today         (void);

/* Binding: NULL strings, 0 ids and missing figures are stored as NULL. A
 * bind that fails is reported by the statement's step, which then runs
 * nothing (rc-store-binds.c says why there). */
void          rc_bind_text            (RcStatement   *stmt,
                                       int            index,
                                       const char    *text);
void          rc_bind_id              (RcStatement   *stmt,
                                       int            index,
                                       gint64         id);
void          rc_bind_int             (RcStatement   *stmt,
                                       int            index,
                                       gint64         value);
void          rc_bind_figure          (RcStatement   *stmt,
                                       int            index,
                                       RcFigure       figure);
/* Binds @text without a copy: it outlives every step of @stmt until
 * the parameter is bound again or the bindings are cleared. */
void          rc_bind_text_borrowed   (RcStatement   *stmt,
                                       int            index,
                                       const char    *text);

char         *rc_column_text          (RcStatement   *stmt,
                                       int            column);
gint64        rc_column_int           (RcStatement   *stmt,
                                       int            column);
RcFigure      rc_column_figure        (RcStatement   *stmt,
                                       int            column);

G_END_DECLS
