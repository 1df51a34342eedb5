/* test-trainee-import.c: importing trainees into a cohort from a CSV file
 * whose columns the user maps
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <adwaita.h>
#include <sqlite3.h>

#include "import/rc-trainee-import.h"
#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "store/rc-store.h"
#include "views/rc-csv-import-dialog.h"

#define STEP_UP 1  /* the demo's first cohort: 28 trainees, SU1-01 to SU1-28 */

#define HEADER "Reference,First name,Surname,Email,Phone,Host council,Applied on,Registration number,Registered with\n"

static char *
write_demo (void)
{
  static guint counter;
  char *path = g_strdup_printf ("%s/trainee-import-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;

  g_assert_true (rc_demo_write (path, &error));
  g_assert_no_error (error);

  return path;
}

static RcStore *
open_demo (void)
{
  g_autofree char *path = write_demo ();
  g_autoptr(GError) error = NULL;
  RcStore *store;

  store = rc_store_open (path, &error);
  g_assert_no_error (error);

  return store;
}

static GPtrArray *
header_of (const char *text)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *header = rc_trainee_import_read_header (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (header);

  return header;
}

static RcTraineeImport *
parse (RcStore    *store,
       const char *text)
{
  g_autoptr(GPtrArray) header = header_of (text);
  g_autoptr(RcTraineeMapping) mapping = rc_trainee_mapping_guess (header);
  g_autoptr(GError) error = NULL;
  RcTraineeImport *plan;

  plan = rc_trainee_import_parse (store, STEP_UP, text, strlen (text), mapping, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);

  return plan;
}

static RcTrainee *
find_trainee (RcStore    *store,
              const char *reference)
{
  g_autoptr(GListModel) trainees = rc_store_list_trainees (store, STEP_UP, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (trainees); i++)
    {
      g_autoptr(RcTrainee) trainee = g_list_model_get_item (trainees, i);

      if (g_str_equal (trainee->reference, reference))
        return g_steal_pointer (&trainee);
    }

  return NULL;
}

static guint
count_trainees (RcStore *store)
{
  g_autoptr(GListModel) trainees = rc_store_list_trainees (store, STEP_UP, NULL);

  return g_list_model_get_n_items (trainees);
}

static guint
count_audit (RcStore *store)
{
  g_autoptr(GListModel) audit = rc_store_list_audit (store, NULL, 0, NULL);

  return g_list_model_get_n_items (audit);
}

static void
test_mapping_guess (void)
{
  g_autoptr(GPtrArray) header = header_of (HEADER);
  g_autoptr(GPtrArray) other = header_of ("ID,Forename,Last Name,E-mail address (work),Mobile,LA,"
                                          "Date applied,Notes,SWE number,Regulator\n");
  g_autoptr(GPtrArray) sparse = header_of ("Trainee ID,Local authority,Shoe size\n");
  g_autoptr(RcTraineeMapping) mapping = rc_trainee_mapping_guess (header);
  g_autoptr(RcTraineeMapping) other_mapping = rc_trainee_mapping_guess (other);
  g_autoptr(RcTraineeMapping) sparse_mapping = rc_trainee_mapping_guess (sparse);
  static const int expected[RC_TRAINEE_N_FIELDS] = { 0, 1, 2, -1, 3, 4, 5, 6, -1, 7, 8, -1 };
  static const int expected_other[RC_TRAINEE_N_FIELDS] = { 0, 1, 2, -1, 3, 4, 5, 6, -1, 8, 9, -1 };

  for (guint f = 0; f < RC_TRAINEE_N_FIELDS; f++)
    {
      g_assert_cmpint (mapping->column[f], ==, expected[f]);
      g_assert_cmpint (other_mapping->column[f], ==, expected_other[f]);
    }
  g_assert_cmpint (sparse_mapping->column[RC_TRAINEE_FIELD_REFERENCE], ==, 0);
  g_assert_cmpint (sparse_mapping->column[RC_TRAINEE_FIELD_HOST_COUNCIL], ==, 1);
  g_assert_cmpint (sparse_mapping->column[RC_TRAINEE_FIELD_GIVEN_NAME], ==, -1);

  g_assert_cmpstr (rc_trainee_field_get_label (RC_TRAINEE_FIELD_HOST_COUNCIL), ==, "Host council");
  g_assert_true (rc_trainee_field_is_personal (RC_TRAINEE_FIELD_EMAIL));
  g_assert_false (rc_trainee_field_is_personal (RC_TRAINEE_FIELD_REFERENCE));
}

static void
test_good_import (void)
{
  g_autoptr(RcStore) store = open_demo ();
  /* A comma inside a quoted name and a quoted council; an LA number that
   * meant Somerset County Council in 2016; a date written day first. */
  static const char file[] =
    HEADER
    "SU1-90,Alex,Morgan,alex.morgan@example.org,01823 355000,E06000066,2016-09-01,SW 123456,Social Work England\n"
    "SU1-91,Bea,Lane,,,\"Bristol, City of\",02/09/2016,,\n"
    "SU1-92,\"Carter, Jr\",Cole,c.cole@example.org,,933,2016-09-03,,HCPC\n";
  g_autoptr(RcTraineeImport) plan = parse (store, file);
  g_autoptr(RcTrainee) alex = NULL;
  g_autoptr(RcTrainee) bea = NULL;
  g_autoptr(RcTrainee) carter = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(RcTraineeEvent) applied = NULL;
  g_autoptr(GListModel) audit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  const RcTraineeRow *row;

  g_assert_false (rc_trainee_import_is_refused (plan));
  g_assert_cmpuint (rc_trainee_import_get_n_rows (plan, RC_TRAINEE_ROW_ADD), ==, 3);
  g_assert_cmpuint (rc_trainee_import_get_n_rows (plan, RC_TRAINEE_ROW_SKIPPED), ==, 0);
  row = rc_trainee_import_get_row (plan, RC_TRAINEE_ROW_ADD, 1);
  g_assert_cmpuint (row->line, ==, 3);
  g_assert_cmpstr (row->reference, ==, "SU1-91");
  g_assert_cmpstr (row->message, ==, "Bristol, City of; applied on 2016-09-02 (read as day/month/year from 02/09/2016)");
  summary = rc_trainee_import_describe (plan);
  g_assert_cmpstr (summary, ==, "Added 3 trainees to “Step Up to Social Work: first south-west cohort”; "
                                "1 date read as day/month/year");
  /* Nothing is written before apply. */
  g_assert_cmpuint (count_trainees (store), ==, 28);

  g_assert_true (rc_trainee_import_apply (store, plan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_trainees (store), ==, 31);

  alex = find_trainee (store, "SU1-90");
  g_assert_cmpstr (alex->given_name, ==, "Alex");
  g_assert_cmpstr (alex->family_name, ==, "Morgan");
  g_assert_cmpstr (alex->email, ==, "alex.morgan@example.org");
  g_assert_cmpstr (alex->phone, ==, "01823 355000");
  g_assert_cmpstr (alex->host_council_name, ==, "Somerset");
  g_assert_cmpstr (alex->registration_number, ==, "SW123456");
  g_assert_cmpstr (alex->registered_with, ==, "swe");
  g_assert_cmpint (alex->stage, ==, RC_STAGE_APPLIED);

  /* Every trainee's history starts with the application, on its date. */
  events = rc_store_list_trainee_events (store, alex->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 1);
  applied = g_list_model_get_item (events, 0);
  g_assert_cmpint (applied->stage, ==, RC_STAGE_APPLIED);
  g_assert_cmpstr (applied->occurred_on, ==, "2016-09-01");

  bea = find_trainee (store, "SU1-91");
  g_assert_cmpstr (bea->applied_on, ==, "2016-09-02");
  g_assert_cmpstr (bea->stage_on, ==, "2016-09-02");
  g_assert_cmpstr (bea->host_council_name, ==, "Bristol, City of");
  g_assert_null (bea->email);
  g_assert_null (bea->registered_with);

  carter = find_trainee (store, "SU1-92");
  g_assert_cmpstr (carter->given_name, ==, "Carter, Jr");
  g_assert_cmpstr (carter->registered_with, ==, "hcpc");
  {
    g_autoptr(RcCouncil) host = rc_store_get_council (store, carter->host_council_id, NULL);
    g_assert_cmpstr (host->gss_code, ==, "E10000027");
  }

  /* The audit log names people by reference only. */
  audit = rc_store_list_audit (store, "trainee", alex->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (audit), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (audit); i++)
    {
      g_autoptr(RcAuditEntry) entry = g_list_model_get_item (audit, i);

      g_assert_nonnull (strstr (entry->summary, "SU1-90"));
      g_assert_null (strstr (entry->summary, "Alex"));
      g_assert_null (strstr (entry->summary, "Morgan"));
      g_assert_null (strstr (entry->summary, "example.org"));
    }

  /* Once is enough. */
  g_assert_false (rc_trainee_import_apply (store, plan, &error));
  g_assert_error (error, RC_TRAINEE_IMPORT_ERROR, RC_TRAINEE_IMPORT_ERROR_APPLIED);
  g_assert_cmpuint (count_trainees (store), ==, 31);
}

static void
test_bad_rows_refuse_the_file (void)
{
  g_autoptr(RcStore) store = open_demo ();
  static const char file[] =
    HEADER
    "SU1-90,Alex,Morgan,,,E06000066,2016-09-01,,\n"
    "SU1-91,Bea,Lane,,,E06000022,2016-09-01,,\n"
    "SU1-92,Cal,Cole,,,E06000022,2017-02-30,,\n"
    "SU1-93,Dee,Dale,,,Atlantis,2016-09-01,,\n";
  g_autoptr(RcTraineeImport) plan = parse (store, file);
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  guint audit_before = count_audit (store);
  const RcTraineeRow *row;

  g_assert_true (rc_trainee_import_is_refused (plan));
  g_assert_cmpuint (rc_trainee_import_get_n_rows (plan, RC_TRAINEE_ROW_ADD), ==, 2);
  g_assert_cmpuint (rc_trainee_import_get_n_rows (plan, RC_TRAINEE_ROW_MALFORMED), ==, 2);

  row = rc_trainee_import_get_row (plan, RC_TRAINEE_ROW_MALFORMED, 0);
  g_assert_cmpuint (row->line, ==, 4);
  g_assert_cmpstr (row->reference, ==, "SU1-92");
  g_assert_cmpstr (row->message, ==, "Applied on: “2017-02-30” is not a day of the calendar");
  row = rc_trainee_import_get_row (plan, RC_TRAINEE_ROW_MALFORMED, 1);
  g_assert_cmpuint (row->line, ==, 5);
  g_assert_cmpstr (row->message, ==, "Host council: no council has the code, number or name “Atlantis”");
  summary = rc_trainee_import_describe (plan);
  g_assert_true (g_str_has_suffix (summary, "; 2 malformed rows: the file is refused"));

  g_assert_false (rc_trainee_import_apply (store, plan, &error));
  g_assert_error (error, RC_TRAINEE_IMPORT_ERROR, RC_TRAINEE_IMPORT_ERROR_MALFORMED);
  g_assert_cmpstr (error->message, ==,
                   "Nothing was imported: line 4: Applied on: “2017-02-30” is not a day of the calendar "
                   "(and 1 more problem)");

  /* The good lines were not saved either. */
  g_assert_cmpuint (count_trainees (store), ==, 28);
  g_assert_cmpuint (count_audit (store), ==, audit_before);
  g_assert_null (find_trainee (store, "SU1-90"));
}

static void
test_malformed_reasons (void)
{
  g_autoptr(RcStore) store = open_demo ();
  static const char file[] =
    HEADER
    "SU1-90,Alex,Morgan,alex.morgan.example.org,,,2016-09-01,,\n"  /* 2 */
    ",Bea,Lane,,,,2016-09-01,,\n"                                  /* 3 */
    "SU1-92,Cal,Cole,,,,2016-09-01\n"                              /* 4 */
    "SU1-93,Dee,Dale,,,,2016-09-01,AB123,\n"                       /* 5 */
    "SU1-94,Eve,East,,,,2016-09-01,,Ofsted\n"                      /* 6 */
    "SU1-95,Fay,Frome,,,,31/9/2016,,\n"                            /* 7 */
    "SU1-96,Gus,Gale,,,,next week,,\n"                             /* 8 */
    "SU1-97,Hal,Hill,,,,2016-09-01,,\n"                            /* 9 */
    "SU1-97,Hal,Hill,,,,2016-09-01,,\n"                            /* 10 */
    "SU1-99,\"Ivo,Ince,,,,2016-09-01,,\n";                         /* 11: never closed */
  static const struct {
    guint       line;
    const char *message;
  } expected[] = {
    { 2, "“Email” (column 4): An e-mail address looks like name@example.org" },
    { 3, "The line has no reference" },
    { 4, "The line has 7 fields where the header has 9" },
    { 5, "“Registration number” (column 8): A registration number is SW followed by digits, like SW118237" },
    { 6, "Registered with: “Ofsted” is neither HCPC nor Social Work England" },
    { 7, "Applied on: “31/9/2016” is not a day of the calendar" },
    { 8, "Applied on: “next week” is not a date such as 2017-01-31 or 31/01/2017" },
    { 10, "The reference SU1-97 is also on line 9" },
    { 11, "a quoted field is never closed; the rest of the file was not read" },
  };
  g_autoptr(RcTraineeImport) plan = parse (store, file);

  g_assert_cmpuint (rc_trainee_import_get_n_rows (plan, RC_TRAINEE_ROW_MALFORMED), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const RcTraineeRow *row = rc_trainee_import_get_row (plan, RC_TRAINEE_ROW_MALFORMED, i);

      g_assert_cmpuint (row->line, ==, expected[i].line);
      g_assert_cmpstr (row->message, ==, expected[i].message);
    }
  g_assert_cmpuint (rc_trainee_import_get_n_rows (plan, RC_TRAINEE_ROW_ADD), ==, 1);
}

static void
test_personal_cells_not_repeated (void)
{
  g_autoptr(RcStore) store = open_demo ();
  /* A returner's day of leaving practice is personal data, as a name or
   * an e-mail address is: a problem with it is told without the value. */
  static const char file[] =
    "Reference,Surname,Email,Left practice,Applied on\n"
    "RTSW-90,Quantock,q.quantock@example,2014-01-31,2017-02-01\n"
    "RTSW-91,Radstock,,2014-02-30,2017-02-01\n"
    "RTSW-92,Selworthy,,31/04/2014,2017-02-01\n"
    "RTSW-93,Taunton,,last spring,2017-02-01\n"
    "RTSW-94,Uphill,,01/04/2014,2017-02-01\n";
  static const struct {
    guint       line;
    const char *message;
  } expected[] = {
    { 2, "“Email” (column 3): An e-mail address looks like name@example.org" },
    { 3, "Left practice on: not a day of the calendar" },
    { 4, "Left practice on: not a day of the calendar" },
    { 5, "Left practice on: not a date such as 2017-01-31 or 31/01/2017" },
  };
  g_autoptr(RcTraineeImport) plan = parse (store, file);
  const RcTraineeRow *row;

  g_assert_cmpuint (rc_trainee_import_get_n_rows (plan, RC_TRAINEE_ROW_MALFORMED), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      row = rc_trainee_import_get_row (plan, RC_TRAINEE_ROW_MALFORMED, i);
      g_assert_cmpuint (row->line, ==, expected[i].line);
      g_assert_cmpstr (row->message, ==, expected[i].message);
    }

  g_assert_cmpuint (rc_trainee_import_get_n_rows (plan, RC_TRAINEE_ROW_ADD), ==, 1);
  row = rc_trainee_import_get_row (plan, RC_TRAINEE_ROW_ADD, 0);
  g_assert_cmpstr (row->trainee->left_practice_on, ==, "2014-04-01");
}

static void
test_duplicates_skipped (void)
{
  g_autoptr(RcStore) store = open_demo ();
  static const char file[] =
    HEADER
    "SU1-01,Someone,Else,someone.else@example.org,,,2016-09-01,,\n"
    "SU1-90,Alex,Morgan,,,,2016-09-01,,\n";
  g_autoptr(RcTraineeImport) plan = parse (store, file);
  g_autoptr(RcTrainee) before = find_trainee (store, "SU1-01");
  g_autoptr(RcTrainee) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  const RcTraineeRow *row;

  g_assert_false (rc_trainee_import_is_refused (plan));
  g_assert_cmpuint (rc_trainee_import_get_n_rows (plan, RC_TRAINEE_ROW_SKIPPED), ==, 1);
  row = rc_trainee_import_get_row (plan, RC_TRAINEE_ROW_SKIPPED, 0);
  g_assert_cmpuint (row->line, ==, 2);
  g_assert_cmpstr (row->message, ==, "SU1-01 is in this cohort already");
  summary = rc_trainee_import_describe (plan);
  g_assert_cmpstr (summary, ==, "Added 1 trainee to “Step Up to Social Work: first south-west cohort”; "
                                "skipped 1 already in the cohort");

  g_assert_true (rc_trainee_import_apply (store, plan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_trainees (store), ==, 29);

  /* The trainee already there is left as it was. */
  after = find_trainee (store, "SU1-01");
  g_assert_cmpstr (after->given_name, ==, before->given_name);
  g_assert_cmpstr (after->email, ==, before->email);
  g_assert_cmpint (after->stage, ==, before->stage);
}

static void
test_bom_crlf_and_mapping (void)
{
  g_autoptr(RcStore) store = open_demo ();
  /* As Excel saves "CSV UTF-8": a byte order mark and CRLF, columns in
   * its own order and names. */
  static const char file[] =
    "\xEF\xBB\xBF" "Surname,Forename,ID,LA,Date applied\r\n"
    "Nailsea,Zoë,SU1-90,802,31/01/2016\r\n"
    "Uphill,Ana,SU1-91,north somerset,2016-01-30\r\n"
    "\r\n";
  g_autoptr(GPtrArray) header = header_of (file);
  g_autoptr(RcTraineeImport) plan = parse (store, file);
  g_autoptr(RcTrainee) zoe = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (g_ptr_array_index (header, 0), ==, "Surname");
  g_assert_false (rc_trainee_import_is_refused (plan));
  g_assert_cmpuint (rc_trainee_import_get_n_rows (plan, RC_TRAINEE_ROW_ADD), ==, 2);
  g_assert_true (rc_trainee_import_apply (store, plan, &error));
  g_assert_no_error (error);

  zoe = find_trainee (store, "SU1-90");
  g_assert_cmpstr (zoe->given_name, ==, "Zoë");
  g_assert_cmpstr (zoe->family_name, ==, "Nailsea");
  g_assert_cmpstr (zoe->host_council_name, ==, "North Somerset");
  g_assert_cmpstr (zoe->applied_on, ==, "2016-01-31");
}

static void
test_refused_files (void)
{
  g_autoptr(RcStore) store = open_demo ();
  static const char file[] = HEADER "SU1-90,Alex,Morgan,,,,2016-09-01,,\n";
  g_autoptr(GError) error = NULL;
  RcTraineeMapping mapping;
  RcTraineeImport *plan;

  /* No column for the reference. */
  rc_trainee_mapping_init (&mapping);
  mapping.column[RC_TRAINEE_FIELD_GIVEN_NAME] = 1;
  plan = rc_trainee_import_parse (store, STEP_UP, file, strlen (file), &mapping, &error);
  g_assert_null (plan);
  g_assert_error (error, RC_TRAINEE_IMPORT_ERROR, RC_TRAINEE_IMPORT_ERROR_MAPPING);
  g_clear_error (&error);

  /* A column the file does not have. */
  mapping.column[RC_TRAINEE_FIELD_REFERENCE] = 0;
  mapping.column[RC_TRAINEE_FIELD_PHONE] = 12;
  plan = rc_trainee_import_parse (store, STEP_UP, file, strlen (file), &mapping, &error);
  g_assert_null (plan);
  g_assert_error (error, RC_TRAINEE_IMPORT_ERROR, RC_TRAINEE_IMPORT_ERROR_MAPPING);
  g_assert_cmpstr (error->message, ==, "Phone: the file has no column 13");
  g_clear_error (&error);

  mapping.column[RC_TRAINEE_FIELD_PHONE] = -1;
  plan = rc_trainee_import_parse (store, 999, file, strlen (file), &mapping, &error);
  g_assert_null (plan);
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  plan = rc_trainee_import_parse (store, STEP_UP, "", 0, &mapping, &error);
  g_assert_null (plan);
  g_assert_error (error, RC_TRAINEE_IMPORT_ERROR, RC_TRAINEE_IMPORT_ERROR_EMPTY);
  g_clear_error (&error);

  g_assert_cmpuint (count_trainees (store), ==, 28);
}

/* Large files ------------------------------------------------------------ */

/* @n trainees BULK-0000…, every tenth without a date of application. */
static char *
bulk_file (guint n)
{
  GString *file = g_string_new (HEADER);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *applied = i % 10 == 3 ? g_strdup ("") : g_strdup_printf ("2016-09-%02u", 1 + i % 28);

      g_string_append_printf (file, "BULK-%04u,Given%u,Family,g%u@example.org,,E06000066,%s,,\n",
                              i, i, i, applied);
    }

  return g_string_free (file, FALSE);
}

static void
count_changed (RcStore      *store,
               RcEntityKind  kind,
               guint        *count)
{
  (*count)++;
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* Every new trainee of @store (BULK-…) has one "applied" event on its
 * date of application, or today, its stage from it, and one audit line. */
static guint
check_bulk_trainees (RcStore *store)
{
  g_autoptr(GListModel) trainees = rc_store_list_trainees (store, STEP_UP, NULL);
  g_autofree char *on_today = today ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (trainees); i++)
    {
      g_autoptr(RcTrainee) trainee = g_list_model_get_item (trainees, i);
      g_autoptr(GListModel) events = NULL;
      g_autoptr(GListModel) audit = NULL;
      g_autoptr(RcTraineeEvent) event = NULL;
      g_autoptr(RcAuditEntry) entry = NULL;
      g_autofree char *summary = NULL;
      g_autoptr(GError) error = NULL;
      guint number;

      if (!g_str_has_prefix (trainee->reference, "BULK-"))
        continue;
      n++;
      number = atoi (trainee->reference + 5);
      if (number % 10 == 3)
        g_assert_null (trainee->applied_on);
      else
        g_assert_cmpint (atoi (trainee->applied_on + 8), ==, 1 + number % 28);
      g_assert_cmpstr (trainee->host_council_name, ==, "Somerset");

      events = rc_store_list_trainee_events (store, trainee->id, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (events), ==, 1);
      event = g_list_model_get_item (events, 0);
      g_assert_cmpint (event->stage, ==, RC_STAGE_APPLIED);
      g_assert_cmpstr (event->occurred_on, ==, trainee->applied_on != NULL ? trainee->applied_on : on_today);
      g_assert_cmpint (trainee->stage, ==, RC_STAGE_APPLIED);
      g_assert_cmpstr (trainee->stage_on, ==, event->occurred_on);

      audit = rc_store_list_audit (store, "trainee", trainee->id, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (audit), ==, 1);
      entry = g_list_model_get_item (audit, 0);
      g_assert_cmpstr (entry->action, ==, "create");
      summary = g_strdup_printf ("Added trainee %s to cohort %d", trainee->reference, STEP_UP);
      g_assert_cmpstr (entry->summary, ==, summary);
    }

  return n;
}

/* A large file goes in one transaction: each trainee as a single save
 * would write it, one audit line for the import, one "changed" a table. */
static void
test_bulk_import (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autofree char *file = bulk_file (1500);
  g_autoptr(RcTraineeImport) plan = parse (store, file);
  g_autoptr(GListModel) cohort_audit = NULL;
  g_autoptr(RcAuditEntry) import_line = NULL;
  g_autoptr(RcTrainee) trainee = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  guint audit_before = count_audit (store);
  guint trainee_changed = 0;
  guint event_changed = 0;

  g_assert_false (rc_trainee_import_is_refused (plan));
  g_assert_cmpuint (rc_trainee_import_get_n_rows (plan, RC_TRAINEE_ROW_ADD), ==, 1500);

  g_signal_connect (store, "changed::trainee", G_CALLBACK (count_changed), &trainee_changed);
  g_signal_connect (store, "changed::trainee_event", G_CALLBACK (count_changed), &event_changed);
  g_assert_true (rc_trainee_import_apply (store, plan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (trainee_changed, ==, 1);
  g_assert_cmpuint (event_changed, ==, 1);
  g_signal_handlers_disconnect_by_data (store, &trainee_changed);
  g_signal_handlers_disconnect_by_data (store, &event_changed);

  g_assert_cmpuint (count_trainees (store), ==, 28 + 1500);
  g_assert_cmpuint (check_bulk_trainees (store), ==, 1500);
  g_assert_cmpuint (count_audit (store), ==, audit_before + 1500 + 1);

  cohort_audit = rc_store_list_audit (store, "cohort", STEP_UP, &error);
  g_assert_no_error (error);
  import_line = g_list_model_get_item (cohort_audit, g_list_model_get_n_items (cohort_audit) - 1);
  g_assert_cmpstr (import_line->action, ==, "import");
  g_assert_cmpstr (import_line->summary, ==,
                   "Imported 1500 trainees into cohort Step Up to Social Work: first south-west cohort from a file");

  /* What the person can ask to see says when the record was made. */
  trainee = find_trainee (store, "BULK-0007");
  report = rc_store_subject_access_report (store, trainee->id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (report, "create  Added trainee BULK-0007 to cohort 1"));
}

/* A refusal by the database in the middle of a large file, here a
 * reference someone added to the cohort after the preview, leaves
 * nothing behind and names the file's line; once it is cleared, the same
 * plan imports. */
static void
test_bulk_refusal_names_the_line (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autofree char *file = bulk_file (300);
  g_autoptr(RcTraineeImport) plan = parse (store, file);
  g_autoptr(RcTrainee) other = rc_trainee_new ();
  g_autoptr(GError) error = NULL;
  const RcTraineeRow *row;
  guint audit_before;
  guint changed = 0;
  gint64 saved_days;

  other->cohort_id = STEP_UP;
  other->reference = g_strdup ("BULK-0150");
  g_assert_true (rc_store_save_trainee (store, other, &error));
  g_assert_no_error (error);
  audit_before = count_audit (store);

  g_signal_connect (store, "changed", G_CALLBACK (count_changed), &changed);
  g_assert_false (rc_trainee_import_apply (store, plan, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==,
                   "Nothing was imported: line 152: Another trainee in this cohort already has this reference");
  g_clear_error (&error);
  g_assert_cmpuint (changed, ==, 0);
  g_assert_cmpuint (count_trainees (store), ==, 29);
  g_assert_cmpuint (count_audit (store), ==, audit_before);
  g_assert_null (find_trainee (store, "BULK-0000"));

  /* A rule of the domain, which the store checks before the table does,
   * on a later line. */
  g_free (other->reference);
  other->reference = g_strdup ("OTHER-1");
  g_assert_true (rc_store_save_trainee (store, other, &error));
  g_assert_no_error (error);
  audit_before = count_audit (store);
  changed = 0;
  row = rc_trainee_import_get_row (plan, RC_TRAINEE_ROW_ADD, 250);
  saved_days = row->trainee->updating_days_done;
  row->trainee->updating_days_done = 400;
  g_assert_false (rc_trainee_import_apply (store, plan, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "Nothing was imported: line 252: Updating days done must be between 0 and 365");
  g_clear_error (&error);
  g_assert_cmpuint (changed, ==, 0);
  g_assert_cmpuint (count_trainees (store), ==, 29);
  g_assert_cmpuint (count_audit (store), ==, audit_before);

  row->trainee->updating_days_done = saved_days;
  g_assert_true (rc_trainee_import_apply (store, plan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_trainees (store), ==, 29 + 300);
  g_assert_cmpuint (check_bulk_trainees (store), ==, 300);
  g_signal_handlers_disconnect_by_data (store, &changed);
}

/* SQLite numbers new rows at random once a table holds the largest id:
 * the new trainees' ids are then no run, and each gets its event and
 * audit line one at a time. */
static void
test_bulk_scattered_ids (void)
{
  g_autofree char *path = write_demo ();
  g_autofree char *file = bulk_file (200);
  g_autoptr(RcStore) store = NULL;
  g_autoptr(RcTraineeImport) plan = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO trainee (id, cohort_id, reference) "
                                 "VALUES (9223372036854775807, 1, 'LAST')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = rc_store_open (path, &error);
  g_assert_no_error (error);
  plan = parse (store, file);
  g_assert_true (rc_trainee_import_apply (store, plan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_trainees (store), ==, 29 + 200);
  g_assert_cmpuint (check_bulk_trainees (store), ==, 200);
}

/* Nothing to add is no change. */
static void
test_bulk_nothing (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  guint audit_before = count_audit (store);
  guint changed = 0;
  guint failed = 0;

  g_signal_connect (store, "changed", G_CALLBACK (count_changed), &changed);
  g_assert_true (rc_store_add_trainees (store, STEP_UP, none, "Imported nothing", &failed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (failed, ==, G_MAXUINT);
  g_assert_cmpuint (changed, ==, 0);
  g_assert_cmpuint (count_audit (store), ==, audit_before);
  g_signal_handlers_disconnect_by_data (store, &changed);
}

/* The dialog ------------------------------------------------------------- */

static gboolean
has_step (gpointer data)
{
  RcCsvImportDialog *dialog = g_object_get_data (data, "dialog");
  const char *step = g_object_get_data (data, "step");

  return g_strcmp0 (rc_csv_import_dialog_get_step (dialog), step) == 0;
}

static void
wait_for_step (RcCsvImportDialog *dialog,
               const char            *step)
{
  g_autoptr(GObject) probe = g_object_new (G_TYPE_OBJECT, NULL);

  g_object_set_data (probe, "dialog", dialog);
  g_object_set_data (probe, "step", (gpointer) step);
  g_assert_true (rc_test_wait_for (has_step, probe, 5000));
}

static gboolean
is_hidden (gpointer widget)
{
  return !gtk_widget_get_visible (widget);
}

/* The save runs in a worker: the dialog closes when it is done. */
static void
wait_for_hidden (RcCsvImportDialog *dialog)
{
  g_assert_true (rc_test_wait_for (is_hidden, dialog, 10000));
}

static GFile *
write_file (const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (rc_test_get_tmpdir (), name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));

  return g_file_new_for_path (path);
}

static RcCsvImportDialog *
show_dialog (RcStore *store,
             GFile   *file)
{
  g_autoptr(RcTraineeImport) plan = rc_trainee_import_new (store, STEP_UP);
  GtkWidget *dialog = rc_csv_import_dialog_new (NULL, RC_IMPORT_PLAN (plan), file);

  /* Held until close_dialog() checks that nothing else holds it. */
  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));

  return RC_CSV_IMPORT_DIALOG (dialog);
}

static void
close_dialog (RcCsvImportDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

static gboolean
transition_done (gpointer stack)
{
  return !gtk_stack_get_transition_running (stack);
}

/* For a look at the steps: the build's tests folder gets a PNG. */
static void
save_png (RcCsvImportDialog *dialog,
          const char            *name)
{
  g_autofree char *path = g_strdup_printf ("%s/%s.png", g_getenv ("RC_TEST_OUTPUT_DIR") ?: ".", name);
  GtkWidget *steps = rc_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_STACK);

  /* Not while the steps crossfade; a picture is a help, not a result, so
   * a slow machine goes without. */
  g_assert_nonnull (steps);
  if (!rc_test_wait_for (transition_done, steps, 2000))
    {
      g_test_message ("No picture of %s: the step is still fading in", name);
      return;
    }
  rc_test_wait_for_frame (dialog);
  if (!rc_test_save_widget_png (GTK_WIDGET (dialog), path))
    g_test_message ("No picture of %s", name);
}

static void
count_signal (gpointer instance,
              guint   *count)
{
  (*count)++;
}

/* The longest text of any label shown under @root, in characters. */
static glong
longest_label (GtkWidget *root)
{
  glong longest = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      /* Once each: MAX() would walk a subtree twice, at every level. */
      glong below = longest_label (child);

      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child))
        longest = MAX (longest, g_utf8_strlen (gtk_label_get_text (GTK_LABEL (child)), -1));
      longest = MAX (longest, below);
    }

  return longest;
}

/* A header and a cell of 20,000 characters: the columns offered and the
 * reasons shown stay short. */
static void
test_dialog_huge_cells (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autofree char *huge = g_strnfill (20000, 'Q');
  g_autofree char *text = g_strconcat ("Reference,First name,Host council,", huge, "\n"
                                       "SU1-90,Alex,", huge, ",x\n", NULL);
  g_autoptr(GFile) file = write_file ("huge.csv", text);
  RcCsvImportDialog *dialog = show_dialog (store, file);
  GtkDropDown *drop_down;
  GListModel *columns;
  const char *message;

  wait_for_step (dialog, "mapping");
  drop_down = GTK_DROP_DOWN (rc_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN));
  columns = gtk_drop_down_get_model (drop_down);
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 5);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    g_assert_cmpint (g_utf8_strlen (gtk_string_list_get_string (GTK_STRING_LIST (columns), i), -1), <=, 80);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.preview", NULL));
  wait_for_step (dialog, "preview");
  message = rc_csv_import_dialog_get_message (dialog);
  g_test_message ("%ld characters: %s", g_utf8_strlen (message, -1), message);
  g_assert_nonnull (strstr (message, "Line 2: Host council: no council has the code, number or name “QQQ"));
  g_assert_cmpint (g_utf8_strlen (message, -1), <, 300);
  g_assert_cmpint (longest_label (GTK_WIDGET (dialog)), <, 300);

  close_dialog (dialog);
}

static void
test_dialog_maps_previews_and_imports (void)
{
  g_autoptr(RcStore) store = open_demo ();
  /* Line 3 has a date the calendar lacks, in a column the user may leave out. */
  g_autoptr(GFile) file = write_file ("applicants.csv",
                                      "ID,Forename,Surname,Council,Applied,Shoe size\n"
                                      "SU1-90,Alex,Morgan,E06000066,2016-09-01,7\n"
                                      "SU1-91,Bea,Lane,North Somerset,2016-02-30,5\n"
                                      "SU1-01,Someone,Else,E06000066,2016-09-01,6\n");
  RcCsvImportDialog *dialog = show_dialog (store, file);
  static const int guessed[RC_TRAINEE_N_FIELDS] = { 0, 1, 2, -1, -1, -1, 3, 4, -1, -1, -1, -1 };
  guint imported = 0;

  wait_for_step (dialog, "mapping");
  for (guint f = 0; f < RC_TRAINEE_N_FIELDS; f++)
    g_assert_cmpint (rc_csv_import_dialog_get_column (dialog, f), ==, guessed[f]);
  g_assert_false (rc_csv_import_dialog_can_import (dialog));
  save_png (dialog, "trainee-import-mapping");

  /* Without a reference there is nothing to preview. */
  rc_csv_import_dialog_set_column (dialog, RC_TRAINEE_FIELD_REFERENCE, -1);
  g_assert_cmpint (rc_csv_import_dialog_get_column (dialog, RC_TRAINEE_FIELD_REFERENCE), ==, -1);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.preview", NULL);
  g_assert_cmpstr (rc_csv_import_dialog_get_step (dialog), ==, "mapping");
  rc_csv_import_dialog_set_column (dialog, RC_TRAINEE_FIELD_REFERENCE, 0);

  /* The bad date refuses the file: Import stays insensitive. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.preview", NULL));
  wait_for_step (dialog, "preview");
  g_assert_cmpuint (rc_csv_import_dialog_get_n_shown (dialog, RC_IMPORT_ROW_ADD), ==, 1);
  g_assert_cmpuint (rc_csv_import_dialog_get_n_shown (dialog, RC_IMPORT_ROW_SKIPPED), ==, 1);
  g_assert_cmpuint (rc_csv_import_dialog_get_n_shown (dialog, RC_IMPORT_ROW_MALFORMED), ==, 1);
  g_assert_false (rc_csv_import_dialog_can_import (dialog));
  g_assert_nonnull (strstr (rc_csv_import_dialog_get_message (dialog), "Line 3: Applied on: “2016-02-30”"));
  save_png (dialog, "trainee-import-refused");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL);
  g_assert_cmpuint (count_trainees (store), ==, 28);

  /* Back, leave the dates out, and the file can go in. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.back", NULL);
  wait_for_step (dialog, "mapping");
  rc_csv_import_dialog_set_column (dialog, RC_TRAINEE_FIELD_APPLIED_ON, -1);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.preview", NULL);
  wait_for_step (dialog, "preview");
  g_assert_cmpuint (rc_csv_import_dialog_get_n_shown (dialog, RC_IMPORT_ROW_ADD), ==, 2);
  g_assert_cmpuint (rc_csv_import_dialog_get_n_shown (dialog, RC_IMPORT_ROW_MALFORMED), ==, 0);
  g_assert_true (rc_csv_import_dialog_can_import (dialog));
  save_png (dialog, "trainee-import-preview");

  g_signal_connect (dialog, "imported", G_CALLBACK (count_signal), &imported);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL);
  wait_for_hidden (dialog);
  g_assert_cmpuint (imported, ==, 1);
  g_assert_cmpuint (count_trainees (store), ==, 30);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  close_dialog (dialog);
}

/* The text of the first label on screen in the warning style, or NULL. */
static const char *
shown_warning (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) && gtk_widget_has_css_class (widget, "warning"))
    return gtk_label_get_text (GTK_LABEL (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *text = shown_warning (child);

      if (text != NULL)
        return text;
    }

  return NULL;
}

static gboolean
warning_is_shown (gpointer dialog)
{
  return shown_warning (dialog) != NULL;
}

/* A semicolon file with a column the import does not use, and a date the
 * rules warn about: the preview says all three, and the file goes in. */
static void
test_dialog_semicolons_and_warnings (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(GFile) file = write_file ("semicolons.csv",
                                      "Reference;First name;Surname;Applied on;Interview panel\r\n"
                                      "SU1-90;Alex;Morgan;01/03/1999;Panel B\r\n"
                                      "SU1-91;Bea;Lane;2016-09-02;Panel A\r\n");
  RcCsvImportDialog *dialog = show_dialog (store, file);
  const char *message;

  wait_for_step (dialog, "mapping");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.preview", NULL));
  wait_for_step (dialog, "preview");
  message = rc_csv_import_dialog_get_message (dialog);
  g_assert_nonnull (strstr (message, "; columns separated by semicolons"));
  g_assert_nonnull (strstr (message, "; 1 row with a warning"));
  g_assert_nonnull (strstr (message, "; not used: Interview panel"));
  g_assert_true (rc_csv_import_dialog_can_import (dialog));
  g_assert_true (rc_test_wait_for (warning_is_shown, dialog, 5000));
  g_assert_cmpstr (shown_warning (GTK_WIDGET (dialog)), ==,
                   "⚠ Applied on 1999-03-01, a year before 2000: check the year");
  save_png (dialog, "trainee-import-warning");

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL);
  wait_for_hidden (dialog);
  g_assert_cmpuint (count_trainees (store), ==, 30);
  close_dialog (dialog);
}

static void
test_dialog_unreadable_files (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autofree char *missing_path = g_build_filename (rc_test_get_tmpdir (), "gone.csv", NULL);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr(GFile) empty = write_file ("empty.csv", "");
  RcCsvImportDialog *dialog = show_dialog (store, missing);

  wait_for_step (dialog, "problem");
  g_assert_cmpstr (rc_csv_import_dialog_get_message (dialog), ==,
                   "“gone.csv” does not exist: it may have been moved or deleted.");
  close_dialog (dialog);

  dialog = show_dialog (store, empty);
  wait_for_step (dialog, "problem");
  g_assert_cmpstr (rc_csv_import_dialog_get_message (dialog), ==, "“empty.csv”: The file is empty");
  g_assert_false (rc_csv_import_dialog_can_import (dialog));
  close_dialog (dialog);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/trainee-import/mapping/guess", test_mapping_guess);
  g_test_add_func ("/trainee-import/good", test_good_import);
  g_test_add_func ("/trainee-import/bad-rows-refuse-the-file", test_bad_rows_refuse_the_file);
  g_test_add_func ("/trainee-import/malformed-reasons", test_malformed_reasons);
  g_test_add_func ("/trainee-import/personal-cells-not-repeated", test_personal_cells_not_repeated);
  g_test_add_func ("/trainee-import/duplicates-skipped", test_duplicates_skipped);
  g_test_add_func ("/trainee-import/bom-crlf-and-mapping", test_bom_crlf_and_mapping);
  g_test_add_func ("/trainee-import/refused-files", test_refused_files);
  g_test_add_func ("/trainee-import/bulk/all-with-events-and-audit", test_bulk_import);
  g_test_add_func ("/trainee-import/bulk/refusal-names-the-line", test_bulk_refusal_names_the_line);
  g_test_add_func ("/trainee-import/bulk/scattered-ids", test_bulk_scattered_ids);
  g_test_add_func ("/trainee-import/bulk/nothing", test_bulk_nothing);

  /* The dialog needs a display; the rest does not. */
  if (gtk_init_check ())
    {
      adw_init ();
      g_test_add_func ("/trainee-import/dialog/map-preview-import", test_dialog_maps_previews_and_imports);
      g_test_add_func ("/trainee-import/dialog/unreadable-files", test_dialog_unreadable_files);
      g_test_add_func ("/trainee-import/dialog/huge-cells", test_dialog_huge_cells);
      g_test_add_func ("/trainee-import/dialog/semicolons-and-warnings", test_dialog_semicolons_and_warnings);
    }

  return g_test_run ();
}
