/* rc-retention.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-model"

#include "config.h"

#include <string.h>

#include "rc-retention.h"

/* A stage a trainee can have reached, or -1 for a record that names none. */
static int
reached_stage (const RcTraineeProgress *item)
{
  if ((guint) item->reached >= RC_STAGE_WITHDRAWN)
    return -1;

  return (int) item->reached;
}

void
rc_retention_compute (const RcTraineeProgress *items,
                      gsize                    n,
                      RcRetention             *out)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (items != NULL || n == 0);

  memset (out, 0, sizeof *out);

  for (gsize i = 0; i < n; i++)
    {
      int reached = reached_stage (&items[i]);
      gboolean partner = items[i].employer_is_partner;

      out->trainees++;
      if (items[i].withdrawn || reached < 0)
        out->withdrawn++;
      if (reached >= RC_STAGE_QUALIFIED)
        out->qualified++;
      if (reached >= RC_STAGE_REGISTERED)
        out->registered++;
      if (reached >= RC_STAGE_EMPLOYED && partner)
        out->employed_by_partner++;
      if (reached >= RC_STAGE_RETAINED_12 && partner)
        out->retained_12++;
      if (reached >= RC_STAGE_RETAINED_24 && partner)
        out->retained_24++;
    }
}

RcRate
rc_retention_rate (guint count,
                   guint qualified)
{
  if (qualified == 0)
    return RC_RATE_NONE;

  return rc_rate ((double) count / (double) qualified);
}

void
rc_stage_counts (const RcTraineeProgress *items,
                 gsize                    n,
                 guint                    counts[RC_N_STAGES])
{
  g_return_if_fail (counts != NULL);
  g_return_if_fail (items != NULL || n == 0);

  memset (counts, 0, RC_N_STAGES * sizeof counts[0]);

  for (gsize i = 0; i < n; i++)
    {
      int reached = reached_stage (&items[i]);

      if (items[i].withdrawn || reached < 0)
        counts[RC_STAGE_WITHDRAWN]++;
      else
        counts[reached]++;
    }
}
