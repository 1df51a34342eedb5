/* fuzz-csv.c: many mutated CSV files for the CSV reader and each importer
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plain program, no libFuzzer needed: build-aux/reliability runs it in
 * the AddressSanitizer and UndefinedBehaviourSanitizer build. A crash
 * stops it (the input about to run is kept in --save-input FILE); a
 * refusal without a clear message is counted, and any makes it fail.
 *
 *   fuzz-csv [--inputs N] [--seed S] [--target csv-reader|workforce|trainees]
 *            [--save-input FILE]
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "rc-fuzz-csv.h"
#include "sample/rc-demo.h"

static const char *save_path;

/* Plain stdio, rewritten in place: no fsync for each of 100,000 inputs. */
static void
save_input (GBytes   *input,
            gpointer  data)
{
  gsize len;
  const char *bytes = g_bytes_get_data (input, &len);
  FILE *out = fopen (save_path, "wb");

  if (out == NULL)
    return;
  if (len > 0)
    fwrite (bytes, 1, len, out);
  fclose (out);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RcStore) store = NULL;
  guint inputs = 100000;
  guint32 seed = 2026;
  int only = -1;
  int failed = 0;

  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");
  for (int i = 1; i < argc; i++)
    {
      RcFuzzTarget target;

      if (g_str_equal (argv[i], "--inputs") && i + 1 < argc)
        inputs = (guint) strtoul (argv[++i], NULL, 10);
      else if (g_str_equal (argv[i], "--seed") && i + 1 < argc)
        seed = (guint32) strtoul (argv[++i], NULL, 10);
      else if (g_str_equal (argv[i], "--target") && i + 1 < argc
               && rc_fuzz_target_from_name (argv[i + 1], &target))
        {
          only = target;
          i++;
        }
      else if (g_str_equal (argv[i], "--save-input") && i + 1 < argc)
        save_path = argv[++i];
      else
        {
          fprintf (stderr, "Usage: %s [--inputs N] [--seed S] [--target csv-reader|workforce|trainees] "
                           "[--save-input FILE]\n", argv[0]);
          return 2;
        }
    }

  /* The importers read and write the demo database, in a folder of ours. */
  tmpdir = g_dir_make_tmp ("fuzz-csv-XXXXXX", &error);
  if (tmpdir == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  path = g_build_filename (tmpdir, "demo.db", NULL);
  if (!rc_demo_write (path, &error) || (store = rc_store_open (path, &error)) == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  printf ("%-12s %9s %9s %9s %9s %9s %9s %8s\n",
          "target", "inputs", "accepted", "refused", "malformed", "applied", "unclear", "seconds");
  for (guint t = 0; t < RC_FUZZ_N_TARGETS; t++)
    {
      RcFuzzStats stats = { 0 };
      gint64 t0 = g_get_monotonic_time ();

      if (only >= 0 && (guint) only != t)
        continue;
      rc_fuzz_run (t, store, seed + t, inputs, save_path != NULL ? save_input : NULL, NULL, &stats);
      printf ("%-12s %9u %9u %9u %9u %9u %9u %8.1f\n", rc_fuzz_target_get_name (t),
              stats.inputs, stats.accepted, stats.refused, stats.malformed, stats.applied, stats.unclear,
              (g_get_monotonic_time () - t0) / 1e6);
      fflush (stdout);
      if (stats.unclear > 0)
        {
          fprintf (stderr, "%s: %u unclear; the first: %s\n", rc_fuzz_target_get_name (t),
                   stats.unclear, stats.first_unclear);
          failed = 1;
        }
      rc_fuzz_stats_clear (&stats);
    }

  g_clear_object (&store);
  rc_store_delete_files (path);
  {
    g_autofree char *backups = g_build_filename (tmpdir, "backups", NULL);
    g_rmdir (backups);
  }
  g_rmdir (tmpdir);

  return failed;
}
