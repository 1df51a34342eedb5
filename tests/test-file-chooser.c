/* test-file-chooser.c: the one helper every file dialog goes through
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "rc-test-util.h"
#include "views/rc-file-chooser.h"

typedef struct
{
  guint  answers;
  GFile *file;
} Answer;

static void
on_chosen (GtkWidget     *owner,
           GFile         *file,
           RcFileChooser *chooser)
{
  Answer *answer = g_object_get_data (G_OBJECT (owner), "answer");

  g_assert_true (GTK_IS_WIDGET (owner));
  g_assert_cmpint (rc_file_chooser_get_filter_id (chooser), ==, 1);
  g_assert_cmpstr (rc_file_chooser_get_choice (chooser, "size"), ==, "large");
  answer->answers++;
  g_set_object (&answer->file, file);
}

static RcFileChooser *
new_chooser (void)
{
  const char *ids[] = { "large", "small", NULL };
  const char *labels[] = { "Large", "Small", NULL };
  RcFileChooser *chooser = rc_file_chooser_new_save ("Export", "_Export", "figures.csv");

  rc_file_chooser_add_filter (chooser, "Workbooks", "xlsx", NULL, 0, FALSE);
  rc_file_chooser_add_filter (chooser, "CSV files", "csv", "text/csv", 1, TRUE);
  rc_file_chooser_add_choice (chooser, "size", "Size", ids, labels, "large");

  return chooser;
}

static GtkWidget *
show_owner (GtkWindow **window,
            Answer     *answer)
{
  GtkWidget *owner = gtk_label_new ("owner");

  *window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (*window, owner);
  g_object_set_data (G_OBJECT (owner), "answer", answer);
  gtk_window_present (*window);

  return owner;
}

/* The name typed, in the folder chosen, with the filter and choice. */
static void
test_answer (void)
{
  g_autofree char *expected = g_build_filename (rc_test_get_tmpdir (), "figures.csv", NULL);
  Answer answer = { 0 };
  GtkWindow *window;
  GtkWidget *owner = show_owner (&window, &answer);
  RcFileChooser *chooser = new_chooser ();
  GtkFileChooser *dialog;

  g_object_add_weak_pointer (G_OBJECT (chooser), (gpointer *) &chooser);
  rc_file_chooser_show (chooser, owner, on_chosen);
  /* It keeps itself while it asks. */
  g_object_unref (chooser);
  g_assert_nonnull (chooser);

  dialog = rc_test_wait_for_file_chooser ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == window);
  g_assert_true (rc_test_answer_file_chooser (dialog, rc_test_get_tmpdir (), NULL));

  g_assert_cmpuint (answer.answers, ==, 1);
  g_assert_nonnull (answer.file);
  {
    g_autofree char *path = g_file_get_path (answer.file);

    g_assert_cmpstr (path, ==, expected);
  }
  g_assert_null (chooser);

  g_clear_object (&answer.file);
  g_object_ref (window);
  gtk_window_destroy (window);
  g_assert_finalize_object (window);
}

static gboolean
no_chooser (gpointer data)
{
  return rc_test_find_file_chooser () == NULL;
}

/* The widget that asked goes: so does the dialog, without an answer. */
static void
test_owner_destroyed (void)
{
  Answer answer = { 0 };
  GtkWindow *window;
  GtkWidget *owner = show_owner (&window, &answer);
  RcFileChooser *chooser = new_chooser ();

  g_object_add_weak_pointer (G_OBJECT (chooser), (gpointer *) &chooser);
  rc_file_chooser_show (chooser, owner, on_chosen);
  g_object_unref (chooser);
  g_assert_nonnull (rc_test_wait_for_file_chooser ());

  g_object_ref (window);
  gtk_window_destroy (window);
  g_assert_finalize_object (window);
  g_assert_true (rc_test_wait_for (no_chooser, NULL, 5000));
  g_assert_null (chooser);
  g_assert_cmpuint (answer.answers, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_gtk (&argc, &argv);

  g_test_add_func ("/file-chooser/answer", test_answer);
  g_test_add_func ("/file-chooser/owner-destroyed", test_owner_destroyed);

  return g_test_run ();
}
