/* rc-import-rows.h: the rows of one kind of an import plan, as a list
 * model of RcPreviewRow made as the list shows them
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rc-import-plan.h"

G_BEGIN_DECLS

#define RC_TYPE_IMPORT_ROWS (rc_import_rows_get_type ())

G_DECLARE_FINAL_TYPE (RcImportRows, rc_import_rows, RC, IMPORT_ROWS, GObject)

/* Empty until a plan is set. A file of 100,000 lines makes only the
 * dozens of items a list shows, as it shows them. */
RcImportRows *rc_import_rows_new      (RcImportRowKind  kind);
/* The plan's rows of the model's kind; NULL empties the model, as it must
 * be while a worker reads the plan again. */
void          rc_import_rows_set_plan (RcImportRows    *self,
                                       RcImportPlan    *plan);

G_END_DECLS
