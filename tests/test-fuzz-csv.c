/* test-fuzz-csv.c: mutated CSV files never crash the reader or an
 * importer, and every refusal says what and where
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small run of tests/fuzz/: the suite runs twice, once under
 * AddressSanitizer, so it stays at a few thousand inputs a target.
 * build-aux/reliability runs 100,000 a target with tests/fuzz/fuzz-csv;
 * RC_FUZZ_RUNS=N runs N here.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fuzz/rc-fuzz-csv.h"
#include "model/rc-csv.h"
#include "rc-test-util.h"
#include "sample/rc-demo.h"

#define DEFAULT_INPUTS 2000

static guint
n_inputs (void)
{
  const char *env = g_getenv ("RC_FUZZ_RUNS");

  return env != NULL ? (guint) MAX (1, atoi (env)) : DEFAULT_INPUTS;
}

static RcStore *
open_demo (const char *name)
{
  g_autofree char *path = g_build_filename (rc_test_get_tmpdir (), name, NULL);
  g_autoptr(GError) error = NULL;
  RcStore *store;

  g_assert_true (rc_demo_write (path, &error));
  g_assert_no_error (error);
  store = rc_store_open (path, &error);
  g_assert_no_error (error);

  return store;
}

static void
run_target (RcFuzzTarget target)
{
  g_autoptr(RcStore) store = NULL;
  g_autofree char *name = g_strdup_printf ("fuzz-%s.db", rc_fuzz_target_get_name (target));
  RcFuzzStats stats = { 0 };
  guint n = n_inputs ();

  if (target != RC_FUZZ_CSV_READER)
    store = open_demo (name);

  rc_fuzz_run (target, store, g_test_rand_int (), n, NULL, NULL, &stats);
  g_test_message ("%s: %u inputs, %u accepted, %u refused, %u malformed rows, %u applied, %u unclear",
                  rc_fuzz_target_get_name (target), stats.inputs, stats.accepted, stats.refused,
                  stats.malformed, stats.applied, stats.unclear);

  if (stats.first_unclear != NULL)
    g_test_message ("first unclear refusal: %s", stats.first_unclear);
  g_assert_cmpuint (stats.unclear, ==, 0);
  g_assert_cmpuint (stats.inputs, ==, n);
  /* The mutations must both break files and leave some whole. */
  g_assert_cmpuint (stats.refused, >, 0);
  g_assert_cmpuint (stats.accepted, >, 0);
  if (target != RC_FUZZ_CSV_READER)
    g_assert_cmpuint (stats.malformed, >, 0);

  rc_fuzz_stats_clear (&stats);
}

static void
test_fuzz_reader (void)
{
  run_target (RC_FUZZ_CSV_READER);
}

static void
test_fuzz_workforce (void)
{
  run_target (RC_FUZZ_WORKFORCE);
}

static void
test_fuzz_trainees (void)
{
  run_target (RC_FUZZ_TRAINEES);
}

/* The seeds are valid files: a mutation starts from something whole. */
static void
test_fuzz_seeds (void)
{
  for (guint t = 0; t < RC_FUZZ_N_TARGETS; t++)
    {
      const char *seed = rc_fuzz_seed (t);
      g_autoptr(RcCsvReader) reader = rc_csv_reader_new (seed, strlen (seed));
      g_autoptr(GError) error = NULL;
      GPtrArray *fields = NULL;
      guint records = 0;

      while (rc_csv_reader_next (reader, &fields, &error))
        records++;
      g_assert_no_error (error);
      g_assert_cmpuint (records, >, 5);
    }
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/fuzz-csv/seeds", test_fuzz_seeds);
  g_test_add_func ("/fuzz-csv/reader", test_fuzz_reader);
  g_test_add_func ("/fuzz-csv/workforce", test_fuzz_workforce);
  g_test_add_func ("/fuzz-csv/trainees", test_fuzz_trainees);

  return g_test_run ();
}
