/* rc-consortium-dialog-private.h: what the dialog's two files share
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-consortium-dialog.h"
#include "rc-field-row.h"

G_BEGIN_DECLS

struct _RcConsortiumDialog
{
  AdwWindow            parent_instance;

  RcStore             *store;
  RcConsortium        *consortium;  /* id 0 until created */
  GListStore          *lead_councils;  /* current councils, and the lead */
  GListStore          *all_councils;
  GListStore          *current_members;
  GListStore          *past_members;
  AdwMessageDialog    *prompt;  /* weak */
  gint64               prompt_member_id;
  char                *member_error;
  gboolean             loading;

  /* template children */
  AdwHeaderBar        *header_bar;
  AdwWindowTitle      *window_title;
  GtkWidget           *cancel_button;
  GtkWidget           *create_button;
  GtkRevealer         *error_revealer;
  GtkLabel            *error_label;
  AdwPreferencesGroup *details_group;
  AdwEntryRow         *name_row;
  GtkDropDown         *lead_dropdown;
  AdwEntryRow         *notes_row;
  GtkWidget           *members_box;
  GtkListBox          *current_list;
  GtkListBox          *past_list;
  GtkWidget           *past_group;
  RcFieldRow          *council_field;
  GtkDropDown         *council_dropdown;
  AdwComboRow         *role_row;
  RcFieldRow          *joined_field;
  GtkEntry            *joined_entry;
  RcFieldRow          *left_field;
  GtkEntry            *left_entry;
};

static inline gboolean
rc_text_is_blank (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;

  return TRUE;
}

/* rc-consortium-dialog.c */
void  rc_consortium_dialog_clear_error         (RcConsortiumDialog *self);
void  rc_consortium_dialog_show_error          (RcConsortiumDialog *self,
                                                const char         *format,
                                                ...) G_GNUC_PRINTF (2, 3);
guint rc_consortium_dialog_find_council        (GListModel         *councils,
                                                gint64              council_id);

/* rc-consortium-dialog-members.c: the members, current and past, and the
 * form that adds one */
void  rc_consortium_dialog_class_init_members  (GtkWidgetClass     *widget_class);
void  rc_consortium_dialog_init_members        (RcConsortiumDialog *self);
void  rc_consortium_dialog_reload_members      (RcConsortiumDialog *self);
void  rc_consortium_dialog_reset_new_member    (RcConsortiumDialog *self,
                                                gint64              council_id,
                                                const char         *role);

G_END_DECLS
