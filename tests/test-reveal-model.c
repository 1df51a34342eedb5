/* test-reveal-model.c: a long list shown a few rows a frame
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "rc-test-util.h"
#include "views/rc-reveal-model.h"

static GListStore *
numbers (guint n)
{
  GListStore *store = g_list_store_new (GTK_TYPE_STRING_OBJECT);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = g_strdup_printf ("%u", i);
      g_autoptr(GtkStringObject) item = gtk_string_object_new (text);

      g_list_store_append (store, item);
    }

  return store;
}

static gboolean
is_complete (gpointer reveal)
{
  return rc_reveal_model_get_complete (reveal);
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static void
replace (GListStore *store,
         GListStore *with)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (with)); i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (with), i));
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), items->pdata, items->len);
}

/* On screen: the first few at once, the rest over the next frames; a
 * list replaced whole starts again from its first few; an item chosen
 * far down is there at once. */
static void
test_reveal_on_screen (void)
{
  g_autoptr(GListStore) store = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_autoptr(GListStore) first = numbers (150);
  g_autoptr(GListStore) second = numbers (120);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *label = gtk_label_new ("list");
  g_autoptr(RcRevealModel) reveal = NULL;

  gtk_window_set_child (window, label);
  gtk_window_present (window);
  g_assert_true (rc_test_wait_for (is_mapped, label, 5000));
  reveal = rc_reveal_model_new (G_LIST_MODEL (store), label);
  g_assert_true (rc_reveal_model_get_complete (reveal));

  replace (store, first);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reveal)), <, 150);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reveal)), >, 0);
  g_assert_false (rc_reveal_model_get_complete (reveal));
  g_assert_true (rc_test_wait_for (is_complete, reveal, 10000));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reveal)), ==, 150);

  /* Another cohort's trainees: not 120 rows in one frame. */
  replace (store, second);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reveal)), <, 120);
  rc_reveal_model_reveal (reveal, 99);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reveal)), >=, 100);
  g_assert_true (rc_test_wait_for (is_complete, reveal, 10000));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reveal)), ==, 120);

  g_object_ref (window);
  gtk_window_destroy (window);
  g_assert_finalize_object (window);
}

/* A list that grows at its end by many, as the trainee table's slots
 * tell an import or a search cleared: the new rows a few a frame too.
 * (All 150 came in one frame, 110–170 ms of it after an import.) */
static void
test_reveal_grown (void)
{
  g_autoptr(GListStore) store = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_autoptr(GListStore) more = numbers (150);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *label = gtk_label_new ("list");
  g_autoptr(RcRevealModel) reveal = NULL;

  gtk_window_set_child (window, label);
  gtk_window_present (window);
  g_assert_true (rc_test_wait_for (is_mapped, label, 5000));
  reveal = rc_reveal_model_new (G_LIST_MODEL (store), label);
  /* Shown whole, then searched down to its first five. */
  replace (store, more);
  g_assert_true (rc_test_wait_for (is_complete, reveal, 10000));
  g_list_store_splice (store, 5, 145, NULL, 0);
  g_assert_true (rc_reveal_model_get_complete (reveal));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reveal)), ==, 5);

  for (guint i = 0; i < 150; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (more), i));
  g_list_store_splice (store, 5, 0, items->pdata, items->len);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reveal)), >, 5);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reveal)), <=, 5 + 20);
  g_assert_false (rc_reveal_model_get_complete (reveal));
  g_assert_true (rc_test_wait_for (is_complete, reveal, 10000));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reveal)), ==, 155);

  /* A few more come at once. */
  g_ptr_array_set_size (items, 3);
  g_list_store_splice (store, 155, 0, items->pdata, items->len);
  g_assert_true (rc_reveal_model_get_complete (reveal));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reveal)), ==, 158);

  g_object_ref (window);
  gtk_window_destroy (window);
  g_assert_finalize_object (window);
}

static gboolean
has_five (gpointer reveal)
{
  return g_list_model_get_n_items (reveal) == 5;
}

/* Out of sight, a list gives up its rows a few at a time, down to the
 * item kept; shown again, it starts from its first few. */
static void
test_reveal_conceal (void)
{
  g_autoptr(GListStore) store = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_autoptr(GListStore) items = numbers (150);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *label = gtk_label_new ("list");
  g_autoptr(RcRevealModel) reveal = NULL;

  gtk_window_set_child (window, label);
  gtk_window_present (window);
  g_assert_true (rc_test_wait_for (is_mapped, label, 5000));
  reveal = rc_reveal_model_new (G_LIST_MODEL (store), label);
  replace (store, items);
  g_assert_true (rc_test_wait_for (is_complete, reveal, 10000));

  rc_reveal_model_conceal (reveal, 4);
  g_assert_true (rc_reveal_model_get_complete (reveal));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reveal)), >, 5);
  g_assert_true (rc_test_wait_for (has_five, reveal, 5000));

  rc_reveal_model_restart (reveal, 4);
  g_assert_false (rc_reveal_model_get_complete (reveal));
  g_assert_true (rc_test_wait_for (is_complete, reveal, 10000));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reveal)), ==, 150);

  g_object_ref (window);
  gtk_window_destroy (window);
  g_assert_finalize_object (window);
}

/* Out of sight there are no frames: every item at once. */
static void
test_reveal_out_of_sight (void)
{
  g_autoptr(GListStore) store = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_autoptr(GListStore) items = numbers (150);
  GtkWidget *label = g_object_ref_sink (gtk_label_new ("list"));
  g_autoptr(RcRevealModel) reveal = rc_reveal_model_new (G_LIST_MODEL (store), label);

  replace (store, items);
  g_assert_true (rc_reveal_model_get_complete (reveal));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reveal)), ==, 150);

  g_clear_object (&reveal);
  g_assert_finalize_object (label);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_gtk (&argc, &argv);

  g_test_add_func ("/reveal-model/on-screen", test_reveal_on_screen);
  g_test_add_func ("/reveal-model/grown", test_reveal_grown);
  g_test_add_func ("/reveal-model/conceal", test_reveal_conceal);
  g_test_add_func ("/reveal-model/out-of-sight", test_reveal_out_of_sight);

  return g_test_run ();
}
