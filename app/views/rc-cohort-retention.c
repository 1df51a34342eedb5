/* rc-cohort-retention.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rc-rates.h"
#include "rc-cohort-retention.h"

struct _RcCohortRetention
{
  AdwBin         parent_instance;

  GListStore    *rows;      /* of RcCohortPlace; council 0 is the whole cohort */
  GHashTable    *figures;   /* council id -> RcRetention */

  /* template children */
  GtkBox        *box;
  GtkColumnView *table;
};

G_DEFINE_FINAL_TYPE (RcCohortRetention, rc_cohort_retention, ADW_TYPE_BIN)

static const char *titles [RC_RETENTION_N_COLUMNS] = {
  N_("Host council"),
  N_("Places"),
  N_("Trainees"),
  N_("Qualified"),
  N_("Registered"),
  N_("Employed"),
  N_("At 12 months"),
  N_("At 24 months"),
  N_("Withdrawn"),
};

GtkWidget *
rc_cohort_retention_new (void)
{
  return g_object_new (RC_TYPE_COHORT_RETENTION, NULL);
}

/* "25 (96.2 %)", "not yet due" or "not recorded": rc_outcome_format(). */
static char *
outcome_text (const RcRetention *r,
              RcMilestone        milestone)
{
  RcOutcome outcome = rc_retention_get_outcome (r, milestone);

  return rc_outcome_format (&outcome);
}

static char *
cell_text (RcCohortRetention *self,
           RcCohortPlace     *row,
           RcRetentionColumn  column)
{
  const RcRetention *r = g_hash_table_lookup (self->figures, &row->council_id);
  RcRetention none = { 0 };

  if (r == NULL)
    r = &none;

  switch (column)
    {
    case RC_RETENTION_COLUMN_COUNCIL:
      return g_strdup (row->council_name);
    case RC_RETENTION_COLUMN_PLACES:
      return g_strdup_printf ("%" G_GINT64_FORMAT, row->places);
    case RC_RETENTION_COLUMN_TRAINEES:
      return g_strdup_printf ("%u", r->trainees);
    case RC_RETENTION_COLUMN_QUALIFIED:
      return g_strdup_printf ("%u", r->qualified);
    case RC_RETENTION_COLUMN_REGISTERED:
      return outcome_text (r, RC_MILESTONE_REGISTERED);
    case RC_RETENTION_COLUMN_EMPLOYED:
      return outcome_text (r, RC_MILESTONE_EMPLOYED);
    case RC_RETENTION_COLUMN_RETAINED_12:
      return outcome_text (r, RC_MILESTONE_RETAINED_12);
    case RC_RETENTION_COLUMN_RETAINED_24:
      return outcome_text (r, RC_MILESTONE_RETAINED_24);
    case RC_RETENTION_COLUMN_WITHDRAWN:
      return g_strdup_printf ("%u", r->withdrawn);
    case RC_RETENTION_N_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  column)
{
  GtkWidget *label = gtk_label_new (NULL);

  if (GPOINTER_TO_UINT (column) == RC_RETENTION_COLUMN_COUNCIL)
    gtk_label_set_xalign (GTK_LABEL (label), 0);
  else
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "numeric");
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  column)
{
  RcCohortRetention *self = g_object_get_data (G_OBJECT (factory), "rc-retention");
  RcCohortPlace *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = cell_text (self, row, GPOINTER_TO_UINT (column));

  gtk_label_set_label (GTK_LABEL (label), text);
  /* The whole cohort's row reads as the total it is. */
  if (row->council_id == 0)
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_remove_css_class (label, "heading");
}

static void
add_row (GPtrArray  *rows,
         gint64      council_id,
         const char *name,
         gint64      places)
{
  RcCohortPlace *row;

  for (guint i = 0; i < rows->len; i++)
    if (((RcCohortPlace *) g_ptr_array_index (rows, i))->council_id == council_id)
      return;

  row = rc_cohort_place_new ();
  row->council_id = council_id;
  row->council_name = g_strdup (name);
  row->places = places;
  g_ptr_array_add (rows, row);
}

void
rc_cohort_retention_load (RcCohortRetention *self,
                          RcStore           *store,
                          RcCohort          *cohort)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) places = NULL;
  g_autoptr(GListModel) trainees = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (RC_IS_COHORT_RETENTION (self));
  g_return_if_fail (store == NULL || RC_IS_STORE (store));

  g_hash_table_remove_all (self->figures);
  if (store != NULL && cohort != NULL)
    {
      add_row (rows, 0, _("Whole cohort"), cohort->places_funded);
      places = rc_store_list_cohort_places (store, cohort->id, &error);
      if (places != NULL)
        trainees = rc_store_list_trainees (store, cohort->id, &error);
    }

  for (guint i = 0; places != NULL && i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(RcCohortPlace) place = g_list_model_get_item (places, i);
      add_row (rows, place->council_id, place->council_name, place->places);
    }

  /* A council hosting trainees without places of its own still counts. */
  for (guint i = 0; trainees != NULL && i < g_list_model_get_n_items (trainees); i++)
    {
      g_autoptr(RcTrainee) trainee = g_list_model_get_item (trainees, i);

      if (trainee->host_council_id != 0)
        add_row (rows, trainee->host_council_id, trainee->host_council_name, 0);
    }

  for (guint i = 0; error == NULL && i < rows->len; i++)
    {
      RcCohortPlace *row = g_ptr_array_index (rows, i);
      RcRetention figures;

      if (rc_store_get_cohort_retention (store, cohort->id, row->council_id, &figures, NULL, &error))
        g_hash_table_insert (self->figures, g_memdup2 (&row->council_id, sizeof (gint64)),
                             g_memdup2 (&figures, sizeof figures));
    }

  if (error != NULL)
    g_warning ("Could not read the outcomes of cohort %s: %s", cohort->name, error->message);

  /* The figures are in place before the rows are bound. */
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       rows->pdata, rows->len);
}

GListModel *
rc_cohort_retention_get_rows (RcCohortRetention *self)
{
  g_return_val_if_fail (RC_IS_COHORT_RETENTION (self), NULL);

  return G_LIST_MODEL (self->rows);
}

gboolean
rc_cohort_retention_get_figures (RcCohortRetention *self,
                                 gint64             council_id,
                                 RcRetention       *out)
{
  const RcRetention *figures;

  g_return_val_if_fail (RC_IS_COHORT_RETENTION (self), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  figures = g_hash_table_lookup (self->figures, &council_id);
  if (figures == NULL)
    return FALSE;

  *out = *figures;

  return TRUE;
}

char *
rc_cohort_retention_dup_text (RcCohortRetention *self,
                              gint64             council_id,
                              RcRetentionColumn  column)
{
  GListModel *rows;

  g_return_val_if_fail (RC_IS_COHORT_RETENTION (self), NULL);
  g_return_val_if_fail (column < RC_RETENTION_N_COLUMNS, NULL);

  rows = G_LIST_MODEL (self->rows);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(RcCohortPlace) row = g_list_model_get_item (rows, i);

      if (row->council_id == council_id)
        return cell_text (self, row, column);
    }

  return NULL;
}

void
rc_cohort_retention_add_footer (RcCohortRetention *self,
                                GtkWidget         *footer)
{
  g_return_if_fail (RC_IS_COHORT_RETENTION (self));
  g_return_if_fail (GTK_IS_WIDGET (footer));

  gtk_box_append (self->box, footer);
}

static void
rc_cohort_retention_dispose (GObject *object)
{
  RcCohortRetention *self = RC_COHORT_RETENTION (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_COHORT_RETENTION);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->figures, g_hash_table_unref);

  G_OBJECT_CLASS (rc_cohort_retention_parent_class)->dispose (object);
}

static void
rc_cohort_retention_class_init (RcCohortRetentionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_cohort_retention_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-cohort-retention.ui");
  gtk_widget_class_bind_template_child (widget_class, RcCohortRetention, box);
  gtk_widget_class_bind_template_child (widget_class, RcCohortRetention, table);
}

static void
rc_cohort_retention_init (RcCohortRetention *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->figures = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->rows = g_list_store_new (RC_TYPE_COHORT_PLACE);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  gtk_column_view_set_model (self->table, GTK_SELECTION_MODEL (selection));

  for (guint i = 0; i < RC_RETENTION_N_COLUMNS; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_object_set_data (G_OBJECT (factory), "rc-retention", self);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GUINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GUINT_TO_POINTER (i));
      column = gtk_column_view_column_new (_(titles [i]), factory);
      gtk_column_view_column_set_expand (column, i == RC_RETENTION_COLUMN_COUNCIL);
      gtk_column_view_append_column (self->table, column);
    }
}
