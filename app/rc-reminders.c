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
/* A running app looks again as each local day begins, on a timer set for
 * midnight. The timer counts the monotonic clock, which stands still while
 * the computer sleeps and ignores a change of the wall clock, so a watch
 * compares the date this often as well: after a resume or a clock change
 * the day's reminders come within a minute. */
#define WATCH_SECONDS 60

struct _RcReminders
{
  GObject       parent_instance;

  GApplication *application;   /* weak */
  GSettings    *settings;      /* NULL without the schema: reminders on */
  RcStore      *store;
  gulong        writable_handler;
  gulong        changed_handler;
  guint         timeout_id;    /* at the next local midnight */
  guint         watch_id;      /* every WATCH_SECONDS */
  GDate         checked_on;    /* the day of the last check; invalid: none */
  GDateTime    *clock;         /* NULL: the local clock; else the time at */
  gint64        clock_set_at;  /* this monotonic time */
  GCancellable *reading;       /* the bids being read for a check */
  guint         generation;    /* of the store: a read of another is dropped */
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

static GDateTime *
get_now (RcReminders *self)
{
  if (self->clock == NULL)
    return g_date_time_new_now_local ();

  return g_date_time_add (self->clock, g_get_monotonic_time () - self->clock_set_at);
}

static void
get_today (RcReminders *self,
           GDate       *today)
{
  g_autoptr(GDateTime) now = NULL;

  if (g_date_valid (&self->today))
    {
      *today = self->today;
      return;
    }
  if (self->clock == NULL)
    {
      rc_deadline_get_today (today);
      return;
    }
  now = get_now (self);
  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

/* Sends what is due of @bids and not yet sent: the store records each
 * first, so that none goes twice. */
static guint
send_due (RcReminders *self,
          GListModel  *bids)
{
  g_autoptr(GError) error = NULL;
  GDate today;
  guint sent = 0;

  if (self->store == NULL || !enabled (self) || !rc_store_get_writable (self->store))
    return 0;

  get_today (self, &today);
  for (guint i = 0; i < g_list_model_get_n_items (bids) && error == NULL; i++)
    {
      g_autoptr(RcBid) bid = g_list_model_get_item (bids, i);
      RcBidStatus status;

      if (!rc_bid_status_from_key (bid->status, &status))
        continue;

      for (RcReminderKind kind = 0; kind < RC_N_REMINDER_KINDS && error == NULL; kind++)
        {
          const char *due_on = kind == RC_REMINDER_DEADLINE ? bid->deadline_on : bid->decision_due_on;
          int days_left = rc_bid_days_left (due_on, &today);
          guint days_before = rc_reminder_days_before (days_left);
          gboolean claimed = FALSE;

          if (days_before == 0 || !rc_reminder_applies (status, kind))
            continue;
          if (rc_store_claim_bid_reminder (self->store, bid->id, kind, due_on, days_before, &claimed, &error)
              && claimed)
            {
              send_reminder (self, bid, kind, due_on, days_left);
              sent++;
            }
        }
    }

  /* Reminders are a courtesy: a failure is logged for whoever looks, and
   * the next check tries again. */
  if (error != NULL)
    g_debug ("Deadline reminders not checked: %s", error->message);

  return sent;
}

guint
rc_reminders_check (RcReminders *self)
{
  g_autoptr(GListModel) bids = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (RC_IS_REMINDERS (self), 0);

  if (self->store == NULL || !enabled (self) || !rc_store_get_writable (self->store))
    return 0;

  if ((bids = rc_store_list_bids (self->store, &error)) == NULL)
    {
      g_debug ("Deadline reminders not checked: %s", error->message);
      return 0;
    }

  return send_due (self, bids);
}

static gpointer
read_bids (RcStore       *reader,
           gpointer       data,
           GCancellable  *cancellable,
           GError       **error)
{
  return rc_store_list_bids (reader, error);
}

typedef struct
{
  RcReminders *self;
  guint        generation;
} Reading;

static void
on_bids_read (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Reading *reading = user_data;
  g_autoptr(RcReminders) self = reading->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) bids = rc_store_read_finish (result, &error);

  if (bids != NULL && reading->generation == self->generation)
    send_due (self, bids);
  else if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("Deadline reminders not checked: %s", error->message);
  g_free (reading);
}

/* The automatic checks read the bids in a worker, on a reader of the
 * store, and claim and send on this thread. */
static void
check_in_background (RcReminders *self)
{
  Reading *reading;

  if (self->store == NULL || !enabled (self) || !rc_store_get_writable (self->store))
    return;

  get_today (self, &self->checked_on);
  if (self->reading != NULL)
    g_cancellable_cancel (self->reading);
  g_clear_object (&self->reading);
  self->reading = g_cancellable_new ();

  reading = g_new0 (Reading, 1);
  reading->self = g_object_ref (self);
  reading->generation = self->generation;
  rc_store_read_async (self->store, read_bids, NULL, NULL, g_object_unref, self->reading, on_bids_read, reading);
}

static gboolean on_midnight (gpointer user_data);

/* Sets the timer for the next local midnight, from the wall clock now. */
static void
schedule_midnight (RcReminders *self)
{
  g_autoptr(GDateTime) now = get_now (self);
  g_autoptr(GDateTime) start = g_date_time_new (g_date_time_get_timezone (now), g_date_time_get_year (now),
                                                g_date_time_get_month (now), g_date_time_get_day_of_month (now),
                                                0, 0, 0);
  g_autoptr(GDateTime) midnight = g_date_time_add_days (start, 1);
  GTimeSpan wait = g_date_time_difference (midnight, now);
  /* Rounded up, and a millisecond past: never a moment before the day. */
  guint wait_ms = (guint) MIN ((wait + 999) / 1000 + 1, (GTimeSpan) G_MAXUINT);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add_full (G_PRIORITY_DEFAULT, wait_ms, on_midnight, self, NULL);
}

/* At midnight, or when the watch finds the date is not the one last
 * checked: a new day, its reminders, and the timer set again. */
static void
check_new_day (RcReminders *self)
{
  GDate today;

  get_today (self, &today);
  if (!g_date_valid (&self->checked_on) || g_date_compare (&today, &self->checked_on) != 0)
    {
      check_in_background (self);
      schedule_midnight (self);
    }
}

static gboolean
on_midnight (gpointer user_data)
{
  RcReminders *self = user_data;

  self->timeout_id = 0;
  check_new_day (self);
  /* Early by a moment (the clocks disagree): try again in a moment. */
  if (self->timeout_id == 0)
    schedule_midnight (self);

  return G_SOURCE_REMOVE;
}

static gboolean
on_watch (gpointer user_data)
{
  check_new_day (user_data);

  return G_SOURCE_CONTINUE;
}

/* A bid added or its date moved may be due a reminder today. */
static void
on_bids_changed (RcStore     *store,
                 RcEntityKind  entity,
                 RcReminders *self)
{
  check_in_background (self);
}

static void
on_writable (RcStore     *store,
             GParamSpec  *pspec,
             RcReminders *self)
{
  if (rc_store_get_writable (store))
    check_in_background (self);
}

static void
on_setting_changed (GSettings   *settings,
                    const char  *key,
                    RcReminders *self)
{
  check_in_background (self);
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
    {
      g_clear_signal_handler (&self->writable_handler, self->store);
      g_clear_signal_handler (&self->changed_handler, self->store);
    }
  if (self->reading != NULL)
    g_cancellable_cancel (self->reading);
  g_clear_object (&self->reading);
  self->generation++;
  g_set_object (&self->store, store);
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_handle_id (&self->watch_id, g_source_remove);
  g_date_clear (&self->checked_on, 1);
  if (store == NULL)
    return;

  /* A database being checked for damage cannot record what was sent
   * yet: the check comes once it can. */
  self->writable_handler = g_signal_connect_object (store, "notify::writable", G_CALLBACK (on_writable),
                                                    self, 0);
  self->changed_handler = g_signal_connect_object (store, "changed::bid", G_CALLBACK (on_bids_changed),
                                                   self, 0);
  self->watch_id = g_timeout_add_seconds (WATCH_SECONDS, on_watch, self);
  schedule_midnight (self);
  check_in_background (self);
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

void
rc_reminders_set_clock (RcReminders *self,
                        GDateTime   *now)
{
  g_return_if_fail (RC_IS_REMINDERS (self));

  g_clear_pointer (&self->clock, g_date_time_unref);
  if (now != NULL)
    self->clock = g_date_time_ref (now);
  self->clock_set_at = g_get_monotonic_time ();
  /* As after a change of the computer's clock. */
  if (self->store != NULL)
    {
      schedule_midnight (self);
      check_new_day (self);
    }
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
  g_clear_pointer (&self->clock, g_date_time_unref);

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
  g_date_clear (&self->checked_on, 1);
  self->settings = rc_preferences_new_settings ();
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::" REMINDERS_KEY, G_CALLBACK (on_setting_changed),
                             self, 0);
}
