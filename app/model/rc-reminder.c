/* rc-reminder.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-model"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-reminder.h"

const char *
rc_reminder_kind_to_key (RcReminderKind kind)
{
  g_return_val_if_fail ((guint) kind < RC_N_REMINDER_KINDS, NULL);

  return kind == RC_REMINDER_DEADLINE ? "deadline" : "decision";
}

guint
rc_reminder_days_before (int days_left)
{
  if (days_left < 1 || days_left > 14)
    return 0;
  if (days_left == 1)
    return 1;

  return days_left <= 7 ? 7 : 14;
}

gboolean
rc_reminder_applies (RcBidStatus    status,
                     RcReminderKind kind)
{
  if (kind == RC_REMINDER_DEADLINE)
    return status == RC_BID_STATUS_DRAFT;

  return status == RC_BID_STATUS_SUBMITTED;
}

char *
rc_reminder_describe_title (RcReminderKind kind,
                            int            days_left)
{
  if (kind == RC_REMINDER_DEADLINE)
    return days_left == 1
           ? g_strdup (_("Bid deadline tomorrow"))
           : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Bid deadline in %d day", "Bid deadline in %d days",
                                           days_left), days_left);

  return days_left == 1
         ? g_strdup (_("Bid decision due tomorrow"))
         : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Bid decision due in %d day",
                                         "Bid decision due in %d days", days_left), days_left);
}
