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

/* The clauses both importers' summaries (describe()) share, each
 * appended only when @n is not 0: "; 2 rows with warnings" and
 * "; 1 malformed row: the file is refused". */
void     rc_import_summary_add_warnings  (GString       *summary,
                                          guint          n);
void     rc_import_summary_add_malformed (GString       *summary,
                                          guint          n);

G_END_DECLS
