/* rc-cohort-detail-load.c: a cohort read in a worker (its trainees, with
 * their search texts folded there, and its host councils), then shown
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-cohort-detail-private.h"
#include "rc-trainee-search.h"
#include "rc-view-util.h"
#include "rc-write-actions.h"

static void
show_header (RcCohortDetail    *self,
             const RcRetention *whole_cohort)
{
  RcCohort *cohort = self->cohort;
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", cohort->programme_name, cohort->consortium_name);
  g_autoptr(GString) facts = g_string_new (NULL);
  RcRetention whole = *whole_cohort;

  gtk_label_set_label (self->title_label, cohort->name);
  gtk_label_set_label (self->subtitle_label, subtitle);

  /* Translators: the first and last days of a cohort */
  g_string_append_printf (facts, _("%s to %s"), cohort->starts_on, cohort->ends_on);
  g_string_append (facts, " · ");
  /* Translators: places filled by trainees who enrolled and have not
   * withdrawn, of those funded */
  g_string_append_printf (facts, _("%u of %" G_GINT64_FORMAT " funded places filled"),
                          whole.filled, cohort->places_funded);
  if (self->returners)
    {
      g_string_append (facts, " · ");
      /* Translators: the bounds of a returner cohort, in years */
      g_string_append_printf (facts, _("for %d to %d years out of practice"),
                              (int) cohort->min_years_out, (int) cohort->max_years_out);
      if (cohort->training_weeks > 0)
        {
          g_string_append (facts, " · ");
          g_string_append_printf (facts, g_dngettext (GETTEXT_PACKAGE, "%d week of training",
                                                      "%d weeks of training",
                                                      (gulong) cohort->training_weeks),
                                  (int) cohort->training_weeks);
        }
    }
  gtk_label_set_label (self->facts_label, facts->str);
}

/* What the detail shows of a cohort, read in a worker. */
typedef struct
{
  RcCohort    *cohort;
  gboolean     returners;
  GListModel  *trainees;
  GHashTable  *search_texts;
  GListModel  *rows;         /* of the retention table: the host councils */
  RcRetention  whole;
} Loaded;

static void
loaded_free (gpointer data)
{
  Loaded *loaded = data;

  g_clear_object (&loaded->cohort);
  g_clear_object (&loaded->trainees);
  g_clear_pointer (&loaded->search_texts, g_hash_table_unref);
  g_clear_object (&loaded->rows);
  g_free (loaded);
}

static gpointer
load_cohort (RcStore       *reader,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  gint64 id = *(gint64 *) data;
  g_autoptr(RcProgramme) programme = NULL;
  g_autoptr(GListModel) places = NULL;
  Loaded *loaded = g_new0 (Loaded, 1);

  if ((loaded->cohort = rc_store_get_cohort (reader, id, error)) == NULL
      || (programme = rc_store_get_programme (reader, loaded->cohort->programme_id, error)) == NULL
      || (loaded->trainees = rc_store_list_trainees (reader, id, error)) == NULL
      || (places = rc_store_list_cohort_places (reader, id, error)) == NULL
      || !rc_store_get_cohort_retention (reader, id, 0, &loaded->whole, NULL, error))
    {
      loaded_free (loaded);
      return NULL;
    }

  loaded->returners = g_strcmp0 (programme->kind, "returner") == 0;
  loaded->search_texts = rc_trainee_search_fold_all (loaded->trainees);
  loaded->rows = rc_cohort_retention_list_rows (loaded->cohort, places, loaded->trainees);

  return loaded;
}

static void
show (RcCohortDetail *self,
      Loaded         *loaded)
{
  g_set_object (&self->cohort, (RcCohort *) (loaded != NULL ? loaded->cohort : NULL));
  self->returners = loaded != NULL && loaded->returners;
  /* On screen before its rows come, the table builds them a few a frame
   * (rc-reveal-model.c) rather than all 116 of a cohort in one. */
  if (self->cohort != NULL)
    gtk_stack_set_visible_child_name (self->stack, "cohort");
  rc_cohort_retention_set_cohort (self->retention, self->store, self->cohort,
                                  loaded != NULL ? loaded->rows : NULL,
                                  loaded != NULL ? &loaded->whole : NULL);
  rc_cohort_funnel_view_load (self->funnel_view, self->store, self->cohort);
  /* The retention table's rows are the cohort's host councils. */
  rc_trainee_table_set_trainees_folded (self->table, self->cohort, self->returners,
                                        loaded != NULL ? loaded->trainees : NULL,
                                        rc_cohort_retention_get_rows (self->retention),
                                        loaded != NULL ? loaded->search_texts : NULL);

  if (loaded != NULL && self->select_after_load != 0)
    rc_trainee_table_select_trainee (self->table, self->select_after_load);
  self->select_after_load = 0;

  rc_write_action_set_enabled (GTK_WIDGET (self), "cohort.add-trainee", self->cohort != NULL);
  rc_write_action_set_enabled (GTK_WIDGET (self), "cohort.import", self->cohort != NULL);
  if (self->cohort == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }

  show_header (self, &loaded->whole);
}

static void
on_loaded (gpointer      owner,
           gpointer      result,
           const GError *error)
{
  show (owner, result);
}

void
rc_cohort_detail_reload (RcCohortDetail *self)
{
  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->store == NULL || self->cohort_id == 0)
    {
      rc_loader_cancel (self->loader);
      show (self, NULL);
      return;
    }

  /* Until it comes, the cohort shown stays, or a spinner stands for it. */
  if (self->cohort == NULL || self->cohort->id != self->cohort_id)
    gtk_stack_set_visible_child_name (self->stack, "loading");
  rc_loader_start (self->loader, self->store, load_cohort,
                   g_memdup2 (&self->cohort_id, sizeof (gint64)), g_free, loaded_free, on_loaded);
}

gboolean
rc_cohort_detail_reload_now (gpointer data)
{
  RcCohortDetail *self = data;

  self->reload_source = 0;
  rc_cohort_detail_reload (self);

  return G_SOURCE_REMOVE;
}
