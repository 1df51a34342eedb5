/* rc-council-row.h: one council in the councils list
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/rc-council.h"
#include "model/rc-figure.h"

G_BEGIN_DECLS

#define RC_TYPE_COUNCIL_ROW (rc_council_row_get_type ())

G_DECLARE_FINAL_TYPE (RcCouncilRow, rc_council_row, RC, COUNCIL_ROW, GtkWidget)

GtkWidget  *rc_council_row_new             (void);
/* Shows @council with its latest vacancy rate (of @year), if it has one. */
void        rc_council_row_set             (RcCouncilRow *self,
                                            RcCouncil    *council,
                                            RcRate        vacancy_rate,
                                            gint64        year);

/* "low", "medium" or "high": the level a vacancy rate is shown at. */
const char *rc_vacancy_rate_level          (RcRate        rate);

G_END_DECLS
