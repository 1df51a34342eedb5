/* test-fuzz-csv.c: mutated CSV files never crash an importer, and every
 * refusal says what is wrong and where
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The suite runs a few thousand mutations per importer (under ASan and
 * UBSan in CI); RC_FUZZ_RUNS=100000 runs the long version.
 */

#include "config.h"

#include "export/rc-trainee-import.h"
#include "export/rc-workforce-import.h"
#include "model/rc-csv.h"
#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "store/rc-store.h"

#define DEFAULT_RUNS 2000

static const char workforce_seed[] =
  "\xEF\xBB\xBFtime_period,time_identifier,geographic_level,country_code,country_name,region_code,"
  "region_name,old_la_code,new_la_code,la_name,inpost_fte,starters_fte,leavers_fte,agency_fte,"
  "vacancy_fte,case_holders_fte,cases,working_days_lost_fte\r\n"
  "2024,Reporting year,National,E92000001,England,,,,,,33500.5,5000,4800,5900,7000,20000,330000,x\r\n"
  "2024,Reporting year,Regional,E92000001,England,E12000009,South West,,,,3100,400,380,500,600,1900,30000,c\r\n"
  "2024,Reporting year,Local authority,E92000001,England,E12000009,South West,933,E06000066,Somerset,"
  "279.3,40,38,35,49,180,4100,low\r\n"
  "2022,Reporting year,Local authority,E92000001,England,E12000009,South West,933,E10000027,Somerset,"
  "290,41,39,36,50,181,4200,z\r\n"
  "2024,Reporting year,Local authority,E92000001,England,E12000009,South West,801,E06000023,"
  "\"Bristol, City of\",300,40,38,35,60,200,4000,u\r\n"
  "2024,Reporting year,Local authority,E92000001,England,E12000002,North West,940 / 941,,Joint,1,1,1,1,1,1,1,1\r\n";

static const char trainee_seed[] =
  "Reference,First name,Surname,Email,Host council,Applied on\n"
  "SU9-01,Ann,Example,ann@example.org,E06000066,2024-03-01\n"
  "SU9-02,\"Bea, Jr\",Sample,bea@example.org,933,01/03/2024\n"
  "SU9-03,Cy,Test,,Somerset,2024-03-02\n";

/* The mutations a broken file shows in practice. */
static GString *
mutate (const char *seed,
        GRand      *rand)
{
  static const char *inserts[] = {
    "\"", ",", "\r", "\n", "\r\n", "\0", "\xEF\xBB\xBF", "\xC3\x28", "\xFF", "=SUM(A1)", "-1",
    "99999999999999999999999", "1e308", "z", "x", "c", "low", "u", "..", " ", "\"\"", "2017-02-30",
  };
  GString *data = g_string_new_len (seed, strlen (seed));
  guint n = g_rand_int_range (rand, 1, 6);

  for (guint i = 0; i < n; i++)
    {
      gsize at = data->len > 0 ? g_rand_int_range (rand, 0, data->len) : 0;

      switch (g_rand_int_range (rand, 0, 6))
        {
        case 0: /* flip a byte */
          if (data->len > 0)
            data->str[at] ^= 1 << g_rand_int_range (rand, 0, 8);
          break;
        case 1: /* insert a troublesome piece */
          {
            const char *piece = inserts[g_rand_int_range (rand, 0, G_N_ELEMENTS (inserts))];
            gsize length = piece[0] == '\0' ? 1 : strlen (piece);
            g_string_insert_len (data, at, piece, length);
          }
          break;
        case 2: /* truncate */
          g_string_truncate (data, at);
          break;
        case 3: /* delete a run */
          {
            gsize wanted = g_rand_int_range (rand, 1, 20);
            g_string_erase (data, at, MIN (wanted, data->len - at));
          }
          break;
        case 4: /* duplicate a stretch */
          {
            gsize wanted = g_rand_int_range (rand, 1, 80);
            gsize length = MIN (wanted, data->len - at);
            g_autofree char *copy = g_strndup (data->str + at, length);
            g_string_insert_len (data, at, copy, length);
          }
          break;
        default: /* a line ending swapped */
          if (data->len > 0)
            data->str[at] = data->str[at] == '\n' ? '\r' : '\n';
          break;
        }
    }

  return data;
}

static guint
runs (void)
{
  const char *env = g_getenv ("RC_FUZZ_RUNS");

  return env != NULL ? MAX (1, atoi (env)) : DEFAULT_RUNS;
}

static RcStore *
open_demo (void)
{
  g_autofree char *path = g_build_filename (rc_test_get_tmpdir (), "fuzz.db", NULL);
  g_autoptr(GError) error = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    g_assert_true (rc_demo_write (path, &error));
  g_assert_no_error (error);

  return rc_store_open (path, &error);
}

static void
test_fuzz_csv_reader (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);
  guint n = runs (), refused = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GString) data = mutate (i % 2 ? workforce_seed : trainee_seed, rand);
      g_autoptr(RcCsvReader) reader = rc_csv_reader_new (data->str, data->len);
      g_autoptr(GError) error = NULL;
      GPtrArray *fields;

      while (rc_csv_reader_next (reader, &fields, &error))
        g_assert_cmpuint (fields->len, >, 0);
      if (error != NULL)
        {
          refused++;
          /* A refusal names its line. */
          g_assert_nonnull (strstr (error->message, "Line "));
        }
    }

  g_test_message ("%u inputs, %u refused with a line number", n, refused);
}

static void
test_fuzz_workforce_import (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (2);
  guint n = runs (), refused = 0, failed = 0, applied = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GString) data = mutate (workforce_seed, rand);
      g_autoptr(GError) error = NULL;
      g_autoptr(RcWorkforceImport) plan = rc_workforce_import_parse (store, data->str, data->len, &error);

      if (plan == NULL)
        {
          g_assert_nonnull (error);
          g_assert_cmpstr (error->message, !=, "");
          failed++;
          continue;
        }

      if (rc_workforce_import_is_refused (plan))
        {
          guint malformed = rc_workforce_import_get_n_rows (plan, RC_IMPORT_ROW_MALFORMED);

          g_assert_cmpuint (malformed, >, 0);
          for (guint k = 0; k < malformed; k++)
            {
              const RcImportRow *row = rc_workforce_import_get_row (plan, RC_IMPORT_ROW_MALFORMED, k);
              g_assert_cmpuint (row->line, >, 0);
              g_assert_nonnull (row->message);
              g_assert_cmpstr (row->message, !=, "");
            }
          g_assert_false (rc_workforce_import_apply (store, plan, &error));
          refused++;
        }
      else if (i % 50 == 0)
        {
          /* Now and then the plan is applied too, which the store must accept or refuse whole. */
          if (rc_workforce_import_apply (store, plan, &error))
            applied++;
          else
            g_assert_cmpstr (error->message, !=, "");
        }
    }

  g_assert_true (rc_store_check_integrity (store, NULL));
  g_test_message ("%u inputs: %u refused with line numbers, %u failed with a message, %u applied",
                  n, refused, failed, applied);
}

static void
test_fuzz_trainee_import (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  g_autoptr(GListModel) cohorts = rc_store_list_cohorts (store, NULL);
  g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, 0);
  guint n = runs (), refused = 0, failed = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GString) data = mutate (trainee_seed, rand);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) header = rc_trainee_import_read_header (data->str, data->len, &error);
      g_autoptr(RcTraineeMapping) mapping = NULL;
      g_autoptr(RcTraineeImport) plan = NULL;

      if (header == NULL)
        {
          g_assert_nonnull (error);
          g_assert_cmpstr (error->message, !=, "");
          failed++;
          continue;
        }

      mapping = rc_trainee_mapping_guess (header);
      plan = rc_trainee_import_parse (store, cohort->id, data->str, data->len, mapping, &error);
      if (plan == NULL)
        {
          g_assert_nonnull (error);
          g_assert_cmpstr (error->message, !=, "");
          failed++;
          continue;
        }

      if (rc_trainee_import_is_refused (plan))
        {
          guint malformed = rc_trainee_import_get_n_rows (plan, RC_TRAINEE_ROW_MALFORMED);

          g_assert_cmpuint (malformed, >, 0);
          for (guint k = 0; k < malformed; k++)
            {
              const RcTraineeRow *row = rc_trainee_import_get_row (plan, RC_TRAINEE_ROW_MALFORMED, k);
              g_assert_cmpuint (row->line, >, 0);
              g_assert_cmpstr (row->message, !=, "");
            }
          refused++;
        }
    }

  g_test_message ("%u inputs: %u refused with line numbers, %u failed with a message", n, refused, failed);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/fuzz/csv-reader", test_fuzz_csv_reader);
  g_test_add_func ("/fuzz/workforce-import", test_fuzz_workforce_import);
  g_test_add_func ("/fuzz/trainee-import", test_fuzz_trainee_import);

  return g_test_run ();
}
