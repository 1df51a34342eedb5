/* rc-a11y.h: names for buttons, and a Tab order without dead ends
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Works around what GTK 4.8 gets wrong for a screen reader or the
 * keyboard, for every widget of the program as it is shown:
 *
 * - A button made from a label is named twice ("Explore the _Demo Explore
 *   the Demo"): GTK sets its label property, mnemonic and all, and also
 *   points at its label. It is named once, without the underscore.
 * - A button with only an icon is named "GtkImage", and a menu button
 *   "GtkMenuButton", and a drop-down's button has no name at all: each
 *   is named from its tooltip (a drop-down's button from the drop-down's
 *   label, tooltip or row, with the chosen item as description).
 * - Tab moves from row to row of a list view (163 presses to leave the
 *   councils): it leaves the list, and the arrow keys move within it.
 * - A row of a list box that cannot take the focus (a message under a
 *   field) makes Tab leave the list, skipping the rows after it: such a
 *   row takes the focus, so a screen reader reads the message too.
 *
 * Called once, from the window's class; later calls do nothing. */
void rc_a11y_init (void);

/* What rc_a11y_init() does to one widget, for a widget that is not shown
 * yet; it also runs whenever a widget is shown. */
void rc_a11y_fix_widget (GtkWidget *widget);

/* What Tab (@direction GTK_DIR_TAB_FORWARD) or Shift+Tab does from the
 * focused @widget: within a list view, it leaves the list. */
gboolean rc_a11y_move_focus (GtkWidget        *widget,
                             GtkDirectionType  direction);

G_END_DECLS
