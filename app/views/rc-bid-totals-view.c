/* rc-bid-totals-view.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rc-money.h"
#include "rc-bid-totals-view.h"

struct _RcBidTotalsView
{
  AdwBin     parent_instance;

  /* template children */
  GtkLabel  *total_label;
  GtkLabel  *note_label;
  GtkGrid   *council_grid;
  GtkGrid   *category_grid;
};

G_DEFINE_FINAL_TYPE (RcBidTotalsView, rc_bid_totals_view, ADW_TYPE_BIN)

static void
add_total_row (GtkGrid    *grid,
               int         row,
               const char *name,
               gint64      pence)
{
  g_autofree char *amount = rc_money_format (pence);
  GtkWidget *name_label = gtk_label_new (name);
  GtkWidget *amount_label = gtk_label_new (amount);

  gtk_label_set_xalign (GTK_LABEL (name_label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name_label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name_label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (amount_label), 1);
  gtk_widget_add_css_class (amount_label, "numeric");
  gtk_grid_attach (grid, name_label, 0, row, 1, 1);
  gtk_grid_attach (grid, amount_label, 1, row, 1, 1);
}

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

typedef struct {
  const char *name;
  gint64      pence;
} NamedTotal;

static int
compare_named (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (((const NamedTotal *) a)->name, ((const NamedTotal *) b)->name);
}

void
rc_bid_totals_view_show (RcBidTotalsView   *self,
                         const RcBidTotals *totals,
                         GHashTable        *names,
                         const char        *note)
{
  g_autoptr(GArray) councils = g_array_new (FALSE, FALSE, sizeof (NamedTotal));
  g_autofree char *total = NULL;
  int row = 0;

  g_return_if_fail (RC_IS_BID_TOTALS_VIEW (self));

  clear_grid (self->council_grid);
  clear_grid (self->category_grid);
  gtk_label_set_text (self->note_label, note != NULL ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), note != NULL);
  if (totals == NULL)
    {
      gtk_label_set_text (self->total_label, "—");
      return;
    }

  for (guint i = 0; i < totals->councils->len; i++)
    {
      RcBidCouncilTotal *council = &g_array_index (totals->councils, RcBidCouncilTotal, i);
      const char *name = names != NULL ? g_hash_table_lookup (names, &council->council_id) : NULL;
      NamedTotal named = { name != NULL ? name : _("Unknown council"), council->pence };

      if (council->council_id != 0)
        g_array_append_val (councils, named);
    }
  /* By name, as in the list, with the whole consortium's lines last. */
  g_array_sort (councils, compare_named);
  for (guint i = 0; i < councils->len; i++)
    add_total_row (self->council_grid, row++, g_array_index (councils, NamedTotal, i).name,
                   g_array_index (councils, NamedTotal, i).pence);
  if (rc_bid_totals_get_council (totals, 0) != 0)
    add_total_row (self->council_grid, row++, _("Whole consortium"), rc_bid_totals_get_council (totals, 0));

  row = 0;
  for (guint c = 0; c < RC_N_COST_CATEGORIES; c++)
    if (totals->category_pence[c] != 0)
      add_total_row (self->category_grid, row++, rc_cost_category_get_label (c), totals->category_pence[c]);

  total = rc_money_format (totals->total_pence);
  gtk_label_set_text (self->total_label, total);
}

static void
rc_bid_totals_view_dispose (GObject *object)
{
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), RC_TYPE_BID_TOTALS_VIEW);

  G_OBJECT_CLASS (rc_bid_totals_view_parent_class)->dispose (object);
}

static void
rc_bid_totals_view_class_init (RcBidTotalsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_bid_totals_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-bid-totals-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RcBidTotalsView, total_label);
  gtk_widget_class_bind_template_child (widget_class, RcBidTotalsView, note_label);
  gtk_widget_class_bind_template_child (widget_class, RcBidTotalsView, council_grid);
  gtk_widget_class_bind_template_child (widget_class, RcBidTotalsView, category_grid);
}

static void
rc_bid_totals_view_init (RcBidTotalsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
