/* rc-trainee-import-dialog-private.h: what the import dialog's files share
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-trainee-import-dialog.h"

G_BEGIN_DECLS

/* One row of a preview list, as the text it shows: "heading" (the
 * reference), "line-label" and "message". Copied out of the plan so that a
 * list item never points into it. */
#define RC_TYPE_TRAINEE_IMPORT_ITEM (rc_trainee_import_item_get_type ())

G_DECLARE_FINAL_TYPE (RcTraineeImportItem, rc_trainee_import_item, RC, TRAINEE_IMPORT_ITEM, GObject)

RcTraineeImportItem *rc_trainee_import_item_new (const RcTraineeRow *row);

G_END_DECLS
