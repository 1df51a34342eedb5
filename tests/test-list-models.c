/* test-list-models.c: RcFilterModel and RcSlotModel, which the trainee
 * table shows its rows through, checked against a plain list
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "views/rc-filter-model.h"
#include "views/rc-slot-model.h"

/* A list that copies another by its "items-changed" alone: if a model's
 * signals say less or other than what changed, the copy tells. */
typedef struct
{
  GListModel *model;
  GPtrArray  *copy;
  guint       signals;
} Mirror;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Mirror     *mirror)
{
  g_assert_cmpuint (position + removed, <=, mirror->copy->len);
  g_ptr_array_remove_range (mirror->copy, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror->copy, position + i, g_list_model_get_item (model, position + i));
  mirror->signals++;
}

static void
mirror_init (Mirror     *mirror,
             GListModel *model)
{
  mirror->model = model;
  mirror->copy = g_ptr_array_new_with_free_func (g_object_unref);
  mirror->signals = 0;
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (mirror->copy, g_list_model_get_item (model, i));
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), mirror);
}

static void
mirror_clear (Mirror *mirror)
{
  g_signal_handlers_disconnect_by_func (mirror->model, on_items_changed, mirror);
  g_ptr_array_unref (mirror->copy);
}

/* Items are GtkStringObjects holding numbers. */
static guint divisor = 1;

static gboolean
divides (gpointer item,
         gpointer user_data)
{
  guint n = (guint) g_ascii_strtoull (gtk_string_object_get_string (item), NULL, 10);

  return n % divisor == 0;
}

static void
assert_filtered (GListModel *filtered,
                 GListModel *source,
                 Mirror     *mirror)
{
  guint k = 0;

  for (guint i = 0; i < g_list_model_get_n_items (source); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (source, i);
      g_autoptr(GObject) shown = NULL;

      if (!divides (item, NULL))
        continue;
      shown = g_list_model_get_item (filtered, k);
      g_assert_true (shown == item);
      g_assert_true (g_ptr_array_index (mirror->copy, k) == (gpointer) item);
      k++;
    }
  g_assert_cmpuint (g_list_model_get_n_items (filtered), ==, k);
  g_assert_cmpuint (mirror->copy->len, ==, k);
  g_assert_null (g_list_model_get_item (filtered, k));
}

static GtkStringList *
numbers (guint n)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = g_strdup_printf ("%u", i);

      gtk_string_list_append (list, text);
    }

  return list;
}

static void
test_filter_refilter (void)
{
  g_autoptr(GtkStringList) list = numbers (1000);
  g_autoptr(RcFilterModel) filtered = NULL;
  static const guint steps[][2] = {
    /* divisor, change: from each to the next, stricter or less so */
    { 2, GTK_FILTER_CHANGE_MORE_STRICT }, { 6, GTK_FILTER_CHANGE_MORE_STRICT },
    { 3, GTK_FILTER_CHANGE_LESS_STRICT }, { 1, GTK_FILTER_CHANGE_LESS_STRICT },
    { 7, GTK_FILTER_CHANGE_DIFFERENT }, { 5, GTK_FILTER_CHANGE_DIFFERENT },
    { 1000, GTK_FILTER_CHANGE_MORE_STRICT }, { 1001, GTK_FILTER_CHANGE_DIFFERENT },
  };
  Mirror mirror;

  divisor = 1;
  filtered = rc_filter_model_new (G_LIST_MODEL (list), divides, NULL);
  g_assert_true (rc_filter_model_get_model (filtered) == G_LIST_MODEL (list));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (filtered)) == g_list_model_get_item_type (G_LIST_MODEL (list)));
  mirror_init (&mirror, G_LIST_MODEL (filtered));
  assert_filtered (G_LIST_MODEL (filtered), G_LIST_MODEL (list), &mirror);

  for (guint s = 0; s < G_N_ELEMENTS (steps); s++)
    {
      divisor = steps[s][0];
      rc_filter_model_refilter (filtered, steps[s][1]);
      assert_filtered (G_LIST_MODEL (filtered), G_LIST_MODEL (list), &mirror);
    }
  /* Nothing changed, nothing said. */
  mirror.signals = 0;
  rc_filter_model_refilter (filtered, GTK_FILTER_CHANGE_DIFFERENT);
  g_assert_cmpuint (mirror.signals, ==, 0);

  /* Only 0 divides by 1001; the source changing is followed. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (filtered)), ==, 1);
  divisor = 10;
  rc_filter_model_refilter (filtered, GTK_FILTER_CHANGE_LESS_STRICT);
  gtk_string_list_splice (list, 5, 20, (const char *[]) { "40", "41", "50", NULL });
  assert_filtered (G_LIST_MODEL (filtered), G_LIST_MODEL (list), &mirror);
  gtk_string_list_remove (list, 0);
  assert_filtered (G_LIST_MODEL (filtered), G_LIST_MODEL (list), &mirror);

  mirror_clear (&mirror);
}

static void
test_filter_find (void)
{
  g_autoptr(GtkStringList) list = numbers (100);
  g_autoptr(RcFilterModel) filtered = NULL;
  g_autoptr(GObject) twelve = g_list_model_get_item (G_LIST_MODEL (list), 12);
  g_autoptr(GObject) thirteen = g_list_model_get_item (G_LIST_MODEL (list), 13);

  divisor = 4;
  filtered = rc_filter_model_new (G_LIST_MODEL (list), divides, NULL);
  g_assert_cmpuint (rc_filter_model_find (filtered, twelve), ==, 3);
  g_assert_cmpuint (rc_filter_model_find (filtered, thirteen), ==, GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (rc_filter_model_find (filtered, NULL), ==, GTK_INVALID_LIST_POSITION);
}

/* Every slot handed out shows the item now in its position. */
static void
assert_slots (GPtrArray   *slots,
              GArray      *positions,
              GListModel  *source)
{
  for (guint i = 0; i < slots->len; i++)
    {
      guint at = g_array_index (positions, guint, i);
      g_autoptr(GObject) item = g_list_model_get_item (source, at);

      if (at < g_list_model_get_n_items (source))
        g_assert_true (rc_list_slot_get_item (g_ptr_array_index (slots, i)) == (gpointer) item);
    }
}

static void
on_slot_notify (GObject    *slot,
                GParamSpec *pspec,
                guint      *notified)
{
  (*notified)++;
}

static void
test_slots (void)
{
  g_autoptr(GtkStringList) list = numbers (50);
  g_autoptr(RcFilterModel) filtered = NULL;
  g_autoptr(RcSlotModel) slots = NULL;
  g_autoptr(GPtrArray) held = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));
  guint notified = 0;
  Mirror mirror;
  GWeakRef weak;

  divisor = 1;
  filtered = rc_filter_model_new (G_LIST_MODEL (list), divides, NULL);
  slots = rc_slot_model_new (G_LIST_MODEL (filtered));
  g_assert_true (rc_slot_model_get_model (slots) == G_LIST_MODEL (filtered));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (slots)) == RC_TYPE_LIST_SLOT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 50);
  mirror_init (&mirror, G_LIST_MODEL (slots));

  /* A view would hold the first rows. */
  for (guint i = 0; i < 10; i++)
    {
      RcListSlot *slot = g_list_model_get_item (G_LIST_MODEL (slots), i);

      g_signal_connect (slot, "notify::item", G_CALLBACK (on_slot_notify), &notified);
      g_ptr_array_add (held, slot);
      g_array_append_val (positions, i);
    }
  assert_slots (held, positions, G_LIST_MODEL (filtered));

  /* Stricter: the rows stay and show other items; the list only shrinks
   * at its end. */
  divisor = 3;
  rc_filter_model_refilter (filtered, GTK_FILTER_CHANGE_MORE_STRICT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 17);
  g_assert_cmpuint (mirror.copy->len, ==, 17);
  g_assert_cmpuint (mirror.signals, ==, 1);
  assert_slots (held, positions, G_LIST_MODEL (filtered));
  /* Row 0 still shows 0; rows 1 to 9 show 3, 6 … 27. */
  g_assert_cmpuint (notified, ==, 9);
  g_assert_cmpstr (gtk_string_object_get_string (rc_list_slot_get_item (g_ptr_array_index (held, 1))), ==, "3");

  /* Fewer items than rows held: the rows past the end are dropped. */
  divisor = 9;
  rc_filter_model_refilter (filtered, GTK_FILTER_CHANGE_MORE_STRICT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 6);
  assert_slots (held, positions, G_LIST_MODEL (filtered));
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (slots), 6));
  /* … as a view drops the rows the list lost. */
  g_ptr_array_set_size (held, 6);
  g_array_set_size (positions, 6);

  /* Less strict: the list grows at its end, and the rows held change. */
  divisor = 2;
  notified = 0;
  rc_filter_model_refilter (filtered, GTK_FILTER_CHANGE_DIFFERENT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 25);
  g_assert_cmpuint (mirror.copy->len, ==, 25);
  assert_slots (held, positions, G_LIST_MODEL (filtered));
  g_assert_cmpuint (notified, ==, 5);
  for (guint i = 6; i < 10; i++)
    {
      g_ptr_array_add (held, g_list_model_get_item (G_LIST_MODEL (slots), i));
      g_array_append_val (positions, i);
    }
  assert_slots (held, positions, G_LIST_MODEL (filtered));

  /* A slot let go of is forgotten; the model can go before its slots. */
  g_weak_ref_init (&weak, g_ptr_array_index (held, 9));
  g_ptr_array_remove_index (held, 9);
  g_array_remove_index (positions, 9);
  g_assert_null (g_weak_ref_get (&weak));
  g_weak_ref_clear (&weak);
  rc_filter_model_refilter (filtered, GTK_FILTER_CHANGE_DIFFERENT);
  mirror_clear (&mirror);
  g_clear_object (&slots);
  g_assert_nonnull (rc_list_slot_get_item (g_ptr_array_index (held, 0)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/list-models/filter/refilter", test_filter_refilter);
  g_test_add_func ("/list-models/filter/find", test_filter_find);
  g_test_add_func ("/list-models/slots", test_slots);

  return g_test_run ();
}
