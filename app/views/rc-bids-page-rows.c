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

/* Rows are built here rather than from a template: a handful of labels
 * on one grid, found again by name when a row is bound. GTK 4.8's list
 * view builds 200 rows whatever their height, and each widget costs
 * about 5 KB (docs/benchmarks.md): the funder and consortium share a
 * label, and no box holds a line. */
static GtkWidget *
add_label (GtkWidget  *row,
           const char *name,
           const char *css_class,
           int         column,
           int         line,
           int         width)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_grid_attach (GTK_GRID (row), label, column, line, width, 1);
  g_object_set_data (G_OBJECT (row), name, label);

  return label;
}

void
rc_bids_page_setup_row (GtkSignalListItemFactory *factory,
                        GtkListItem              *item)
{
  GtkWidget *row = gtk_grid_new ();
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *label;

  gtk_grid_set_row_spacing (GTK_GRID (row), 2);
  gtk_widget_set_margin_top (row, 6);
  gtk_widget_set_margin_bottom (row, 6);
  label = add_label (row, "title", "heading", 0, 0, 3);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  /* Two lines, each ellipsized on its own; the consortium dimmed as
   * dim-label dims (55 %). */
  label = add_label (row, "funder", "caption", 0, 1, 3);
  gtk_label_set_use_markup (GTK_LABEL (label), TRUE);

  label = add_label (row, "status", "caption-heading", 0, 2, 1);
  gtk_widget_set_margin_top (label, 2);
  gtk_widget_set_margin_end (label, 6);
  gtk_widget_set_margin_top (icon, 2);
  gtk_widget_set_margin_end (icon, 6);
  gtk_grid_attach (GTK_GRID (row), icon, 1, 2, 1, 1);
  g_object_set_data (G_OBJECT (row), "deadline-icon", icon);
  label = add_label (row, "deadline", "caption", 2, 2, 1);
  gtk_widget_set_margin_top (label, 2);
  gtk_widget_set_hexpand (label, TRUE);

  label = add_label (row, "amounts", "caption", 0, 3, 3);
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
  if (bid->scheme != NULL)
    funder = g_markup_printf_escaped ("%s · %s\n<span alpha=\"55%%\">%s</span>", bid->funder ? bid->funder : "",
                                      bid->scheme, bid->consortium_name ? bid->consortium_name : "");
  else
    funder = g_markup_printf_escaped ("%s\n<span alpha=\"55%%\">%s</span>", bid->funder ? bid->funder : "",
                                      bid->consortium_name ? bid->consortium_name : "");
  gtk_label_set_markup (g_object_get_data (G_OBJECT (row), "funder"), funder);
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
