/* rc-cohort-detail.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "export/rc-cohort-export.h"
#include "export/rc-monitoring-workbook.h"
#include "rc-cohort-detail.h"
#include "rc-cohort-funnel-view.h"
#include "rc-cohort-retention.h"
#include "rc-monitoring-export-bar.h"
#include "rc-trainee-dialog.h"
#include "rc-trainee-import-dialog.h"
#include "rc-trainee-pane.h"
#include "rc-trainee-table.h"
#include "rc-view-util.h"
#include "rc-window.h"

struct _RcCohortDetail
{
  AdwBin               parent_instance;

  RcStore             *store;
  RcCohort            *cohort;
  gboolean             returners;     /* a returner programme's cohort */

  /* template children */
  GtkStack            *stack;
  GtkLabel            *title_label;
  GtkLabel            *subtitle_label;
  GtkLabel            *facts_label;
  AdwFlap             *flap;
  RcTraineeTable      *table;
  RcCohortRetention   *retention;
  RcCohortFunnelView  *funnel_view;   /* in the retention's page */
  RcTraineePane       *pane;
  RcMonitoringExportBar *monitoring_bar;
};

G_DEFINE_FINAL_TYPE (RcCohortDetail, rc_cohort_detail, ADW_TYPE_BIN)

static void
show_header (RcCohortDetail *self)
{
  RcCohort *cohort = self->cohort;
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", cohort->programme_name, cohort->consortium_name);
  g_autoptr(GString) facts = g_string_new (NULL);
  RcRetention whole = { 0 };

  rc_cohort_retention_get_figures (self->retention, 0, &whole);
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

static void
reload (RcCohortDetail *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) trainees = NULL;
  g_autoptr(RcProgramme) programme = NULL;
  gint64 id = self->cohort != NULL ? self->cohort->id : 0;

  g_clear_object (&self->cohort);
  if (self->store != NULL && id != 0)
    self->cohort = rc_store_get_cohort (self->store, id, &error);
  if (self->cohort != NULL)
    {
      programme = rc_store_get_programme (self->store, self->cohort->programme_id, NULL);
      trainees = rc_store_list_trainees (self->store, id, &error);
    }
  if (error != NULL)
    g_warning ("Could not load cohort %" G_GINT64_FORMAT ": %s", id, error->message);

  self->returners = programme != NULL && g_strcmp0 (programme->kind, "returner") == 0;
  rc_cohort_retention_load (self->retention, self->store, self->cohort);
  rc_cohort_funnel_view_load (self->funnel_view, self->store, self->cohort);
  /* The retention table's rows are the cohort's host councils. */
  rc_trainee_table_set_trainees (self->table, self->cohort, self->returners, trainees,
                                 rc_cohort_retention_get_rows (self->retention));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cohort.add-trainee", self->cohort != NULL);
  if (self->cohort == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }

  show_header (self);
  gtk_stack_set_visible_child_name (self->stack, "cohort");
}

static void
on_store_changed (RcCohortDetail *self,
                  const char     *entity)
{
  if (g_str_equal (entity, "cohort")
      || g_str_equal (entity, "cohort_place")
      || g_str_equal (entity, "trainee")
      || g_str_equal (entity, "trainee_event")
      || g_str_equal (entity, "council"))
    reload (self);
}

void
rc_cohort_detail_set_store (RcCohortDetail *self,
                            RcStore        *store)
{
  g_return_if_fail (RC_IS_COHORT_DETAIL (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);

  rc_trainee_pane_set_store (self->pane, store);
  rc_cohort_detail_show_cohort (self, 0);
}

void
rc_cohort_detail_show_cohort (RcCohortDetail *self,
                              gint64          id)
{
  g_return_if_fail (RC_IS_COHORT_DETAIL (self));

  g_clear_object (&self->cohort);
  if (id != 0)
    {
      /* reload() fetches it afresh from the store. */
      self->cohort = rc_cohort_new ();
      self->cohort->id = id;
    }

  /* Another cohort starts unfiltered, with no trainee open. */
  rc_trainee_table_reset (self->table);
  reload (self);
}

gint64
rc_cohort_detail_get_cohort_id (RcCohortDetail *self)
{
  g_return_val_if_fail (RC_IS_COHORT_DETAIL (self), 0);

  return self->cohort != NULL ? self->cohort->id : 0;
}

GListModel *
rc_cohort_detail_get_trainees (RcCohortDetail *self)
{
  g_return_val_if_fail (RC_IS_COHORT_DETAIL (self), NULL);

  return rc_trainee_table_get_shown (self->table);
}

GtkWidget *
rc_cohort_detail_get_table (RcCohortDetail *self)
{
  g_return_val_if_fail (RC_IS_COHORT_DETAIL (self), NULL);

  return GTK_WIDGET (self->table);
}

void
rc_cohort_detail_select_trainee (RcCohortDetail *self,
                                 gint64          id)
{
  g_return_if_fail (RC_IS_COHORT_DETAIL (self));

  rc_trainee_table_select_trainee (self->table, id);
}

GtkWidget *
rc_cohort_detail_get_pane (RcCohortDetail *self)
{
  g_return_val_if_fail (RC_IS_COHORT_DETAIL (self), NULL);

  return GTK_WIDGET (self->pane);
}

GtkWidget *
rc_cohort_detail_get_funnel (RcCohortDetail *self)
{
  g_return_val_if_fail (RC_IS_COHORT_DETAIL (self), NULL);

  return GTK_WIDGET (self->funnel_view);
}

GtkWidget *
rc_cohort_detail_get_retention (RcCohortDetail *self)
{
  g_return_val_if_fail (RC_IS_COHORT_DETAIL (self), NULL);

  return GTK_WIDGET (self->retention);
}

static void
on_trainee_saved (RcCohortDetail *self,
                  RcTrainee      *trainee)
{
  rc_cohort_detail_select_trainee (self, trainee->id);
}

GtkWidget *
rc_cohort_detail_open_trainee_dialog (RcCohortDetail *self)
{
  GtkRoot *root;
  GtkWidget *dialog;

  g_return_val_if_fail (RC_IS_COHORT_DETAIL (self), NULL);

  if (self->store == NULL || self->cohort == NULL)
    return NULL;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = rc_trainee_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                  self->store, self->cohort, NULL);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_trainee_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
add_trainee_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  rc_cohort_detail_open_trainee_dialog (RC_COHORT_DETAIL (widget));
}

static GtkWindow *
parent_window (RcCohortDetail *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_toast (RcCohortDetail *self,
            const char     *text)
{
  GtkWindow *window = parent_window (self);

  if (RC_IS_WINDOW (window))
    rc_window_add_toast (RC_WINDOW (window), adw_toast_new (text));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RcCohortDetail *self = RC_COHORT_DETAIL (widget);

  if (self->store != NULL && self->cohort != NULL)
    rc_trainee_import_dialog_choose_file (parent_window (self), self->store, self->cohort->id);
}

static void
on_export_chosen (GtkNativeDialog *chooser,
                  int              response,
                  RcCohortDetail  *self)
{
  gboolean with_names = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "with-names"));
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->cohort != NULL
      && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL
      && (path = g_file_get_path (file)) != NULL)
    {
      g_autofree char *name = g_file_get_basename (file);

      if (rc_cohort_export_csv (self->store, self->cohort->id, with_names, path, &error))
        message = g_strdup_printf (_("Saved “%s”"), name);
      else
        message = g_strdup_printf (_("Could not export: %s"), error->message);
      show_toast (self, message);
    }

  g_object_unref (chooser);
  g_object_unref (self);
}

static void
choose_export_file (RcCohortDetail *self,
                    gboolean        with_names)
{
  g_autofree char *name = rc_cohort_export_suggest_name (self->cohort, with_names);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (with_names ? _("Export Cohort with Names") : _("Export Cohort"),
                                         parent_window (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "with-names", GINT_TO_POINTER (with_names));
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_chosen), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RcCohortDetail *self = RC_COHORT_DETAIL (widget);

  if (self->store != NULL && self->cohort != NULL)
    choose_export_file (self, FALSE);
}

static void
on_named_export_response (AdwMessageDialog *dialog,
                          const char       *response,
                          RcCohortDetail   *self)
{
  if (g_str_equal (response, "export") && self->cohort != NULL)
    choose_export_file (self, TRUE);
  g_object_unref (self);
}

/* A file with names is personal data: the coordinator says yes first. */
static void
export_named_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RcCohortDetail *self = RC_COHORT_DETAIL (widget);
  GtkWidget *dialog;

  if (self->store == NULL || self->cohort == NULL)
    return;

  dialog = adw_message_dialog_new (parent_window (self), _("Export Names and Contact Details?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("The file will hold the names, e-mail addresses and phone numbers of "
                                    "the trainees of “%s”. Its name and first row will say so. Keep it "
                                    "where only those who need it can read it, and delete it when it is "
                                    "no longer needed."),
                                  self->cohort->name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "export", _("_Export with Names"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_named_export_response), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  rc_trainee_table_focus_search (RC_COHORT_DETAIL (widget)->table);
}

static void
on_trainee_selected (RcCohortDetail *self,
                     gint64          id)
{
  rc_trainee_pane_show (self->pane, id != 0 ? self->cohort : NULL, id);
  adw_flap_set_reveal_flap (self->flap, id != 0);
}

static void
on_pane_closed (RcCohortDetail *self)
{
  rc_trainee_table_select_trainee (self->table, 0);
}

static void
on_flap_revealed (RcCohortDetail *self)
{
  /* A folded pane dismissed by a click beside it lets the trainee go. */
  if (!adw_flap_get_reveal_flap (self->flap) && rc_trainee_table_get_selected_id (self->table) != 0)
    rc_trainee_table_select_trainee (self->table, 0);
}

static void
rc_cohort_detail_dispose (GObject *object)
{
  RcCohortDetail *self = RC_COHORT_DETAIL (object);

  /* The bin's child is a template child: let the bin drop it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_COHORT_DETAIL);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->cohort);

  G_OBJECT_CLASS (rc_cohort_detail_parent_class)->dispose (object);
}

/* The monitoring workbook ----------------------------------------------------- */

static void
on_monitoring_chosen (GtkNativeDialog *chooser,
                      int              response,
                      RcCohortDetail  *self)
{
  gint64 cohort_id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "one-cohort"))
                     && self->cohort != NULL ? self->cohort->id : 0;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL
      && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL
      && (path = g_file_get_path (file)) != NULL)
    rc_cohort_detail_export_monitoring (self, cohort_id, path);

  g_object_unref (chooser);
  g_object_unref (self);
}

static void
choose_monitoring_file (RcCohortDetail *self,
                        gboolean        one_cohort)
{
  g_autofree char *name = rc_monitoring_workbook_suggest_name (self->store, one_cohort ? self->cohort->id : 0);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Export Monitoring Workbook"), parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "one-cohort", GINT_TO_POINTER (one_cohort));
  g_signal_connect (chooser, "response", G_CALLBACK (on_monitoring_chosen), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_monitoring_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  RcCohortDetail *self = RC_COHORT_DETAIL (widget);

  if (self->store != NULL && self->cohort != NULL)
    choose_monitoring_file (self, g_str_equal (action_name, "cohort.export-monitoring"));
}

static void
update_monitoring_actions (RcCohortDetail *self)
{
  gboolean idle = !rc_monitoring_export_bar_is_running (self->monitoring_bar);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cohort.export-monitoring", idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cohort.export-monitoring-all", idle);
}

static void
on_monitoring_finished (RcCohortDetail *self,
                        const char     *message)
{
  update_monitoring_actions (self);
  show_toast (self, message);
}

void
rc_cohort_detail_export_monitoring (RcCohortDetail *self,
                                    gint64          cohort_id,
                                    const char     *path)
{
  g_return_if_fail (RC_IS_COHORT_DETAIL (self));
  g_return_if_fail (path != NULL);

  if (self->store == NULL)
    return;
  rc_monitoring_export_bar_start (self->monitoring_bar, self->store, cohort_id, path);
  update_monitoring_actions (self);
}

gboolean
rc_cohort_detail_is_exporting (RcCohortDetail *self)
{
  g_return_val_if_fail (RC_IS_COHORT_DETAIL (self), FALSE);

  return rc_monitoring_export_bar_is_running (self->monitoring_bar);
}

static void
rc_cohort_detail_class_init (RcCohortDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_cohort_detail_dispose;

  g_type_ensure (RC_TYPE_COHORT_RETENTION);
  g_type_ensure (RC_TYPE_COHORT_FUNNEL_VIEW);
  g_type_ensure (RC_TYPE_TRAINEE_PANE);
  g_type_ensure (RC_TYPE_TRAINEE_TABLE);
  g_type_ensure (RC_TYPE_MONITORING_EXPORT_BAR);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-cohort-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, RcCohortDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, RcCohortDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, RcCohortDetail, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, RcCohortDetail, facts_label);
  gtk_widget_class_bind_template_child (widget_class, RcCohortDetail, flap);
  gtk_widget_class_bind_template_child (widget_class, RcCohortDetail, table);
  gtk_widget_class_bind_template_child (widget_class, RcCohortDetail, retention);
  gtk_widget_class_bind_template_child (widget_class, RcCohortDetail, pane);
  gtk_widget_class_bind_template_child (widget_class, RcCohortDetail, monitoring_bar);

  gtk_widget_class_install_action (widget_class, "cohort.add-trainee", NULL, add_trainee_action);
  gtk_widget_class_install_action (widget_class, "cohort.focus-search", NULL, focus_search_action);
  gtk_widget_class_install_action (widget_class, "cohort.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "cohort.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "cohort.export-named", NULL, export_named_action);
  gtk_widget_class_install_action (widget_class, "cohort.export-monitoring", NULL, export_monitoring_action);
  gtk_widget_class_install_action (widget_class, "cohort.export-monitoring-all", NULL, export_monitoring_action);
}

static void
rc_cohort_detail_init (RcCohortDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The funnel under the retention's table, which it scrolls with. */
  self->funnel_view = RC_COHORT_FUNNEL_VIEW (rc_cohort_funnel_view_new ());
  rc_cohort_retention_add_footer (self->retention, GTK_WIDGET (self->funnel_view));

  g_signal_connect_swapped (self->table, "trainee-selected", G_CALLBACK (on_trainee_selected), self);
  g_signal_connect_swapped (self->pane, "closed", G_CALLBACK (on_pane_closed), self);
  g_signal_connect_swapped (self->flap, "notify::reveal-flap", G_CALLBACK (on_flap_revealed), self);
  g_signal_connect_swapped (self->monitoring_bar, "finished", G_CALLBACK (on_monitoring_finished), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cohort.add-trainee", FALSE);
}

GtkWidget *
rc_cohort_detail_new (void)
{
  return g_object_new (RC_TYPE_COHORT_DETAIL, NULL);
}
