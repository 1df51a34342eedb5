/* rc-slot-model.h: a list's positions, whose rows change what they show
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rc-list-slot.h"

G_BEGIN_DECLS

#define RC_TYPE_SLOT_MODEL (rc_slot_model_get_type ())

G_DECLARE_FINAL_TYPE (RcSlotModel, rc_slot_model, RC, SLOT_MODEL, GObject)

RcSlotModel *rc_slot_model_new       (GListModel  *model);
GListModel  *rc_slot_model_get_model (RcSlotModel *self);

G_END_DECLS
