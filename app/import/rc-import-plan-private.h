/* rc-import-plan-private.h: what the importers' plans share
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-import-plan.h"

G_BEGIN_DECLS

/* The refusal before an import starts, in the importer's error domain:
 * @applied_code when the plan was imported already ("This file has been
 * imported already"), @malformed_code naming the first malformed row's
 * line and problem when it has any ("Nothing was imported: line 4: …
 * (and 2 more problems)"). TRUE when the plan may be applied. */
gboolean rc_import_plan_check_refusal (RcImportPlan  *self,
                                       gboolean       applied,
                                       GQuark         domain,
                                       int            applied_code,
                                       int            malformed_code,
                                       GError       **error);

G_END_DECLS
