/* rc-sample-file.h: writing a generated database to a new file
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "store/rc-store.h"

G_BEGIN_DECLS

typedef gboolean (*RcSamplePopulate) (RcStore  *store,
                                      GError  **error);

/* Creates a database at a temporary name beside @path, fills it with
 * @populate and renames it to @path, so @path never holds half a database.
 * Refuses to replace an existing file. */
gboolean rc_sample_file_write (const char        *path,
                               RcSamplePopulate   populate,
                               GError           **error);

G_END_DECLS
