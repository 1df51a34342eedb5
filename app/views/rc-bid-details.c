/* rc-bid-details.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "export/rc-bid-consortium.h"
#include "model/rc-money.h"
#include "rc-view-util.h"
#include "rc-bid-details.h"
#include "rc-combo-ids.h"
#include "rc-field-row.h"
#include "rc-window.h"
#include "rc-write-actions.h"

struct _RcBidDetails
{
  AdwBin           parent_instance;

  RcStore         *store;
  RcBid           *bid;             /* as stored; id 0 for a new bid */
  gboolean         valid;
  gboolean         dirty;
  gboolean         filling;

  /* template children */
  RcFieldRow      *fields [RC_BID_N_FIELDS];
  AdwComboRow     *programme_row;
  AdwComboRow     *consortium_row;
  GtkTextView     *notes_view;
  GtkLabel        *save_error_label;
};

G_DEFINE_FINAL_TYPE (RcBidDetails, rc_bid_details, ADW_TYPE_BIN)

enum { SAVED, N_SIGNALS };
static guint signals [N_SIGNALS];

enum { PROP_0, PROP_DIRTY, N_PROPS };
static GParamSpec *properties [N_PROPS];

static const char *field_names [RC_BID_N_FIELDS] = {
  "title_field", "funder_field", "scheme_field", "deadline_field", "decision_due_field", "trainees_field",
};

static char *
field_text (RcBidDetails *self,
            RcBidField   field)
{
  return g_strstrip (g_strdup (rc_field_row_get_text (self->fields [field])));
}

static char *
notes_text (RcBidDetails *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static char *
check_date (const char *text,
            GDate      *date)
{
  g_autoptr(GError) error = NULL;

  if (*text == '\0' || rc_date_parse (text, date, &error))
    return NULL;

  return g_strdup (error->message);
}

static char *
check_field (RcBidDetails *self,
             RcBidField   field,
             GDate       *deadline)
{
  g_autofree char *text = field_text (self, field);
  gboolean edited = rc_field_row_get_edited (self->fields [field]);
  GDate date;
  guint64 count;

  switch (field)
    {
    /* A new bid's empty fields are not scolded before they are typed in. */
    case RC_BID_FIELD_TITLE:
      if (*text == '\0')
        return g_strdup (edited || self->bid->id != 0 ? _("A bid needs a title") : "");
      return NULL;
    case RC_BID_FIELD_FUNDER:
      if (*text == '\0')
        return g_strdup (edited || self->bid->id != 0
                         ? _("A bid needs a funder, such as the Department for Education") : "");
      return NULL;
    case RC_BID_FIELD_DEADLINE:
      g_date_clear (deadline, 1);
      return check_date (text, deadline);
    case RC_BID_FIELD_DECISION_DUE:
      g_date_clear (&date, 1);
      if (*text != '\0' && rc_date_parse (text, &date, NULL)
          && g_date_valid (deadline) && g_date_compare (&date, deadline) < 0)
        return g_strdup (_("The decision cannot be due before the deadline"));
      return check_date (text, &date);
    case RC_BID_FIELD_TRAINEES:
      if (*text == '-' || g_str_has_prefix (text, "\xe2\x88\x92"))
        return g_strdup (_("Trainees planned cannot be negative"));
      if (*text != '\0' && !g_ascii_string_to_unsigned (text, 10, 0, 100000, &count, NULL))
        return g_strdup (_("Enter a whole number of trainees, such as 28"));
      return NULL;
    case RC_BID_FIELD_SCHEME:
    case RC_BID_N_FIELDS:
    default:
      return NULL;
    }
}

static void
set_dirty (RcBidDetails *self,
           gboolean      dirty)
{
  if (self->dirty == dirty)
    return;

  self->dirty = dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DIRTY]);
}

static void
update_actions (RcBidDetails *self)
{
  rc_write_action_set_enabled (GTK_WIDGET (self), "details.save",
                               self->bid != NULL && self->store != NULL && self->valid
                               && (self->dirty || self->bid->id == 0));
}

static void
validate (RcBidDetails *self)
{
  gboolean valid = rc_combo_ids_get_chosen (self->consortium_row, 0) != 0;
  GDate deadline;

  g_date_clear (&deadline, 1);
  /* An empty message marks a field not filled in yet, but not wrong. */
  for (guint i = 0; i < RC_BID_N_FIELDS; i++)
    {
      g_autofree char *message = check_field (self, i, &deadline);

      valid &= message == NULL;
      rc_field_row_show (self->fields [i], message != NULL && *message != '\0' ? message : NULL, NULL);
    }

  self->valid = valid;
  update_actions (self);
}

static void
on_field_changed (RcBidDetails *self)
{
  if (self->filling)
    return;

  set_dirty (self, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->save_error_label), FALSE);
  validate (self);
}

static void
on_row_changed (RcFieldRow   *field,
                RcBidDetails *self)
{
  on_field_changed (self);
}

static void
fill_combo (AdwComboRow *row,
            const char  *none_label,
            GListModel  *items,
            gint64       chosen)
{
  RcComboIds *ids = rc_combo_ids_new ();

  if (none_label != NULL)
    rc_combo_ids_add (ids, 0, none_label);
  rc_combo_ids_add_all (ids, items);
  rc_combo_ids_apply (ids, row, chosen);
}

/* Under the consortium: its members as they stood on the bid's date,
 * which the bid's workbook lists too. */
static void
show_members (RcBidDetails *self)
{
  gint64 consortium = rc_combo_ids_get_chosen (self->consortium_row, 0);
  GListModel *consortia = adw_combo_row_get_model (self->consortium_row);
  g_autoptr(RcBid) bid = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autofree char *today = rc_date_today_iso ();
  g_autofree char *list = NULL;
  g_autofree char *subtitle = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->bid == NULL || consortium == 0)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->consortium_row),
                                   consortia == NULL || g_list_model_get_n_items (consortia) == 0
                                   ? _("None yet: add one on the Councils page first") : "");
      return;
    }

  bid = rc_bid_copy (self->bid);
  bid->consortium_id = consortium;
  members = rc_bid_consortium_members (self->store, bid, today, &error);
  if (members == NULL)
    {
      g_warning ("Could not read the consortium’s members: %s", error->message);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->consortium_row), "");
      return;
    }
  list = rc_bid_consortium_describe (members, rc_bid_consortium_date (bid, today));
  /* Translators: the bid's date, then its consortium's members on that day */
  subtitle = g_strdup_printf (_("On %s. %s"), rc_bid_consortium_date (bid, today), list);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->consortium_row), subtitle);
}

static void
fill_fields (RcBidDetails *self)
{
  RcBid *bid = self->bid;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) programmes = rc_store_list_programmes (self->store, &error);
  g_autoptr(GListModel) consortia = programmes != NULL ? rc_store_list_consortia (self->store, &error) : NULL;
  g_autofree char *trainees = bid->id != 0 || bid->trainees_planned != 0
                              ? g_strdup_printf ("%" G_GINT64_FORMAT, bid->trainees_planned) : g_strdup ("");
  const char *texts [RC_BID_N_FIELDS] = {
    bid->title, bid->funder, bid->scheme, bid->deadline_on, bid->decision_due_on, trainees,
  };

  if (consortia == NULL)
    rc_window_report_error (GTK_WIDGET (self), error);

  self->filling = TRUE;
  for (guint i = 0; i < RC_BID_N_FIELDS; i++)
    {
      rc_field_row_fill (self->fields [i], texts [i]);
      rc_field_row_set_edited (self->fields [i], FALSE);
    }
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), bid->notes != NULL ? bid->notes : "", -1);
  fill_combo (self->programme_row, _("None"), programmes, bid->programme_id);
  fill_combo (self->consortium_row, NULL, consortia, bid->consortium_id);
  /* A bid is for a consortium: without one it cannot be saved, and says
   * why; with one, who was in it on the bid's date. */
  show_members (self);
  self->filling = FALSE;

  set_dirty (self, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->save_error_label), FALSE);
  validate (self);
}

/* Replaces *@field with @text, or with NULL when @text is empty. */
static void
take_text (char **field,
           char  *text)
{
  g_free (*field);
  *field = text;
  if (*text == '\0')
    g_clear_pointer (field, g_free);
}

/* Dates are stored as the model writes them, whatever spaces were typed. */
static void
take_date (char **field,
           char  *text)
{
  GDate date;

  g_free (*field);
  *field = rc_date_parse (text, &date, NULL) ? rc_date_format_iso (&date) : NULL;
  g_free (text);
}

gboolean
rc_bid_details_save (RcBidDetails  *self,
                     GError       **error)
{
  g_autoptr(RcBid) bid = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *trainees = NULL;
  gboolean created;

  g_return_val_if_fail (RC_IS_BID_DETAILS (self), FALSE);

  /* What a user who never typed in a field is told only now. */
  for (guint i = 0; i < RC_BID_N_FIELDS; i++)
    rc_field_row_set_edited (self->fields [i], TRUE);
  validate (self);
  if (self->bid == NULL || self->store == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is no bid to save"));
      return FALSE;
    }
  if (!self->valid)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The details have mistakes: correct the fields marked in red"));
      return FALSE;
    }

  bid = rc_bid_copy (self->bid);
  created = bid->id == 0;
  take_text (&bid->title, field_text (self, RC_BID_FIELD_TITLE));
  take_text (&bid->funder, field_text (self, RC_BID_FIELD_FUNDER));
  take_text (&bid->scheme, field_text (self, RC_BID_FIELD_SCHEME));
  take_date (&bid->deadline_on, field_text (self, RC_BID_FIELD_DEADLINE));
  take_date (&bid->decision_due_on, field_text (self, RC_BID_FIELD_DECISION_DUE));
  take_text (&bid->notes, notes_text (self));
  trainees = field_text (self, RC_BID_FIELD_TRAINEES);
  bid->trainees_planned = g_ascii_strtoll (trainees, NULL, 10);
  bid->programme_id = rc_combo_ids_get_chosen (self->programme_row, 0);
  bid->consortium_id = rc_combo_ids_get_chosen (self->consortium_row, 0);

  if (!rc_store_save_bid (self->store, bid, &local_error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not save the bid: %s"), local_error->message);

      gtk_label_set_text (self->save_error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error_label), TRUE);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* The store's "changed" may already have shown it; either way the
   * fields now match what is stored. */
  g_clear_object (&self->bid);
  rc_bid_details_show_bid (self, bid);
  g_signal_emit (self, signals [SAVED], 0, bid, created);

  return TRUE;
}

gboolean
rc_bid_details_save_as_new (RcBidDetails  *self,
                            GError       **error)
{
  g_return_val_if_fail (RC_IS_BID_DETAILS (self), FALSE);

  /* What is typed goes into a new bid, a draft with a history of its own;
   * a refusal leaves it so, and the details' Save creates it later. */
  if (self->bid != NULL && self->bid->id != 0)
    {
      g_autoptr(RcBid) fresh = rc_bid_copy (self->bid);

      fresh->id = 0;
      g_free (fresh->status);
      fresh->status = g_strdup (rc_bid_status_to_key (RC_BID_STATUS_DRAFT));
      fresh->awarded_pence = RC_FIGURE_MISSING;
      g_set_object (&self->bid, fresh);
    }

  return rc_bid_details_save (self, error);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  /* A refusal is shown beside the fields. */
  rc_bid_details_save (RC_BID_DETAILS (widget), NULL);
}

void
rc_bid_details_revert (RcBidDetails *self)
{
  g_return_if_fail (RC_IS_BID_DETAILS (self));

  set_dirty (self, FALSE);
  if (self->bid != NULL && self->store != NULL)
    fill_fields (self);
  update_actions (self);
}

void
rc_bid_details_show_bid (RcBidDetails *self,
                         RcBid        *bid)
{
  gboolean same;

  g_return_if_fail (RC_IS_BID_DETAILS (self));
  g_return_if_fail (bid == NULL || RC_IS_BID (bid));

  same = bid != NULL && self->bid != NULL && bid->id == self->bid->id;
  g_clear_object (&self->bid);
  if (bid != NULL)
    self->bid = rc_bid_copy (bid);

  /* Typing in progress survives a change made elsewhere. */
  if (same && self->dirty)
    return;

  set_dirty (self, FALSE);
  if (self->bid != NULL && self->store != NULL)
    fill_fields (self);
  update_actions (self);
}

void
rc_bid_details_set_store (RcBidDetails *self,
                          RcStore      *store)
{
  g_return_if_fail (RC_IS_BID_DETAILS (self));

  g_set_object (&self->store, store);
  rc_bid_details_show_bid (self, NULL);
}

gboolean
rc_bid_details_is_dirty (RcBidDetails *self)
{
  g_return_val_if_fail (RC_IS_BID_DETAILS (self), FALSE);

  return self->dirty;
}

void
rc_bid_details_set_field (RcBidDetails *self,
                          RcBidField    field,
                          const char   *text)
{
  g_return_if_fail (RC_IS_BID_DETAILS (self));
  g_return_if_fail (field < RC_BID_N_FIELDS);

  rc_field_row_set_text (self->fields [field], text);
}

const char *
rc_bid_details_get_field_error (RcBidDetails *self,
                                RcBidField    field)
{
  g_return_val_if_fail (RC_IS_BID_DETAILS (self), NULL);
  g_return_val_if_fail (field < RC_BID_N_FIELDS, NULL);

  return rc_field_row_get_error (self->fields [field]);
}

gboolean
rc_bid_details_can_save (RcBidDetails *self)
{
  g_return_val_if_fail (RC_IS_BID_DETAILS (self), FALSE);

  return self->bid != NULL && self->valid;
}

static void
rc_bid_details_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RcBidDetails *self = RC_BID_DETAILS (object);

  switch (prop_id)
    {
    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_bid_details_dispose (GObject *object)
{
  RcBidDetails *self = RC_BID_DETAILS (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_BID_DETAILS);
  g_clear_object (&self->store);
  g_clear_object (&self->bid);

  G_OBJECT_CLASS (rc_bid_details_parent_class)->dispose (object);
}

static void
rc_bid_details_class_init (RcBidDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_bid_details_dispose;
  object_class->get_property = rc_bid_details_get_property;

  /* Whether the fields differ from the bid as stored. */
  properties [PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RcBidDetails::saved:
   * @bid: the bid as stored, with its id
   * @created: whether it was a new bid
   */
  signals [SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, RC_TYPE_BID, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-bid-details.ui");
  gtk_widget_class_bind_template_child (widget_class, RcBidDetails, programme_row);
  gtk_widget_class_bind_template_child (widget_class, RcBidDetails, consortium_row);
  gtk_widget_class_bind_template_child (widget_class, RcBidDetails, notes_view);
  gtk_widget_class_bind_template_child (widget_class, RcBidDetails, save_error_label);
  rc_view_class_bind_children (widget_class, field_names, RC_BID_N_FIELDS,
                               G_STRUCT_OFFSET (RcBidDetails, fields));
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_changed);

  gtk_widget_class_install_action (widget_class, "details.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "details.save", NULL);
}

static void
rc_bid_details_init (RcBidDetails *self)
{
  g_type_ensure (RC_TYPE_FIELD_ROW);
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (gtk_text_view_get_buffer (self->notes_view), "changed",
                            G_CALLBACK (on_field_changed), self);
  g_signal_connect_swapped (self->consortium_row, "notify::selected", G_CALLBACK (show_members), self);
  update_actions (self);
}
