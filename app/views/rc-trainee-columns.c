/* rc-trainee-columns.c: what each column of the trainee table shows, and
 * its cells
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rc-returner.h"
#include "rc-list-slot.h"
#include "rc-trainee-columns-private.h"
#include "rc-view-util.h"

static char *
cell_reference (RcCohort *cohort, RcTrainee *t, const char **style)
{
  return g_strdup (t->reference);
}

static char *
cell_name (RcCohort *cohort, RcTrainee *t, const char **style)
{
  if (t->erased_at != NULL)
    {
      *style = "dim-label";
      return g_strdup (_("Erased"));
    }

  return g_strjoin (" ", t->given_name != NULL ? t->given_name : "",
                    t->family_name != NULL ? t->family_name : "", NULL);
}

static char *
cell_host (RcCohort *cohort, RcTrainee *t, const char **style)
{
  return g_strdup (t->host_council_name != NULL ? t->host_council_name : "—");
}

static char *
cell_stage (RcCohort *cohort, RcTrainee *t, const char **style)
{
  RcWithdrawalReason reason;

  if (t->stage == RC_STAGE_WITHDRAWN
      && rc_withdrawal_reason_from_key (t->withdrawal_reason, &reason))
    /* Translators: "Withdrawn: Academic" */
    return g_strdup_printf (_("%s: %s"), rc_stage_get_label (t->stage), rc_withdrawal_reason_get_label (reason));

  return g_strdup (rc_stage_get_label (t->stage));
}

static char *
cell_since (RcCohort *cohort, RcTrainee *t, const char **style)
{
  return g_strdup (t->stage_on != NULL ? t->stage_on : "—");
}

/* "SW118237 · HCPC": short enough for the table, the tooltip says it whole. */
static char *
cell_registration (RcCohort *cohort, RcTrainee *t, const char **style)
{
  const char *regulator = g_strcmp0 (t->registered_with, "swe") == 0
    /* Translators: short for Social Work England */
    ? C_("regulator", "SWE") : g_strcmp0 (t->registered_with, "hcpc") == 0 ? C_("regulator", "HCPC") : NULL;

  if (t->registration_number != NULL && regulator != NULL)
    return g_strdup_printf ("%s · %s", t->registration_number, regulator);

  return rc_view_registration_text (t->registration_number, t->registered_with);
}

static char *
cell_years_out (RcCohort *cohort, RcTrainee *t, const char **style)
{
  return rc_view_format_years (rc_view_years_out (t->left_practice_on, t->applied_on));
}

static RcEligibility
eligibility_of (RcCohort  *cohort,
                RcTrainee *t)
{
  return rc_returner_eligibility (rc_view_years_out (t->left_practice_on, t->applied_on),
                                  cohort->min_years_out, cohort->max_years_out);
}

static int
updating_required (RcTrainee *t)
{
  return rc_returner_updating_days (rc_view_years_out (t->left_practice_on, t->applied_on));
}

/* A short word for the table; the tooltip has the model's whole sentence. */
static char *
cell_eligibility (RcCohort *cohort, RcTrainee *t, const char **style)
{
  /* The word says it; the colour only repeats it. */
  switch (eligibility_of (cohort, t))
    {
    case RC_ELIGIBILITY_ELIGIBLE:
      return g_strdup (_("Eligible"));
    case RC_ELIGIBILITY_TOO_RECENT:
      *style = "warning";
      return g_strdup (C_("years out of practice", "Too recent"));
    case RC_ELIGIBILITY_TOO_LONG:
      *style = "warning";
      return g_strdup (C_("years out of practice", "Too long"));
    case RC_ELIGIBILITY_UNKNOWN:
    default:
      *style = "dim-label";
      return g_strdup (_("Not known"));
    }
}

static char *
cell_updating (RcCohort *cohort, RcTrainee *t, const char **style)
{
  int required = updating_required (t);

  if (required < 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day done", "%d days done",
                                         (gulong) t->updating_days_done),
                            (int) t->updating_days_done);

  if (required == 0)
    return g_strdup (_("None needed"));

  if (t->updating_days_done < required)
    *style = "warning";

  /* Translators: days of updating done and days Social Work England requires */
  return g_strdup_printf (_("%d of %d days"), (int) t->updating_days_done, required);
}

static const RcTraineeColumnInfo columns [RC_TRAINEE_N_COLUMNS] = {
  [RC_TRAINEE_COLUMN_REFERENCE] = { N_("Reference"), cell_reference, FALSE, 7 },
  [RC_TRAINEE_COLUMN_NAME] = { N_("Name"), cell_name, TRUE, 11 },
  [RC_TRAINEE_COLUMN_HOST] = { N_("Host council"), cell_host, TRUE, 11 },
  [RC_TRAINEE_COLUMN_STAGE] = { N_("Stage"), cell_stage, TRUE, 13 },
  [RC_TRAINEE_COLUMN_SINCE] = { N_("Since"), cell_since, FALSE, 10 },
  [RC_TRAINEE_COLUMN_REGISTRATION] = { N_("Registration"), cell_registration, FALSE, 15 },
  [RC_TRAINEE_COLUMN_YEARS_OUT] = { N_("Years out"), cell_years_out, FALSE, 3 },
  [RC_TRAINEE_COLUMN_ELIGIBILITY] = { N_("Eligibility"), cell_eligibility, FALSE, 9 },
  [RC_TRAINEE_COLUMN_UPDATING] = { N_("Updating"), cell_updating, FALSE, 12 },
};

const RcTraineeColumnInfo *
rc_trainee_column_info (RcTraineeColumn column)
{
  g_return_val_if_fail (column < RC_TRAINEE_N_COLUMNS, NULL);

  return &columns [column];
}

/* The whole text of a cell, and what a short one leaves out. */
char *
rc_trainee_cell_tooltip (RcCohort        *cohort,
                         RcTraineeColumn  column,
                         RcTrainee       *t,
                         const char      *text)
{
  int required;

  if (column == RC_TRAINEE_COLUMN_ELIGIBILITY)
    return g_strdup (rc_returner_eligibility_get_label (eligibility_of (cohort, t)));
  if (column == RC_TRAINEE_COLUMN_REGISTRATION)
    return rc_view_registration_text (t->registration_number, t->registered_with);

  required = updating_required (t);
  if (column == RC_TRAINEE_COLUMN_UPDATING && t->updating_days_done < required)
    /* Translators: days of updating done, days required, days still to do */
    return g_strdup_printf (_("%d of the %d days Social Work England asks: %d still to do"),
                            (int) t->updating_days_done, required, required - (int) t->updating_days_done);

  return g_strdup (text);
}

/* Cells ----------------------------------------------------------------- */

/* Tooltips are made when the pointer asks for one: setting one at every
 * bind cost GTK 4.8 a round trip to the display server per cell, most of
 * a search over 100,000 trainees (docs/benchmarks.md). */
static gboolean
on_query_tooltip (GtkWidget   *label,
                  int          x,
                  int          y,
                  gboolean     keyboard,
                  GtkTooltip  *tooltip,
                  GtkListItem *item)
{
  RcTraineeTable *self = g_object_get_data (G_OBJECT (label), "rc-table");
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (label), "rc-column"));
  RcTrainee *trainee = rc_list_slot_get_item (gtk_list_item_get_item (item));
  g_autofree char *text = NULL;

  if (self == NULL || trainee == NULL)
    return FALSE;
  text = rc_trainee_cell_tooltip (rc_trainee_table_get_cohort (self), column, trainee, gtk_label_get_label (GTK_LABEL (label)));
  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "rc-column"));
  GtkWidget *label = gtk_label_new (NULL);

  g_object_set_data (G_OBJECT (label), "rc-column", GUINT_TO_POINTER (column));
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (on_query_tooltip), item);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), rc_trainee_column_info (column)->chars);
  if (column == RC_TRAINEE_COLUMN_SINCE || column == RC_TRAINEE_COLUMN_YEARS_OUT)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

/* The styles a column's text may ask for. */
static const char * const styles[] = { "dim-label", "warning" };

/* Shows the trainee now in the cell's row. */
static void
show_cell (GtkListItem *item)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  RcTraineeTable *self = g_object_get_data (G_OBJECT (label), "rc-table");
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (label), "rc-column"));
  RcTrainee *trainee = rc_list_slot_get_item (gtk_list_item_get_item (item));
  const char *style = NULL;
  g_autofree char *text = NULL;

  if (trainee == NULL)
    return;
  text = rc_trainee_column_info (column)->text (rc_trainee_table_get_cohort (self), trainee, &style);
  gtk_label_set_label (GTK_LABEL (label), text);
  /* Only what changes: a class taken off and put back restyles the cell,
   * and a cohort read again relabels every row with what it had. */
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    if (g_strcmp0 (style, styles[i]) != 0 && gtk_widget_has_css_class (label, styles[i]))
      gtk_widget_remove_css_class (label, styles[i]);
  if (style != NULL && !gtk_widget_has_css_class (label, style))
    gtk_widget_add_css_class (label, style);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           RcTraineeTable           *self)
{
  g_object_set_data (G_OBJECT (gtk_list_item_get_child (item)), "rc-table", self);
  g_signal_connect_swapped (gtk_list_item_get_item (item), "notify::item", G_CALLBACK (show_cell), item);
  show_cell (item);
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), show_cell, item);
}

static int
compare_text (gconstpointer a,
              gconstpointer b,
              gpointer      column)
{
  RcTraineeTable *self = g_object_get_data (G_OBJECT (column), "rc-table");
  RcTraineeCellText text = rc_trainee_column_info (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (column),
                                                                                        "rc-column")))->text;
  const char *style = NULL;
  g_autofree char *x = text (rc_trainee_table_get_cohort (self), (RcTrainee *) a, &style);
  g_autofree char *y = text (rc_trainee_table_get_cohort (self), (RcTrainee *) b, &style);

  return g_utf8_collate (x, y);
}

static int
compare_stage (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const RcTrainee *x = a;
  const RcTrainee *y = b;

  return ((int) x->stage > (int) y->stage) - ((int) x->stage < (int) y->stage);
}

void
rc_trainee_columns_add (RcTraineeTable      *self,
                        GtkColumnView       *view,
                        GtkColumnViewColumn *added[RC_TRAINEE_N_COLUMNS])
{
  for (guint i = 0; i < RC_TRAINEE_N_COLUMNS; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;
      GtkSorter *sorter;

      g_object_set_data (G_OBJECT (factory), "rc-column", GUINT_TO_POINTER (i));
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), NULL);
      column = gtk_column_view_column_new (_(rc_trainee_column_info (i)->title), factory);
      g_object_set_data (G_OBJECT (column), "rc-table", self);
      g_object_set_data (G_OBJECT (column), "rc-column", GUINT_TO_POINTER (i));
      gtk_column_view_column_set_expand (column, rc_trainee_column_info (i)->expand);
      gtk_column_view_column_set_resizable (column, TRUE);

      /* The pipeline's order, not the alphabet's, for stages. */
      if (i == RC_TRAINEE_COLUMN_STAGE)
        sorter = GTK_SORTER (gtk_custom_sorter_new (compare_stage, NULL, NULL));
      else
        sorter = GTK_SORTER (gtk_custom_sorter_new (compare_text, column, NULL));
      gtk_column_view_column_set_sorter (column, sorter);
      g_object_unref (sorter);

      gtk_column_view_append_column (view, column);
      added [i] = column;
      g_object_unref (column);
    }
}
