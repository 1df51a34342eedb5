/* rc-cohort-detail.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "export/rc-cohort-export.h"
#include "import/rc-trainee-import.h"
#include "export/rc-monitoring-workbook.h"
#include "rc-cohort-detail-private.h"
#include "rc-cohort-retention.h"
#include "rc-file-chooser.h"
#include "rc-loader.h"
#include "rc-export-bar.h"
#include "rc-trainee-dialog.h"
#include "rc-csv-import-dialog.h"
#include "rc-trainee-pane.h"
#include "rc-trainee-table.h"
#include "rc-view-util.h"
#include "rc-window.h"
#include "rc-write-actions.h"

G_DEFINE_FINAL_TYPE (RcCohortDetail, rc_cohort_detail, ADW_TYPE_BIN)

/* Once for a burst of changes. */
static void
on_store_changed (RcCohortDetail *self,
                  RcEntityKind    kind)
{
  if ((kind == RC_ENTITY_COHORT
       || kind == RC_ENTITY_COHORT_PLACE
       || kind == RC_ENTITY_TRAINEE
       || kind == RC_ENTITY_TRAINEE_EVENT
       || kind == RC_ENTITY_COUNCIL)
      && self->reload_source == 0 && self->cohort_id != 0)
    self->reload_source = g_idle_add (rc_cohort_detail_reload_now, self);
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

  self->cohort_id = id;
  self->select_after_load = 0;
  /* Another cohort starts unfiltered, with no trainee open. */
  rc_trainee_table_reset (self->table);
  rc_cohort_detail_reload (self);
}

gint64
rc_cohort_detail_get_cohort_id (RcCohortDetail *self)
{
  g_return_val_if_fail (RC_IS_COHORT_DETAIL (self), 0);

  return self->cohort_id;
}

gboolean
rc_cohort_detail_get_loading (RcCohortDetail *self)
{
  g_return_val_if_fail (RC_IS_COHORT_DETAIL (self), FALSE);

  return self->reload_source != 0 || rc_loader_get_busy (self->loader)
         || rc_cohort_funnel_view_get_loading (self->funnel_view);
}

void
rc_cohort_detail_select_trainee (RcCohortDetail *self,
                                 gint64          id)
{
  g_return_if_fail (RC_IS_COHORT_DETAIL (self));

  rc_trainee_table_select_trainee (self->table, id);
}

static void
on_trainee_saved (RcCohortDetail *self,
                  RcTrainee      *trainee)
{
  /* A new trainee is in the table once the cohort has been read again. */
  rc_cohort_detail_select_trainee (self, trainee->id);
  if (rc_trainee_table_get_selected_id (self->table) != trainee->id)
    self->select_after_load = trainee->id;
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
    {
      g_autoptr(RcTraineeImport) plan = rc_trainee_import_new (self->store, self->cohort->id);

      rc_csv_import_dialog_choose_file (parent_window (self), RC_IMPORT_PLAN (plan));
    }
}

/* One export at a time: the actions are off while a file is written. */
static void
set_exporting (RcCohortDetail *self,
               GCancellable   *work)
{
  g_set_object (&self->export_work, work);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cohort.export", work == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cohort.export-named", work == NULL);
}

/* The work holds the name of the file it writes, for the toast. */
#define EXPORT_NAME "rc-export-name"

static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RcCohortDetail) self = rc_view_weak_take (user_data);
  g_autoptr(GError) error = NULL;
  gboolean written = rc_cohort_export_csv_finish (RC_STORE (source), result, &error);

  /* A detail gone meanwhile cancelled the work, and is told nothing. */
  if (self != NULL && self->export_work != NULL && !g_cancellable_is_cancelled (self->export_work))
    {
      const char *name = g_object_get_data (G_OBJECT (self->export_work), EXPORT_NAME);
      g_autofree char *message = written ? g_strdup_printf (_("Saved “%s”"), name)
                                         : g_strdup_printf (_("Could not export: %s"), error->message);

      set_exporting (self, NULL);
      show_toast (self, message);
    }
}

/* The file is read and written in a worker: a national cohort is large. */
static void
on_export_chosen (GtkWidget     *owner,
                  GFile         *file,
                  RcFileChooser *chooser)
{
  RcCohortDetail *self = RC_COHORT_DETAIL (owner);
  gboolean with_names = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "with-names"));
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
  g_autoptr(GCancellable) work = NULL;

  if (path == NULL || self->cohort == NULL || self->export_work != NULL)
    return;

  work = g_cancellable_new ();
  g_object_set_data_full (G_OBJECT (work), EXPORT_NAME, g_file_get_basename (file), g_free);
  set_exporting (self, work);
  rc_cohort_export_csv_async (self->store, self->cohort->id, with_names, path, work, export_done,
                              rc_view_weak_new (self));
}

gboolean
rc_cohort_detail_is_exporting (RcCohortDetail *self)
{
  g_return_val_if_fail (RC_IS_COHORT_DETAIL (self), FALSE);

  return self->export_work != NULL;
}

static void
choose_export_file (RcCohortDetail *self,
                    gboolean        with_names)
{
  g_autofree char *name = rc_cohort_export_suggest_name (self->cohort, with_names);
  g_autoptr(RcFileChooser) chooser = NULL;

  chooser = rc_file_chooser_new_save (with_names ? _("Export Cohort with Names") : _("Export Cohort"),
                                      _("_Export"), name);
  rc_file_chooser_add_filter (chooser, _("CSV files"), "csv", NULL, 0, TRUE);
  g_object_set_data (G_OBJECT (chooser), "with-names", GINT_TO_POINTER (with_names));
  rc_file_chooser_show (chooser, GTK_WIDGET (self), on_export_chosen);
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

  if (self->export_work != NULL)
    g_cancellable_cancel (self->export_work);
  g_clear_object (&self->export_work);
  /* The bin's child is a template child: let the bin drop it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_COHORT_DETAIL);
  if (self->loader != NULL)
    rc_loader_cancel (self->loader);
  g_clear_object (&self->loader);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->cohort);

  G_OBJECT_CLASS (rc_cohort_detail_parent_class)->dispose (object);
}

/* The monitoring workbook ----------------------------------------------------- */

static void
on_monitoring_chosen (GtkWidget     *owner,
                      GFile         *file,
                      RcFileChooser *chooser)
{
  RcCohortDetail *self = RC_COHORT_DETAIL (owner);
  gint64 cohort_id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "one-cohort"))
                     && self->cohort != NULL ? self->cohort->id : 0;
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

  if (path != NULL && self->store != NULL)
    rc_cohort_detail_export_monitoring (self, cohort_id, path);
}

static void
choose_monitoring_file (RcCohortDetail *self,
                        gboolean        one_cohort)
{
  g_autofree char *name = rc_monitoring_workbook_suggest_name (self->store, one_cohort ? self->cohort->id : 0);
  g_autoptr(RcFileChooser) chooser = NULL;

  chooser = rc_file_chooser_new_save (_("Export Monitoring Workbook"), _("_Export"), name);
  rc_file_chooser_add_filter (chooser, _("Excel workbooks"), "xlsx", NULL, 0, TRUE);
  g_object_set_data (G_OBJECT (chooser), "one-cohort", GINT_TO_POINTER (one_cohort));
  rc_file_chooser_show (chooser, GTK_WIDGET (self), on_monitoring_chosen);
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
  gboolean idle = !rc_export_bar_is_running (self->monitoring_bar);

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
  rc_export_bar_start (self->monitoring_bar, rc_monitoring_workbook_write_async,
                       rc_monitoring_workbook_write_finish, self->store, cohort_id, path);
  update_monitoring_actions (self);
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
  g_type_ensure (RC_TYPE_EXPORT_BAR);
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

  self->loader = rc_loader_new (self);
  g_signal_connect_swapped (self->table, "trainee-selected", G_CALLBACK (on_trainee_selected), self);
  g_signal_connect_swapped (self->pane, "closed", G_CALLBACK (on_pane_closed), self);
  g_signal_connect_swapped (self->flap, "notify::reveal-flap", G_CALLBACK (on_flap_revealed), self);
  rc_write_action_set_enabled (GTK_WIDGET (self), "cohort.add-trainee", FALSE);
  rc_write_action_set_enabled (GTK_WIDGET (self), "cohort.import", FALSE);
  g_signal_connect_swapped (self->monitoring_bar, "finished", G_CALLBACK (on_monitoring_finished), self);
}

GtkWidget *
rc_cohort_detail_new (void)
{
  return g_object_new (RC_TYPE_COHORT_DETAIL, NULL);
}
