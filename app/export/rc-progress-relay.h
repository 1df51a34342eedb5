/* rc-progress-relay.h: a worker's progress, handed to its caller's thread
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the exports' progress callbacks have in common. */
typedef void (*RcProgressFunc) (double   fraction,
                                gpointer user_data);

/* From a worker: calls @func with @fraction and @user_data in @context,
 * the main context of the thread that started the work. */
void rc_progress_relay (GMainContext   *context,
                        RcProgressFunc  func,
                        gpointer        user_data,
                        double          fraction);

G_END_DECLS
