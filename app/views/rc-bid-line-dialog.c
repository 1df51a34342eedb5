/* rc-bid-line-dialog.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "model/rc-money.h"
#include "model/rc-record-rules.h"
#include "rc-bid-line-dialog.h"
#include "rc-combo-ids.h"
#include "rc-view-util.h"

#define MINUS_SIGN "\xe2\x88\x92" /* U+2212 */
/* The limits of the bid_line table, so the store never has to refuse. */
#define MAX_QUANTITY100  G_GINT64_CONSTANT (100000000)
#define MAX_UNIT_PENCE   G_GINT64_CONSTANT (1000000000)

struct _RcBidLineDialog
{
  RcFormDialog     parent_instance;

  RcBidLine       *line;       /* the line as typed, NULL while invalid */
  RcBidLine       *original;   /* what the dialog started from */
  gboolean         filling;

  /* template children */
  AdwWindowTitle  *window_title;
  GtkWidget       *apply_button;
  AdwComboRow     *council_row;
  AdwComboRow     *category_row;
  RcFieldRow      *fields [RC_BID_LINE_N_FIELDS];
  GtkLabel        *total_label;
};

G_DEFINE_FINAL_TYPE (RcBidLineDialog, rc_bid_line_dialog, RC_TYPE_FORM_DIALOG)

enum { CHANGED, APPLIED, N_SIGNALS };
static guint signals [N_SIGNALS];

static const char *field_names [RC_BID_LINE_N_FIELDS] = {
  "description_field", "quantity_field", "unit_cost_field",
};

static gboolean
starts_negative (const char *text)
{
  return text[0] == '-' || g_str_has_prefix (text, MINUS_SIGN);
}

/* A quantity is a count or an FTE to two places: 8 bursaries, 0.5 FTE of
 * backfill, 1.17 years of a coordinator. */
static char *
check_quantity (const char *text,
                gboolean    edited,
                gint64     *out)
{
  g_autofree char *s = g_strstrip (g_strdup (text));
  const char *dot;

  if (*s == '\0')
    return edited ? g_strdup (_("Enter a quantity, such as 8 or 0.5")) : g_strdup ("");
  if (starts_negative (s))
    return g_strdup (_("A quantity cannot be negative"));

  if (rc_fte_parse (s, out, NULL))
    {
      if (*out > MAX_QUANTITY100)
        return g_strdup (_("A quantity cannot be more than 1,000,000"));
      return NULL;
    }

  dot = strrchr (s, '.');
  if (dot != NULL && strlen (dot + 1) > 2 && dot[1 + strspn (dot + 1, "0123456789")] == '\0')
    return g_strdup (_("At most two decimal places, such as 0.25"));
  if (s[strspn (s, "0123456789.,")] == '\0' && strlen (s) > 12)
    return g_strdup (_("A quantity cannot be more than 1,000,000"));

  return g_strdup (_("Enter a quantity, such as 8 or 0.5"));
}

static char *
check_unit_cost (const char *text,
                 gboolean    edited,
                 gint64     *out)
{
  g_autofree char *s = g_strstrip (g_strdup (text));
  g_autoptr(GError) error = NULL;

  if (*s == '\0' && !edited)
    return g_strdup ("");
  if (!rc_money_parse (s, out, &error))
    return g_strdup (error->message);
  if (*out > MAX_UNIT_PENCE)
    return g_strdup (_("A unit cost cannot be more than £10,000,000"));

  return NULL;
}

/* Shows what a check of @field found (@message, taken; NULL when the
 * field is fine): an empty message marks a field that is not valid yet
 * but not wrong, and shows nothing. Returns whether the field is valid. */
static gboolean
take_check (RcBidLineDialog *self,
            RcBidLineField   field,
            char            *message)
{
  g_autofree char *owned = message;

  rc_field_row_show (self->fields [field], message != NULL && *message != '\0' ? message : NULL, NULL);

  return message == NULL;
}

static const char *
field_text (RcBidLineDialog *self,
            RcBidLineField   field)
{
  return rc_field_row_get_text (self->fields [field]);
}

static void
validate (RcBidLineDialog *self)
{
  gint64 quantity100 = 0;
  gint64 unit_pence = 0;
  gint64 total = 0;
  guint council = adw_combo_row_get_selected (self->council_row);
  guint category = adw_combo_row_get_selected (self->category_row);
  g_autofree char *description = g_strstrip (g_strdup (field_text (self, RC_BID_LINE_FIELD_DESCRIPTION)));
  gboolean valid = TRUE;

  /* The description is only cut to its length, which it says. */
  take_check (self, RC_BID_LINE_FIELD_DESCRIPTION, NULL);
  valid &= take_check (self, RC_BID_LINE_FIELD_QUANTITY,
                       check_quantity (field_text (self, RC_BID_LINE_FIELD_QUANTITY),
                                       rc_field_row_get_edited (self->fields [RC_BID_LINE_FIELD_QUANTITY]),
                                       &quantity100));
  valid &= take_check (self, RC_BID_LINE_FIELD_UNIT_COST,
                       check_unit_cost (field_text (self, RC_BID_LINE_FIELD_UNIT_COST),
                                        rc_field_row_get_edited (self->fields [RC_BID_LINE_FIELD_UNIT_COST]),
                                        &unit_pence));

  valid = valid
          && council != GTK_INVALID_LIST_POSITION
          && category < RC_N_COST_CATEGORIES
          && rc_bid_line_total (quantity100, unit_pence, &total, NULL);

  g_clear_object (&self->line);
  if (valid)
    {
      GListModel *names = adw_combo_row_get_model (self->council_row);
      g_autoptr(GtkStringObject) name = g_list_model_get_item (names, council);

      self->line = rc_bid_line_copy (self->original);
      self->line->council_id = rc_combo_ids_get_chosen (self->council_row, 0);
      g_free (self->line->council_name);
      self->line->council_name = self->line->council_id != 0
                                 ? g_strdup (gtk_string_object_get_string (name)) : NULL;
      g_free (self->line->category);
      self->line->category = g_strdup (rc_cost_category_to_key (category));
      g_free (self->line->description);
      self->line->description = *description != '\0' ? g_steal_pointer (&description) : NULL;
      self->line->quantity100 = quantity100;
      self->line->unit_cost_pence = unit_pence;

      /* The rules the store applies, so that it never has to refuse. */
      {
        g_autoptr(GPtrArray) findings = rc_rules_check_bid_line (self->line);

        if (rc_findings_has (findings, RC_FINDING_ERROR))
          {
            valid = FALSE;
            g_clear_object (&self->line);
          }
      }
    }

  if (valid)
    {
      g_autofree char *text = rc_money_format (total);
      gtk_label_set_text (self->total_label, text);
    }
  else
    gtk_label_set_text (self->total_label, "—");

  rc_form_dialog_set_valid (RC_FORM_DIALOG (self), valid);
  g_signal_emit (self, signals [CHANGED], 0, self->line);
}

static void
on_field_changed (RcFieldRow      *field,
                  RcBidLineDialog *self)
{
  if (!self->filling)
    validate (self);
}

static void
on_choice_changed (RcBidLineDialog *self)
{
  if (!self->filling)
    validate (self);
}

static void
rc_bid_line_dialog_apply (RcFormDialog *dialog)
{
  RcBidLineDialog *self = RC_BID_LINE_DIALOG (dialog);

  if (self->line == NULL)
    return;

  g_object_ref (self);
  g_signal_emit (self, signals [APPLIED], 0, self->line);
  gtk_window_close (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
fill_councils (RcBidLineDialog *self,
               GListModel      *councils)
{
  RcComboIds *ids = rc_combo_ids_new ();

  rc_combo_ids_add (ids, 0, _("Whole consortium"));
  for (guint i = 0; councils != NULL && i < g_list_model_get_n_items (councils); i++)
    {
      g_autoptr(RcCouncil) council = g_list_model_get_item (councils, i);

      rc_combo_ids_add (ids, council->id, council->name);
    }

  /* A line for a council that has since left the consortium keeps it. */
  if (self->original->council_id != 0)
    rc_combo_ids_add (ids, self->original->council_id, self->original->council_name != NULL
                                                       ? self->original->council_name : _("Unknown council"));
  rc_combo_ids_apply (ids, self->council_row, self->original->council_id);
}

static void
fill_fields (RcBidLineDialog *self)
{
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);
  RcBidLine *line = self->original;
  RcCostCategory category = RC_COST_BURSARIES;
  g_autofree char *quantity = rc_fte_format (line->quantity100);
  g_autofree char *unit_cost = NULL;

  for (guint i = 0; i < RC_N_COST_CATEGORIES; i++)
    gtk_string_list_append (categories, rc_cost_category_get_label (i));
  adw_combo_row_set_model (self->category_row, G_LIST_MODEL (categories));
  if (line->category != NULL)
    rc_cost_category_from_key (line->category, &category);
  adw_combo_row_set_selected (self->category_row, category);

  /* A new line has no cost yet: an empty field, not "£0.00". */
  if (line->id != 0 || line->unit_cost_pence != 0)
    unit_cost = g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", line->unit_cost_pence / 100,
                                 (int) (line->unit_cost_pence % 100));

  rc_field_row_fill (self->fields [RC_BID_LINE_FIELD_DESCRIPTION], line->description);
  rc_field_row_fill (self->fields [RC_BID_LINE_FIELD_QUANTITY], quantity);
  rc_field_row_fill (self->fields [RC_BID_LINE_FIELD_UNIT_COST], unit_cost);
}

GtkWidget *
rc_bid_line_dialog_new (GtkWindow  *parent,
                        GListModel *councils,
                        RcBidLine  *line)
{
  RcBidLineDialog *self;
  const char *title;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (councils == NULL || G_IS_LIST_MODEL (councils), NULL);
  g_return_val_if_fail (line == NULL || RC_IS_BID_LINE (line), NULL);

  self = g_object_new (RC_TYPE_BID_LINE_DIALOG, "transient-for", parent, NULL);
  if (line != NULL)
    self->original = rc_bid_line_copy (line);
  else
    {
      self->original = rc_bid_line_new ();
      self->original->quantity100 = 100;
    }

  title = line != NULL ? _("Edit Budget Line") : _("New Budget Line");
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  gtk_button_set_label (GTK_BUTTON (self->apply_button), line != NULL ? _("_Apply") : _("_Add"));

  self->filling = TRUE;
  fill_councils (self, councils);
  fill_fields (self);
  self->filling = FALSE;
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->fields [line != NULL ? RC_BID_LINE_FIELD_QUANTITY
                                                                : RC_BID_LINE_FIELD_DESCRIPTION]));

  rc_form_dialog_guard (RC_FORM_DIALOG (self), "applied");

  return GTK_WIDGET (self);
}

void
rc_bid_line_dialog_set_council (RcBidLineDialog *self,
                                gint64           council_id)
{
  g_return_if_fail (RC_IS_BID_LINE_DIALOG (self));

  rc_combo_ids_choose (self->council_row, council_id);
}

void
rc_bid_line_dialog_set_category (RcBidLineDialog *self,
                                 RcCostCategory   category)
{
  g_return_if_fail (RC_IS_BID_LINE_DIALOG (self));
  g_return_if_fail ((guint) category < RC_N_COST_CATEGORIES);

  adw_combo_row_set_selected (self->category_row, category);
}

gboolean
rc_bid_line_dialog_can_apply (RcBidLineDialog *self)
{
  g_return_val_if_fail (RC_IS_BID_LINE_DIALOG (self), FALSE);

  return self->line != NULL;
}

RcBidLine *
rc_bid_line_dialog_get_line (RcBidLineDialog *self)
{
  g_return_val_if_fail (RC_IS_BID_LINE_DIALOG (self), NULL);

  return self->line;
}

static void
rc_bid_line_dialog_dispose (GObject *object)
{
  RcBidLineDialog *self = RC_BID_LINE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_BID_LINE_DIALOG);
  g_clear_object (&self->line);
  g_clear_object (&self->original);

  G_OBJECT_CLASS (rc_bid_line_dialog_parent_class)->dispose (object);
}

static void
rc_bid_line_dialog_class_init (RcBidLineDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_bid_line_dialog_dispose;
  RC_FORM_DIALOG_CLASS (klass)->save = rc_bid_line_dialog_apply;

  /**
   * RcBidLineDialog::changed:
   * @line: (nullable): the line as typed, or %NULL while a field is invalid
   */
  signals [CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RC_TYPE_BID_LINE);
  /**
   * RcBidLineDialog::applied:
   * @line: the line to put in the budget; the dialog closes next
   */
  signals [APPLIED] =
    g_signal_new ("applied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RC_TYPE_BID_LINE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-bid-line-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RcBidLineDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, RcBidLineDialog, apply_button);
  gtk_widget_class_bind_template_child (widget_class, RcBidLineDialog, council_row);
  gtk_widget_class_bind_template_child (widget_class, RcBidLineDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, RcBidLineDialog, total_label);
  rc_view_class_bind_children (widget_class, field_names, RC_BID_LINE_N_FIELDS,
                               G_STRUCT_OFFSET (RcBidLineDialog, fields));
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed);

  rc_form_dialog_class_set_actions (widget_class, "line.apply", "line.cancel");
}

static void
rc_bid_line_dialog_init (RcBidLineDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rc_form_dialog_set_fields (RC_FORM_DIALOG (self), self->fields, RC_BID_LINE_N_FIELDS, TRUE);
  rc_field_row_set_max_length (self->fields [RC_BID_LINE_FIELD_DESCRIPTION], RC_LIMIT_DESCRIPTION);
}
