/* rc-progress-relay.c: a worker's progress, handed to its caller's thread
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-export"

#include "config.h"

#include "rc-progress-relay.h"

typedef struct
{
  RcProgressFunc  func;
  gpointer        user_data;
  double          fraction;
} Report;

static gboolean
deliver_report (gpointer p)
{
  Report *r = p;

  r->func (r->fraction, r->user_data);

  return G_SOURCE_REMOVE;
}

void
rc_progress_relay (GMainContext   *context,
                   RcProgressFunc  func,
                   gpointer        user_data,
                   double          fraction)
{
  Report *r = g_new (Report, 1);

  r->func = func;
  r->user_data = user_data;
  r->fraction = fraction;
  g_main_context_invoke_full (context, G_PRIORITY_DEFAULT, deliver_report, r, g_free);
}
