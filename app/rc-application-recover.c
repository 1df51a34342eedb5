/* rc-application-recover.c: putting the newest backup in the place of a
 * damaged database, in a worker
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-application"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-application-private.h"
#include "rc-cli.h"

typedef struct
{
  char     *path;
  char     *backup;
  char     *aside;
  gboolean  is_demo;
} Recovery;

static void
recovery_free (gpointer data)
{
  Recovery *recovery = data;

  g_free (recovery->path);
  g_free (recovery->backup);
  g_free (recovery->aside);
  g_free (recovery);
}

/* File work only, and the backup's own check: no widget, no store. */
static void
recover_in_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  Recovery *recovery = task_data;
  GError *error = NULL;

  if (rc_store_recover_from_backup (recovery->path, recovery->backup, &recovery->aside, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_recovered (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(RcApplication) self = user_data;
  Recovery *recovery = g_task_get_task_data (G_TASK (result));
  RcWindow *window = rc_application_find_window (self);
  g_autoptr(GError) error = NULL;

  self->recovering = FALSE;
  g_application_release (G_APPLICATION (self));

  /* Closed meanwhile: the backup is in place all the same. */
  if (window == NULL)
    return;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* Nothing was moved, or the damaged file is back in its place:
       * said over it once it is open, or instead of it. */
      if (g_file_test (recovery->path, G_FILE_TEST_EXISTS))
        rc_application_open_database_full (self, window, recovery->path, recovery->is_demo,
                                           error->message, error->message);
      else
        rc_window_show_problem (window, error->message, FALSE);
      return;
    }

  {
    g_autofree char *message = g_strdup_printf (_("Restored a backup; the damaged file was kept as “%s”"),
                                                recovery->aside);

    rc_application_open_database_full (self, window, recovery->path, recovery->is_demo, message, NULL);
  }
}

/* Puts the newest backup in the place of a damaged database, which is
 * kept under another name and never written. The window's store lets go
 * of the file first, and the work runs in a worker: the backup's check
 * reads all of it. */
void
rc_application_recover_action (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  RcApplication *self = RC_APPLICATION (user_data);
  RcWindow *window = rc_application_get_window (self);
  RcStore *store = rc_window_get_store (window);
  g_autofree char *default_path = rc_cli_get_default_database_path ();
  g_autoptr(GTask) task = NULL;
  Recovery *recovery;

  if (self->recovering)
    return;

  recovery = g_new0 (Recovery, 1);
  recovery->path = g_strdup (store != NULL ? rc_store_get_path (store)
                             : self->database_path ? self->database_path : default_path);
  recovery->is_demo = self->demo_path != NULL && g_str_equal (recovery->path, self->demo_path);
  recovery->backup = rc_store_find_newest_backup (recovery->path);

  if (recovery->backup == NULL)
    {
      if (store != NULL)
        rc_window_add_toast (window, adw_toast_new (_("There is no backup to restore")));
      else
        rc_window_show_problem (window, _("There is no backup to restore."), FALSE);
      recovery_free (recovery);
      return;
    }

  /* The task the worker thread holds does not hold the application:
   * the thread may drop it after on_recovered() has run and the
   * application has quit, and the application, with its window and its
   * store, must be let go on the main thread, as the store's own workers do. */
  task = g_task_new (NULL, NULL, on_recovered, g_object_ref (self));
  g_task_set_source_tag (task, rc_application_recover_action);
  g_task_set_task_data (task, recovery, recovery_free);

  if (store != NULL)
    {
      g_autoptr(RcStore) held = g_object_ref (store);

      rc_window_show_busy (window, _("Restoring the Newest Backup…"));
      /* Whoever else still holds the store is answered with an error. */
      rc_store_close (held);
    }
  else
    rc_window_show_busy (window, _("Restoring the Newest Backup…"));

  self->recovering = TRUE;
  g_application_hold (G_APPLICATION (self));
  g_task_run_in_thread (task, recover_in_thread);
}
