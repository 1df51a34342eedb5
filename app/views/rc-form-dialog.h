/* rc-form-dialog.h: what the editing dialogs share
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An editing dialog (a workforce return, a trainee, a cohort, a move, a
 * budget line, a bid's status) derives from RcFormDialog, which gives it:
 * - a save action, which runs the class's save() and is enabled while
 *   the form is valid (rc_form_dialog_set_valid()), and a cancel action,
 *   also Escape, which closes the dialog, asking first when changes
 *   would be lost (rc-unsaved.h);
 * - its fields (RcFieldRow) by their number: what each shows, and typing
 *   into one as a user would;
 * - Enter in a field moving on to the next, and saving from the last;
 * - the message of a failed save, at the top;
 * - the question before a save that the field rules would have confirmed.
 */

#pragma once

#include <adwaita.h>

#include "rc-field-row.h"

G_BEGIN_DECLS

#define RC_TYPE_FORM_DIALOG (rc_form_dialog_get_type ())

G_DECLARE_DERIVABLE_TYPE (RcFormDialog, rc_form_dialog, RC, FORM_DIALOG, AdwWindow)

struct _RcFormDialogClass
{
  AdwWindowClass parent_class;

  /* The save action: saves what the fields hold, or says why not. */
  void (*save) (RcFormDialog *self);
};

typedef void (*RcFormDialogFunc) (RcFormDialog *self);

/* In class_init: installs @save_action ("return.save") and
 * @cancel_action ("return.cancel"), and binds Escape to the latter. */
void        rc_form_dialog_class_set_actions  (GtkWidgetClass     *widget_class,
                                               const char         *save_action,
                                               const char         *cancel_action);

/* After the template is built: the dialog's @n_fields fields, in the
 * order the dialog numbers them. With @enter_moves_on, Enter in one moves
 * to the next, and in the last saves, or else goes to the first field
 * that shows an error. */
void        rc_form_dialog_set_fields         (RcFormDialog       *self,
                                               RcFieldRow        **fields,
                                               guint               n_fields,
                                               gboolean            enter_moves_on);
RcFieldRow *rc_form_dialog_get_field          (RcFormDialog       *self,
                                               guint               field);
/* Types @text into @field as a user would: the same checks run. */
void        rc_form_dialog_set_field          (RcFormDialog       *self,
                                               guint               field,
                                               const char         *text);
/* Every field counts as edited: an empty one is scolded now. */
void        rc_form_dialog_edit_all           (RcFormDialog       *self);

/* Whether what the fields hold can be saved; enables the save action. */
void        rc_form_dialog_set_valid          (RcFormDialog       *self,
                                               gboolean            valid);
gboolean    rc_form_dialog_can_save           (RcFormDialog       *self);

/* Guards the dialog (rc_unsaved_guard()) with its save action; it counts
 * as saved once it emits @saved_signal. */
void        rc_form_dialog_guard              (RcFormDialog       *self,
                                               const char         *saved_signal);

/* After a save: emits "saved" with @item (a GObject, or NULL) and
 * closes the dialog. */
void        rc_form_dialog_saved              (RcFormDialog       *self,
                                               gpointer            item);

/* The label at the top that says why a save failed. */
void        rc_form_dialog_set_message_label  (RcFormDialog       *self,
                                               GtkLabel           *label);
/* Shows @message there, or hides it (NULL). */
void        rc_form_dialog_show_message       (RcFormDialog       *self,
                                               const char         *message);
/* The same, made from @format and what follows, as g_strdup_printf() does:
 * why a save failed, with the reason the database gave. */
void        rc_form_dialog_show_messagef      (RcFormDialog       *self,
                                               const char         *format,
                                               ...) G_GNUC_PRINTF (2, 3);

/* What @findings refuse in something no field shown here holds (a
 * stored value the dialog does not show, such as a returner's dates in
 * a cohort that is not for returners) is said at the top; TRUE when there
 * is nothing such. */
gboolean    rc_form_dialog_check_unshown      (RcFormDialog       *self,
                                               GPtrArray          *findings);

/* Runs @then at once when @findings hold nothing to confirm; otherwise
 * asks (rc_field_row_ask_confirm()) with @heading and @confirm_label, and
 * runs @then once the answer is "confirm". Does nothing while a question
 * is open. */
void        rc_form_dialog_confirm            (RcFormDialog       *self,
                                               GPtrArray          *findings,
                                               const char         *heading,
                                               const char         *confirm_label,
                                               RcFormDialogFunc    then);
/* The question open, or NULL. */
AdwMessageDialog *rc_form_dialog_get_prompt   (RcFormDialog       *self);

G_END_DECLS
