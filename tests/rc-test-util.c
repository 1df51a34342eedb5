/* rc-test-util.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include <sqlite3.h>

#include "rc-test-util.h"
#include "views/rc-cohort-detail.h"
#include "views/rc-cohort-retention.h"
#include "views/rc-list-page.h"
#include "views/rc-trainee-table.h"
#include "views/rc-unsaved.h"

static char *tmpdir;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            remove_tree (child);
          else
            g_unlink (child);
        }
    }
  g_rmdir (path);
}

static void
cleanup_tmpdir (void)
{
  if (tmpdir != NULL && g_getenv ("RC_TEST_KEEP_TMPDIR") == NULL)
    remove_tree (tmpdir);
  g_clear_pointer (&tmpdir, g_free);
}

const char *
rc_test_init_environment (int    *argc,
                          char ***argv)
{
  g_autoptr(GError) error = NULL;
  static const char *xdg[][2] = {
    { "XDG_DATA_HOME", "data" },
    { "XDG_CONFIG_HOME", "config" },
    { "XDG_CACHE_HOME", "cache" },
    { "XDG_STATE_HOME", "state" },
  };

  tmpdir = g_dir_make_tmp ("rc-test-XXXXXX", &error);
  g_assert_no_error (error);
  atexit (cleanup_tmpdir);

  g_setenv ("HOME", tmpdir, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (xdg); i++)
    {
      g_autofree char *dir = g_build_filename (tmpdir, xdg[i][1], NULL);

      g_mkdir_with_parents (dir, 0700);
      g_setenv (xdg[i][0], dir, TRUE);
    }
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GIO_USE_VFS", "local", TRUE);
  g_setenv ("NO_AT_BRIDGE", "1", TRUE);

  g_test_init (argc, argv, NULL);

  return tmpdir;
}

void
rc_test_init_gtk (int    *argc,
                  char ***argv)
{
  rc_test_init_environment (argc, argv);
  gtk_init ();
  adw_init ();

  /* What GtkApplication does for the app: find icons in its resources. */
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    RESOURCE_PATH "/icons");
}

const char *
rc_test_get_tmpdir (void)
{
  return tmpdir;
}

typedef struct {
  gboolean (*condition) (gpointer);
  gpointer data;
  gboolean timed_out;
} WaitData;

static gboolean
wait_timeout_cb (gpointer user_data)
{
  WaitData *wait = user_data;

  wait->timed_out = TRUE;
  g_main_context_wakeup (NULL);

  return G_SOURCE_REMOVE;
}

gboolean
rc_test_wait_for (gboolean (*condition) (gpointer),
                  gpointer  data,
                  guint     timeout_ms)
{
  WaitData wait = { condition, data, FALSE };
  guint id;

  id = g_timeout_add (timeout_ms, wait_timeout_cb, &wait);
  while (!wait.timed_out && !condition (data))
    g_main_context_iteration (NULL, TRUE);
  if (!wait.timed_out)
    g_source_remove (id);

  return !wait.timed_out;
}

static gboolean
is_shown (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0
         && gtk_widget_get_height (widget) > 0;
}

typedef struct {
  GtkWidget *widget;
  guint      painted;
  gpointer   user_data;
  void     (*on_paint) (GtkWidget *widget, gpointer user_data);
} FrameWait;

static void
on_after_paint (GdkFrameClock *clock,
                FrameWait     *wait)
{
  wait->painted++;
  if (wait->on_paint != NULL)
    wait->on_paint (wait->widget, wait->user_data);
}

static gboolean
has_painted (gpointer data)
{
  FrameWait *wait = data;

  return wait->painted > 0;
}

/* Waits for a frame of @widget's window begun after this call, calling
 * @on_paint (if not NULL) just after it is painted, before anything else
 * can change what is drawn. Returns once @done says so (NULL: after the
 * first frame); each frame painted without it asks for another. */
static gboolean
wait_for_painted_frame (GtkWidget  *widget,
                        void      (*on_paint) (GtkWidget *widget, gpointer user_data),
                        gboolean  (*done) (gpointer user_data),
                        gpointer    user_data,
                        guint       timeout_ms)
{
  FrameWait wait = { widget, 0, user_data, on_paint };
  gint64 deadline = g_get_monotonic_time () + timeout_ms * G_TIME_SPAN_MILLISECOND;
  GdkFrameClock *clock;
  gulong id;

  if (!rc_test_wait_for (is_shown, widget, timeout_ms))
    return FALSE;

  clock = gtk_widget_get_frame_clock (widget);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &wait);
  while (g_get_monotonic_time () < deadline)
    {
      guint left = MAX ((deadline - g_get_monotonic_time ()) / G_TIME_SPAN_MILLISECOND, 1);

      wait.painted = 0;
      gtk_widget_queue_draw (widget);
      if (!rc_test_wait_for (has_painted, &wait, left))
        break;
      if (done == NULL || done (user_data))
        {
          g_signal_handler_disconnect (clock, id);
          return TRUE;
        }
    }
  g_signal_handler_disconnect (clock, id);

  return FALSE;
}

void
rc_test_wait_for_frame (gpointer widget)
{
  GtkWidget *root;

  g_assert_true (GTK_IS_WIDGET (widget));

  /* What the window's workers were reading is on screen too. */
  root = GTK_WIDGET (gtk_widget_get_root (widget));
  rc_test_wait_for_loaded (root != NULL ? root : widget);
  if (!wait_for_painted_frame (widget, NULL, NULL, NULL, 20000))
    g_error ("%s was not painted within 20 s", G_OBJECT_TYPE_NAME (widget));
}

typedef struct {
  gpointer    leaflet;
  const char *name;
} LeafletWait;

static gboolean
leaflet_shows (gpointer data)
{
  LeafletWait *wait = data;

  return g_strcmp0 (adw_leaflet_get_visible_child_name (wait->leaflet), wait->name) == 0
         && !adw_leaflet_get_child_transition_running (wait->leaflet);
}

void
rc_test_wait_for_leaflet (gpointer    leaflet,
                          const char *name)
{
  LeafletWait wait = { leaflet, name };

  g_assert_true (ADW_IS_LEAFLET (leaflet));
  if (!rc_test_wait_for (leaflet_shows, &wait, 20000))
    g_error ("The leaflet does not show “%s” within 20 s", name);
  rc_test_wait_for_frame (leaflet);
}

static gboolean
stack_is_still (gpointer stack)
{
  return !gtk_stack_get_transition_running (stack);
}

void
rc_test_wait_for_stack (gpointer stack)
{
  g_assert_true (GTK_IS_STACK (stack));
  if (!rc_test_wait_for (stack_is_still, stack, 20000))
    g_error ("The stack's transition did not end within 20 s");
  rc_test_wait_for_frame (stack);
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

void
rc_test_wait_for_null (gpointer *weak_pointer)
{
  if (!rc_test_wait_for (is_null, weak_pointer, 20000))
    g_error ("An object was not finalized within 20 s");
}

/* Whether @widget or a widget in it is reading its store, or about to. */
static gboolean
is_loading (GtkWidget *widget)
{
  if (RC_IS_LIST_PAGE (widget) && rc_list_page_get_loading (RC_LIST_PAGE (widget)))
    return TRUE;
  if (RC_IS_COHORT_DETAIL (widget) && rc_cohort_detail_get_loading (RC_COHORT_DETAIL (widget)))
    return TRUE;
  if (RC_IS_TRAINEE_TABLE (widget) && rc_trainee_table_get_revealing (RC_TRAINEE_TABLE (widget)))
    return TRUE;
  /* Its councils are read when it is shown. */
  if (RC_IS_COHORT_RETENTION (widget) && gtk_widget_get_mapped (widget)
      && rc_cohort_retention_get_loading (RC_COHORT_RETENTION (widget)))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (is_loading (child))
      return TRUE;

  return FALSE;
}

static gboolean
is_loaded (gpointer widget)
{
  return !is_loading (widget);
}

void
rc_test_wait_for_loaded (gpointer widget)
{
  g_assert_true (GTK_IS_WIDGET (widget));

  if (!rc_test_wait_for (is_loaded, widget, 20000))
    g_error ("%s was still reading its database after 20 s", G_OBJECT_TYPE_NAME (widget));
}

gboolean
rc_test_action_is_enabled (gpointer    widget,
                           const char *action)
{
  GtkWidget *probe = g_object_ref_sink (gtk_button_new ());
  gboolean enabled;

  /* GTK says whether an action is enabled to the actionable widgets in
   * reach of it: a button put in @widget for a moment asks. */
  g_assert_true (GTK_IS_WIDGET (widget));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (probe), action);
  gtk_widget_set_parent (probe, widget);
  enabled = gtk_widget_get_sensitive (probe);
  gtk_widget_unparent (probe);
  g_object_unref (probe);

  return enabled;
}

static gboolean
never (gpointer data)
{
  return FALSE;
}

void
rc_test_flush (guint ms)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (gtk_widget_get_mapped (window))
        rc_test_wait_for_frame (window);
    }
  rc_test_wait_for (never, NULL, ms);
}

GtkWidget *
rc_test_find_widget_with_class (GtkWidget  *root,
                                GType       type,
                                const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type)
          && (css_class == NULL || gtk_widget_has_css_class (child, css_class)))
        return child;
      if ((found = rc_test_find_widget_with_class (child, type, css_class)) != NULL)
        return found;
    }

  return NULL;
}

GtkWidget *
rc_test_find_widget (GtkWidget *root,
                     GType      type)
{
  return rc_test_find_widget_with_class (root, type, NULL);
}

gpointer
rc_test_child (gpointer    widget,
               GType       type,
               const char *name)
{
  GObject *child;

  g_assert_true (GTK_IS_WIDGET (widget));
  child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);
  if (child == NULL)
    g_error ("%s has no template child “%s”", g_type_name (type), name);

  return child;
}

GtkWidget *
rc_test_get_question (gpointer parent)
{
  g_assert_true (GTK_IS_WINDOW (parent));

  return rc_unsaved_get_question (parent);
}

void
rc_test_answer_question (gpointer    parent,
                         const char *response)
{
  GtkWidget *question = rc_test_get_question (parent);

  g_assert_nonnull (question);
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (question), response));
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (question), response));

  /* A click on a response button answers, then closes the question. */
  g_object_add_weak_pointer (G_OBJECT (question), (gpointer *) &question);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (question), response);
  if (question != NULL)
    gtk_window_destroy (GTK_WINDOW (question));
  g_assert_null (question);
  /* The answer is acted on from the main loop, first thing. */
  for (guint i = 0; i < 100 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

typedef struct {
  GskRenderNode *node;
  int            width;
  int            height;
} Capture;

/* Just after a frame is painted, the widget's picture is whole: the
 * frame's own render nodes, before anything can ask it to draw again. */
static void
capture_painted (GtkWidget *widget,
                 gpointer   data)
{
  Capture *capture = data;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;

  if (capture->node != NULL)
    return;

  capture->width = gtk_widget_get_width (widget);
  capture->height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, capture->width, capture->height);
  capture->node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
}

static gboolean
captured (gpointer data)
{
  return ((Capture *) data)->node != NULL;
}

gboolean
rc_test_save_widget_png (GtkWidget  *widget,
                         const char *path)
{
  Capture capture = { NULL, 0, 0 };
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  GskRenderer *renderer;

  if (!wait_for_painted_frame (widget, capture_painted, captured, &capture, 20000))
    {
      g_test_message ("%s: the widget (%d × %d) was not painted within 20 s", path,
                      gtk_widget_get_width (widget), gtk_widget_get_height (widget));
      g_clear_pointer (&capture.node, gsk_render_node_unref);
      return FALSE;
    }

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, capture.node,
                                         &GRAPHENE_RECT_INIT (0, 0, capture.width, capture.height));
  gsk_render_node_unref (capture.node);

  if (!gdk_texture_save_to_png (texture, path))
    {
      /* It says no more than FALSE: see whether the file can be written. */
      g_file_set_contents (path, "", 0, &error);
      g_test_message ("%s: could not save the picture (%s)", path, error ? error->message : "the file itself is writable");
      return FALSE;
    }

  return TRUE;
}

static void
exec_or_fail (sqlite3    *db,
              const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static char *
pragma_text (const char *path,
             const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return text;
}

void
rc_test_damage_index (const char *path,
                      guint       pad_megabytes)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *quick = NULL;
  g_autofree char *full = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);

  if (pad_megabytes > 0)
    {
      exec_or_fail (db, "CREATE TABLE padding (x BLOB)");
      for (guint i = 0; i < pad_megabytes; i++)
        exec_or_fail (db, "INSERT INTO padding VALUES (randomblob(1000000))");
    }

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT sql FROM sqlite_schema WHERE name = 'trainee_host'",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  sql = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  /* An index of half the rows, then told it is of them all. */
  exec_or_fail (db, "DROP INDEX trainee_host");
  exec_or_fail (db, "CREATE INDEX trainee_host ON trainee (host_council_id) WHERE id % 2 = 0");
  exec_or_fail (db, "PRAGMA writable_schema = ON");
  g_assert_cmpint (sqlite3_prepare_v2 (db, "UPDATE sqlite_schema SET sql = ?1 WHERE name = 'trainee_host'",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, sql, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  exec_or_fail (db, "PRAGMA writable_schema = OFF");
  /* The last close folds the WAL into the file: one file to compare. */
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  quick = pragma_text (path, "PRAGMA quick_check");
  full = pragma_text (path, "PRAGMA integrity_check");
  g_assert_cmpstr (quick, ==, "ok");
  g_assert_nonnull (strstr (full, "missing from index trainee_host"));
}

char *
rc_test_hash_file (const char *path)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  const char *files[] = { path, wal };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (g_file_get_contents (files[i], &contents, &length, NULL))
        g_checksum_update (checksum, (const guchar *) contents, length);
      else
        g_assert_true (i > 0);
    }

  return g_strdup (g_checksum_get_string (checksum));
}

GtkFileChooser *
rc_test_find_file_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkFileChooser *found = NULL;

  for (guint i = 0; found == NULL && i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (window) && gtk_widget_get_visible (window))
        found = GTK_FILE_CHOOSER (window);
    }

  return found;
}

static gboolean
chooser_shown (gpointer data)
{
  GtkFileChooser *chooser = rc_test_find_file_chooser ();

  return chooser != NULL && gtk_widget_get_mapped (GTK_WIDGET (chooser));
}

GtkFileChooser *
rc_test_wait_for_file_chooser (void)
{
  gint64 until;

  rc_test_wait_for (chooser_shown, NULL, 5000);
  /* The dialog opens its first folder in the background when it is shown:
   * a folder set before that is done is replaced by it. */
  until = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  while (g_main_context_iteration (NULL, FALSE) && g_get_monotonic_time () < until)
    ;

  return rc_test_find_file_chooser ();
}

static gboolean
chooser_gone (gpointer data)
{
  return rc_test_find_file_chooser () == NULL;
}

static gboolean
chooser_in_folder (gpointer data)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (data));
  g_autoptr(GFile) parent = file != NULL ? g_file_get_parent (file) : NULL;
  GFile *folder = g_object_get_data (G_OBJECT (data), "rc-test-folder");

  return parent != NULL && g_file_equal (parent, folder);
}

gboolean
rc_test_answer_file_chooser (GtkFileChooser *chooser,
                             const char     *folder,
                             const char     *name)
{
  GFile *dir = g_file_new_for_path (folder);
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (GTK_IS_DIALOG (chooser), FALSE);

  g_object_set_data_full (G_OBJECT (chooser), "rc-test-folder", dir, g_object_unref);
  g_assert_true (gtk_file_chooser_set_current_folder (chooser, dir, &error));
  g_assert_no_error (error);
  if (name != NULL)
    gtk_file_chooser_set_current_name (chooser, name);
  g_assert_true (rc_test_wait_for (chooser_in_folder, chooser, 5000));
  /* As the Export button does: the dialog checks the name (in the
   * background) and only then answers. */
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);

  return rc_test_wait_for (chooser_gone, NULL, 10000);
}

GtkFileFilter *
rc_test_find_file_filter (GtkFileChooser *chooser,
                          const char     *name)
{
  g_autoptr(GListModel) filters = gtk_file_chooser_get_filters (chooser);

  for (guint i = 0; i < g_list_model_get_n_items (filters); i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, i);

      if (g_strcmp0 (gtk_file_filter_get_name (filter), name) == 0)
        return filter;  /* the chooser keeps it */
    }

  return NULL;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

void
rc_test_copy_at_version (const char *source,
                         const char *path,
                         int         version)
{
  g_auto(GStrv) names = g_resources_enumerate_children (RESOURCE_PATH "/sql/", 0, NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  /* The event tables first: their triggers then find no trainee or bid
   * to update, and the trainees' and bids' rows are copied as they are. */
  const char * const first[] = { "trainee_event", "bid_status_event", NULL };
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *sql;

  g_assert_nonnull (names);
  g_assert_cmpuint (g_strv_length (names), >=, (guint) version);
  qsort (names, g_strv_length (names), sizeof (char *), compare_strings);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  for (int i = 0; i < version; i++)
    {
      g_autofree char *resource = g_strconcat (RESOURCE_PATH "/sql/", names[i], NULL);
      g_autoptr(GBytes) script = g_resources_lookup_data (resource, 0, NULL);
      g_autofree char *text = NULL;

      g_assert_nonnull (script);
      text = g_strndup (g_bytes_get_data (script, NULL), g_bytes_get_size (script));
      exec_or_fail (db, text);
    }

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%'", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  sql = sqlite3_mprintf ("ATTACH %Q AS source", source);
  exec_or_fail (db, sql);
  sqlite3_free (sql);
  exec_or_fail (db, "BEGIN");
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < tables->len; i++)
      {
        const char *table = g_ptr_array_index (tables, i);

        if ((pass == 0) != g_strv_contains (first, table))
          continue;
        /* The columns of every version so far are the same, in order. */
        sql = sqlite3_mprintf ("DELETE FROM main.\"%w\"; INSERT INTO main.\"%w\" SELECT * FROM source.\"%w\"",
                               table, table, table);
        exec_or_fail (db, sql);
        sqlite3_free (sql);
      }
  exec_or_fail (db, "COMMIT");
  exec_or_fail (db, "DETACH source");
  sql = sqlite3_mprintf ("PRAGMA user_version = %d", version);
  exec_or_fail (db, sql);
  sqlite3_free (sql);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

guint
rc_test_count_rows (gpointer list_box)
{
  guint n = 0;

  g_assert_true (GTK_IS_LIST_BOX (list_box));
  while (gtk_list_box_get_row_at_index (list_box, n) != NULL)
    n++;

  return n;
}

int
rc_test_run_app (const char * const *args,
                 char              **out,
                 char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *ignored_out = NULL;
  g_autofree char *ignored_err = NULL;
  int status;

  /* Never on the test's own stdout, which is TAP. */
  if (out == NULL)
    out = &ignored_out;
  if (err == NULL)
    err = &ignored_err;
  g_ptr_array_add (argv, (gpointer) g_getenv ("RC_EXECUTABLE"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error))
    g_error ("%s", error->message);

  return WIFEXITED (status) ? WEXITSTATUS (status) : 255;
}

char *
rc_test_unzip_member (const char *path,
                      const char *member)
{
  const char *argv[] = { "unzip", "-p", path, member, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                     &out, NULL, &status, &error))
    g_error ("unzip: %s", error->message);

  return out;
}
