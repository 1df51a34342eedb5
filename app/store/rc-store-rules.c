/* rc-store-rules.c: the store's last check of the domain's rules
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include "model/rc-field-rules.h"
#include "rc-store-private.h"

gboolean
rc_store_refuse_errors (GPtrArray  *findings,
                        GError    **error)
{
  g_autoptr(GPtrArray) owned = findings;
  const RcFinding *finding;

  g_return_val_if_fail (findings != NULL, FALSE);

  finding = rc_findings_get (owned, NULL, RC_FINDING_ERROR);
  if (finding == NULL)
    return TRUE;

  g_set_error_literal (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID, finding->message);

  return FALSE;
}
