/* bench-stalls.c: how long each user action holds the main loop
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real application on DATABASE (a copy: the import writes to
 * it) and does what a user does, each action in turn, while a meter
 * (bench-stall-meter.c) records the longest gap between the main loop's
 * ticks and painted frames:
 *
 *   - opening the database on the Councils page, at start;
 *   - opening Cohorts, Bids and Trends, each for the first time, with the
 *     window's "win.show-page" action, as the view switcher does;
 *   - typing a name into the trainee search of the cohort shown, a letter
 *     at a time, then deleting it;
 *   - importing CSV (100,000 trainees) into that cohort through the
 *     cohort's import action: the file chooser, the columns, the preview,
 *     Import, until the cohort shows the new trainees; then the same
 *     typing in that cohort;
 *   - exporting the monitoring workbook, when the application has an
 *     action for it.
 *
 * Everything is driven through actions, buttons and entries a user
 * reaches, found on screen by their action names and widget types, so
 * that the benchmark holds while pages and dialogs change inside. A page
 * shows its data when it is on screen, no spinner turns, it does not say
 * it is loading, and every list on it holds something; the time to that
 * includes the frame that paints it.
 *
 *   bench-stalls DATABASE CSV [--skip-import]
 *
 * Prints one line per action: NAME stall_ms N show_ms N [more].
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "bench-stall-meter.h"
#include "rc-application.h"
#include "views/rc-window.h"

#define SETTLE_MS 500          /* after the data shows, what follows still counts */
#define PAGE_TIMEOUT_MS 300000

static const char *csv_path;
static gboolean skip_import;
static gint64 activated_at;
static int status;
static GApplication *app;

static void
fail (const char *step,
      const char *why)
{
  fprintf (stderr, "bench-stalls: %s: %s\n", step, why);
  status = 1;
}

static RcWindow *
find_window (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (RC_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

typedef struct {
  RcWindow   *window;
  const char *name;
  const char *why;
} PageWait;

static gboolean
page_ready (gpointer data)
{
  PageWait *wait = data;

  return bench_page_shows_data (rc_window_get_page (wait->window, wait->name), &wait->why);
}

/* Waits until page @name shows its data and a frame has painted it;
 * the time that took, in ms since @since, or -1. */
static double
wait_for_page (RcWindow   *window,
               const char *name,
               gint64      since)
{
  PageWait wait = { window, name, NULL };

  if (!bench_wait_for (page_ready, &wait, PAGE_TIMEOUT_MS))
    {
      fail (name, wait.why);
      return -1;
    }
  bench_wait_frames (1, 2000);

  return (g_get_monotonic_time () - since) / 1000.0;
}

static gboolean
store_writable (gpointer data)
{
  RcStore *store = rc_window_get_store (data);

  return store != NULL && rc_store_get_writable (store);
}

static gboolean
prompt_shown (gpointer data)
{
  return bench_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL) != NULL;
}

/* Typing ----------------------------------------------------------------- */

static guint search_changes;

static void
on_search_changed (GtkSearchEntry *entry)
{
  search_changes++;
}

static gboolean
search_answered (gpointer data)
{
  return search_changes >= GPOINTER_TO_UINT (data);
}

/* The trainee search of the cohort shown: the search entry of its
 * trainee table. */
static GtkWidget *
find_trainee_search (RcWindow *window)
{
  GtkWidget *page = rc_window_get_page (window, "cohorts");
  GtkWidget *table = bench_find_by_type_name (page, TRUE, "RcTraineeTable");

  return bench_find_by_type_name (table, TRUE, "GtkSearchEntry");
}

/* Types @text into the trainee search a letter at a time, waiting for
 * each search to be answered and painted as a typist would see it, then
 * deletes it the same way. Prints the longest stall. */
static void
type_search (RcWindow   *window,
             const char *name,
             const char *text)
{
  GtkWidget *entry = find_trainee_search (window);
  GtkWidget *table;
  GListModel *rows;
  guint keystrokes = 0, total, fewest = G_MAXUINT;
  double stall;

  if (entry == NULL)
    {
      fail (name, "no trainee search on screen");
      return;
    }
  table = gtk_widget_get_ancestor (entry, g_type_from_name ("RcTraineeTable"));
  rows = bench_find_list_model (table);
  total = rows != NULL ? g_list_model_get_n_items (rows) : 0;

  g_signal_connect (entry, "search-changed", G_CALLBACK (on_search_changed), NULL);
  gtk_widget_grab_focus (entry);
  bench_run_for (300);

  stall_meter_start ();
  for (int direction = 0; direction < 2; direction++)
    for (guint i = 0; i < strlen (text); i++)
      {
        int end = gtk_editable_get_position (GTK_EDITABLE (entry));
        guint expected = search_changes + 1;

        if (direction == 0)
          gtk_editable_insert_text (GTK_EDITABLE (entry), text + i, 1, &end);
        else
          gtk_editable_delete_text (GTK_EDITABLE (entry), end - 1, end);
        gtk_editable_set_position (GTK_EDITABLE (entry), -1);
        keystrokes++;
        if (!bench_wait_for (search_answered, GUINT_TO_POINTER (expected), 10000))
          {
            fail (name, "the search did not answer a keystroke");
            break;
          }
        bench_wait_frames (1, 1000);
        fprintf (stderr, "  %s: keystroke %u, longest stall so far %.0f ms\n", name, keystrokes,
                 stall_meter_longest ());
        if (rows != NULL)
          fewest = MIN (fewest, g_list_model_get_n_items (rows));
      }
  bench_run_for (SETTLE_MS);
  stall = stall_meter_stop ();
  g_signal_handlers_disconnect_by_func (entry, on_search_changed, NULL);

  printf ("%s stall_ms %.1f keystrokes %u rows %u matches %u\n", name, stall, keystrokes, total,
          fewest == G_MAXUINT ? 0 : fewest);
}

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

static void
import_trainees (RcWindow *window)
{
  GtkWidget *entry = find_trainee_search (window);
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
      return fail ("import", error->message);
    for (const char *p = contents; (p = strchr (p, '\n')) != NULL; p++)
      n_lines++;
  }

  if (entry == NULL)
    return fail ("import", "no cohort shown");
  rows = bench_find_list_model (gtk_widget_get_ancestor (entry, g_type_from_name ("RcTraineeTable")));
  shown.at_least = g_list_model_get_n_items (rows) + n_lines - 1;

  /* The cohort's Import action, as its menu item activates it. */
  action = bench_find_class_action (entry, "cohort.import");
  if (action == NULL)
    action = bench_find_class_action (entry, "import");
  if (action == NULL)
    return fail ("import", "the cohort has no import action");
  gtk_widget_activate_action (entry, action, NULL);
  if (!bench_wait_for (chooser_shown, NULL, 10000))
    return fail ("import", "no file chooser");
  /* The chooser opens its first folder in the background; one set
   * before that is replaced by it. */
  bench_run_for (1500);
  chooser = bench_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL);
  if (!gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, &error))
    return fail ("import", error->message);
  /* Chosen before the folder is listed, the file would be unselected as
   * the listing selects its first row. */
  if (!bench_wait_for (chooser_in_folder, folder, 10000))
    return fail ("import", "the file chooser did not open the file's folder");
  bench_run_for (1000);
  if (!gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, &error))
    return fail ("import", error->message);
  if (!bench_wait_for (chooser_has_file, file, 10000))
    return fail ("import", "the file chooser did not select the file");

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
        return fail ("import", "the import dialog offered no next step");
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
        return fail ("import", "the dialog's next step did not come");
    }
  if (!bench_wait_for (import_shown, &shown, PAGE_TIMEOUT_MS))
    return fail ("import", shown.why);
  bench_wait_frames (1, 2000);
  if (step < G_N_ELEMENTS (steps_ms))
    steps_ms[step] = (g_get_monotonic_time () - phase_t0) / 1000.0;
  fprintf (stderr, "  import step %u (applied and shown): %.0f ms, longest stall %.0f ms\n", step,
           (g_get_monotonic_time () - phase_t0) / 1000.0, stall_meter_longest ());
  bench_run_for (SETTLE_MS);
  stall = MAX (stall, stall_meter_stop ());

  printf ("import stall_ms %.1f show_ms %.1f trainees %u rows %u\n", stall,
          (g_get_monotonic_time () - t0) / 1000.0 - SETTLE_MS, n_lines - 1,
          g_list_model_get_n_items (bench_find_list_model (gtk_widget_get_ancestor (
            find_trainee_search (window), g_type_from_name ("RcTraineeTable")))));
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
find_monitoring_action (RcWindow *window,
                        Found    *found,
                        char    **name)
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

static void
export_monitoring (RcWindow *window)
{
  Found found = { NULL, NULL };
  g_autofree char *name = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  FileWait wait = { NULL, 0 };
  GtkWindow *chooser;
  double stall, shown;
  gint64 t0;

  if (!find_monitoring_action (window, &found, &name))
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

/* The run ------------------------------------------------------------------ */

static gboolean
run (gpointer data)
{
  static const char *pages[] = { "cohorts", "bids", "trends" };
  RcWindow *window = find_window ();
  GtkWindow *prompt;
  double shown, stall;

  if (window == NULL || rc_window_get_store (window) == NULL)
    {
      fail ("start", "the window has no database open");
      goto out;
    }

  /* Councils is built and read as the database opens, before the
   * window's first frame: from "activate" on. */
  stall_meter_watch (GTK_WIDGET (window));
  shown = wait_for_page (window, "councils", activated_at);
  if (shown < 0)
    goto out;
  printf ("councils_shown monotonic_us %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  bench_run_for (SETTLE_MS);
  stall = stall_meter_stop ();
  printf ("councils stall_ms %.1f show_ms %.1f\n", stall, shown);

  /* Then the file is checked in a worker before anything can be saved,
   * and the retention prompt asks about the cohorts past the period:
   * not actions of the user's, but the main loop is measured there too. */
  stall_meter_start ();
  if (!bench_wait_for (store_writable, window, PAGE_TIMEOUT_MS))
    {
      fail ("start", "the database was not checked");
      goto out;
    }
  bench_wait_for (prompt_shown, NULL, 3000);
  bench_run_for (SETTLE_MS);
  printf ("checked stall_ms %.1f\n", stall_meter_stop ());
  while ((prompt = bench_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL)) != NULL)
    {
      gtk_window_close (prompt);
      bench_run_for (100);
    }
  bench_run_for (SETTLE_MS);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      gint64 t0 = g_get_monotonic_time ();

      stall_meter_start ();
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", pages[i]);
      shown = wait_for_page (window, pages[i], t0);
      if (shown < 0)
        goto out;
      bench_run_for (SETTLE_MS);
      stall = stall_meter_stop ();
      printf ("%s stall_ms %.1f show_ms %.1f\n", pages[i], stall, shown);
      /* For a profile of the step: perf record -k CLOCK_MONOTONIC, then
       * perf report --time with these. */
      fprintf (stderr, "  %s: monotonic %" G_GINT64_FORMAT " to %" G_GINT64_FORMAT " µs\n", pages[i], t0,
               g_get_monotonic_time ());
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "cohorts");
  if (wait_for_page (window, "cohorts", g_get_monotonic_time ()) < 0)
    goto out;
  type_search (window, "search", "smith");

  if (!skip_import && status == 0)
    {
      import_trainees (window);
      if (status == 0)
        type_search (window, "search_imported", "smith");
    }

  export_monitoring (window);

out:
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);

  return G_SOURCE_REMOVE;
}

static void
on_activate (GApplication *application)
{
  activated_at = g_get_monotonic_time ();
  stall_meter_start ();
}

static void
on_activated (GApplication *application)
{
  RcWindow *window = find_window ();

  if (window != NULL)
    stall_meter_watch (GTK_WIDGET (window));
  g_idle_add (run, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RcApplication) application = NULL;
  char *app_argv[] = { (char *) "return-coordinator", (char *) "--database", NULL, NULL };

  if (argc < 3 || (argc == 4 && strcmp (argv[3], "--skip-import") != 0) || argc > 4)
    {
      fprintf (stderr, "Usage: %s DATABASE CSV [--skip-import]\n", argv[0]);
      return 2;
    }
  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");
  setvbuf (stdout, NULL, _IOLBF, 0);
  app_argv[2] = argv[1];
  csv_path = argv[2];
  skip_import = argc == 4;

  stall_meter_install ();
  application = rc_application_new ();
  app = G_APPLICATION (application);
  g_application_set_flags (app, G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activated), NULL);

  if (g_application_run (app, 3, app_argv) != 0 && status == 0)
    status = 1;

  return status;
}
