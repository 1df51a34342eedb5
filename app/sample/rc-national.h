/* rc-national.h: the national benchmark dataset, for measuring speed
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "store/rc-store.h"

G_BEGIN_DECLS

#define RC_NATIONAL_TRAINEES 100000
#define RC_NATIONAL_BIDS     500
#define RC_NATIONAL_YEARS    15

/* Fills an empty database with every council's returns for
 * RC_NATIONAL_YEARS years, @n_trainees trainees in consortium cohorts and
 * @n_bids bids with lines. The same numbers always give the same data. */
gboolean rc_national_populate (RcStore     *store,
                               guint        n_trainees,
                               guint        n_bids,
                               GError     **error);
/* Writes the full-size dataset to a new file at @path. */
gboolean rc_national_write    (const char  *path,
                               GError     **error);

G_END_DECLS
