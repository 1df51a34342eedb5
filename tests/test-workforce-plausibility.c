/* test-workforce-plausibility.c: the field rules' warnings in a workforce
 * import, and files saved with semicolons
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "import/rc-workforce-import.h"
#include "rc-test-util.h"
#include "store/rc-store.h"

/* The columns of the published file, in its order (25 of them). */
#define HEADER \
  "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name," \
  "old_la_code,new_la_code,la_name,inpost_fte,inpost_headcount,starters_fte,leavers_fte,agency_fte," \
  "agency_rate_fte,vacancy_fte,vacancy_rate_fte,turnover_rate_fte,case_holders_fte,cases,caseload_fte," \
  "working_days_lost_fte,absence_rate_fte,agency_cover_rate_fte\n"
#define SW_LA "Reporting year,Local authority,E92000001,England,E12000009,South West,"

static RcStore *
open_store (void)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/plausibility-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;
  RcStore *store = rc_store_open (path, &error);

  g_assert_no_error (error);

  return store;
}

static RcWorkforceImport *
parse (RcStore    *store,
       const char *text)
{
  g_autoptr(GError) error = NULL;
  RcWorkforceImport *plan = rc_workforce_import_parse (store, text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);

  return plan;
}

/* Warned about with the figure named, and still imported (issue #14). */
static void
test_warnings_are_imported (void)
{
  g_autoptr(RcStore) store = open_store ();
  static const char file[] =
    HEADER
    /* 2: 60 vacancies against 40 in post; 50 leavers; 45 agency */
    "2023," SW_LA "933,E06000066,Somerset,40,45,5,50,45,50,60,60,125,30,500,16,200,3,z\n"
    /* 3: nothing unlikely */
    "2023," SW_LA "801,E06000023,\"Bristol, City of\",412.6,440,60,58.4,48,10.4,71.5,14.8,14.2,330,5400,16.4,3010,3.2,z\n";
  g_autoptr(RcWorkforceImport) plan = parse (store, file);
  g_autofree char *summary = rc_workforce_import_describe (plan);
  g_autoptr(GError) error = NULL;
  const RcImportRow *row;

  g_assert_false (rc_workforce_import_is_refused (plan));
  g_assert_cmpuint (rc_workforce_import_get_n_rows (plan, RC_IMPORT_ROW_ADD), ==, 2);
  g_assert_cmpuint (rc_workforce_import_get_n_warnings (plan), ==, 1);
  row = rc_workforce_import_get_row (plan, RC_IMPORT_ROW_ADD, 0);
  g_assert_cmpuint (row->line, ==, 2);
  g_assert_cmpstr (row->warning, ==,
                   "Vacancies (60 FTE) are more than FTE in post (40): check the figures; "
                   "Turnover is above 100 %: 50 FTE leavers against 40 FTE in post; "
                   "Agency workers are above 100 % of FTE in post: 45 FTE against 40 FTE in post");
  g_assert_null (rc_workforce_import_get_row (plan, RC_IMPORT_ROW_ADD, 1)->warning);
  g_assert_nonnull (strstr (summary, "; 1 row with a warning"));

  g_assert_true (rc_workforce_import_apply (store, plan, &error));
  g_assert_no_error (error);
}

/* A file re-saved by a spreadsheet whose decimal point is a comma. */
static void
test_semicolons (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autofree char *header = g_strdelimit (g_strdup (HEADER), ",", ';');
  g_autofree char *text = g_strconcat (header,
                                       "2023;Reporting year;Local authority;E92000001;England;E12000009;"
                                       "South West;933;E06000066;Somerset;279.3;305;41;44.2;35.1;11.2;49;"
                                       "14.9;15.8;231;4100;17.7;2210;3.4;z\n", NULL);
  g_autoptr(RcWorkforceImport) plan = parse (store, text);
  const RcImportRow *row;

  g_assert_false (rc_workforce_import_is_refused (plan));
  g_assert_cmpuint (rc_workforce_import_get_n_rows (plan, RC_IMPORT_ROW_ADD), ==, 1);
  row = rc_workforce_import_get_row (plan, RC_IMPORT_ROW_ADD, 0);
  g_assert_cmpint (row->ret->in_post_fte100.value, ==, 27930);
  g_assert_cmpint (row->ret->vacancies_fte100.value, ==, 4900);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/workforce-plausibility/warnings-are-imported", test_warnings_are_imported);
  g_test_add_func ("/workforce-plausibility/semicolons", test_semicolons);

  return g_test_run ();
}
