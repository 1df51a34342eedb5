/* rc-reference-data.h: regions and councils loaded into every new database
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-store.h"

G_BEGIN_DECLS

/* Inserts data/regions.csv and data/councils.csv; call inside a transaction. */
gboolean rc_reference_data_load (RcStore  *self,
                                 GError  **error);

G_END_DECLS
