/* rc-cohort-places.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "model/rc-money.h"
#include "rc-cohort-places.h"
#include "rc-view-util.h"
#include "rc-window.h"

#define MAX_PLACES 10000

typedef struct {
  gint64         council_id;
  char          *council_name;
  GtkSpinButton *spin;
} PlaceRow;

struct _RcCohortPlaces
{
  GtkWidget   parent_instance;

  GPtrArray  *rows;           /* of PlaceRow, as shown */
  gint64      consortium_id;
  gboolean    error;

  /* template children */
  GtkListBox *list;
  GtkLabel   *allocation_label;
};

G_DEFINE_FINAL_TYPE (RcCohortPlaces, rc_cohort_places, GTK_TYPE_WIDGET)

enum { CHANGED, N_SIGNALS };
static guint signals [N_SIGNALS];

GtkWidget *
rc_cohort_places_new (void)
{
  return g_object_new (RC_TYPE_COHORT_PLACES, NULL);
}

static void
place_row_free (gpointer data)
{
  PlaceRow *row = data;

  g_free (row->council_name);
  g_free (row);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const PlaceRow *x = *(PlaceRow **) a;
  const PlaceRow *y = *(PlaceRow **) b;

  return g_utf8_collate (x->council_name, y->council_name);
}

static void
add_council (GPtrArray  *rows,
             gint64      council_id,
             const char *name)
{
  PlaceRow *row;

  for (guint i = 0; i < rows->len; i++)
    if (((PlaceRow *) g_ptr_array_index (rows, i))->council_id == council_id)
      return;

  row = g_new0 (PlaceRow, 1);
  row->council_id = council_id;
  row->council_name = g_strdup (name);
  g_ptr_array_add (rows, row);
}

static gboolean
is_current_member (RcConsortiumMember *member,
                   gint64              programme_id,
                   const char         *today)
{
  return g_strcmp0 (member->role, "proposed") != 0
         && (member->programme_id == 0 || member->programme_id == programme_id)
         && g_strcmp0 (member->joined_on, today) <= 0
         && (member->left_on == NULL || g_strcmp0 (member->left_on, today) >= 0);
}

static void
remember (GHashTable *values,
          gint64      council_id,
          int         places)
{
  g_hash_table_insert (values, g_memdup2 (&council_id, sizeof council_id), GINT_TO_POINTER (places));
}

static void
on_value_changed (RcCohortPlaces *self)
{
  g_signal_emit (self, signals [CHANGED], 0);
}

void
rc_cohort_places_load (RcCohortPlaces *self,
                       RcStore        *store,
                       gint64          consortium_id,
                       gint64          programme_id,
                       gint64          cohort_id)
{
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (place_row_free);
  g_autoptr(GListModel) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) members = NULL;
  g_autofree char *today = rc_date_today_iso ();
  gboolean first = self->rows->len == 0;
  GtkWidget *child;

  g_return_if_fail (RC_IS_COHORT_PLACES (self));
  g_return_if_fail (RC_IS_STORE (store));

  for (guint i = 0; i < self->rows->len; i++)
    {
      PlaceRow *row = g_ptr_array_index (self->rows, i);
      remember (values, row->council_id, gtk_spin_button_get_value_as_int (row->spin));
    }

  /* A council that has since left keeps the places it holds on offer. */
  if (cohort_id != 0 && (stored = rc_store_list_cohort_places (store, cohort_id, &error)) == NULL)
    rc_window_report_error (GTK_WIDGET (self), error);
  for (guint i = 0; stored != NULL && i < g_list_model_get_n_items (stored); i++)
    {
      g_autoptr(RcCohortPlace) place = g_list_model_get_item (stored, i);

      add_council (rows, place->council_id, place->council_name);
      if (first)
        remember (values, place->council_id, (int) place->places);
    }

  g_clear_error (&error);
  if (consortium_id != 0 && (members = rc_store_list_members (store, consortium_id, &error)) == NULL)
    rc_window_report_error (GTK_WIDGET (self), error);
  for (guint i = 0; members != NULL && i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(RcConsortiumMember) member = g_list_model_get_item (members, i);

      if (is_current_member (member, programme_id, today))
        add_council (rows, member->council_id, member->council_name);
    }
  g_ptr_array_sort (rows, compare_rows);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  for (guint i = 0; i < rows->len; i++)
    {
      PlaceRow *row = g_ptr_array_index (rows, i);
      GtkWidget *action_row = adw_action_row_new ();

      row->spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, MAX_PLACES, 1));
      gtk_spin_button_set_numeric (row->spin, TRUE);
      gtk_spin_button_set_value (row->spin, GPOINTER_TO_INT (g_hash_table_lookup (values, &row->council_id)));
      gtk_widget_set_valign (GTK_WIDGET (row->spin), GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row->spin),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, row->council_name, -1);
      g_signal_connect_swapped (row->spin, "value-changed", G_CALLBACK (on_value_changed), self);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action_row), row->council_name);
      adw_action_row_add_suffix (ADW_ACTION_ROW (action_row), GTK_WIDGET (row->spin));
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (action_row), GTK_WIDGET (row->spin));
      gtk_list_box_append (self->list, action_row);
    }

  g_ptr_array_unref (self->rows);
  self->rows = g_steal_pointer (&rows);
  self->consortium_id = consortium_id;
  gtk_widget_set_visible (GTK_WIDGET (self->list), self->rows->len > 0);
  g_signal_emit (self, signals [CHANGED], 0);
}

static gint64
allocated (RcCohortPlaces *self)
{
  gint64 total = 0;

  for (guint i = 0; i < self->rows->len; i++)
    total += gtk_spin_button_get_value_as_int (((PlaceRow *) g_ptr_array_index (self->rows, i))->spin);

  return total;
}

gboolean
rc_cohort_places_check (RcCohortPlaces *self,
                        gint64          funded)
{
  g_autofree char *text = NULL;
  gint64 total;
  gboolean ok = FALSE;

  g_return_val_if_fail (RC_IS_COHORT_PLACES (self), FALSE);

  total = allocated (self);
  if (self->consortium_id == 0)
    text = g_strdup (_("There is no consortium yet: create one on the Councils page first"));
  else if (self->rows->len == 0)
    text = g_strdup (_("This consortium has no current lead or partner councils to host places"));
  else if (funded < 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Allocated %d place", "Allocated %d places",
                                         (gulong) total),
                            (int) total);
  else if (total < funded)
    /* Translators: places allocated, places funded, and how many are left */
    text = g_strdup_printf (_("Allocated %d of %d places: %d still to allocate"),
                            (int) total, (int) funded, (int) (funded - total));
  else if (total > funded)
    text = g_strdup_printf (_("Allocated %d of %d places: %d more than funded"),
                            (int) total, (int) funded, (int) (total - funded));
  else
    {
      text = g_strdup_printf (_("Allocated %d of %d places"), (int) total, (int) funded);
      ok = TRUE;
    }

  /* Not scolded before there is a number of places to add up to. */
  self->error = !ok && (funded >= 0 || self->rows->len == 0);
  gtk_label_set_text (self->allocation_label, text);
  if (self->error)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->allocation_label), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->allocation_label), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->allocation_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->allocation_label), "dim-label");
    }

  return ok;
}

GListModel *
rc_cohort_places_build (RcCohortPlaces *self)
{
  GListStore *places;

  g_return_val_if_fail (RC_IS_COHORT_PLACES (self), NULL);

  places = g_list_store_new (RC_TYPE_COHORT_PLACE);
  for (guint i = 0; i < self->rows->len; i++)
    {
      PlaceRow *row = g_ptr_array_index (self->rows, i);
      g_autoptr(RcCohortPlace) place = NULL;
      int n = gtk_spin_button_get_value_as_int (row->spin);

      if (n == 0)
        continue;
      place = rc_cohort_place_new ();
      place->council_id = row->council_id;
      place->council_name = g_strdup (row->council_name);
      place->places = n;
      g_list_store_append (places, place);
    }

  return G_LIST_MODEL (places);
}

gboolean
rc_cohort_places_set (RcCohortPlaces *self,
                      gint64          council_id,
                      guint           places)
{
  g_return_val_if_fail (RC_IS_COHORT_PLACES (self), FALSE);

  for (guint i = 0; i < self->rows->len; i++)
    {
      PlaceRow *row = g_ptr_array_index (self->rows, i);

      if (row->council_id == council_id)
        {
          gtk_spin_button_set_value (row->spin, places);
          return TRUE;
        }
    }

  return FALSE;
}

static void
rc_cohort_places_dispose (GObject *object)
{
  RcCohortPlaces *self = RC_COHORT_PLACES (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_COHORT_PLACES);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (rc_cohort_places_parent_class)->dispose (object);
}

static void
rc_cohort_places_class_init (RcCohortPlacesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_cohort_places_dispose;

  /**
   * RcCohortPlaces::changed:
   *
   * The councils or their numbers changed.
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-cohort-places.ui");
  gtk_widget_class_bind_template_child (widget_class, RcCohortPlaces, list);
  gtk_widget_class_bind_template_child (widget_class, RcCohortPlaces, allocation_label);
}

static void
rc_cohort_places_init (RcCohortPlaces *self)
{
  GtkLayoutManager *layout;

  self->rows = g_ptr_array_new_with_free_func (place_row_free);
  gtk_widget_init_template (GTK_WIDGET (self));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 12);
}
