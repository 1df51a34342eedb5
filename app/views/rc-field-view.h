/* rc-field-view.h: how a dialog's field shows what the field rules find,
 * and keeps to its length
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/rc-field-rules.h"

G_BEGIN_DECLS

/* Shows @error, or else @warning, or else nothing in @label, which sits
 * alone in a row below @row. An error marks @row invalid, for the eye and
 * for assistive technology, in the "error" style; a warning is in the
 * "warning" style, with a sign, and leaves @row valid. */
void      rc_field_view_show        (GtkWidget   *row,
                                     GtkLabel    *label,
                                     const char  *error,
                                     const char  *warning);

/* @row takes at most @max_chars characters: typing stops there, and text
 * pasted or set that is longer is cut to it. */
void      rc_field_view_limit       (AdwEntryRow *row,
                                     guint        max_chars);
/* Whether text given to @row was cut to its limit and is still at it:
 * its field should say so, as what is shown is not all that was given. */
gboolean  rc_field_view_was_cut     (AdwEntryRow *row);
/* "Only the first 200 characters were kept: at most 200 fit here", or
 * NULL when @row was not cut. */
char     *rc_field_view_cut_message (AdwEntryRow *row);

/* What @findings (rc-field-rules.h) say of @n fields, named @keys in the
 * rules, edited in @rows: an error becomes the field's when the field
 * reads well so far (@ok, then set FALSE); a warning, or what saving will
 * ask to confirm, becomes its warning, after the note that its text was
 * cut. @errors and @warnings hold owned strings. */
void      rc_field_view_take_findings (GPtrArray          *findings,
                                       const char * const *keys,
                                       AdwEntryRow       **rows,
                                       guint               n,
                                       gboolean           *ok,
                                       char              **errors,
                                       char              **warnings);

/* Asks, over @parent, whether to go on with what the field rules would
 * have a person confirm (@body, one finding a line): "cancel", the
 * default and the answer to Escape, or "confirm", labelled
 * @confirm_label. Shown; the caller connects to "response". */
AdwMessageDialog *rc_field_view_ask (GtkWindow   *parent,
                                     const char  *heading,
                                     const char  *body,
                                     const char  *confirm_label);

G_END_DECLS
