/* rc-demo.h: the demo database, built on the public story of the
 * south-west Step Up to Social Work partnership
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "store/rc-store.h"

G_BEGIN_DECLS

/* Fills a new, empty database with the demo, in one transaction. The
 * people are invented; figures the public record does not give are
 * invented but plausible. */
gboolean rc_demo_populate (RcStore     *store,
                           GError     **error);
/* Writes the demo to a new file at @path. */
gboolean rc_demo_write    (const char  *path,
                           GError     **error);

G_END_DECLS
