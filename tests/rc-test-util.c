/* rc-test-util.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "rc-test-util.h"
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
never (gpointer data)
{
  return FALSE;
}

void
rc_test_flush (guint ms)
{
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

gboolean
rc_test_save_widget_png (GtkWidget  *widget,
                         const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  g_autoptr(GError) error = NULL;

  if (width <= 0 || height <= 0)
    {
      g_test_message ("%s: the widget is %d × %d", path, width, height);
      return FALSE;
    }

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    {
      g_test_message ("%s: the widget drew nothing", path);
      return FALSE;
    }

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (!gdk_texture_save_to_png (texture, path))
    {
      /* It says no more than FALSE: see whether the file can be written. */
      g_file_set_contents (path, "", 0, &error);
      g_test_message ("%s: could not save the picture (%s)", path, error ? error->message : "the file itself is writable");
      return FALSE;
    }

  return TRUE;
}
