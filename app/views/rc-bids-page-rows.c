/* rc-bids-page-rows.c: a row of the bids list
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rc-deadline.h"
#include "model/rc-money.h"
#include "rc-bid-editor.h"
#include "rc-bids-page-private.h"
#include "rc-view-util.h"

/* Rows are built here rather than from a template: a handful of labels,
 * found again by name when a row is bound. */
static GtkWidget *
add_label (GtkWidget  *row,
           GtkWidget  *box,
           const char *name,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);
  g_object_set_data (G_OBJECT (row), name, label);

  return label;
}

void
rc_bids_page_setup_row (GtkSignalListItemFactory *factory,
                        GtkListItem              *item)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *label;

  gtk_widget_set_margin_top (row, 6);
  gtk_widget_set_margin_bottom (row, 6);
  label = add_label (row, row, "title", "heading");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  add_label (row, row, "funder", "caption");
  label = add_label (row, row, "consortium", "caption");
  gtk_widget_add_css_class (label, "dim-label");

  gtk_widget_set_margin_top (line, 2);
  add_label (row, line, "status", "caption-heading");
  gtk_box_append (GTK_BOX (line), icon);
  g_object_set_data (G_OBJECT (row), "deadline-icon", icon);
  add_label (row, line, "deadline", "caption");
  gtk_box_append (GTK_BOX (row), line);

  label = add_label (row, row, "amounts", "caption");
  gtk_widget_add_css_class (label, "numeric");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_NONE);
  gtk_list_item_set_child (item, row);
}

static void
show_deadline (RcBidsPage *self,
               GtkWidget  *row,
               RcBid      *bid)
{
  static const struct {
    const char *key;
    const char *icon;
    const char *colour;
  } states[] = {
    [RC_DEADLINE_NONE] = { "none", NULL, "dim-label" },
    [RC_DEADLINE_OPEN] = { "open", "x-office-calendar-symbolic", NULL },
    [RC_DEADLINE_SOON] = { "soon", "alarm-symbolic", "warning" },
    [RC_DEADLINE_TODAY] = { "today", "alarm-symbolic", "warning" },
    [RC_DEADLINE_OVERDUE] = { "overdue", "dialog-warning-symbolic", "error" },
    [RC_DEADLINE_SUBMITTED] = { "submitted", "document-send-symbolic", "dim-label" },
    [RC_DEADLINE_DECIDED] = { "decided", "object-select-symbolic", "dim-label" },
  };
  GtkWidget *label = g_object_get_data (G_OBJECT (row), "deadline");
  GtkWidget *icon = g_object_get_data (G_OBJECT (row), "deadline-icon");
  RcBidStatus status = RC_BID_STATUS_DRAFT;
  RcDeadlineState state;
  g_autofree char *text = NULL;
  g_autofree char *state_class = NULL;
  g_autofree char *tooltip = NULL;
  const char *classes[5] = { "caption", "bid-deadline", NULL, NULL, NULL };

  rc_bid_status_from_key (bid->status, &status);
  text = rc_bid_deadline_describe (status, bid->deadline_on, rc_bids_page_get_today (self), &state);
  state_class = g_strdup_printf ("bid-deadline-%s", states[state].key);
  classes[2] = state_class;
  classes[3] = states[state].colour;
  gtk_widget_set_css_classes (label, classes);
  gtk_label_set_text (GTK_LABEL (label), text);

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), states[state].icon);
  gtk_widget_set_visible (icon, states[state].icon != NULL);
  gtk_widget_set_css_classes (icon, (const char *[]) { states[state].colour, NULL });

  if (bid->deadline_on != NULL)
    tooltip = g_strdup_printf (_("Deadline %s"), bid->deadline_on);
  rc_view_set_tooltip (label, tooltip);
}

void
rc_bids_page_bind_row (GtkSignalListItemFactory *factory,
                       GtkListItem              *item,
                       RcBidsPage               *self)
{
  RcBid *bid = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  g_autofree char *funder = NULL;
  g_autofree char *requested = rc_money_format (bid->requested_pence);
  g_autofree char *amounts = NULL;

  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "title"), bid->title);
  funder = bid->scheme != NULL ? g_strdup_printf ("%s · %s", bid->funder, bid->scheme) : g_strdup (bid->funder);
  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "funder"), funder);
  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "consortium"), bid->consortium_name);
  rc_bid_editor_style_status_label (g_object_get_data (G_OBJECT (row), "status"), bid->status);
  show_deadline (self, row, bid);

  if (bid->awarded_pence.present)
    {
      g_autofree char *awarded = rc_money_format (bid->awarded_pence.value);
      /* Translators: amounts of money */
      amounts = g_strdup_printf (_("Requested %s · Awarded %s"), requested, awarded);
    }
  else
    amounts = g_strdup_printf (_("Requested %s"), requested);
  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "amounts"), amounts);
}
