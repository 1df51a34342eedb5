/* test-trainee-csv.c: trainee files as people really have them, and the
 * field rules the import shares with the dialog and the store
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "import/rc-trainee-import.h"
#include "model/rc-field-rules.h"
#include "rc-test-util.h"
#include "sample/rc-demo.h"
#include "store/rc-store.h"

#define STEP_UP 1  /* the demo's first cohort: 28 trainees, SU1-01 to SU1-28 */

static RcStore *
open_demo (void)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/trainee-csv-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;
  RcStore *store;

  g_assert_true (rc_demo_write (path, &error));
  g_assert_no_error (error);
  store = rc_store_open (path, &error);
  g_assert_no_error (error);

  return store;
}

/* The demo's Return to Social Work cohort, which takes people 2 to 5 years out. */
static gint64
returner_cohort (RcStore *store)
{
  g_autoptr(GListModel) cohorts = rc_store_list_cohorts (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (cohorts); i++)
    {
      g_autoptr(RcCohort) cohort = g_list_model_get_item (cohorts, i);

      if (g_str_equal (cohort->programme_name, "Return to Social Work"))
        return cohort->id;
    }
  g_assert_not_reached ();
}

static RcTraineeImport *
parse_into (RcStore    *store,
            gint64      cohort_id,
            const char *text,
            gsize       length)
{
  g_autoptr(GPtrArray) header = NULL;
  g_autoptr(RcTraineeMapping) mapping = NULL;
  g_autoptr(GError) error = NULL;
  RcTraineeImport *plan;

  header = rc_trainee_import_read_header (text, length, &error);
  g_assert_no_error (error);
  mapping = rc_trainee_mapping_guess (header);
  plan = rc_trainee_import_parse (store, cohort_id, text, length, mapping, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);

  return plan;
}

static RcTraineeImport *
parse (RcStore    *store,
       const char *text)
{
  return parse_into (store, STEP_UP, text, strlen (text));
}

static RcTrainee *
find_trainee (RcStore    *store,
              gint64      cohort_id,
              const char *reference)
{
  g_autoptr(GListModel) trainees = rc_store_list_trainees (store, cohort_id, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (trainees); i++)
    {
      g_autoptr(RcTrainee) trainee = g_list_model_get_item (trainees, i);

      if (g_str_equal (trainee->reference, reference))
        return g_steal_pointer (&trainee);
    }

  return NULL;
}

static const char *
malformed_message (RcTraineeImport *plan,
                   guint            index)
{
  g_assert_cmpuint (index, <, rc_trainee_import_get_n_rows (plan, RC_TRAINEE_ROW_MALFORMED));

  return rc_trainee_import_get_row (plan, RC_TRAINEE_ROW_MALFORMED, index)->message;
}

/* Issue #14: a semicolon file was stored as one long reference per
 * trainee, names and e-mail addresses inside, where erasure does not
 * reach them. */
static void
test_semicolons (void)
{
  g_autoptr(RcStore) store = open_demo ();
  static const char file[] =
    "Reference;First name;Surname;Email;Applied on;Interview panel\r\n"
    "SU1-90;Alex;Morgan;alex.morgan@example.org;01/09/2016;Panel B\r\n"
    "SU1-91;\"Lane; Bea\";Lane;;2016-09-02;Panel A\r\n";
  g_autoptr(RcTraineeImport) plan = parse (store, file);
  g_autoptr(RcTrainee) alex = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *unused = NULL;

  g_assert_false (rc_trainee_import_is_refused (plan));
  g_assert_cmpuint (rc_trainee_import_get_n_rows (plan, RC_TRAINEE_ROW_ADD), ==, 2);
  unused = rc_trainee_import_list_unused (plan);
  g_assert_cmpstr (unused, ==, "Interview panel");
  summary = rc_trainee_import_describe (plan);
  g_assert_cmpstr (summary, ==, "Added 2 trainees to “Step Up to Social Work: first south-west cohort”; "
                                "1 date read as day/month/year; columns separated by semicolons; "
                                "not used: Interview panel");

  g_assert_true (rc_trainee_import_apply (store, plan, &error));
  g_assert_no_error (error);
  alex = find_trainee (store, STEP_UP, "SU1-90");
  g_assert_nonnull (alex);
  g_assert_cmpstr (alex->reference, ==, "SU1-90");
  g_assert_cmpstr (alex->given_name, ==, "Alex");
  g_assert_cmpstr (alex->family_name, ==, "Morgan");
  g_assert_cmpstr (alex->email, ==, "alex.morgan@example.org");
  g_assert_cmpstr (alex->applied_on, ==, "2016-09-01");
}

static void
test_tabs (void)
{
  g_autoptr(RcStore) store = open_demo ();
  static const char file[] =
    "ID\tForename\tLast name\tLA\tNotes, if any\n"
    "SU1-90\tAlex\tMorgan\t933\tlikes maps, and trains\n";
  g_autoptr(RcTraineeImport) plan = parse (store, file);
  g_autofree char *summary = rc_trainee_import_describe (plan);
  const RcTraineeRow *row;

  g_assert_false (rc_trainee_import_is_refused (plan));
  g_assert_cmpuint (rc_trainee_import_get_n_rows (plan, RC_TRAINEE_ROW_ADD), ==, 1);
  row = rc_trainee_import_get_row (plan, RC_TRAINEE_ROW_ADD, 0);
  g_assert_cmpstr (row->trainee->given_name, ==, "Alex");
  g_assert_cmpstr (row->trainee->family_name, ==, "Morgan");
  g_assert_cmpstr (row->trainee->host_council_name, ==, "Somerset");
  g_assert_nonnull (strstr (summary, "; columns separated by tabs; not used: Notes, if any"));
}

static void
test_unused_columns (void)
{
  g_autoptr(RcStore) store = open_demo ();
  /* A comma file that has semicolons in its cells is still a comma file. */
  static const char file[] =
    "Reference,First name,Surname,Interview panel,,Score; out of 10\n"
    "SU1-90,Alex,Morgan,\"Panel B; room 2\",x,7\n";
  g_autoptr(RcTraineeImport) plan = parse (store, file);
  g_autofree char *unused = rc_trainee_import_list_unused (plan);
  g_autofree char *summary = rc_trainee_import_describe (plan);

  g_assert_false (rc_trainee_import_is_refused (plan));
  g_assert_cmpstr (unused, ==, "Interview panel, column 5, Score; out of 10");
  g_assert_true (g_str_has_suffix (summary, "; not used: Interview panel, column 5, Score; out of 10"));
  g_assert_null (strstr (summary, "separated"));
}

static void
test_full_name (void)
{
  g_autoptr(RcStore) store = open_demo ();
  static const char file[] =
    "Reference,Full name,Email\n"
    "SU1-90,Mary Jane Smith,mj.smith@example.org\n"
    "SU1-91,\"Nailsea, Zoë\",\n"
    "SU1-92,Anna van der Berg,\n"
    "SU1-93,  Bea   Lane ,\n"
    "SU1-94,,\n";
  static const struct {
    const char *reference;
    const char *given;
    const char *family;
  } expected[] = {
    { "SU1-90", "Mary Jane", "Smith" },
    { "SU1-91", "Zoë", "Nailsea" },
    { "SU1-92", "Anna", "van der Berg" },
    { "SU1-93", "Bea", "Lane" },
    { "SU1-94", NULL, NULL },
  };
  g_autoptr(RcTraineeImport) plan = parse (store, file);
  g_autofree char *summary = rc_trainee_import_describe (plan);
  g_autoptr(GError) error = NULL;

  g_assert_false (rc_trainee_import_is_refused (plan));
  g_assert_nonnull (strstr (summary, "; 4 full names split into given and family names"));
  g_assert_null (strstr (summary, "not used"));
  g_assert_true (rc_trainee_import_apply (store, plan, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(RcTrainee) trainee = find_trainee (store, STEP_UP, expected[i].reference);

      g_assert_cmpstr (trainee->given_name, ==, expected[i].given);
      g_assert_cmpstr (trainee->family_name, ==, expected[i].family);
    }
}

/* One word cannot be split: the line is refused, and the name not repeated. */
static void
test_full_name_refused (void)
{
  g_autoptr(RcStore) store = open_demo ();
  static const char file[] =
    "Reference,Name\n"
    "SU1-90,Mary Jane Smith\n"
    "SU1-91,Madonna\n";
  g_autoptr(RcTraineeImport) plan = parse (store, file);
  const RcTraineeRow *row;

  g_assert_true (rc_trainee_import_is_refused (plan));
  row = rc_trainee_import_get_row (plan, RC_TRAINEE_ROW_MALFORMED, 0);
  g_assert_cmpuint (row->line, ==, 3);
  g_assert_cmpstr (row->message, ==,
                   "“Name” (column 2): the given name cannot be told from the family name in a name of one word; "
                   "give them a column each, or write the name as “Family, Given”");
  g_assert_null (strstr (row->message, "Madonna"));
}

/* A full name beside its parts: the guess leaves it out and names it;
 * the user who chooses both is told to choose. */
static void
test_full_name_with_parts (void)
{
  g_autoptr(RcStore) store = open_demo ();
  static const char file[] =
    "Reference,Full name,First name,Surname\n"
    "SU1-90,Mary Jane Smith,Mary,Smith\n";
  g_autoptr(GPtrArray) header = rc_trainee_import_read_header (file, strlen (file), NULL);
  g_autoptr(RcTraineeMapping) mapping = rc_trainee_mapping_guess (header);
  g_autoptr(RcTraineeImport) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *unused = NULL;

  g_assert_cmpint (mapping->column[RC_TRAINEE_FIELD_FULL_NAME], ==, -1);
  g_assert_cmpint (mapping->column[RC_TRAINEE_FIELD_GIVEN_NAME], ==, 2);
  plan = rc_trainee_import_parse (store, STEP_UP, file, strlen (file), mapping, &error);
  g_assert_no_error (error);
  unused = rc_trainee_import_list_unused (plan);
  g_assert_cmpstr (unused, ==, "Full name");
  g_clear_object (&plan);

  mapping->column[RC_TRAINEE_FIELD_FULL_NAME] = 1;
  plan = rc_trainee_import_parse (store, STEP_UP, file, strlen (file), mapping, &error);
  g_assert_null (plan);
  g_assert_error (error, RC_TRAINEE_IMPORT_ERROR, RC_TRAINEE_IMPORT_ERROR_MAPPING);
  g_assert_cmpstr (error->message, ==,
                   "Choose a column for the full name, or columns for the given and family names, not both");
}

/* Issue #15: a 1 MB first name was accepted. */
static void
test_megabyte_name_refused (void)
{
  g_autoptr(RcStore) store = open_demo ();
  GString *file = g_string_new ("Reference,First name,Surname\nSU1-90,Alex,Morgan\nSU1-91,");
  g_autoptr(RcTraineeImport) plan = NULL;
  g_autoptr(GError) error = NULL;
  const RcTraineeRow *row;

  for (guint i = 0; i < 1024 * 1024; i++)
    g_string_append_c (file, 'B');
  g_string_append (file, ",Lane\n");
  plan = parse_into (store, STEP_UP, file->str, file->len);
  g_string_free (file, TRUE);

  g_assert_true (rc_trainee_import_is_refused (plan));
  row = rc_trainee_import_get_row (plan, RC_TRAINEE_ROW_MALFORMED, 0);
  g_assert_cmpuint (row->line, ==, 3);
  g_assert_cmpstr (row->reference, ==, "SU1-91");
  /* The line, the column, the limit; a name is not quoted. */
  g_assert_cmpstr (row->message, ==,
                   "“First name” (column 2): A given name is at most 200 characters; this one has 1048576");
  g_assert_false (rc_trainee_import_apply (store, plan, &error));
  g_assert_error (error, RC_TRAINEE_IMPORT_ERROR, RC_TRAINEE_IMPORT_ERROR_MALFORMED);
  g_assert_null (find_trainee (store, STEP_UP, "SU1-90"));
}

/* A reference is not personal: it is quoted, but 80 characters at most. */
static void
test_long_reference_quoted (void)
{
  g_autoptr(RcStore) store = open_demo ();
  GString *file = g_string_new ("Reference,Surname\n");
  g_autoptr(RcTraineeImport) plan = NULL;
  const char *message;
  const char *quote;

  for (guint i = 0; i < 300; i++)
    g_string_append_c (file, 'R');
  g_string_append (file, ",Lane\n");
  plan = parse (store, file->str);
  g_string_free (file, TRUE);

  message = malformed_message (plan, 0);
  g_assert_true (g_str_has_prefix (message, "“Reference” (column 1): A reference is at most 64 characters; "
                                            "this one has 300: “RRR"));
  quote = strstr (message, ": “R");
  g_assert_nonnull (quote);
  g_assert_cmpint (g_utf8_strlen (quote + 2, -1), ==, 82);
  g_assert_true (g_str_has_suffix (message, "R…”"));
  /* The preview's heading is cut too. */
  g_assert_cmpint (g_utf8_strlen (rc_trainee_import_get_row (plan, RC_TRAINEE_ROW_MALFORMED, 0)->reference, -1),
                   ==, RC_LIMIT_REFERENCE);
}

/* Issue #14: "jo@example" was saved by the dialog and refused by the
 * import; now by both, with the same words (test-cohorts-page shows the
 * dialog's). */
static void
test_same_email_rule (void)
{
  g_autoptr(RcStore) store = open_demo ();
  static const char file[] = "Reference,Email,Phone\nSU1-90,jo@example,\nSU1-91,jo@example.org,01823 ext 4\n";
  g_autoptr(RcTraineeImport) plan = parse (store, file);

  g_assert_cmpstr (malformed_message (plan, 0), ==,
                   "“Email” (column 2): An e-mail address looks like name@example.org");
  g_assert_cmpstr (malformed_message (plan, 1), ==,
                   "“Phone” (column 3): A phone number has digits, spaces and + ( ) - only");
}

/* What the rules only warn about goes in, with the warning on its row;
 * what a window would confirm is a warning here, as the user confirms
 * the whole file. */
static void
test_warnings (void)
{
  g_autoptr(RcStore) store = open_demo ();
  gint64 cohort_id = returner_cohort (store);
  static const char file[] =
    "Reference,Surname,Left practice,Applied on\n"
    "RTSW-90,Quantock,2010-01-31,2017-02-01\n"   /* 7 years out: too long */
    "RTSW-91,Radstock,2013-02-01,2017-02-01\n"   /* 4 years: eligible */
    "RTSW-92,Selworthy,,1999-03-01\n";           /* before 2000 */
  g_autoptr(RcTraineeImport) plan = parse_into (store, cohort_id, file, strlen (file));
  g_autofree char *summary = rc_trainee_import_describe (plan);
  g_autoptr(GError) error = NULL;

  g_assert_false (rc_trainee_import_is_refused (plan));
  g_assert_cmpuint (rc_trainee_import_get_n_rows (plan, RC_TRAINEE_ROW_ADD), ==, 3);
  g_assert_cmpuint (rc_trainee_import_get_n_warnings (plan), ==, 2);
  g_assert_cmpstr (rc_trainee_import_get_row (plan, RC_TRAINEE_ROW_ADD, 0)->warning, ==,
                   "Out of practice too long: 7.0 years; this cohort takes 2 to 5");
  g_assert_null (rc_trainee_import_get_row (plan, RC_TRAINEE_ROW_ADD, 1)->warning);
  g_assert_cmpstr (rc_trainee_import_get_row (plan, RC_TRAINEE_ROW_ADD, 2)->warning, ==,
                   "Applied on 1999-03-01, a year before 2000: check the year");
  g_assert_nonnull (strstr (summary, "; 2 rows with warnings"));

  g_assert_true (rc_trainee_import_apply (store, plan, &error));
  g_assert_no_error (error);
  g_assert_nonnull (find_trainee (store, cohort_id, "RTSW-90"));
}

/* The store refuses what the rules call errors, whoever asks it. */
static void
test_store_refuses (void)
{
  g_autoptr(RcStore) store = open_demo ();
  g_autoptr(RcTrainee) trainee = rc_trainee_new ();
  g_autoptr(GPtrArray) batch = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  guint failed = 0;

  trainee->cohort_id = STEP_UP;
  trainee->reference = g_strdup ("SU1-90");
  trainee->email = g_strdup ("jo@example");
  g_assert_false (rc_store_save_trainee (store, trainee, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "An e-mail address looks like name@example.org");
  g_clear_error (&error);

  g_ptr_array_add (batch, trainee);
  g_assert_false (rc_store_add_trainees (store, STEP_UP, batch, NULL, &failed, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
  g_assert_cmpuint (failed, ==, 0);
  g_clear_error (&error);

  g_free (trainee->email);
  trainee->email = NULL;
  g_free (trainee->given_name);
  trainee->given_name = g_strnfill (1024 * 1024, 'x');
  g_assert_false (rc_store_save_trainee (store, trainee, &error));
  g_assert_error (error, RC_STORE_ERROR, RC_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "A given name is at most 200 characters; this one has 1048576");
  g_assert_null (find_trainee (store, STEP_UP, "SU1-90"));
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/trainee-csv/semicolons", test_semicolons);
  g_test_add_func ("/trainee-csv/tabs", test_tabs);
  g_test_add_func ("/trainee-csv/unused-columns", test_unused_columns);
  g_test_add_func ("/trainee-csv/full-name", test_full_name);
  g_test_add_func ("/trainee-csv/full-name-refused", test_full_name_refused);
  g_test_add_func ("/trainee-csv/full-name-with-parts", test_full_name_with_parts);
  g_test_add_func ("/trainee-csv/megabyte-name-refused", test_megabyte_name_refused);
  g_test_add_func ("/trainee-csv/long-reference-quoted", test_long_reference_quoted);
  g_test_add_func ("/trainee-csv/same-email-rule", test_same_email_rule);
  g_test_add_func ("/trainee-csv/warnings", test_warnings);
  g_test_add_func ("/trainee-csv/store-refuses", test_store_refuses);

  return g_test_run ();
}
