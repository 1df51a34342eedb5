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
#include "rc-bid-details.h"
#include "rc-list-page.h"

struct _RcBidDetails
{
  AdwBin           parent_instance;

  RcStore         *store;
  RcBid           *bid;             /* as stored; id 0 for a new bid */
  GArray          *programme_ids;   /* combo position -> id (0: none) */
  GArray          *consortium_ids;
  char            *errors [RC_BID_N_FIELDS];
  gboolean         valid;
  gboolean         dirty;
  gboolean         touched [RC_BID_N_FIELDS];  /* typed in since filled */
  gboolean         filling;

  /* template children */
  AdwEntryRow     *rows [RC_BID_N_FIELDS];
  GtkLabel        *error_labels [RC_BID_N_FIELDS];
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

static const char *row_names [RC_BID_N_FIELDS] = {
  "title_row", "funder_row", "scheme_row", "deadline_row", "decision_due_row", "trainees_row",
};
static const char *error_names [RC_BID_N_FIELDS] = {
  "title_error", "funder_error", "scheme_error", "deadline_error", "decision_due_error", "trainees_error",
};

static char *
field_text (RcBidDetails *self,
            RcBidField   field)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rows [field]))));
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
  GDate date;
  guint64 count;

  switch (field)
    {
    /* A new bid's empty fields are not scolded before they are typed in. */
    case RC_BID_FIELD_TITLE:
      if (*text == '\0')
        return g_strdup (self->touched [field] || self->bid->id != 0 ? _("A bid needs a title") : "");
      return NULL;
    case RC_BID_FIELD_FUNDER:
      if (*text == '\0')
        return g_strdup (self->touched [field] || self->bid->id != 0
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
show_error (RcBidDetails *self,
            RcBidField   field)
{
  GtkWidget *row = GTK_WIDGET (self->rows [field]);
  GtkWidget *label = GTK_WIDGET (self->error_labels [field]);
  const char *message = self->errors [field];
  gboolean shown = message != NULL && *message != '\0';

  gtk_label_set_text (GTK_LABEL (label), shown ? message : "");
  gtk_widget_set_visible (gtk_widget_get_parent (label), shown);
  if (shown)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else
    {
      gtk_widget_remove_css_class (row, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
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
  rc_list_page_set_write_action (GTK_WIDGET (self), "details.save",
                                 self->bid != NULL && self->store != NULL && self->valid
                                 && (self->dirty || self->bid->id == 0));
}

static void
validate (RcBidDetails *self)
{
  gboolean valid = adw_combo_row_get_selected (self->consortium_row) < self->consortium_ids->len;
  GDate deadline;

  g_date_clear (&deadline, 1);
  for (guint i = 0; i < RC_BID_N_FIELDS; i++)
    {
      g_free (self->errors [i]);
      self->errors [i] = check_field (self, i, &deadline);
      valid &= self->errors [i] == NULL;
      show_error (self, i);
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
on_row_changed (GtkEditable  *editable,
                RcBidDetails *self)
{
  for (guint i = 0; i < RC_BID_N_FIELDS; i++)
    if (editable == GTK_EDITABLE (self->rows [i]) && !self->filling)
      self->touched [i] = TRUE;

  on_field_changed (self);
}

static void
fill_combo (AdwComboRow *row,
            GArray      *ids,
            const char  *none_label,
            GListModel  *items,
            gint64       chosen)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint position = 0;
  gint64 none = 0;

  g_array_set_size (ids, 0);
  if (none_label != NULL)
    {
      gtk_string_list_append (labels, none_label);
      g_array_append_val (ids, none);
    }

  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      gboolean programme = RC_IS_PROGRAMME (item);
      gint64 id = programme ? RC_PROGRAMME (item)->id : RC_CONSORTIUM (item)->id;

      gtk_string_list_append (labels, programme ? RC_PROGRAMME (item)->name : RC_CONSORTIUM (item)->name);
      g_array_append_val (ids, id);
      if (id == chosen)
        position = ids->len - 1;
    }

  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (row, ids->len > 0 ? position : GTK_INVALID_LIST_POSITION);
}

/* Under the consortium: its members as they stood on the bid's date,
 * which the bid's workbook lists too. */
static void
show_members (RcBidDetails *self)
{
  guint position = adw_combo_row_get_selected (self->consortium_row);
  g_autoptr(RcBid) bid = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *list = NULL;
  g_autofree char *subtitle = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->bid == NULL || position >= self->consortium_ids->len)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->consortium_row),
                                   self->consortium_ids->len == 0
                                   ? _("None yet: add one on the Councils page first") : "");
      return;
    }

  bid = rc_bid_copy (self->bid);
  bid->consortium_id = g_array_index (self->consortium_ids, gint64, position);
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

const char *
rc_bid_details_get_consortium_text (RcBidDetails *self)
{
  g_return_val_if_fail (RC_IS_BID_DETAILS (self), NULL);

  return adw_action_row_get_subtitle (ADW_ACTION_ROW (self->consortium_row));
}

static void
fill_fields (RcBidDetails *self)
{
  RcBid *bid = self->bid;
  g_autoptr(GListModel) programmes = rc_store_list_programmes (self->store, NULL);
  g_autoptr(GListModel) consortia = rc_store_list_consortia (self->store, NULL);
  g_autofree char *trainees = bid->id != 0 || bid->trainees_planned != 0
                              ? g_strdup_printf ("%" G_GINT64_FORMAT, bid->trainees_planned) : g_strdup ("");
  const char *texts [RC_BID_N_FIELDS] = {
    bid->title, bid->funder, bid->scheme, bid->deadline_on, bid->decision_due_on, trainees,
  };

  self->filling = TRUE;
  for (guint i = 0; i < RC_BID_N_FIELDS; i++)
    gtk_editable_set_text (GTK_EDITABLE (self->rows [i]), texts [i] != NULL ? texts [i] : "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), bid->notes != NULL ? bid->notes : "", -1);
  fill_combo (self->programme_row, self->programme_ids, _("None"), programmes, bid->programme_id);
  fill_combo (self->consortium_row, self->consortium_ids, NULL, consortia, bid->consortium_id);
  /* A bid is for a consortium: without one it cannot be saved, and says
   * why; with one, who was in it on the bid's date. */
  show_members (self);
  self->filling = FALSE;

  memset (self->touched, 0, sizeof self->touched);
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
    self->touched [i] = TRUE;
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
  bid->programme_id = g_array_index (self->programme_ids, gint64,
                                     adw_combo_row_get_selected (self->programme_row));
  bid->consortium_id = g_array_index (self->consortium_ids, gint64,
                                      adw_combo_row_get_selected (self->consortium_row));

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

  gtk_editable_set_text (GTK_EDITABLE (self->rows [field]), text != NULL ? text : "");
}

const char *
rc_bid_details_get_field_error (RcBidDetails *self,
                                RcBidField    field)
{
  g_return_val_if_fail (RC_IS_BID_DETAILS (self), NULL);
  g_return_val_if_fail (field < RC_BID_N_FIELDS, NULL);

  /* An empty message marks a field not filled in yet, but not wrong. */
  return self->errors [field] != NULL && *self->errors [field] != '\0' ? self->errors [field] : NULL;
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
  g_clear_pointer (&self->programme_ids, g_array_unref);
  g_clear_pointer (&self->consortium_ids, g_array_unref);
  for (guint i = 0; i < RC_BID_N_FIELDS; i++)
    g_clear_pointer (&self->errors [i], g_free);

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
  for (guint i = 0; i < RC_BID_N_FIELDS; i++)
    {
      gtk_widget_class_bind_template_child_full (widget_class, row_names [i], FALSE,
                                                 G_STRUCT_OFFSET (RcBidDetails, rows) + i * sizeof (gpointer));
      gtk_widget_class_bind_template_child_full (widget_class, error_names [i], FALSE,
                                                 G_STRUCT_OFFSET (RcBidDetails, error_labels) + i * sizeof (gpointer));
    }
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_changed);

  gtk_widget_class_install_action (widget_class, "details.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "details.save", NULL);
}

static void
rc_bid_details_init (RcBidDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->programme_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->consortium_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->notes_view), "changed",
                            G_CALLBACK (on_field_changed), self);
  g_signal_connect_swapped (self->consortium_row, "notify::selected", G_CALLBACK (show_members), self);
  update_actions (self);
}
