/* bench-stalls-files.c: the actions of bench-stalls.c that go through a
 * file: importing trainees through the import dialog, and exporting the
 * monitoring workbook
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "bench-stall-meter.h"
#include "bench-stalls-private.h"

/* Importing -------------------------------------------------------------- */

static gboolean
chooser_shown (gpointer data)
{
  GtkWindow *chooser = bench_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL);

  return chooser != NULL && gtk_widget_get_mapped (GTK_WIDGET (chooser));
}

static gboolean
chooser_in_folder (gpointer data)
{
  GtkWindow *chooser = bench_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL);
  g_autoptr(GFile) folder = chooser != NULL ? gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (chooser))
                                            : NULL;

  return folder != NULL && g_file_equal (folder, data);
}

static gboolean
chooser_has_file (gpointer data)
{
  GtkWindow *chooser = bench_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL);
  g_autoptr(GFile) chosen = chooser != NULL ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)) : NULL;

  return chosen != NULL && g_file_equal (chosen, data);
}

/* The dialog the import opened: a window over @window that is neither
 * it nor a file chooser. */
static GtkWindow *
find_dialog (RcWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) dialog = g_list_model_get_item (toplevels, i);

      if (dialog != GTK_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (dialog))
          && !GTK_IS_FILE_CHOOSER (dialog) && !ADW_IS_MESSAGE_DIALOG (dialog))
        return dialog;
    }

  return NULL;
}

static const char * const next_suffixes[] = { ".preview", ".next", ".continue", NULL };
static const char * const apply_suffixes[] = { ".apply", ".import", NULL };

typedef struct {
  RcWindow  *window;
  GtkWidget *button;
  gboolean   apply;
} StepWait;

static gboolean
step_ready (gpointer data)
{
  StepWait *wait = data;
  GtkWindow *dialog = find_dialog (wait->window);

  if (dialog == NULL)
    return FALSE;
  wait->button = bench_find_action_button (GTK_WIDGET (dialog), apply_suffixes);
  wait->apply = wait->button != NULL;
  if (wait->button == NULL)
    wait->button = bench_find_action_button (GTK_WIDGET (dialog), next_suffixes);

  return wait->button != NULL;
}

/* A step's button pressed is answered when it has left the screen or
 * can no longer be pressed. */
static gboolean
button_done (gpointer data)
{
  GtkWidget *button = data;

  return !gtk_widget_get_mapped (button) || !gtk_widget_is_sensitive (button);
}

typedef struct {
  RcWindow   *window;
  guint       at_least;
  const char *why;
} ImportedWait;

static gboolean
import_shown (gpointer data)
{
  ImportedWait *wait = data;
  GtkWidget *page = rc_window_get_page (wait->window, "cohorts");
  GtkWidget *table = bench_find_by_type_name (page, TRUE, "RcTraineeTable");
  GListModel *rows = bench_find_list_model (table);

  if (find_dialog (wait->window) != NULL)
    return (wait->why = "the import dialog is still open", FALSE);
  if (rows == NULL || g_list_model_get_n_items (rows) < wait->at_least)
    return (wait->why = "the cohort does not list the new trainees", FALSE);

  return bench_page_shows_data (page, &wait->why);
}

void
bench_stalls_import (RcWindow   *window,
                     const char *csv_path)
{
  GtkWidget *entry = bench_stalls_find_trainee_search (window);
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (csv_path);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autoptr(GError) error = NULL;
  GListModel *rows;
  GtkWindow *chooser;
  const char *action;
  ImportedWait shown = { window, 0, NULL };
  double stall = 0, phase_stall, steps_ms[3] = { 0 };
  guint n_lines = 0, step = 0;
  gint64 t0, phase_t0;

  /* Every line but the header is a trainee. */
  {
    g_autofree char *contents = NULL;

    if (!g_file_get_contents (csv_path, &contents, NULL, &error))
      {
        bench_stalls_fail ("import", error->message);
        return;
      }
    for (const char *p = contents; (p = strchr (p, '\n')) != NULL; p++)
      n_lines++;
  }

  if (entry == NULL)
    {
      bench_stalls_fail ("import", "no cohort shown");
      return;
    }
  rows = bench_find_list_model (gtk_widget_get_ancestor (entry, g_type_from_name ("RcTraineeTable")));
  if (rows == NULL)
    {
      bench_stalls_fail ("import", "the cohort shows no list of trainees");
      return;
    }
  shown.at_least = g_list_model_get_n_items (rows) + n_lines - 1;

  /* The cohort's Import action, as its menu item activates it. */
  action = bench_find_class_action (entry, "cohort.import");
  if (action == NULL)
    action = bench_find_class_action (entry, "import");
  if (action == NULL)
    {
      bench_stalls_fail ("import", "the cohort has no import action");
      return;
    }
  gtk_widget_activate_action (entry, action, NULL);
  if (!bench_wait_for (chooser_shown, NULL, 10000))
    {
      bench_stalls_fail ("import", "no file chooser");
      return;
    }
  /* The chooser opens its first folder in the background; one set
   * before that is replaced by it. */
  bench_run_for (1500);
  chooser = bench_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL);
  if (!gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, &error))
    {
      bench_stalls_fail ("import", error->message);
      return;
    }
  /* Chosen before the folder is listed, the file would be unselected as
   * the listing selects its first row. */
  if (!bench_wait_for (chooser_in_folder, folder, 10000))
    {
      bench_stalls_fail ("import", "the file chooser did not open the file's folder");
      return;
    }
  bench_run_for (1000);
  if (!gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, &error))
    {
      bench_stalls_fail ("import", error->message);
      return;
    }
  if (!bench_wait_for (chooser_has_file, file, 10000))
    {
      bench_stalls_fail ("import", "the file chooser did not select the file");
      return;
    }

  /* From Open in the file chooser to the cohort listing the trainees:
   * the file read, the columns shown, then each step's button pressed as
   * soon as it can be. */
  t0 = phase_t0 = g_get_monotonic_time ();
  stall_meter_start ();
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  for (;;)
    {
      StepWait wait = { window, NULL, FALSE };

      if (!bench_wait_for (step_ready, &wait, PAGE_TIMEOUT_MS))
        {
          bench_stalls_fail ("import", "the import dialog offered no next step");
          return;
        }
      phase_stall = stall_meter_stop ();
      stall = MAX (stall, phase_stall);
      if (step < G_N_ELEMENTS (steps_ms))
        steps_ms[step] = (g_get_monotonic_time () - phase_t0) / 1000.0;
      fprintf (stderr, "  import step %u: %.0f ms, longest stall %.0f ms\n", step,
               (g_get_monotonic_time () - phase_t0) / 1000.0, phase_stall);
      step++;
      phase_t0 = g_get_monotonic_time ();
      stall_meter_start ();
      /* A click: "clicked" at once, where the keyboard's activation
       * would first show the button pressed for a quarter second. */
      g_signal_emit_by_name (wait.button, "clicked");
      if (wait.apply)
        break;
      if (!bench_wait_for (button_done, wait.button, PAGE_TIMEOUT_MS))
        {
          bench_stalls_fail ("import", "the dialog's next step did not come");
          return;
        }
    }
  if (!bench_wait_for (import_shown, &shown, PAGE_TIMEOUT_MS))
    {
      bench_stalls_fail ("import", shown.why);
      return;
    }
  bench_wait_frames (1, 2000);
  if (step < G_N_ELEMENTS (steps_ms))
    steps_ms[step] = (g_get_monotonic_time () - phase_t0) / 1000.0;
  fprintf (stderr, "  import step %u (applied and shown): %.0f ms, longest stall %.0f ms\n", step,
           (g_get_monotonic_time () - phase_t0) / 1000.0, stall_meter_longest ());
  bench_run_for (SETTLE_MS);
  stall = MAX (stall, stall_meter_stop ());

  rows = bench_find_list_model (bench_find_by_type_name (rc_window_get_page (window, "cohorts"), TRUE,
                                                         "RcTraineeTable"));
  printf ("import stall_ms %.1f show_ms %.1f trainees %u rows %u\n", stall,
          (g_get_monotonic_time () - t0) / 1000.0 - SETTLE_MS, n_lines - 1,
          rows != NULL ? g_list_model_get_n_items (rows) : 0);
}

/* The monitoring workbook -------------------------------------------------- */

typedef struct {
  const char *name;
  GtkWidget  *owner;
} Found;

static gboolean
has_monitoring_action (GtkWidget *widget,
                       gpointer   data)
{
  Found *found = data;
  GtkWidgetClass *klass = GTK_WIDGET_GET_CLASS (widget);
  const char *name, *property;
  const GVariantType *type;
  GType owner;

  for (guint i = 0; gtk_widget_class_query_action (klass, i, &owner, &name, &type, &property); i++)
    if (strstr (name, "monitoring") != NULL)
      {
        found->name = name;
        found->owner = widget;
        return TRUE;
      }

  return FALSE;
}

/* The action that exports the monitoring workbook, wherever it was put:
 * the application's, the window's, or a widget's in the window. */
static gboolean
find_monitoring_action (GApplication *app,
                        RcWindow     *window,
                        Found        *found,
                        char        **name)
{
  g_auto(GStrv) app_actions = g_action_group_list_actions (G_ACTION_GROUP (app));
  g_auto(GStrv) win_actions = g_action_group_list_actions (G_ACTION_GROUP (window));

  for (guint i = 0; app_actions[i] != NULL; i++)
    if (strstr (app_actions[i], "monitoring") != NULL)
      return (*name = g_strconcat ("app.", app_actions[i], NULL)), TRUE;
  for (guint i = 0; win_actions[i] != NULL; i++)
    if (strstr (win_actions[i], "monitoring") != NULL)
      return (*name = g_strconcat ("win.", win_actions[i], NULL)), TRUE;
  if (bench_find (GTK_WIDGET (window), FALSE, has_monitoring_action, found) != NULL)
    return (*name = g_strdup (found->name)), TRUE;

  return FALSE;
}

typedef struct {
  const char *path;
  goffset     size;
} FileWait;

/* The application writes files under a temporary name and renames them:
 * one under its own name is whole. */
static gboolean
file_written (gpointer data)
{
  FileWait *wait = data;
  GStatBuf st;

  if (g_stat (wait->path, &st) != 0 || st.st_size == 0)
    return FALSE;
  wait->size = st.st_size;

  return TRUE;
}

void
bench_stalls_export_monitoring (RcWindow     *window,
                                GApplication *app)
{
  Found found = { NULL, NULL };
  g_autofree char *name = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  FileWait wait = { NULL, 0 };
  GtkWindow *chooser;
  double stall, shown;
  gint64 t0;

  if (!find_monitoring_action (app, window, &found, &name))
    {
      printf ("monitoring not_built\n");
      return;
    }

  dir = g_dir_make_tmp ("bench-monitoring-XXXXXX", NULL);
  path = g_build_filename (dir, "monitoring.xlsx", NULL);
  wait.path = path;
  fprintf (stderr, "  the monitoring workbook: action %s\n", name);

  t0 = g_get_monotonic_time ();
  stall_meter_start ();
  gtk_widget_activate_action (found.owner != NULL ? found.owner : GTK_WIDGET (window), name, NULL);
  /* A file chooser, if it asks for a name: the time and stalls counted
   * are from its answer on, as for the import. */
  if (bench_wait_for (chooser_shown, NULL, 5000))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (dir);

      stall_meter_stop ();
      bench_run_for (1500);
      chooser = bench_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "monitoring.xlsx");
      bench_run_for (500);
      t0 = g_get_monotonic_time ();
      stall_meter_start ();
      gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
    }
  if (!bench_wait_for (file_written, &wait, PAGE_TIMEOUT_MS))
    {
      /* Not a failure of the run: the row says the export is there but
       * this benchmark does not know how to drive it yet. */
      stall_meter_stop ();
      printf ("monitoring not_driven %s\n", name);
      fprintf (stderr, "bench-stalls: monitoring: %s wrote no workbook where the file chooser was told\n", name);
      return;
    }
  shown = (g_get_monotonic_time () - t0) / 1000.0;
  bench_run_for (SETTLE_MS);
  stall = stall_meter_stop ();
  printf ("monitoring stall_ms %.1f show_ms %.1f bytes %" G_GOFFSET_FORMAT "\n", stall, shown, wait.size);
}
