/* rc-list-activation.h: lists that choose on a click or a key, never on hover
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*RcListClickFunc) (GObject *owner);

/* Makes @view choose its rows as GNOME's sidebars do: a click or the
 * keyboard selects a row, Enter or a double click activates it, and the
 * pointer passing over a row does nothing. (GTK's "single-click-activate"
 * is turned off: it selects every row the pointer enters.) After a click
 * on a row has been handled, @on_click is called with @owner, unless
 * @owner is gone: a folded page shows its detail then, as a tap on a row
 * of a narrow list should. */
void rc_list_view_choose_on_click (GtkListView     *view,
                                   GObject         *owner,
                                   RcListClickFunc  on_click);

G_END_DECLS
