/* test-store-changed.c: the store's "changed" signal says which kind of
 * record changed (RcEntityKind), not which table
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-test-util.h"

#include "store/rc-store.h"

static char *
temp_db_path (const char *name)
{
  static guint counter;

  return g_strdup_printf ("%s/changed-%u/%s", rc_test_get_tmpdir (), ++counter, name);
}

static void
on_changed (RcStore      *store,
            RcEntityKind  kind,
            GArray       *kinds)
{
  g_array_append_val (kinds, kind);
}

static gboolean
save_consortium (RcStore    *store,
                 const char *name)
{
  g_autoptr(RcConsortium) consortium = rc_consortium_new ();
  g_autoptr(RcCouncil) lead = rc_store_find_council_by_code (store, "E06000066", NULL);
  g_autoptr(GError) error = NULL;
  gboolean saved;

  g_assert_nonnull (lead);
  consortium->name = g_strdup (name);
  consortium->lead_council_id = lead->id;
  saved = rc_store_save_consortium (store, consortium, &error);
  g_assert_no_error (error);

  return saved;
}

static void
test_names (void)
{
  for (RcEntityKind kind = 0; kind < RC_N_ENTITIES; kind++)
    {
      const char *name = rc_entity_kind_get_name (kind);
      RcEntityKind back = RC_N_ENTITIES;

      g_assert_nonnull (name);
      g_assert_true (rc_entity_kind_from_name (name, &back));
      g_assert_cmpint (back, ==, kind);
    }
  g_assert_cmpstr (rc_entity_kind_get_name (RC_ENTITY_TRAINEE), ==, "trainee");
  g_assert_cmpstr (rc_entity_kind_get_name (RC_ENTITY_BID_LINE), ==, "bid_line");
  {
    RcEntityKind kind;

    g_assert_false (rc_entity_kind_from_name ("sqlite_schema", &kind));
  }
}

/* A commit says each kind it changed once, in the enum's order; the detail
 * is the kind's name. */
static void
test_commit_says_kinds (void)
{
  g_autofree char *path = temp_db_path ("new.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (RcEntityKind));
  g_autoptr(GArray) detailed = g_array_new (FALSE, FALSE, sizeof (RcEntityKind));
  RcStore *store = rc_store_open (path, &error);

  g_assert_no_error (error);
  g_signal_connect (store, "changed", G_CALLBACK (on_changed), kinds);
  g_signal_connect (store, "changed::consortium", G_CALLBACK (on_changed), detailed);

  g_assert_true (save_consortium (store, "South West Step Up partnership"));
  g_assert_cmpuint (kinds->len, ==, 2);
  g_assert_cmpint (g_array_index (kinds, RcEntityKind, 0), ==, RC_ENTITY_CONSORTIUM);
  g_assert_cmpint (g_array_index (kinds, RcEntityKind, 1), ==, RC_ENTITY_AUDIT_LOG);
  g_assert_cmpuint (detailed->len, ==, 1);
  g_assert_cmpint (g_array_index (detailed, RcEntityKind, 0), ==, RC_ENTITY_CONSORTIUM);

  /* Nothing is said of what a rollback undid. */
  g_array_set_size (kinds, 0);
  g_assert_true (rc_store_begin (store, &error));
  g_assert_true (save_consortium (store, "Rolled back"));
  rc_store_rollback (store);
  g_assert_cmpuint (kinds->len, ==, 0);

  g_signal_handlers_disconnect_by_data (store, kinds);
  g_signal_handlers_disconnect_by_data (store, detailed);
  g_assert_finalize_object (store);
}

static gboolean
has_every_kind (gpointer data)
{
  GArray *kinds = data;
  guint seen = 0;

  for (guint i = 0; i < kinds->len; i++)
    seen |= RC_ENTITY_BIT (g_array_index (kinds, RcEntityKind, i));

  return seen == RC_ENTITY_ALL;
}

/* A commit by another program says every kind changed: the updating log,
 * the funnel's figures and the reminders too, which the list of tables
 * this replaced had left out. */
static void
test_change_elsewhere_says_every_kind (void)
{
  g_autofree char *path = temp_db_path ("shared.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (RcEntityKind));
  RcStore *shown = rc_store_open (path, &error);
  RcStore *other = NULL;

  g_assert_no_error (error);
  other = rc_store_open (path, &error);
  g_assert_no_error (error);

  g_signal_connect (shown, "changed", G_CALLBACK (on_changed), kinds);
  rc_store_watch_changes (shown);
  g_assert_true (save_consortium (other, "Written by another program"));
  g_assert_true (rc_test_wait_for (has_every_kind, kinds, 5000));
  g_assert_cmpuint (kinds->len, ==, RC_N_ENTITIES);
  rc_store_unwatch_changes (shown);

  g_signal_handlers_disconnect_by_data (shown, kinds);
  g_assert_finalize_object (other);
  g_assert_finalize_object (shown);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/store-changed/names", test_names);
  g_test_add_func ("/store-changed/commit-says-kinds", test_commit_says_kinds);
  g_test_add_func ("/store-changed/change-elsewhere-says-every-kind", test_change_elsewhere_says_every_kind);

  return g_test_run ();
}
