/* rc-cohort-retention.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-view-util.h"

#include "model/rc-rates.h"
#include "rc-cohort-retention.h"
#include "rc-loader.h"
#include "rc-reveal-model.h"

struct _RcCohortRetention
{
  AdwBin         parent_instance;

  GListStore    *rows;      /* of RcCohortPlace; council 0 is the whole cohort */
  GHashTable    *figures;   /* council id -> RcRetention */
  RcStore       *store;
  gint64         cohort_id;
  /* Each council's figures are read when the table is shown: most
   * cohorts chosen are looked at for their trainees only. */
  RcLoader      *loader;
  gboolean       stale;
  GtkNoSelection *selection;   /* of the rows while shown, else of none */

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
  gboolean numeric = GPOINTER_TO_UINT (column) != RC_RETENTION_COLUMN_COUNCIL;

  gtk_list_item_set_child (item, rc_view_cell_label_new (numeric, 0));
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
add_row (GListStore *rows,
         gint64      council_id,
         const char *name,
         gint64      places)
{
  g_autoptr(RcCohortPlace) row = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rows)); i++)
    {
      g_autoptr(RcCohortPlace) other = g_list_model_get_item (G_LIST_MODEL (rows), i);

      if (other->council_id == council_id)
        return;
    }

  row = rc_cohort_place_new ();
  row->council_id = council_id;
  row->council_name = g_strdup (name);
  row->places = places;
  g_list_store_append (rows, row);
}

GListModel *
rc_cohort_retention_list_rows (RcCohort   *cohort,
                               GListModel *places,
                               GListModel *trainees)
{
  GListStore *rows = g_list_store_new (RC_TYPE_COHORT_PLACE);

  g_return_val_if_fail (RC_IS_COHORT (cohort), NULL);

  add_row (rows, 0, _("Whole cohort"), cohort->places_funded);
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

  return G_LIST_MODEL (rows);
}

typedef struct
{
  gint64 cohort_id;
} Request;

static gpointer
load_councils (RcStore       *reader,
               gpointer       data,
               GCancellable  *cancellable,
               GError       **error)
{
  Request *request = data;

  return rc_store_list_cohort_council_outcomes (reader, request->cohort_id, error);
}

static void
on_councils_loaded (gpointer      owner,
                    gpointer      result,
                    const GError *error)
{
  RcCohortRetention *self = owner;
  GHashTable *outcomes = result;
  GListModel *rows = G_LIST_MODEL (self->rows);
  RcRetention whole = { 0 };
  gboolean have_whole;
  guint n = g_list_model_get_n_items (rows);

  if (outcomes == NULL)
    return;

  have_whole = rc_cohort_retention_get_figures (self, 0, &whole);
  g_hash_table_remove_all (self->figures);
  if (have_whole)
    g_hash_table_insert (self->figures, g_memdup2 (&(gint64) { 0 }, sizeof (gint64)),
                         g_memdup2 (&whole, sizeof whole));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RcCohortPlace) row = g_list_model_get_item (rows, i);
      RcCohortOutcome *outcome = g_hash_table_lookup (outcomes, &row->council_id);
      RcRetention none = { 0 };

      /* A council with places and no trainees has nothing to count. */
      if (row->council_id != 0)
        g_hash_table_insert (self->figures, g_memdup2 (&row->council_id, sizeof (gint64)),
                             g_memdup2 (outcome != NULL ? &outcome->retention : &none, sizeof (RcRetention)));
    }

  /* The rows on screen are bound again, with their figures. */
  if (n > 0)
    g_list_model_items_changed (rows, 0, n, n);
}

/* The table has rows only while it is shown, built a few a frame: a
 * national cohort has 154 host councils, nine cells each, which took
 * the main loop 100–200 ms to build and lay out each time the cohort was
 * read again, on the trainees' tab as much as on this one. */
static void
on_map (RcCohortRetention *self)
{
  g_autoptr(RcRevealModel) reveal = rc_reveal_model_new (G_LIST_MODEL (self->rows), GTK_WIDGET (self->table));

  gtk_no_selection_set_model (self->selection, G_LIST_MODEL (reveal));
}

static void
on_unmap (RcCohortRetention *self)
{
  gtk_no_selection_set_model (self->selection, NULL);
}

static void
load_if_shown (RcCohortRetention *self)
{
  Request *request;

  if (!self->stale || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  self->stale = FALSE;
  if (self->store == NULL || self->cohort_id == 0)
    return;

  request = g_new0 (Request, 1);
  request->cohort_id = self->cohort_id;
  rc_loader_start (self->loader, self->store, load_councils, request, g_free,
                   (GDestroyNotify) g_hash_table_unref, on_councils_loaded);
}

void
rc_cohort_retention_set_cohort (RcCohortRetention *self,
                                RcStore           *store,
                                RcCohort          *cohort,
                                GListModel        *rows,
                                const RcRetention *whole)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 cohort_id = cohort != NULL ? cohort->id : 0;

  g_return_if_fail (RC_IS_COHORT_RETENTION (self));
  g_return_if_fail (store == NULL || RC_IS_STORE (store));

  rc_loader_cancel (self->loader);
  g_set_object (&self->store, store);
  /* Another cohort's councils are not shown under this one's, even for a
   * moment; the same cohort's stay until they are read again. */
  if (cohort_id != self->cohort_id)
    g_hash_table_remove_all (self->figures);
  self->cohort_id = cohort_id;
  if (whole != NULL)
    g_hash_table_replace (self->figures, g_memdup2 (&(gint64) { 0 }, sizeof (gint64)),
                          g_memdup2 (whole, sizeof *whole));
  else
    g_hash_table_remove (self->figures, &(gint64) { 0 });

  for (guint i = 0; cohort != NULL && rows != NULL && i < g_list_model_get_n_items (rows); i++)
    g_ptr_array_add (items, g_list_model_get_item (rows, i));
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       items->pdata, items->len);

  self->stale = cohort != NULL;
  load_if_shown (self);
}

gboolean
rc_cohort_retention_get_loading (RcCohortRetention *self)
{
  g_return_val_if_fail (RC_IS_COHORT_RETENTION (self), FALSE);

  return self->stale || rc_loader_get_busy (self->loader);
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
  if (self->loader != NULL)
    rc_loader_cancel (self->loader);
  g_clear_object (&self->loader);
  g_clear_object (&self->store);
  g_clear_object (&self->selection);
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
  gtk_widget_init_template (GTK_WIDGET (self));

  self->loader = rc_loader_new (self);
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
  g_signal_connect (self, "map", G_CALLBACK (load_if_shown), NULL);
  g_signal_connect (self, "unmap", G_CALLBACK (on_unmap), NULL);
  self->figures = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->rows = g_list_store_new (RC_TYPE_COHORT_PLACE);
  self->selection = gtk_no_selection_new (NULL);
  gtk_column_view_set_model (self->table, GTK_SELECTION_MODEL (self->selection));

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
