/* rc-field-view.h: the question a form asks before it saves what the
 * field rules would have a person confirm
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Asks, over @parent, whether to go on with what the field rules would
 * have a person confirm (@body, one finding a line): "cancel", the
 * default and the answer to Escape, or "confirm", labelled
 * @confirm_label. Shown; the caller connects to "response". */
AdwMessageDialog *rc_field_view_ask (GtkWindow   *parent,
                                     const char  *heading,
                                     const char  *body,
                                     const char  *confirm_label);

G_END_DECLS
