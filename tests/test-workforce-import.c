/* test-workforce-import.c: importing the DfE's children's social work
 * workforce CSV ("Indicators", explore-education-statistics)
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "import/rc-workforce-import.h"
#include "model/rc-measure.h"
#include "rc-test-util.h"
#include "store/rc-store.h"

/* The columns of the published file, in its order (25 of them). */
#define HEADER \
  "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name," \
  "old_la_code,new_la_code,la_name,inpost_fte,inpost_headcount,starters_fte,leavers_fte,agency_fte," \
  "agency_rate_fte,vacancy_fte,vacancy_rate_fte,turnover_rate_fte,case_holders_fte,cases,caseload_fte," \
  "working_days_lost_fte,absence_rate_fte,agency_cover_rate_fte\n"

#define ENGLAND "Reporting year,National,E92000001,England,,,,,,"
#define SOUTH_WEST "Reporting year,Regional,E92000001,England,E12000009,South West,,,,"
#define SW_LA "Reporting year,Local authority,E92000001,England,E12000009,South West,"
#define YH_LA "Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,"
#define EM_LA "Reporting year,Local authority,E92000001,England,E12000004,East Midlands,"

/* Line 1 is the header: England is line 2, Somerset 2023 line 5. */
static const char good_file[] =
  HEADER
  "2025," ENGLAND "\"33,885.4\",36520,\"5,980\",\"5,070.5\",\"6,210\",15.5,\"7,145\",17.4,15,"
    "\"26,700\",\"447,000\",16.7,\"254,000\",3.1,z\n"
  "2025," SOUTH_WEST "\"3,012.5\",3300,480,455,390,11.5,560,15.7,15.1,2400,\"39,800\",16.6,\"24,900\",3.3,z\n"
  "2022," SW_LA "933,E10000027,Somerset,301.2,330,45,51.5,40.3,11.8,52,14.7,17.1,240,4020,16.8,2380,3.5,z\n"
  "2023," SW_LA "933,E06000066,Somerset,279.3,305,41,44.2,35.1,11.2,49,14.9,15.8,231,4100,17.7,2210,3.4,z\n"
  "2025," SW_LA "801,E06000023,\"Bristol, City of\",412.6,440,60,58.4,48,10.4,71.5,14.8,14.2,330,5400,16.4,3010,3.2,z\n"
  "2025," YH_LA "810,E06000010,\"Kingston upon Hull, City of\",268,290,35,37,22.5,7.7,30,10.1,13.8,205,3650,17.8,1900,3.1,z\n";

static RcStore *
open_store (void)
{
  static guint counter;
  g_autofree char *path = g_strdup_printf ("%s/import-%u.db", rc_test_get_tmpdir (), ++counter);
  g_autoptr(GError) error = NULL;
  RcStore *store = rc_store_open (path, &error);

  g_assert_no_error (error);

  return store;
}

static RcCouncil *
council (RcStore    *store,
         const char *code)
{
  RcCouncil *found = rc_store_find_council_by_code (store, code, NULL);

  g_assert_nonnull (found);

  return found;
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

static void
import (RcStore    *store,
        const char *text)
{
  g_autoptr(RcWorkforceImport) plan = parse (store, text);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (rc_workforce_import_get_n_rows (plan, RC_IMPORT_ROW_MALFORMED), ==, 0);
  g_assert_true (rc_workforce_import_apply (store, plan, &error));
  g_assert_no_error (error);
}

/* A council's own return for @year (not a predecessor's), or NULL. */
static RcWorkforceReturn *
find_return (RcStore    *store,
             const char *code,
             gint64      year)
{
  g_autoptr(RcCouncil) found = council (store, code);
  g_autoptr(GListModel) returns = rc_store_list_council_returns (store, found->id, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (returns); i++)
    {
      g_autoptr(RcWorkforceReturn) ret = g_list_model_get_item (returns, i);

      if (ret->council_id == found->id && ret->year == year)
        return g_steal_pointer (&ret);
    }

  return NULL;
}

/* Every return in the database, of every scope. */
static guint
count_returns (RcStore *store)
{
  g_autoptr(GListModel) councils = rc_store_list_councils (store, NULL);
  g_autoptr(GListModel) national = rc_store_list_benchmark_returns (store, RC_WORKFORCE_SCOPE_NATIONAL, 0, NULL);
  g_autoptr(GListModel) regional = rc_store_list_benchmark_returns (store, RC_WORKFORCE_SCOPE_REGION, 0, NULL);
  guint n = g_list_model_get_n_items (national) + g_list_model_get_n_items (regional);

  for (guint i = 0; i < g_list_model_get_n_items (councils); i++)
    {
      g_autoptr(RcCouncil) c = g_list_model_get_item (councils, i);
      g_autoptr(GListModel) returns = rc_store_list_council_returns (store, c->id, NULL);

      for (guint j = 0; j < g_list_model_get_n_items (returns); j++)
        {
          g_autoptr(RcWorkforceReturn) ret = g_list_model_get_item (returns, j);
          n += ret->council_id == c->id;
        }
    }

  return n;
}

static void
test_import_scopes (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(RcWorkforceImport) plan = parse (store, good_file);
  g_autoptr(GListModel) national = NULL;
  g_autoptr(GListModel) regional = NULL;
  g_autoptr(GListModel) regions = rc_store_list_regions (store, NULL);
  g_autoptr(RcWorkforceReturn) england = NULL;
  g_autoptr(RcWorkforceReturn) south_west = NULL;
  g_autoptr(RcWorkforceReturn) bristol = NULL;
  g_autoptr(RcWorkforceReturn) hull = NULL;
  g_autoptr(RcRegion) region = g_list_model_get_item (regions, 8);
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  const RcImportRow *row;

  g_assert_cmpuint (rc_workforce_import_get_n_rows (plan, RC_IMPORT_ROW_ADD), ==, 6);
  g_assert_cmpuint (rc_workforce_import_get_n_rows (plan, RC_IMPORT_ROW_UPDATE), ==, 0);
  g_assert_cmpuint (rc_workforce_import_get_n_rows (plan, RC_IMPORT_ROW_SKIPPED), ==, 0);
  g_assert_false (rc_workforce_import_is_refused (plan));

  /* What a preview lists. */
  row = rc_workforce_import_get_row (plan, RC_IMPORT_ROW_ADD, 4);
  g_assert_cmpuint (row->line, ==, 6);
  g_assert_cmpstr (row->area_name, ==, "Bristol, City of");
  g_assert_cmpstr (row->code, ==, "E06000023");
  g_assert_cmpint (row->year, ==, 2025);
  g_assert_cmpint (row->scope, ==, RC_WORKFORCE_SCOPE_COUNCIL);
  g_assert_cmpint (row->in_post_fte100.value, ==, 41260);
  g_assert_cmpstr (row->message, ==, "FTE in post 412.6, vacancies 71.5");
  row = rc_workforce_import_get_row (plan, RC_IMPORT_ROW_ADD, 0);
  g_assert_cmpstr (row->area_name, ==, "England");
  g_assert_cmpint (row->scope, ==, RC_WORKFORCE_SCOPE_NATIONAL);

  rc_workforce_import_set_file_name (plan, "/home/coordinator/Downloads/csww_indicators_2017_to_2025.csv");
  g_assert_true (rc_workforce_import_apply (store, plan, &error));
  g_assert_no_error (error);
  summary = rc_workforce_import_describe (plan);
  g_assert_cmpstr (summary, ==, "Added 6, updated 0, skipped 0");

  /* Applied once only. */
  g_assert_false (rc_workforce_import_apply (store, plan, &error));
  g_assert_error (error, RC_WORKFORCE_IMPORT_ERROR, RC_WORKFORCE_IMPORT_ERROR_APPLIED);

  national = rc_store_list_benchmark_returns (store, RC_WORKFORCE_SCOPE_NATIONAL, 0, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (national), ==, 1);
  england = g_list_model_get_item (national, 0);
  g_assert_cmpint (england->year, ==, 2025);
  g_assert_cmpint (england->in_post_fte100.value, ==, 3388540);
  g_assert_cmpint (england->vacancies_fte100.value, ==, 714500);
  g_assert_cmpint (england->leavers_fte100.value, ==, 507050);
  g_assert_cmpint (england->cases.value, ==, 447000);
  g_assert_cmpint (england->sickness_days100.value, ==, 25400000);
  g_assert_cmpstr (england->source, ==, "dfe-csv");

  g_assert_cmpstr (region->gss_code, ==, "E12000009");
  regional = rc_store_list_benchmark_returns (store, RC_WORKFORCE_SCOPE_REGION, region->id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (regional), ==, 1);
  south_west = g_list_model_get_item (regional, 0);
  g_assert_cmpint (south_west->in_post_fte100.value, ==, 301250);
  g_assert_cmpint (south_west->scope, ==, RC_WORKFORCE_SCOPE_REGION);

  bristol = find_return (store, "E06000023", 2025);
  g_assert_nonnull (bristol);
  g_assert_cmpint (bristol->agency_fte100.value, ==, 4800);
  g_assert_cmpint (bristol->case_holders_fte100.value, ==, 33000);
  g_assert_cmpint (bristol->cases.value, ==, 5400);
  hull = find_return (store, "E06000010", 2025);
  g_assert_nonnull (hull);
  g_assert_cmpstr (hull->area_name, ==, "Kingston upon Hull, City of");
  g_assert_cmpint (hull->in_post_fte100.value, ==, 26800);

  g_assert_cmpuint (count_returns (store), ==, 6);
}

static void
test_import_bom_crlf (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(GString) text = g_string_new ("\xEF\xBB\xBF");
  g_autoptr(RcWorkforceReturn) bristol = NULL;

  /* As Excel saves it on Windows. */
  for (const char *p = good_file; *p != '\0'; p++)
    {
      if (*p == '\n')
        g_string_append_c (text, '\r');
      g_string_append_c (text, *p);
    }
  import (store, text->str);

  g_assert_cmpuint (count_returns (store), ==, 6);
  bristol = find_return (store, "E06000023", 2025);
  g_assert_cmpint (bristol->in_post_fte100.value, ==, 41260);
  /* The last column did not keep the carriage return. */
  g_assert_cmpint (bristol->sickness_days100.value, ==, 301000);
}

static void
test_import_follows_reorganisation (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(RcCouncil) somerset = council (store, "E06000066");
  g_autoptr(RcCouncil) county = council (store, "E10000027");
  g_autoptr(GListModel) history = NULL;
  g_autoptr(RcWorkforceReturn) y2022 = NULL;
  g_autoptr(RcWorkforceReturn) y2023 = NULL;
  g_autoptr(RcWorkforceReturn) y2021 = NULL;
  g_autoptr(RcWorkforceReturn) y2024 = NULL;

  import (store, good_file);

  history = rc_store_list_council_returns (store, somerset->id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 2);
  y2022 = g_list_model_get_item (history, 0);
  y2023 = g_list_model_get_item (history, 1);
  g_assert_cmpint (y2022->year, ==, 2022);
  g_assert_cmpint (y2022->council_id, ==, county->id);
  g_assert_cmpint (y2022->in_post_fte100.value, ==, 30120);
  g_assert_cmpint (y2023->year, ==, 2023);
  g_assert_cmpint (y2023->council_id, ==, somerset->id);
  g_assert_cmpint (y2023->in_post_fte100.value, ==, 27930);

  /* With no GSS code, the LA number 933 is the council of its time. */
  import (store,
          HEADER
          "2021," SW_LA "933,,Somerset,310,330,45,50,40,11,50,14,16,240,4000,16.7,2300,3.5,z\n"
          "2024," SW_LA "933,,Somerset,285,305,41,44,35,11,48,14,15,231,4050,17.5,2200,3.4,z\n");
  y2021 = find_return (store, "E10000027", 2021);
  y2024 = find_return (store, "E06000066", 2024);
  g_assert_nonnull (y2021);
  g_assert_nonnull (y2024);
  g_assert_cmpint (y2021->in_post_fte100.value, ==, 31000);
  g_assert_cmpint (y2024->in_post_fte100.value, ==, 28500);
  g_clear_object (&history);
  history = rc_store_list_council_returns (store, somerset->id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 4);
}

static void
test_import_markers_are_missing (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(RcWorkforceImport) plan = NULL;
  g_autoptr(RcWorkforceReturn) ret = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  plan = parse (store,
                HEADER
                "2025," SW_LA "800,E06000022,Bath and North East Somerset,"
                "z,x,c,u,low,x,LOW,z,z,..,,z,~,z,z\n");
  g_assert_cmpuint (rc_workforce_import_get_n_rows (plan, RC_IMPORT_ROW_ADD), ==, 1);
  g_assert_cmpuint (rc_workforce_import_get_n_rounded_to_zero (plan), ==, 3);
  g_assert_true (rc_workforce_import_apply (store, plan, &error));
  g_assert_no_error (error);
  summary = rc_workforce_import_describe (plan);
  g_assert_cmpstr (summary, ==, "Added 1, updated 0, skipped 0; 3 figures rounded to zero (“low”) kept as missing");

  ret = find_return (store, "E06000022", 2025);
  g_assert_nonnull (ret);
  g_assert_false (ret->in_post_fte100.present);   /* z */
  g_assert_false (ret->starters_fte100.present);  /* c */
  g_assert_false (ret->leavers_fte100.present);   /* u */
  g_assert_false (ret->agency_fte100.present);    /* low */
  g_assert_false (ret->vacancies_fte100.present); /* low */
  g_assert_false (ret->case_holders_fte100.present);  /* .. */
  g_assert_false (ret->cases.present);            /* empty */
  g_assert_false (ret->sickness_days100.present); /* ~ */
  g_assert_cmpint (ret->vacancies_fte100.value, ==, 0);
}

static void
test_import_numbers (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(RcWorkforceReturn) ret = NULL;
  g_autoptr(RcWorkforceImport) plan = NULL;
  g_autofree char *summary = NULL;
  const RcImportRow *row;

  /* More than two decimal places are rounded half up; counts are whole;
   * a period of two years is the year of its 30 September. */
  import (store,
          HEADER
          "202425," SW_LA "802,E06000024,North Somerset,"
          "\"1,234.565\",1300,12.344,0.005,7.1,1,9.999,1,1,100,\"3,512.5\",1,\"1,234.5\",1,z\n");
  ret = find_return (store, "E06000024", 2025);
  g_assert_nonnull (ret);
  g_assert_cmpint (ret->in_post_fte100.value, ==, 123457);
  g_assert_cmpint (ret->starters_fte100.value, ==, 1234);
  g_assert_cmpint (ret->leavers_fte100.value, ==, 1);
  g_assert_cmpint (ret->vacancies_fte100.value, ==, 1000);
  g_assert_cmpint (ret->cases.value, ==, 3513);
  g_assert_cmpint (ret->sickness_days100.value, ==, 123450);

  plan = parse (store,
                HEADER
                "2025,Financial year,Local authority,E92000001,England,E12000009,South West,"
                "802,E06000024,North Somerset,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1\n"
                "2025,Reporting year,Local authority district,E92000001,England,E12000009,South West,"
                ",E07000187,Mendip,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1\n"
                "2025," SOUTH_WEST "1,1,1,1,1,1,1,1,1,1,1,1,1,1,1\n"
                "2025,Reporting year,Regional,E92000001,England,E13000001,Inner London,"
                ",,,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1\n"
                "2025/26," SW_LA "802,E06000024,North Somerset,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1\n"
                "1998," SW_LA "802,E06000024,North Somerset,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1\n");
  g_assert_cmpuint (rc_workforce_import_get_n_skipped (plan, RC_IMPORT_SKIP_OTHER_PERIOD), ==, 1);
  g_assert_cmpuint (rc_workforce_import_get_n_skipped (plan, RC_IMPORT_SKIP_OTHER_LEVEL), ==, 1);
  g_assert_cmpuint (rc_workforce_import_get_n_skipped (plan, RC_IMPORT_SKIP_UNKNOWN_CODE), ==, 1);
  g_assert_cmpuint (rc_workforce_import_get_n_rows (plan, RC_IMPORT_ROW_ADD), ==, 1);
  g_assert_cmpuint (rc_workforce_import_get_n_rows (plan, RC_IMPORT_ROW_MALFORMED), ==, 2);
  row = rc_workforce_import_get_row (plan, RC_IMPORT_ROW_SKIPPED, 2);
  g_assert_cmpuint (row->line, ==, 5);
  g_assert_cmpstr (row->area_name, ==, "Inner London");
  g_assert_cmpstr (row->message, ==, "“E13000001” is not a region of England");
  row = rc_workforce_import_get_row (plan, RC_IMPORT_ROW_MALFORMED, 0);
  g_assert_cmpuint (row->line, ==, 6);
  g_assert_cmpstr (row->message, ==, "time_period: “2025/26” is not a year such as 2025 or 202425");
  row = rc_workforce_import_get_row (plan, RC_IMPORT_ROW_MALFORMED, 1);
  g_assert_cmpuint (row->line, ==, 7);
  g_assert_cmpstr (row->message, ==, "time_period: The year 1998 is not between 2000 and 2100");
  summary = rc_workforce_import_describe (plan);
  g_assert_true (g_str_has_suffix (summary, "; 2 malformed rows: the file is refused"));
}

static void
test_import_skips_joint_and_unknown (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(RcWorkforceImport) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  const RcImportRow *row;

  plan = parse (store,
                HEADER
                "2025," EM_LA "940 / 941,E06000061 / E06000062,"
                "North Northamptonshire / West Northamptonshire,620,650,90,85,70,10,95,13,14,480,8100,16.9,4100,3.2,z\n"
                "2025," SW_LA "999,E06000999,Atlantis,100,110,10,10,5,5,10,9,10,80,1300,16.3,600,2.9,z\n"
                "2025," SW_LA "801,E06000023,\"Bristol, City of\",412.6,440,60,58.4,48,10.4,71.5,14.8,14.2,330,5400,"
                "16.4,3010,3.2,z\n");
  g_assert_false (rc_workforce_import_is_refused (plan));
  g_assert_cmpuint (rc_workforce_import_get_n_rows (plan, RC_IMPORT_ROW_SKIPPED), ==, 2);
  g_assert_cmpuint (rc_workforce_import_get_n_skipped (plan, RC_IMPORT_SKIP_JOINT_RETURN), ==, 1);
  g_assert_cmpuint (rc_workforce_import_get_n_skipped (plan, RC_IMPORT_SKIP_UNKNOWN_CODE), ==, 1);

  row = rc_workforce_import_get_row (plan, RC_IMPORT_ROW_SKIPPED, 0);
  g_assert_cmpuint (row->line, ==, 2);
  g_assert_cmpint (row->skip, ==, RC_IMPORT_SKIP_JOINT_RETURN);
  g_assert_cmpstr (row->area_name, ==, "North Northamptonshire / West Northamptonshire");
  g_assert_cmpint (row->year, ==, 2025);
  g_assert_nonnull (strstr (row->message, "joint return"));
  row = rc_workforce_import_get_row (plan, RC_IMPORT_ROW_SKIPPED, 1);
  g_assert_cmpuint (row->line, ==, 3);
  g_assert_cmpint (row->skip, ==, RC_IMPORT_SKIP_UNKNOWN_CODE);
  g_assert_cmpstr (row->message, ==, "No council has the code “E06000999” in 2025");

  g_assert_true (rc_workforce_import_apply (store, plan, &error));
  g_assert_no_error (error);
  summary = rc_workforce_import_describe (plan);
  g_assert_cmpstr (summary, ==, "Added 1, updated 0, skipped 2 (joint returns: 1; unknown codes: 1)");
  g_assert_cmpuint (count_returns (store), ==, 1);
}

typedef struct
{
  const char *line;     /* the bad line, which is line 8 of the file */
  const char *message;  /* what the refusal says about it */
} Malformed;

static void
test_import_refuses_malformed (gconstpointer data)
{
  const Malformed *bad = data;
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(RcWorkforceImport) plan = NULL;
  g_autoptr(RcWorkforceReturn) bristol = NULL;
  g_autoptr(GListModel) audit = NULL;
  g_autoptr(GListModel) audit_after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  const RcImportRow *row;
  guint before;

  import (store, good_file);
  before = count_returns (store);
  audit = rc_store_list_audit (store, NULL, 0, NULL);

  /* The same file with other figures, a new year, and one broken line. */
  changed = g_strdup (good_file);
  *strstr (changed, "412.6") = '9';
  text = g_strconcat (changed,
                      "2024," SW_LA "802,E06000024,North Somerset,200,210,20,20,10,5,30,13,10,150,2500,16.7,1200,3,z\n",
                      bad->line,
                      "2024," SW_LA "800,E06000022,Bath and North East Somerset,150,160,20,20,10,5,30,16,13,120,2000,"
                      "16.7,900,3,z\n",
                      NULL);

  plan = parse (store, text);
  g_assert_true (rc_workforce_import_is_refused (plan));
  g_assert_cmpuint (rc_workforce_import_get_n_rows (plan, RC_IMPORT_ROW_MALFORMED), ==, 1);
  row = rc_workforce_import_get_row (plan, RC_IMPORT_ROW_MALFORMED, 0);
  g_assert_cmpuint (row->line, ==, 9);
  g_assert_cmpstr (row->message, ==, bad->message);

  g_assert_false (rc_workforce_import_apply (store, plan, &error));
  g_assert_error (error, RC_WORKFORCE_IMPORT_ERROR, RC_WORKFORCE_IMPORT_ERROR_MALFORMED);
  expected = g_strdup_printf ("Nothing was imported: line 9: %s", bad->message);
  g_assert_cmpstr (error->message, ==, expected);

  /* Nothing changed: no row added, none updated, no audit line. */
  g_assert_cmpuint (count_returns (store), ==, before);
  bristol = find_return (store, "E06000023", 2025);
  g_assert_cmpint (bristol->in_post_fte100.value, ==, 41260);
  audit_after = rc_store_list_audit (store, NULL, 0, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (audit_after), ==, g_list_model_get_n_items (audit));
}

static const Malformed malformed_cases[] = {
  { "2024," SW_LA "801,E06000023,\"Bristol, City of,412.6,440,60,58.4,48,10.4,71.5,14.8,14.2,330,5400,16.4,3010,3.2,z\n",
    "a quoted field is never closed; the rest of the file was not read" },
  { "2024," SW_LA "801,E06000023,\"Bristol, City of\",412.6,440,sixty,58.4,48,10.4,71.5,14.8,14.2,330,5400,16.4,3010,3.2,z\n",
    "starters_fte: “sixty” is not a number" },
  { "2024," SW_LA "801,E06000023,\"Bristol, City of\",412.6,440,60,58.4\n",
    "The line has 14 fields where the header has 25" },
  { "2024," SW_LA "801,E06000023,\"Bristol, City of\",412.6,440,60,58.4,-4,10.4,71.5,14.8,14.2,330,5400,16.4,3010,3.2,z\n",
    "agency_fte: “-4” is negative: a workforce figure cannot be" },
  { "2024," SW_LA "802,E06000024,North Somerset,201,210,20,20,10,5,30,13,10,150,2500,16.7,1200,3,z\n",
    "North Somerset already has a row for 2024 on line 8" },
};

static void
test_import_updates (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(RcWorkforceImport) plan = NULL;
  g_autoptr(RcWorkforceReturn) somerset = NULL;
  g_autoptr(GListModel) audit = NULL;
  g_autoptr(RcAuditEntry) last = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *summary = NULL;
  const RcImportRow *row;

  import (store, good_file);

  /* Somerset revised its 2023 figures; the others are as before. */
  changed = g_strdup (good_file);
  memcpy (strstr (changed, "279.3,305,41,44.2,35.1,11.2,49,"), "281.5,305,41,44.2,35.1,11.2,45,", 31);
  plan = parse (store, changed);
  g_assert_cmpuint (rc_workforce_import_get_n_rows (plan, RC_IMPORT_ROW_ADD), ==, 0);
  g_assert_cmpuint (rc_workforce_import_get_n_rows (plan, RC_IMPORT_ROW_UPDATE), ==, 6);
  row = rc_workforce_import_get_row (plan, RC_IMPORT_ROW_UPDATE, 3);
  g_assert_cmpuint (row->line, ==, 5);
  g_assert_cmpint (row->old_in_post_fte100.value, ==, 27930);
  g_assert_cmpint (row->in_post_fte100.value, ==, 28150);
  g_assert_cmpint (row->old_vacancies_fte100.value, ==, 4900);
  g_assert_cmpint (row->vacancies_fte100.value, ==, 4500);
  g_assert_cmpstr (row->message, ==, "FTE in post 279.3 → 281.5, vacancies 49 → 45");
  row = rc_workforce_import_get_row (plan, RC_IMPORT_ROW_UPDATE, 4);
  g_assert_cmpstr (row->message, ==, "No change");

  rc_workforce_import_set_file_name (plan, "csww_indicators_2017_to_2025.csv");
  g_assert_true (rc_workforce_import_apply (store, plan, &error));
  g_assert_no_error (error);
  summary = rc_workforce_import_describe (plan);
  g_assert_cmpstr (summary, ==, "Added 0, updated 6, skipped 0");
  g_assert_cmpuint (count_returns (store), ==, 6);
  somerset = find_return (store, "E06000066", 2023);
  g_assert_cmpint (somerset->in_post_fte100.value, ==, 28150);

  audit = rc_store_list_audit (store, "workforce_return", 0, NULL);
  last = g_list_model_get_item (audit, g_list_model_get_n_items (audit) - 1);
  g_assert_cmpstr (last->summary, ==, "Imported 6 workforce returns from csww_indicators_2017_to_2025.csv");
}

static void
test_import_keeps_figures_without_column (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(RcWorkforceReturn) ret = NULL;

  import (store, good_file);
  /* A file with fewer columns updates what it has and erases nothing. */
  import (store,
          "time_period,geographic_level,new_la_code,la_name,inpost_fte,vacancy_fte\n"
          "2023,Local authority,E06000066,Somerset,280,x\n");
  ret = find_return (store, "E06000066", 2023);
  g_assert_cmpint (ret->in_post_fte100.value, ==, 28000);
  g_assert_false (ret->vacancies_fte100.present);
  g_assert_cmpint (ret->agency_fte100.value, ==, 3510);
  g_assert_cmpint (ret->cases.value, ==, 4100);
}

/* The national and regional rows often publish rates without the figures
 * behind them: the rates are kept, and used where the figures are missing;
 * where the figures are there, the rate computed from them wins. */
static void
test_import_published_rates (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(GListModel) national = NULL;
  g_autoptr(GListModel) regional = NULL;
  g_autoptr(RcWorkforceReturn) england = NULL;
  g_autoptr(RcWorkforceReturn) south_west = NULL;
  g_autoptr(RcWorkforceReturn) somerset = NULL;
  g_autoptr(RcWorkforceImport) plan = NULL;
  const RcImportRow *row;
  RcRateSource source;
  RcRate rate;

  import (store,
          HEADER
          "2019," ENGLAND "x,x,x,x,x,15.5,x,17.4,15,x,x,16.7,x,3.1,z\n"
          "2019," SOUTH_WEST "z,z,z,z,z,11.5%,z,15.7,15.1,z,z,16.6,z,3.3,z\n"
          "2023," SW_LA "933,E06000066,Somerset,279.3,305,41,44.2,35.1,11.2,49,14.9,15.8,231,4100,17.7,2210,3.4,z\n");

  national = rc_store_list_benchmark_returns (store, RC_WORKFORCE_SCOPE_NATIONAL, 0, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (national), ==, 1);
  england = g_list_model_get_item (national, 0);
  g_assert_false (england->in_post_fte100.present);
  g_assert_cmpint (england->published_vacancy_rate_pct100.value, ==, 1740);
  g_assert_cmpint (england->published_agency_rate_pct100.value, ==, 1550);
  g_assert_cmpint (england->published_turnover_rate_pct100.value, ==, 1500);
  g_assert_cmpint (england->published_caseload100.value, ==, 1670);

  rate = rc_measure_compute_sourced (RC_MEASURE_VACANCY, england, &source);
  g_assert_true (rate.present);
  g_assert_cmpfloat_with_epsilon (rate.value, 0.174, 1e-12);
  g_assert_cmpint (source, ==, RC_RATE_SOURCE_PUBLISHED);
  g_assert_cmpstr (rc_rate_source_get_note (source), ==, "published rate");
  rate = rc_measure_compute_sourced (RC_MEASURE_CASELOAD, england, &source);
  g_assert_cmpfloat_with_epsilon (rate.value, 16.7, 1e-12);
  g_assert_cmpint (source, ==, RC_RATE_SOURCE_PUBLISHED);

  regional = rc_store_list_benchmark_returns (store, RC_WORKFORCE_SCOPE_REGION, 0, NULL);
  south_west = g_list_model_get_item (regional, 0);
  /* "11.5%" is read as 11.5 %. */
  g_assert_cmpfloat_with_epsilon (rc_measure_compute (RC_MEASURE_AGENCY, south_west).value, 0.115, 1e-12);

  /* The figures win over the published, rounded rate. */
  somerset = find_return (store, "E06000066", 2023);
  g_assert_cmpint (somerset->published_vacancy_rate_pct100.value, ==, 1490);
  rate = rc_measure_compute_sourced (RC_MEASURE_VACANCY, somerset, &source);
  g_assert_cmpfloat_with_epsilon (rate.value, 4900.0 / (4900.0 + 27930.0), 1e-12);
  g_assert_cmpint (source, ==, RC_RATE_SOURCE_FIGURES);
  g_assert_null (rc_rate_source_get_note (source));

  /* A share above 100 % is a broken line, not a rate. */
  plan = parse (store,
                HEADER
                "2020," ENGLAND "x,x,x,x,x,115.5,x,17.4,15,x,x,16.7,x,3.1,z\n");
  g_assert_true (rc_workforce_import_is_refused (plan));
  row = rc_workforce_import_get_row (plan, RC_IMPORT_ROW_MALFORMED, 0);
  g_assert_cmpstr (row->message, ==, "agency_rate_fte: “115.5” is more than 100 %: a rate cannot be");
}

/* A blank cell keeps a stored figure; a cell the DfE marks as not
 * available clears it, and the plan says so, for whom, before saving. */
static void
test_import_clears_marked_keeps_blank (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(RcWorkforceImport) plan = NULL;
  g_autoptr(RcWorkforceReturn) somerset = NULL;
  g_autoptr(GListModel) national = NULL;
  g_autoptr(RcWorkforceReturn) england = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *all = NULL;
  g_autofree char *first = NULL;
  const RcImportRow *row;
  const char *file =
    HEADER
    "2025," ENGLAND "x,x,x,x,x,15.5,x,17.4,15,x,x,16.7,x,3.1,z\n"
    "2023," SW_LA "933,E06000066,Somerset,279.3,305,,44.2,x,11.2,low,14.9,15.8,,c,17.7,,3.4,z\n"
    "2025," SW_LA "801,E06000023,\"Bristol, City of\",412.6,440,60,58.4,48,10.4,71.5,14.8,14.2,330,5400,16.4,3010,3.2,z\n";

  import (store, good_file);
  plan = parse (store, file);
  g_assert_cmpuint (rc_workforce_import_get_n_rows (plan, RC_IMPORT_ROW_UPDATE), ==, 3);
  g_assert_cmpuint (rc_workforce_import_get_n_cleared (plan), ==, 11);
  g_assert_cmpuint (rc_workforce_import_get_n_clearing_rows (plan), ==, 2);
  g_assert_cmpuint (rc_workforce_import_get_n_kept_blank (plan), ==, 3);

  all = rc_workforce_import_describe_cleared (plan, 10);
  g_assert_cmpstr (all, ==,
                   "Importing clears 11 stored figures that the file marks as not available "
                   "(x, c, z, u or low): England 2025 (FTE in post, starters, leavers, agency workers, "
                   "vacancies, case holders, cases, days lost to sickness); "
                   "Somerset 2023 (agency workers, vacancies, cases).");
  first = rc_workforce_import_describe_cleared (plan, 1);
  g_assert_true (g_str_has_suffix (first, "days lost to sickness); and 1 more return."));

  row = rc_workforce_import_get_row (plan, RC_IMPORT_ROW_UPDATE, 1);
  g_assert_cmpuint (row->n_cleared, ==, 3);
  g_assert_cmpuint (row->n_kept_blank, ==, 3);
  g_assert_cmpstr (row->cleared, ==, "agency workers, vacancies, cases");
  g_assert_true (g_str_has_suffix (row->message,
                                   "Clears the stored agency workers, vacancies, cases: "
                                   "the file marks them as not available"));
  /* Bristol: every figure given, nothing cleared. */
  row = rc_workforce_import_get_row (plan, RC_IMPORT_ROW_UPDATE, 2);
  g_assert_cmpuint (row->n_cleared, ==, 0);
  g_assert_null (row->cleared);

  g_assert_true (rc_workforce_import_apply (store, plan, &error));
  g_assert_no_error (error);

  somerset = find_return (store, "E06000066", 2023);
  g_assert_cmpint (somerset->starters_fte100.value, ==, 4100);      /* blank: kept */
  g_assert_cmpint (somerset->case_holders_fte100.value, ==, 23100); /* blank: kept */
  g_assert_cmpint (somerset->sickness_days100.value, ==, 221000);   /* blank: kept */
  g_assert_false (somerset->agency_fte100.present);                 /* x: cleared */
  g_assert_false (somerset->vacancies_fte100.present);              /* low: cleared */
  g_assert_false (somerset->cases.present);                         /* c: cleared */
  /* The rates stand in for the cleared figures. */
  g_assert_cmpfloat_with_epsilon (rc_measure_compute (RC_MEASURE_VACANCY, somerset).value, 0.149, 1e-12);
  g_assert_cmpfloat_with_epsilon (rc_measure_compute (RC_MEASURE_CASELOAD, somerset).value, 17.7, 1e-12);

  national = rc_store_list_benchmark_returns (store, RC_WORKFORCE_SCOPE_NATIONAL, 0, NULL);
  england = g_list_model_get_item (national, 0);
  g_assert_false (england->in_post_fte100.present);
  g_assert_cmpfloat_with_epsilon (rc_measure_compute (RC_MEASURE_VACANCY, england).value, 0.174, 1e-12);

  /* Nothing stored, nothing cleared: a fresh database reports none. */
  {
    g_autoptr(RcStore) fresh = open_store ();
    g_autoptr(RcWorkforceImport) first_plan = parse (fresh, file);

    g_assert_cmpuint (rc_workforce_import_get_n_cleared (first_plan), ==, 0);
    g_assert_null (rc_workforce_import_describe_cleared (first_plan, 10));
  }
}

static void
test_import_alternative_names (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(RcWorkforceReturn) ret = NULL;

  import (store,
          "Time_Period , geographic_level,new_la_code,agency_worker_fte,absence_days\n"
          "2019,Local authority,E06000023,12.5,700\n");
  ret = find_return (store, "E06000023", 2019);
  g_assert_cmpint (ret->agency_fte100.value, ==, 1250);
  g_assert_cmpint (ret->sickness_days100.value, ==, 70000);
  g_assert_false (ret->in_post_fte100.present);
}

static void
test_import_missing_columns (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  const char *no_period = "year,geographic_level,new_la_code,inpost_fte\n2025,National,,1\n";
  /* The published rates are figures the import keeps; the agency cover
   * rate is not one of them. */
  const char *no_figures = "time_period,geographic_level,la_name,agency_cover_rate_fte\n2025,National,,1\n";

  g_assert_null (rc_workforce_import_parse (store, no_period, strlen (no_period), &error));
  g_assert_error (error, RC_WORKFORCE_IMPORT_ERROR, RC_WORKFORCE_IMPORT_ERROR_MISSING_COLUMNS);
  g_assert_cmpstr (error->message, ==,
                   "This is not the DfE’s children’s social work workforce file: it has no column time_period");
  g_clear_error (&error);

  g_assert_null (rc_workforce_import_parse (store, no_figures, strlen (no_figures), &error));
  g_assert_error (error, RC_WORKFORCE_IMPORT_ERROR, RC_WORKFORCE_IMPORT_ERROR_MISSING_COLUMNS);
  g_assert_nonnull (strstr (error->message, "new_la_code or region_code"));
  g_assert_nonnull (strstr (error->message, "inpost_fte"));
  g_clear_error (&error);

  g_assert_null (rc_workforce_import_parse (store, "", 0, &error));
  g_assert_error (error, RC_WORKFORCE_IMPORT_ERROR, RC_WORKFORCE_IMPORT_ERROR_EMPTY);
  g_assert_cmpuint (count_returns (store), ==, 0);
}

/* Every council of its time, every region and England for nine years:
 * the size of the whole published file. Timed by the benchmark, not here. */
static void
test_import_national_file (void)
{
  g_autoptr(RcStore) store = open_store ();
  g_autoptr(GListModel) councils = rc_store_list_councils (store, NULL);
  g_autoptr(GListModel) regions = rc_store_list_regions (store, NULL);
  g_autoptr(GString) text = g_string_new (HEADER);
  g_autoptr(RcWorkforceImport) plan = NULL;
  g_autoptr(GError) error = NULL;
  guint n_rows = 0;

  for (int year = 2017; year <= 2025; year++)
    {
      g_autofree char *census_day = g_strdup_printf ("%d-09-30", year);

      g_string_append_printf (text, "%d," ENGLAND "\"33,%03d.4\",36520,5980,5070,6210,15.5,7145,17.4,15,"
                              "26700,447000,16.7,254000,3.1,z\n", year, year - 2000);
      n_rows++;
      for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
        {
          g_autoptr(RcRegion) region = g_list_model_get_item (regions, i);

          g_string_append_printf (text, "%d,Reporting year,Regional,E92000001,England,%s,%s,,,,"
                                  "3012.5,3300,480,455,390,11.5,560,15.7,15.1,2400,39800,16.6,24900,3.3,z\n",
                                  year, region->gss_code, region->name);
          n_rows++;
        }
      for (guint i = 0; i < g_list_model_get_n_items (councils); i++)
        {
          g_autoptr(RcCouncil) c = g_list_model_get_item (councils, i);
          g_autofree char *name = NULL;

          if ((c->active_from_on != NULL && strcmp (c->active_from_on, census_day) > 0)
              || (c->active_to_on != NULL && strcmp (c->active_to_on, census_day) < 0))
            continue;
          name = strchr (c->name, ',') != NULL ? g_strdup_printf ("\"%s\"", c->name) : g_strdup (c->name);
          g_string_append_printf (text, "%d,Reporting year,Local authority,E92000001,England,E12000009,Region,"
                                  "%" G_GINT64_FORMAT ",%s,%s,%u.5,330,45,c,40.3,11.8,low,14.7,17.1,240,"
                                  "\"4,%03u\",16.8,2380,3.5,z\n",
                                  year, c->la_number, c->gss_code, name, 100 + i, 100 + i);
          n_rows++;
        }
    }
  g_assert_cmpuint (n_rows, >=, 1400);

  plan = rc_workforce_import_parse (store, text->str, text->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rc_workforce_import_get_n_rows (plan, RC_IMPORT_ROW_ADD), ==, n_rows);
  g_assert_true (rc_workforce_import_apply (store, plan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_returns (store), ==, n_rows);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_environment (&argc, &argv);

  g_test_add_func ("/export/workforce-import/scopes", test_import_scopes);
  g_test_add_func ("/export/workforce-import/bom-crlf", test_import_bom_crlf);
  g_test_add_func ("/export/workforce-import/follows-reorganisation", test_import_follows_reorganisation);
  g_test_add_func ("/export/workforce-import/markers-are-missing", test_import_markers_are_missing);
  g_test_add_func ("/export/workforce-import/numbers-and-periods", test_import_numbers);
  g_test_add_func ("/export/workforce-import/skips-joint-and-unknown", test_import_skips_joint_and_unknown);
  g_test_add_data_func ("/export/workforce-import/malformed/broken-quote",
                        &malformed_cases[0], test_import_refuses_malformed);
  g_test_add_data_func ("/export/workforce-import/malformed/text-in-number",
                        &malformed_cases[1], test_import_refuses_malformed);
  g_test_add_data_func ("/export/workforce-import/malformed/field-count",
                        &malformed_cases[2], test_import_refuses_malformed);
  g_test_add_data_func ("/export/workforce-import/malformed/negative",
                        &malformed_cases[3], test_import_refuses_malformed);
  g_test_add_data_func ("/export/workforce-import/malformed/duplicate",
                        &malformed_cases[4], test_import_refuses_malformed);
  g_test_add_func ("/export/workforce-import/updates", test_import_updates);
  g_test_add_func ("/export/workforce-import/keeps-figures-without-column", test_import_keeps_figures_without_column);
  g_test_add_func ("/export/workforce-import/alternative-names", test_import_alternative_names);
  g_test_add_func ("/export/workforce-import/published-rates", test_import_published_rates);
  g_test_add_func ("/export/workforce-import/clears-marked-keeps-blank", test_import_clears_marked_keeps_blank);
  g_test_add_func ("/export/workforce-import/missing-columns", test_import_missing_columns);
  g_test_add_func ("/export/workforce-import/national-file", test_import_national_file);

  return g_test_run ();
}
