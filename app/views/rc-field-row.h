/* rc-field-row.h: one field of a form: the row that edits it, and below
 * it what is wrong with it or unlikely
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every form (the editing dialogs, a bid's details) shows its fields the
 * same way with an RcFieldRow. In a .ui file the row that edits the field
 * (an AdwEntryRow, an AdwComboRow, or an AdwActionRow whose activatable
 * widget is an entry or a drop-down) is the field row's child:
 *
 *   <object class="RcFieldRow" id="email_field">
 *     <property name="key">email</property>
 *     <signal name="changed" handler="on_field_changed"/>
 *     <child>
 *       <object class="AdwEntryRow" id="email_row">…</object>
 *     </child>
 *   </object>
 *
 * The message is in the same row of the list, below the field: an error
 * (the "error" style, and the field invalid for assistive technology)
 * stops a save; a warning (the "warning" style, with a sign) does not.
 * The field row is shown while the row it holds is.
 */

#pragma once

#include <adwaita.h>

#include "model/rc-field-rules.h"

G_BEGIN_DECLS

#define RC_TYPE_FIELD_ROW (rc_field_row_get_type ())

G_DECLARE_FINAL_TYPE (RcFieldRow, rc_field_row, RC, FIELD_ROW, AdwPreferencesRow)

GtkWidget  *rc_field_row_new              (GtkWidget   *row,
                                           const char  *key);
/* The row that edits the field, and the widget that takes what is typed
 * or chosen: the row itself, or an action row's activatable widget. */
GtkWidget  *rc_field_row_get_row          (RcFieldRow  *self);
void        rc_field_row_set_row          (RcFieldRow  *self,
                                           GtkWidget   *row);
GtkWidget  *rc_field_row_get_control      (RcFieldRow  *self);
/* The field's name in the field rules (rc-field-rules.h), such as "email". */
const char *rc_field_row_get_key          (RcFieldRow  *self);
void        rc_field_row_set_key          (RcFieldRow  *self,
                                           const char  *key);

/* The text of the control, "" when it has none (a combo row). */
const char *rc_field_row_get_text         (RcFieldRow  *self);
/* As though typed: "changed" is emitted, and the field is edited. */
void        rc_field_row_set_text         (RcFieldRow  *self,
                                           const char  *text);
/* Fills in a value as stored: no "changed", and "edited" stays as it is. */
void        rc_field_row_fill             (RcFieldRow  *self,
                                           const char  *text);
/* Whether the field was changed (not filled) since it was last set
 * unedited: a form scolds an empty field only once it was. */
gboolean    rc_field_row_get_edited       (RcFieldRow  *self);
void        rc_field_row_set_edited       (RcFieldRow  *self,
                                           gboolean     edited);

/* The control takes at most @max_chars characters (0: no limit): typing
 * stops there, and text pasted or set that is longer is cut to it, which
 * the field then says as a warning ("Only the first 200 characters were
 * kept: at most 200 fit here") while it is still at the limit. */
void        rc_field_row_set_max_length   (RcFieldRow  *self,
                                           guint        max_chars);
/* The warning about the cut, or NULL when the text was not cut. */
char       *rc_field_row_dup_cut_message  (RcFieldRow  *self);

/* Shows @error, or else @warning (after the note that the text was cut),
 * or else nothing. */
void        rc_field_row_show             (RcFieldRow  *self,
                                           const char  *error,
                                           const char  *warning);
/* Shows what the form found in the text (@error; NULL when the text
 * reads or when an empty field is not scolded yet), else what @findings
 * (may be NULL) say of the field's key: its error, but only when the
 * text @reads (the rules judge the value read, not a field that does not
 * give one), else its warning, or what saving will ask to confirm.
 * Returns whether no error is shown. */
gboolean    rc_field_row_show_findings    (RcFieldRow  *self,
                                           const char  *error,
                                           gboolean     reads,
                                           GPtrArray   *findings);
void        rc_field_row_clear            (RcFieldRow  *self);
/* What is shown: NULL when nothing is. A warning is never shown with an error. */
const char *rc_field_row_get_error        (RcFieldRow  *self);
const char *rc_field_row_get_warning      (RcFieldRow  *self);

G_END_DECLS
