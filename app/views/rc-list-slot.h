/* rc-list-slot.h: one position of a list, showing whichever item is there
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RC_TYPE_LIST_SLOT (rc_list_slot_get_type ())

G_DECLARE_FINAL_TYPE (RcListSlot, rc_list_slot, RC, LIST_SLOT, GObject)

RcListSlot *rc_list_slot_new      (gpointer    item);
/* Returns: (transfer none) (nullable): the item in this position now */
gpointer    rc_list_slot_get_item (RcListSlot *self);
/* Notifies "item" when @item is another one. */
void        rc_list_slot_set_item (RcListSlot *self,
                                   gpointer    item);

G_END_DECLS
