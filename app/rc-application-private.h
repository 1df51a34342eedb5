/* rc-application-private.h: what the application's files share
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-application.h"
#include "rc-reminders.h"
#include "store/rc-store.h"
#include "views/rc-window.h"

G_BEGIN_DECLS

struct _RcApplication
{
  AdwApplication  parent_instance;

  char           *database_path;  /* from --database, or NULL for the default */
  char           *demo_path;      /* the fresh demo copy in use, deleted at exit */
  gboolean        open_demo;      /* --demo */
  gboolean        recovering;     /* a backup is being put in place */
  gboolean        options_read;   /* GApplication parsed the command line */
  RcReminders    *reminders;      /* of the database the window shows */
  GCancellable   *opening;        /* the database being opened in a worker */
  char           *opening_path;   /* its path, or NULL */
};

/* The application's window, or NULL; the same, made if there is none. */
RcWindow *rc_application_find_window (RcApplication *self);
RcWindow *rc_application_get_window  (RcApplication *self);
/* rc-application-open.c: opens @path in @window in a worker, the window
 * saying what it does meanwhile, then shows the database or why it
 * cannot be opened. Closing the window cancels it. */
void      rc_application_open_database (RcApplication *self,
                                        RcWindow      *window,
                                        const char    *path,
                                        gboolean       is_demo);
/* The same; @toast (or NULL) is said once the database is shown, and
 * @problem (or NULL) is shown instead of the open's own error. */
void      rc_application_open_database_full (RcApplication *self,
                                             RcWindow      *window,
                                             const char    *path,
                                             gboolean       is_demo,
                                             const char    *toast,
                                             const char    *problem);
void      rc_application_cancel_opening (RcApplication *self);
/* The file being opened in a worker, or NULL. */
const char *rc_application_get_opening_path (RcApplication *self);

/* rc-application-recover.c: app.recover. */
void      rc_application_recover_action (GSimpleAction *action,
                                         GVariant      *parameter,
                                         gpointer       user_data);

/* rc-application-retention.c: asks about trainees' personal data due for
 * erasure once @window has painted its first frame, and only when @store
 * may be written (after its check; never a damaged one), and still shows
 * @store then. */
void rc_application_check_retention_after_paint (RcWindow *window,
                                                 RcStore  *store);

/* rc-application-connect.c: "Connect to a Shared Database…" (app.connect-database). */
void      rc_application_connect_action (GSimpleAction *action,
                                         GVariant      *parameter,
                                         gpointer       user_data);

G_END_DECLS
