/* rc-bid-status-dialog.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "model/rc-deadline.h"
#include "model/rc-money.h"
#include "rc-view-util.h"
#include "rc-bid-status-dialog.h"
#include "rc-write-actions.h"

#define NO_STATUS RC_N_BID_STATUSES

struct _RcBidStatusDialog
{
  RcFormDialog     parent_instance;

  RcStore         *store;
  RcBid           *bid;
  RcBidStatus      current;
  RcBidStatus      target;      /* NO_STATUS when nothing can follow */
  GArray          *offered;     /* dropdown position -> RcBidStatus */
  char            *last_on;     /* the date of the latest change */
  char            *reason;      /* why the move cannot be made */
  gint64           amount_pence;
  gboolean         filling;

  /* template children */
  AdwWindowTitle  *window_title;
  GtkLabel        *reason_label;
  AdwActionRow    *current_row;
  AdwComboRow     *target_row;
  RcFieldRow      *fields [RC_BID_STATUS_N_FIELDS];
};

G_DEFINE_FINAL_TYPE (RcBidStatusDialog, rc_bid_status_dialog, RC_TYPE_FORM_DIALOG)

static const char *field_names [RC_BID_STATUS_N_FIELDS] = { "date_field", "amount_field", "note_field" };

static gboolean
has_amount (RcBidStatus status)
{
  return status == RC_BID_STATUS_AWARDED || status == RC_BID_STATUS_PART_AWARDED;
}

static const char *
field_text (RcBidStatusDialog *self,
            RcBidStatusField   field)
{
  return rc_field_row_get_text (self->fields [field]);
}

static void
set_reason (RcBidStatusDialog *self,
            const char        *reason)
{
  g_free (self->reason);
  self->reason = g_strdup (reason);
  gtk_label_set_text (self->reason_label, reason != NULL ? reason : "");
  gtk_widget_set_visible (GTK_WIDGET (self->reason_label), reason != NULL);
}

static char *
check_date (RcBidStatusDialog *self,
            const char        *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  GDate date;

  if (!rc_date_parse (text, &date, &error))
    return g_strdup (error->message);

  /* The store refuses it too; saying so here saves a round trip. */
  iso = rc_date_format_iso (&date);
  if (self->last_on != NULL && strcmp (iso, self->last_on) < 0)
    return g_strdup_printf (_("The status last changed on %s: choose that day or later"), self->last_on);

  return NULL;
}

static void
validate (RcBidStatusDialog *self)
{
  g_autoptr(GError) refusal = NULL;
  gboolean amount_needed = self->target != NO_STATUS && has_amount (self->target);
  g_autofree char *date_error = NULL;
  g_autofree char *amount_error = NULL;
  gboolean valid = TRUE;

  if (self->target == NO_STATUS)
    {
      /* Nothing may follow: any move gives the reason. */
      rc_bid_status_check_move (self->current, RC_BID_STATUS_SUBMITTED, &refusal);
      valid = FALSE;
    }
  else if (!rc_bid_status_check_move (self->current, self->target, &refusal))
    valid = FALSE;
  set_reason (self, refusal != NULL ? refusal->message : NULL);

  date_error = check_date (self, field_text (self, RC_BID_STATUS_FIELD_DATE));

  gtk_widget_set_visible (rc_field_row_get_row (self->fields [RC_BID_STATUS_FIELD_AMOUNT]), amount_needed);
  if (amount_needed)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (field_text (self, RC_BID_STATUS_FIELD_AMOUNT)));
      g_autoptr(GError) error = NULL;

      /* A part award is typed in: an empty field is not scolded before then. */
      if (*stripped == '\0' && !rc_field_row_get_edited (self->fields [RC_BID_STATUS_FIELD_AMOUNT]))
        valid = FALSE;
      else if (!rc_money_parse (stripped, &self->amount_pence, &error))
        amount_error = g_strdup (error->message);
    }

  valid &= date_error == NULL && amount_error == NULL;
  rc_field_row_show (self->fields [RC_BID_STATUS_FIELD_DATE], date_error, NULL);
  rc_field_row_show (self->fields [RC_BID_STATUS_FIELD_AMOUNT], amount_error, NULL);
  rc_field_row_clear (self->fields [RC_BID_STATUS_FIELD_NOTE]);

  rc_form_dialog_set_valid (RC_FORM_DIALOG (self), valid);
}

static void
on_field_changed (RcFieldRow        *field,
                  RcBidStatusDialog *self)
{
  if (!self->filling)
    validate (self);
}

static void
suggest_amount (RcBidStatusDialog *self)
{
  g_autofree char *text = NULL;

  /* Awarded in full is what was asked for; a part award is typed in. */
  if (self->target == RC_BID_STATUS_AWARDED && self->bid->requested_pence > 0)
    text = g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", self->bid->requested_pence / 100,
                            (int) (self->bid->requested_pence % 100));
  else if (self->bid->awarded_pence.present)
    text = g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", self->bid->awarded_pence.value / 100,
                            (int) (self->bid->awarded_pence.value % 100));

  rc_field_row_fill (self->fields [RC_BID_STATUS_FIELD_AMOUNT], text);
  rc_field_row_set_edited (self->fields [RC_BID_STATUS_FIELD_AMOUNT], FALSE);
}

static void
on_target_selected (RcBidStatusDialog *self)
{
  guint position = adw_combo_row_get_selected (self->target_row);

  if (self->filling || position >= self->offered->len)
    return;

  self->target = g_array_index (self->offered, RcBidStatus, position);
  suggest_amount (self);
  validate (self);
}

static void
rc_bid_status_dialog_save (RcFormDialog *dialog)
{
  RcBidStatusDialog *self = RC_BID_STATUS_DIALOG (dialog);
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  g_autofree char *date = NULL;

  validate (self);
  if (!rc_form_dialog_can_save (dialog))
    return;

  date = g_strstrip (g_strdup (field_text (self, RC_BID_STATUS_FIELD_DATE)));
  note = g_strstrip (g_strdup (field_text (self, RC_BID_STATUS_FIELD_NOTE)));

  /* A decision and its amount are one change: both, or neither. */
  if (!rc_store_begin (self->store, &error))
    goto failed;
  if (!rc_store_set_bid_status (self->store, self->bid->id, self->target, date,
                                *note != '\0' ? note : NULL, &error)
      || (has_amount (self->target)
          && !rc_store_set_bid_awarded (self->store, self->bid->id, self->amount_pence, &error)))
    {
      rc_store_rollback (self->store);
      goto failed;
    }
  if (!rc_store_commit (self->store, &error))
    goto failed;

  rc_form_dialog_saved (RC_FORM_DIALOG (self), NULL);
  return;

failed:
  {
    g_autofree char *text = g_strdup_printf (_("Nothing was changed: %s"), error->message);

    set_reason (self, text);
  }
}

static void
fill (RcBidStatusDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = NULL;
  g_autofree char *since = NULL;
  guint n;
  GDate date;

  if (!rc_bid_status_from_key (self->bid->status, &self->current))
    self->current = RC_BID_STATUS_DRAFT;

  events = rc_store_list_bid_status_events (self->store, self->bid->id, &error);
  n = events != NULL ? g_list_model_get_n_items (events) : 0;
  if (n > 0)
    {
      g_autoptr(RcBidStatusEvent) last = g_list_model_get_item (events, n - 1);
      self->last_on = g_strdup (last->occurred_on);
    }
  else if (error != NULL)
    g_debug ("Could not read the status history: %s", error->message);

  /* Translators: a status, then the date it was reached */
  since = self->last_on != NULL
          ? g_strdup_printf (_("%s since %s"), rc_bid_status_get_label (self->current), self->last_on)
          : g_strdup (rc_bid_status_get_label (self->current));
  adw_action_row_set_subtitle (self->current_row, since);

  for (RcBidStatus s = 0; s < RC_N_BID_STATUSES; s++)
    if (rc_bid_status_check_move (self->current, s, NULL))
      {
        g_array_append_val (self->offered, s);
        gtk_string_list_append (labels, rc_bid_status_get_label (s));
      }

  self->filling = TRUE;
  adw_combo_row_set_model (self->target_row, G_LIST_MODEL (labels));
  self->target = self->offered->len > 0 ? g_array_index (self->offered, RcBidStatus, 0) : NO_STATUS;
  adw_combo_row_set_selected (self->target_row, 0);

  rc_deadline_get_today (&date);
  today = rc_date_format_iso (&date);
  rc_field_row_fill (self->fields [RC_BID_STATUS_FIELD_DATE], today);
  self->filling = FALSE;

  /* Nothing follows a final status: only the reason is left to show. */
  gtk_widget_set_visible (GTK_WIDGET (self->target_row), self->offered->len > 0);
  gtk_widget_set_visible (rc_field_row_get_row (self->fields [RC_BID_STATUS_FIELD_DATE]), self->offered->len > 0);
  gtk_widget_set_visible (rc_field_row_get_row (self->fields [RC_BID_STATUS_FIELD_NOTE]), self->offered->len > 0);

  suggest_amount (self);
  validate (self);
}

GtkWidget *
rc_bid_status_dialog_new (GtkWindow *parent,
                          RcStore   *store,
                          RcBid     *bid)
{
  RcBidStatusDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RC_IS_STORE (store), NULL);
  g_return_val_if_fail (RC_IS_BID (bid), NULL);

  self = g_object_new (RC_TYPE_BID_STATUS_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  rc_write_actions_follow_store (GTK_WIDGET (self), store);
  self->bid = rc_bid_copy (bid);
  adw_window_title_set_subtitle (self->window_title, bid->title);
  fill (self);

  rc_form_dialog_guard (RC_FORM_DIALOG (self), "saved");

  return GTK_WIDGET (self);
}

void
rc_bid_status_dialog_set_target (RcBidStatusDialog *self,
                                 RcBidStatus        status)
{
  g_return_if_fail (RC_IS_BID_STATUS_DIALOG (self));
  g_return_if_fail ((guint) status < RC_N_BID_STATUSES);

  for (guint i = 0; i < self->offered->len; i++)
    if (g_array_index (self->offered, RcBidStatus, i) == status)
      {
        adw_combo_row_set_selected (self->target_row, i);
        on_target_selected (self);
        return;
      }

  self->target = status;
  validate (self);
}

const char *
rc_bid_status_dialog_get_reason (RcBidStatusDialog *self)
{
  g_return_val_if_fail (RC_IS_BID_STATUS_DIALOG (self), NULL);

  return self->reason;
}

static void
rc_bid_status_dialog_dispose (GObject *object)
{
  RcBidStatusDialog *self = RC_BID_STATUS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_BID_STATUS_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->bid);
  g_clear_pointer (&self->offered, g_array_unref);

  G_OBJECT_CLASS (rc_bid_status_dialog_parent_class)->dispose (object);
}

static void
rc_bid_status_dialog_finalize (GObject *object)
{
  RcBidStatusDialog *self = RC_BID_STATUS_DIALOG (object);

  g_clear_pointer (&self->last_on, g_free);
  g_clear_pointer (&self->reason, g_free);

  G_OBJECT_CLASS (rc_bid_status_dialog_parent_class)->finalize (object);
}

static void
rc_bid_status_dialog_class_init (RcBidStatusDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_bid_status_dialog_dispose;
  object_class->finalize = rc_bid_status_dialog_finalize;
  RC_FORM_DIALOG_CLASS (klass)->save = rc_bid_status_dialog_save;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-bid-status-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RcBidStatusDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, RcBidStatusDialog, reason_label);
  gtk_widget_class_bind_template_child (widget_class, RcBidStatusDialog, current_row);
  gtk_widget_class_bind_template_child (widget_class, RcBidStatusDialog, target_row);
  rc_view_class_bind_children (widget_class, field_names, RC_BID_STATUS_N_FIELDS,
                               G_STRUCT_OFFSET (RcBidStatusDialog, fields));
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_target_selected);

  rc_form_dialog_class_set_actions (widget_class, "status.save", "status.cancel");
}

static void
rc_bid_status_dialog_init (RcBidStatusDialog *self)
{
  self->offered = g_array_new (FALSE, FALSE, sizeof (RcBidStatus));
  self->target = NO_STATUS;
  gtk_widget_init_template (GTK_WIDGET (self));
  rc_form_dialog_set_fields (RC_FORM_DIALOG (self), self->fields, RC_BID_STATUS_N_FIELDS, FALSE);
}
