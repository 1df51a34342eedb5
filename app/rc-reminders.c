/* rc-reminders.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-application"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rc-deadline.h"
#include "model/rc-reminder.h"
#include "rc-preferences.h"
#include "rc-reminders.h"

#define REMINDERS_KEY "deadline-reminders"
/* How often a running app looks again: a day turns over at most once in
 * between, so a reminder is at most an hour late. */
#define CHECK_INTERVAL_SECONDS (60 * 60)

struct _RcReminders
{
  GObject       parent_instance;

  GApplication *application;   /* weak */
  GSettings    *settings;      /* NULL without the schema: reminders on */
  RcStore      *store;
  gulong        writable_handler;
  guint         timeout_id;
  GDate         today;         /* invalid: the local date */
};

G_DEFINE_FINAL_TYPE (RcReminders, rc_reminders, G_TYPE_OBJECT)

enum { SENT, N_SIGNALS };
static guint signals [N_SIGNALS];

static gboolean
enabled (RcReminders *self)
{
  return self->settings == NULL || g_settings_get_boolean (self->settings, REMINDERS_KEY);
}

static void
send_reminder (RcReminders    *self,
               RcBid          *bid,
               RcReminderKind  kind,
               const char     *due_on,
               int             days_left)
{
  g_autoptr(GNotification) notification = NULL;
  g_autofree char *title = rc_reminder_describe_title (kind, days_left);
  g_autofree char *body = NULL;
  g_autofree char *id = g_strdup_printf ("bid-%" G_GINT64_FORMAT "-%s", bid->id, rc_reminder_kind_to_key (kind));
  GVariant *target = g_variant_new_int64 (bid->id);
  char day[64] = "";
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_parse (&date, due_on);
  if (g_date_valid (&date))
    /* Translators: a day in a reminder, see strftime(3): "Monday 14 December 2026" */
    g_date_strftime (day, sizeof day, _("%A %-d %B %Y"), &date);

  /* Translators: a reminder's text: the bid's title, its funder and the day */
  body = g_strdup_printf (_("%s, for %s: %s."), bid->title,
                          bid->funder != NULL && *bid->funder != '\0' ? bid->funder : _("no funder named"),
                          *day != '\0' ? day : due_on);

  notification = g_notification_new (title);
  g_notification_set_body (notification, body);
  g_notification_set_priority (notification, days_left == 1 ? G_NOTIFICATION_PRIORITY_HIGH
                                                            : G_NOTIFICATION_PRIORITY_NORMAL);
  g_notification_set_default_action_and_target_value (notification, RC_REMINDERS_ACTION, target);
  g_notification_add_button_with_target_value (notification, _("Open Bid"), RC_REMINDERS_ACTION,
                                               g_variant_new_int64 (bid->id));
  if (self->application != NULL && g_application_get_is_registered (self->application))
    /* One per bid and kind: a nearer reminder replaces a farther one. */
    g_application_send_notification (self->application, id, notification);

  g_signal_emit (self, signals [SENT], 0, bid->id, rc_reminder_kind_to_key (kind), days_left);
}

guint
rc_reminders_check (RcReminders *self)
{
  g_autoptr(GListModel) bids = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;
  guint sent = 0;

  g_return_val_if_fail (RC_IS_REMINDERS (self), 0);

  if (self->store == NULL || !enabled (self) || !rc_store_get_writable (self->store))
    return 0;

  if (g_date_valid (&self->today))
    today = self->today;
  else
    rc_deadline_get_today (&today);

  bids = rc_store_list_bids (self->store, &error);
  for (guint i = 0; bids != NULL && i < g_list_model_get_n_items (bids); i++)
    {
      g_autoptr(RcBid) bid = g_list_model_get_item (bids, i);
      RcBidStatus status;

      if (!rc_bid_status_from_key (bid->status, &status))
        continue;

      for (RcReminderKind kind = 0; kind < RC_N_REMINDER_KINDS; kind++)
        {
          const char *due_on = kind == RC_REMINDER_DEADLINE ? bid->deadline_on : bid->decision_due_on;
          int days_left = rc_bid_days_left (due_on, &today);
          guint days_before = rc_reminder_days_before (days_left);
          gboolean claimed = FALSE;

          if (days_before == 0 || !rc_reminder_applies (status, kind))
            continue;
          if (!rc_store_claim_bid_reminder (self->store, bid->id, kind, due_on, days_before, &claimed, &error))
            break;
          if (claimed)
            {
              send_reminder (self, bid, kind, due_on, days_left);
              sent++;
            }
        }
      if (error != NULL)
        break;
    }

  /* Reminders are a courtesy: a failure is logged for whoever looks, and
   * the next check tries again. */
  if (error != NULL)
    g_debug ("Deadline reminders not checked: %s", error->message);

  return sent;
}

static gboolean
on_timeout (gpointer user_data)
{
  rc_reminders_check (user_data);

  return G_SOURCE_CONTINUE;
}

static void
on_writable (RcStore     *store,
             GParamSpec  *pspec,
             RcReminders *self)
{
  if (rc_store_get_writable (store))
    rc_reminders_check (self);
}

static void
on_setting_changed (GSettings   *settings,
                    const char  *key,
                    RcReminders *self)
{
  rc_reminders_check (self);
}

void
rc_reminders_set_store (RcReminders *self,
                        RcStore     *store)
{
  g_return_if_fail (RC_IS_REMINDERS (self));
  g_return_if_fail (store == NULL || RC_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_clear_signal_handler (&self->writable_handler, self->store);
  g_set_object (&self->store, store);
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (store == NULL)
    return;

  /* A database being checked for damage cannot record what was sent
   * yet: the check comes once it can. */
  self->writable_handler = g_signal_connect_object (store, "notify::writable", G_CALLBACK (on_writable),
                                                    self, 0);
  self->timeout_id = g_timeout_add_seconds (CHECK_INTERVAL_SECONDS, on_timeout, self);
  rc_reminders_check (self);
}

void
rc_reminders_set_today (RcReminders *self,
                        const GDate *today)
{
  g_return_if_fail (RC_IS_REMINDERS (self));
  g_return_if_fail (today == NULL || g_date_valid (today));

  g_date_clear (&self->today, 1);
  if (today != NULL)
    self->today = *today;
}

RcReminders *
rc_reminders_new (GApplication *application)
{
  RcReminders *self;

  g_return_val_if_fail (application == NULL || G_IS_APPLICATION (application), NULL);

  self = g_object_new (RC_TYPE_REMINDERS, NULL);
  g_set_weak_pointer (&self->application, application);

  return self;
}

static void
rc_reminders_dispose (GObject *object)
{
  RcReminders *self = RC_REMINDERS (object);

  rc_reminders_set_store (self, NULL);
  g_clear_weak_pointer (&self->application);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rc_reminders_parent_class)->dispose (object);
}

static void
rc_reminders_class_init (RcRemindersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rc_reminders_dispose;

  /**
   * RcReminders::sent:
   * @bid_id: the bid reminded of
   * @kind: "deadline" or "decision"
   * @days_left: days until that date
   */
  signals [SENT] =
    g_signal_new ("sent", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_STRING, G_TYPE_INT);
}

static void
rc_reminders_init (RcReminders *self)
{
  g_date_clear (&self->today, 1);
  self->settings = rc_preferences_new_settings ();
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::" REMINDERS_KEY, G_CALLBACK (on_setting_changed),
                             self, 0);
}
