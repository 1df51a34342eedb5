/* rc-consortium-dialog.h: a consortium, its lead and its member councils
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/rc-store.h"

G_BEGIN_DECLS

#define RC_TYPE_CONSORTIUM_DIALOG (rc_consortium_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RcConsortiumDialog, rc_consortium_dialog, RC, CONSORTIUM_DIALOG, AdwWindow)

/* A modal window over @parent (may be NULL). With @consortium_id 0 it
 * creates a consortium; members can be added once it has been created.
 * Every change is saved to @store at once. */
GtkWidget        *rc_consortium_dialog_new               (GtkWindow          *parent,
                                                          RcStore            *store,
                                                          gint64              consortium_id);
/* 0 until a new consortium has been created. */
gint64            rc_consortium_dialog_get_consortium_id (RcConsortiumDialog *self);

/* What a user types and picks, for tests and keyboard use; they fill the
 * same fields, so the same validation runs. Then activate "consortium.save"
 * or "consortium.add-member". */
void              rc_consortium_dialog_set_name          (RcConsortiumDialog *self,
                                                          const char         *name);
void              rc_consortium_dialog_set_lead          (RcConsortiumDialog *self,
                                                          gint64              council_id);
/* @role is "partner", "proposed" or "lead"; @left_on may be NULL. */
void              rc_consortium_dialog_set_new_member    (RcConsortiumDialog *self,
                                                          gint64              council_id,
                                                          const char         *role,
                                                          const char         *joined_on,
                                                          const char         *left_on);

/* Ends membership @member_id on @left_on (its last day), as the
 * "End Membership…" question does when answered. */
gboolean          rc_consortium_dialog_end_membership    (RcConsortiumDialog *self,
                                                          gint64              member_id,
                                                          const char         *left_on);
/* The question the dialog is asking (end or remove a membership), or NULL. */
AdwMessageDialog *rc_consortium_dialog_get_prompt        (RcConsortiumDialog *self);

G_END_DECLS
