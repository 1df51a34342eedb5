/* rc-bid-budget-columns.c: the columns of a bid's budget lines
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "model/rc-money.h"
#include "rc-bid-budget-columns-private.h"
#include "rc-view-util.h"

/* "1,234.56": the column's title carries the pound sign. */
static char *
pounds_text (gint64 pence)
{
  g_autofree char *text = rc_money_format (pence);

  return g_strdup (g_str_has_prefix (text, "£") ? text + strlen ("£") : text);
}

static char *
cell_council (RcBidLine *line)
{
  return g_strdup (line->council_id != 0 && line->council_name != NULL ? line->council_name
                                                                       : _("Whole consortium"));
}

static char *
cell_category (RcBidLine *line)
{
  RcCostCategory category;

  if (!rc_cost_category_from_key (line->category, &category))
    return g_strdup (line->category);

  return g_strdup (rc_cost_category_get_label (category));
}

static char *cell_description (RcBidLine *l) { return g_strdup (l->description != NULL ? l->description : ""); }
static char *cell_quantity (RcBidLine *l) { return rc_fte_format (l->quantity100); }
static char *cell_unit_cost (RcBidLine *l) { return pounds_text (l->unit_cost_pence); }

static char *
cell_total (RcBidLine *line)
{
  gint64 total;

  if (!rc_bid_line_total (line->quantity100, line->unit_cost_pence, &total, NULL))
    return g_strdup ("—");

  return pounds_text (total);
}

typedef char *(*CellText) (RcBidLine *line);

/* Text columns keep a readable width: a narrow window scrolls sideways
 * rather than cutting every name to its first letters. */
static const struct {
  const char *title;
  CellText    text;
  int         width_chars;   /* 0: numeric, never cut */
  gboolean    expand;
} columns[] = {
  { N_("Council"), cell_council, 16, FALSE },
  { N_("Category"), cell_category, 14, FALSE },
  { N_("Description"), cell_description, 18, TRUE },
  { N_("Quantity"), cell_quantity, 0, FALSE },
  { N_("Unit cost £"), cell_unit_cost, 0, FALSE },
  { N_("Total £"), cell_total, 0, FALSE },
};

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  width_chars)
{
  int chars = GPOINTER_TO_INT (width_chars);

  gtk_list_item_set_child (item, rc_view_cell_label_new (chars == 0, chars));
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  text_func)
{
  g_autofree char *text = ((CellText) text_func) (gtk_list_item_get_item (item));
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, text);
}

void
rc_bid_budget_add_columns (GtkColumnView *view)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GINT_TO_POINTER (columns[i].width_chars));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), (gpointer) columns[i].text);
      column = gtk_column_view_column_new (_(columns[i].title), factory);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (view, column);
    }
}
