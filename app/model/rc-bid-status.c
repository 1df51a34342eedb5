/* rc-bid-status.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-model"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-bid-status.h"
#include "rc-key-label.h"
#include "rc-model-error.h"

static const RcKeyLabel statuses[RC_N_BID_STATUSES] = {
  [RC_BID_STATUS_DRAFT] = { "draft", N_("Draft") },
  [RC_BID_STATUS_SUBMITTED] = { "submitted", N_("Submitted") },
  [RC_BID_STATUS_AWARDED] = { "awarded", N_("Awarded") },
  [RC_BID_STATUS_PART_AWARDED] = { "part_awarded", N_("Part-awarded") },
  [RC_BID_STATUS_REJECTED] = { "rejected", N_("Rejected") },
  [RC_BID_STATUS_WITHDRAWN] = { "withdrawn", N_("Withdrawn") },
};

/* Whole sentences for each refusal, so that translators see sentences. */
static const struct {
  const char *final;     /* why nothing can follow, NULL if something can */
  const char *unready;   /* why a draft cannot reach it directly, NULL if it can */
} refusals[RC_N_BID_STATUSES] = {
  [RC_BID_STATUS_AWARDED] = {
    N_("An awarded bid cannot change status; duplicate it for the next round"),
    N_("A draft bid must be submitted before it can be awarded") },
  [RC_BID_STATUS_PART_AWARDED] = {
    N_("A part-awarded bid cannot change status; duplicate it for the next round"),
    N_("A draft bid must be submitted before it can be part-awarded") },
  [RC_BID_STATUS_REJECTED] = {
    N_("A rejected bid cannot change status; duplicate it for the next round"),
    N_("A draft bid must be submitted before it can be rejected") },
  [RC_BID_STATUS_WITHDRAWN] = {
    N_("A withdrawn bid cannot change status; duplicate it to bid again"),
    NULL },
};

const char *
rc_bid_status_to_key (RcBidStatus status)
{
  return rc_key_label_get_key (statuses, RC_N_BID_STATUSES, status);
}

gboolean
rc_bid_status_from_key (const char  *key,
                        RcBidStatus *out)
{
  int i = rc_key_label_find (statuses, RC_N_BID_STATUSES, key);

  if (i >= 0 && out != NULL)
    *out = (RcBidStatus) i;

  return i >= 0;
}

const char *
rc_bid_status_get_label (RcBidStatus status)
{
  return rc_key_label_get_label (statuses, RC_N_BID_STATUSES, status, NULL);
}

gboolean
rc_bid_status_is_final (RcBidStatus status)
{
  g_return_val_if_fail ((guint) status < RC_N_BID_STATUSES, FALSE);

  return refusals[status].final != NULL;
}

gboolean
rc_bid_status_check_move (RcBidStatus   from,
                          RcBidStatus   to,
                          GError      **error)
{
  g_return_val_if_fail ((guint) from < RC_N_BID_STATUSES, FALSE);
  g_return_val_if_fail ((guint) to < RC_N_BID_STATUSES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (refusals[from].final != NULL)
    {
      g_set_error_literal (error, RC_MODEL_ERROR, RC_MODEL_ERROR_INVALID,
                           _(refusals[from].final));
      return FALSE;
    }

  if (from == to)
    {
      g_set_error (error, RC_MODEL_ERROR, RC_MODEL_ERROR_INVALID,
                   _("The bid is already “%s”"), rc_bid_status_get_label (from));
      return FALSE;
    }

  if (to == RC_BID_STATUS_DRAFT)
    {
      g_set_error_literal (error, RC_MODEL_ERROR, RC_MODEL_ERROR_INVALID,
                           _("A submitted bid cannot go back to draft; "
                             "withdraw it and duplicate it to start again"));
      return FALSE;
    }

  if (from == RC_BID_STATUS_DRAFT && refusals[to].unready != NULL)
    {
      g_set_error_literal (error, RC_MODEL_ERROR, RC_MODEL_ERROR_INVALID,
                           _(refusals[to].unready));
      return FALSE;
    }

  /* What is left: draft to submitted or withdrawn, and submitted to a
   * decision or withdrawn. */
  return TRUE;
}
