/* rc-unsaved.h: asking before changes that are not saved are lost
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef enum {
  RC_UNSAVED_STAY,      /* "cancel": nothing happens */
  RC_UNSAVED_DISCARD,   /* "discard": the changes are dropped */
  RC_UNSAVED_SAVE,      /* "save": the changes are saved first */
} RcUnsavedAnswer;

typedef void (*RcUnsavedCallback) (GObject         *owner,
                                   RcUnsavedAnswer  answer);

/* Asks, over @parent, as GNOME Text Editor does: "Save Changes?", @body,
 * and the responses "cancel", "discard" and "save" (suggested, the
 * default; insensitive unless @can_save). Escape answers "cancel".
 * @callback gets the answer, from the main loop once the question has
 * closed, unless @owner is gone by then. One question
 * at a time: while one is open over @parent it is presented again and
 * returned, and @callback is not called for this request. */
GtkWidget *rc_unsaved_ask                 (GtkWindow         *parent,
                                           const char        *body,
                                           gboolean           can_save,
                                           GObject           *owner,
                                           RcUnsavedCallback  callback);
/* The question open over @parent, or NULL. */
GtkWidget *rc_unsaved_get_question        (GtkWindow         *parent);

/* Guards an editing dialog: when Escape, Cancel or its close button closes
 * it with fields changed since rc_unsaved_guard() or the last
 * rc_unsaved_guard_reset(), it asks first; with nothing changed it closes
 * at once. "save" activates @save_action of the dialog. The dialog counts
 * as saved (and then closes without asking) once it emits @saved_signal
 * (NULL: none). Changed means: a different text in an entry or text view,
 * another choice in a combo row or drop-down, a switch or check turned. */
void       rc_unsaved_guard               (GtkWindow         *dialog,
                                           const char        *save_action,
                                           const char        *saved_signal);
/* The fields as they are now count as unchanged (after filling them in
 * or saving them). */
void       rc_unsaved_guard_reset         (GtkWindow         *dialog);
/* @part of @dialog is saved on its own (a list's "Add" while the rest
 * waits for Save). Call before rc_unsaved_guard(). */
void       rc_unsaved_guard_add_part      (GtkWindow         *dialog,
                                           GtkWidget         *part);
/* The fields of @part as they are now count as unchanged; the others keep
 * what they were saved as. */
void       rc_unsaved_guard_reset_part    (GtkWindow         *dialog,
                                           GtkWidget         *part);
gboolean   rc_unsaved_guard_is_changed    (GtkWindow         *dialog);
/* One sentence saying that @dialog, by its title, has unsaved changes. */
char      *rc_unsaved_guard_describe      (GtkWindow         *dialog);
/* Whether the guarded dialog's save action can run now. */
gboolean   rc_unsaved_guard_can_save      (GtkWindow         *dialog);
/* Runs the save action; FALSE if it could not run. */
gboolean   rc_unsaved_guard_save          (GtkWindow         *dialog);
/* Closes the dialog without asking, dropping its changes. */
void       rc_unsaved_guard_discard       (GtkWindow         *dialog);
/* The guarded dialogs with changes that are transient for @parent. */
GPtrArray *rc_unsaved_list_changed_dialogs (GtkWindow        *parent);

G_END_DECLS
