/* rc-application-open.c: opening a database for the window, in a worker
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A file at an older version is checked in full, backed up and upgraded
 * as it opens: on a national database that is seconds. The window shows
 * what is being done meanwhile and the main loop goes on; the store comes
 * back to the main thread, which alone uses it from then on. Closing the
 * window cancels the work: an upgrade is one transaction, so the file is
 * then left as it was, or, when the cancel came too late, fully upgraded.
 * The command line opens synchronously (rc-cli.c): there is no loop to
 * keep.
 */

#define G_LOG_DOMAIN "rc-application"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-application-private.h"
#include "rc-preferences.h"
#include "store/rc-store-open.h"

typedef struct
{
  RcApplication *app;
  GWeakRef       window;
  char          *path;
  gboolean       is_demo;
  char          *toast;     /* said once the database is shown, or NULL */
  char          *problem;   /* shown instead of the open's own error, or NULL */
  GCancellable  *cancellable;
} Opening;

static void
opening_free (Opening *opening)
{
  g_object_unref (opening->app);
  g_weak_ref_clear (&opening->window);
  g_free (opening->path);
  g_free (opening->toast);
  g_free (opening->problem);
  g_object_unref (opening->cancellable);
  g_free (opening);
}

static char *
display_name (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);

  return g_filename_display_name (base);
}

/* Called only while the window is there and the open not cancelled. */
static void
on_phase (RcStoreOpenPhase phase,
          gpointer         user_data)
{
  Opening *opening = user_data;
  g_autoptr(RcWindow) window = g_weak_ref_get (&opening->window);

  g_autofree char *name = display_name (opening->path);
  g_autofree char *title = NULL;

  if (window == NULL || phase != RC_STORE_OPEN_PHASE_UPGRADING)
    return;

  /* Translators: %s is the database's file name */
  title = g_strdup_printf (_("Upgrading “%s”…"), name);
  rc_window_show_busy (window, title);
  rc_window_set_busy_description (window,
                                  _("This version of Return Coordinator keeps its data in a new way. "
                                    "The file is checked and backed up first; this is done once."));
}

static void
show_store (Opening  *opening,
            RcWindow *window,
            RcStore  *store,
            GError   *error)
{
  RcApplication *self = opening->app;

  if (store == NULL)
    {
      g_autofree char *backup = NULL;

      g_debug ("%s", error->message);
      if (opening->problem != NULL)
        {
          rc_window_show_problem (window, opening->problem, FALSE);
          return;
        }
      backup = rc_store_find_newest_backup (opening->path);
      rc_window_show_problem (window, error->message,
                              backup != NULL
                              && (error->code == RC_STORE_ERROR_CORRUPT
                                  || error->code == RC_STORE_ERROR_NOT_DATABASE));
      return;
    }

  /* The updating logs count days of the hours the preferences say. */
  rc_preferences_follow (store);
  rc_window_set_store (window, store, opening->is_demo);
  /* Deadlines of the database shown, now and while the app runs. */
  rc_reminders_set_store (self->reminders, store);

  /* The demo's invented people are not kept by anyone: no prompt there. */
  if (!opening->is_demo)
    rc_application_check_retention_after_paint (window, store);

  if (opening->toast != NULL)
    rc_window_add_toast (window, adw_toast_new (opening->toast));
  else if (rc_store_get_upgrade_backup (store) != NULL)
    {
      g_autofree char *name = display_name (opening->path);
      g_autofree char *backup = display_name (rc_store_get_upgrade_backup (store));
      /* Translators: the database's file name, then its backup's */
      g_autofree char *message = g_strdup_printf (_("Upgraded “%s”; the file as it was is kept as “%s”"),
                                                  name, backup);
      AdwToast *toast = adw_toast_new (message);

      /* Read at leisure: it names a file the user may look for. */
      adw_toast_set_timeout (toast, 10);
      rc_window_add_toast (window, toast);
    }
}

/* On the main thread; the store's last reference is dropped here too. */
static void
on_opened (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Opening *opening = user_data;
  RcApplication *self = opening->app;
  g_autoptr(GError) error = NULL;
  g_autoptr(RcStore) store = rc_store_open_finish (result, &error);
  g_autoptr(RcWindow) window = g_weak_ref_get (&opening->window);

  if (self->opening == opening->cancellable)
    {
      g_clear_object (&self->opening);
      g_clear_pointer (&self->opening_path, g_free);
    }

  if (window != NULL && !g_cancellable_is_cancelled (opening->cancellable))
    show_store (opening, window, store, error);
  else
    g_debug ("Opening “%s” was cancelled%s", opening->path,
             store != NULL ? " after it had finished" : "");

  g_application_release (G_APPLICATION (self));
  opening_free (opening);
}

void
rc_application_open_database_full (RcApplication *self,
                                   RcWindow      *window,
                                   const char    *path,
                                   gboolean       is_demo,
                                   const char    *toast,
                                   const char    *problem)
{
  Opening *opening;

  g_return_if_fail (RC_IS_APPLICATION (self));
  g_return_if_fail (RC_IS_WINDOW (window));
  g_return_if_fail (path != NULL);

  /* The last asked for wins. */
  rc_application_cancel_opening (self);

  opening = g_new0 (Opening, 1);
  opening->app = g_object_ref (self);
  g_weak_ref_init (&opening->window, window);
  opening->path = g_strdup (path);
  opening->is_demo = is_demo;
  opening->toast = g_strdup (toast);
  opening->problem = g_strdup (problem);
  opening->cancellable = g_cancellable_new ();
  g_signal_connect_object (window, "destroy", G_CALLBACK (g_cancellable_cancel),
                           opening->cancellable, G_CONNECT_SWAPPED);

  self->opening = g_object_ref (opening->cancellable);
  self->opening_path = g_strdup (path);

  /* Most files open in a blink; an upgrade says so when it starts. */
  {
    g_autofree char *name = display_name (path);
    /* Translators: %s is the database's file name */
    g_autofree char *title = g_strdup_printf (_("Opening “%s”…"), name);

    rc_window_show_busy (window, title);
  }

  /* The application ends only once the worker has: a window closed
   * during an upgrade leaves the file whole. */
  g_application_hold (G_APPLICATION (self));
  /* The pages read at once, while the window checks the file for damage
   * before anything may be written; a damaged file is still read. */
  rc_store_open_async (path, RC_STORE_OPEN_DEFER_CHECK | RC_STORE_OPEN_ALLOW_DAMAGED,
                       opening->cancellable, on_phase, opening, on_opened, opening);
}

/* Opens @path in @window, or shows why it cannot be opened. */
void
rc_application_open_database (RcApplication *self,
                              RcWindow      *window,
                              const char    *path,
                              gboolean       is_demo)
{
  rc_application_open_database_full (self, window, path, is_demo, NULL, NULL);
}

void
rc_application_cancel_opening (RcApplication *self)
{
  g_return_if_fail (RC_IS_APPLICATION (self));

  if (self->opening != NULL)
    g_cancellable_cancel (self->opening);
  g_clear_object (&self->opening);
  g_clear_pointer (&self->opening_path, g_free);
}

const char *
rc_application_get_opening_path (RcApplication *self)
{
  g_return_val_if_fail (RC_IS_APPLICATION (self), NULL);

  return self->opening_path;
}
