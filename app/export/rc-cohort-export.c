/* rc-cohort-export.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-export"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "model/rc-csv.h"
#include "model/rc-money.h"
#include "model/rc-returner.h"
#include "rc-cohort-export.h"
#include "rc-export-job.h"
#include "rc-output-file.h"

#define BOM "\xEF\xBB\xBF"
#define MAX_SLUG 60

typedef enum
{
  COLUMN_REFERENCE,
  COLUMN_GIVEN_NAME,     /* named */
  COLUMN_FAMILY_NAME,    /* named */
  COLUMN_EMAIL,          /* named */
  COLUMN_PHONE,          /* named */
  COLUMN_HOST_COUNCIL,
  COLUMN_STAGE,
  COLUMN_SINCE,
  COLUMN_QUALIFIED_ON,
  COLUMN_EMPLOYED_BY,
  COLUMN_REGISTERED_WITH,
  COLUMN_YEARS_OUT,
  N_COLUMNS
} Column;

static const struct {
  const char *title;
  gboolean    named;
} columns[N_COLUMNS] = {
  [COLUMN_REFERENCE] = { N_("Reference"), FALSE },
  [COLUMN_GIVEN_NAME] = { N_("Given name"), TRUE },
  [COLUMN_FAMILY_NAME] = { N_("Family name"), TRUE },
  [COLUMN_EMAIL] = { N_("E-mail"), TRUE },
  [COLUMN_PHONE] = { N_("Phone"), TRUE },
  [COLUMN_HOST_COUNCIL] = { N_("Host council"), FALSE },
  [COLUMN_STAGE] = { N_("Stage"), FALSE },
  [COLUMN_SINCE] = { N_("Since"), FALSE },
  [COLUMN_QUALIFIED_ON] = { N_("Qualified on"), FALSE },
  [COLUMN_EMPLOYED_BY] = { N_("Employed by"), FALSE },
  [COLUMN_REGISTERED_WITH] = { N_("Registered with"), FALSE },
  [COLUMN_YEARS_OUT] = { N_("Years out of practice (returners)"), FALSE },
};

static void
append_cell (GString    *out,
             gboolean   *first,
             const char *text)
{
  g_autofree char *safe = rc_csv_neutralise_cell (text);
  g_autofree char *quoted = rc_csv_quote_cell (safe);

  if (!*first)
    g_string_append_c (out, ',');
  g_string_append (out, quoted);
  *first = FALSE;
}

static void
end_row (GString *out)
{
  g_string_append (out, "\r\n");
}

static const char *
regulator_label (const char *key)
{
  if (g_strcmp0 (key, "hcpc") == 0)
    return "HCPC";
  if (g_strcmp0 (key, "swe") == 0)
    return _("Social Work England");

  return NULL;
}

static gboolean
has_personal_details (RcTrainee *trainee)
{
  return trainee->given_name != NULL || trainee->family_name != NULL
         || trainee->email != NULL || trainee->phone != NULL;
}

/* A council's name by id, read once. */
static const char *
council_name (RcStore     *store,
              GHashTable  *names,
              gint64       council_id)
{
  g_autoptr(RcCouncil) council = NULL;
  char *name;

  if (council_id == 0)
    return NULL;
  if ((name = g_hash_table_lookup (names, &council_id)) != NULL)
    return name;

  council = rc_store_get_council (store, council_id, NULL);
  name = council != NULL ? g_strdup (council->name) : g_strdup_printf ("%" G_GINT64_FORMAT, council_id);
  g_hash_table_insert (names, g_memdup2 (&council_id, sizeof council_id), name);

  return name;
}

static gboolean
qualified_on (RcStore     *store,
              RcTrainee   *trainee,
              char       **out,
              GError     **error)
{
  g_autoptr(GListModel) events = rc_store_list_trainee_events (store, trainee->id, error);

  *out = NULL;
  if (events == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(RcTraineeEvent) event = g_list_model_get_item (events, i);

      if (event->stage == RC_STAGE_QUALIFIED)
        {
          g_free (*out);
          *out = g_strdup (event->occurred_on);
        }
    }

  return TRUE;
}

/* "3.2", in any locale; NULL when not known. */
static char *
years_out (RcTrainee *trainee)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  GDate left, applied;
  double years;

  if (trainee->left_practice_on == NULL || trainee->applied_on == NULL
      || !rc_date_parse (trainee->left_practice_on, &left, NULL)
      || !rc_date_parse (trainee->applied_on, &applied, NULL))
    return NULL;

  years = rc_returner_years_out (&left, &applied);
  if (years < 0)
    return NULL;

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.1f", years));
}

GBytes *
rc_cohort_export_build (RcStore   *store,
                        gint64     cohort_id,
                        gboolean   with_names,
                        guint     *n_named,
                        GError   **error)
{
  g_autoptr(RcCohort) cohort = NULL;
  g_autoptr(GListModel) trainees = NULL;
  g_autoptr(GHashTable) names = NULL;
  g_autoptr(GString) body = NULL;
  GString *out;
  gboolean first = TRUE;
  guint named = 0;
  guint n;

  g_return_val_if_fail (RC_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((cohort = rc_store_get_cohort (store, cohort_id, error)) == NULL
      || (trainees = rc_store_list_trainees (store, cohort_id, error)) == NULL)
    return NULL;

  names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  body = g_string_new (NULL);

  for (Column c = 0; c < N_COLUMNS; c++)
    if (with_names || !columns[c].named)
      append_cell (body, &first, _(columns[c].title));
  end_row (body);

  n = g_list_model_get_n_items (trainees);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RcTrainee) trainee = g_list_model_get_item (trainees, i);
      g_autofree char *qualified = NULL;
      g_autofree char *out_years = NULL;

      if (!qualified_on (store, trainee, &qualified, error))
        return NULL;
      out_years = years_out (trainee);
      named += with_names && has_personal_details (trainee);

      first = TRUE;
      append_cell (body, &first, trainee->reference);
      if (with_names)
        {
          append_cell (body, &first, trainee->given_name);
          append_cell (body, &first, trainee->family_name);
          append_cell (body, &first, trainee->email);
          append_cell (body, &first, trainee->phone);
        }
      append_cell (body, &first, council_name (store, names, trainee->host_council_id));
      append_cell (body, &first, rc_stage_get_label (trainee->stage));
      append_cell (body, &first, trainee->stage_on);
      append_cell (body, &first, qualified);
      append_cell (body, &first, council_name (store, names, trainee->employer_council_id));
      append_cell (body, &first, regulator_label (trainee->registered_with));
      append_cell (body, &first, out_years);
      end_row (body);
    }

  out = g_string_new (BOM);
  if (with_names)
    {
      g_autofree char *warning = NULL;

      warning = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Contains personal data: names and contact details of %u "
                                              "trainee — handle under UK GDPR",
                                              "Contains personal data: names and contact details of %u "
                                              "trainees — handle under UK GDPR",
                                              named),
                                 named);
      first = TRUE;
      append_cell (out, &first, warning);
      end_row (out);
    }
  g_string_append_len (out, body->str, body->len);

  if (n_named != NULL)
    *n_named = named;

  return g_string_free_to_bytes (out);
}

gboolean
rc_cohort_export_csv (RcStore     *store,
                      gint64       cohort_id,
                      gboolean     with_names,
                      const char  *path,
                      GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (RC_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = rc_cohort_export_build (store, cohort_id, with_names, NULL, error);
  if (bytes == NULL)
    return FALSE;

  /* Written to a temporary file beside @path, then renamed over it: a
   * reader never sees half a file, and a failure removes the temporary
   * one. Kept from other users as the database is, with names or without:
   * a row per trainee, with their reference, stages and dates, is still
   * about a person whom the coordinator can tell from the reference. */
  data = g_bytes_get_data (bytes, &length);

  return rc_output_file_set_contents (path, data, length, RC_OUTPUT_FILE_PRIVATE, error);
}

static gboolean
export_on (RcStore      *reader,
           RcExportJob  *job,
           gboolean      with_names,
           RcProgress   *progress,
           GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *contents;

  /* A cancel interrupts the reading (see rc-store-worker.h); one that
   * comes after it still leaves no file. */
  bytes = rc_cohort_export_build (reader, job->id, with_names, NULL, error);
  if (bytes == NULL
      || g_cancellable_set_error_if_cancelled (rc_progress_get_cancellable (progress), error))
    return FALSE;
  contents = g_bytes_get_data (bytes, &length);

  return rc_output_file_set_contents (job->path, contents, length, RC_OUTPUT_FILE_PRIVATE, error);
}

static gboolean
export_counts (RcStore     *reader,
               gpointer     job,
               RcProgress  *progress,
               GError     **error)
{
  return export_on (reader, job, FALSE, progress, error);
}

static gboolean
export_named (RcStore     *reader,
              gpointer     job,
              RcProgress  *progress,
              GError     **error)
{
  return export_on (reader, job, TRUE, progress, error);
}

void
rc_cohort_export_csv_async (RcStore             *store,
                            gint64               cohort_id,
                            gboolean             with_names,
                            const char          *path,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  RcExportJob *job = rc_export_job_new (path, cohort_id, NULL, NULL);

  if (with_names)
    rc_export_job_read_async (store, export_named, job, cancellable, callback, user_data);
  else
    rc_export_job_read_async (store, export_counts, job, cancellable, callback, user_data);
}

gboolean
rc_cohort_export_csv_finish (RcStore       *store,
                             GAsyncResult  *result,
                             GError       **error)
{
  return rc_store_work_finish (store, result, error);
}

char *
rc_cohort_export_suggest_name (RcCohort *cohort,
                               gboolean  with_names)
{
  g_autofree char *ascii = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) slug = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (RC_IS_COHORT (cohort), NULL);

  ascii = g_str_to_ascii (cohort->name != NULL ? cohort->name : "", "C");
  for (char *p = ascii; *p != '\0'; p++)
    *p = g_ascii_isalnum (*p) ? g_ascii_tolower (*p) : ' ';
  words = g_strsplit (ascii, " ", -1);
  n = g_strv_length (words);

  for (guint i = 0; i < n; i++)
    {
      if (*words[i] == '\0')
        continue;
      /* The national programmes are all "… to Social Work": a file name
       * needs only "step-up" or "return". */
      if (i + 2 < n && g_str_equal (words[i], "to") && g_str_equal (words[i + 1], "social")
          && g_str_equal (words[i + 2], "work"))
        {
          i += 2;
          continue;
        }
      if (slug->len > 0 && slug->len + 1 + strlen (words[i]) > MAX_SLUG)
        break;
      if (slug->len > 0)
        g_string_append_c (slug, '-');
      g_string_append_len (slug, words[i], MIN (strlen (words[i]), MAX_SLUG));
    }

  if (slug->len == 0)
    g_string_append (slug, "cohort");

  return g_strdup_printf ("%s%s.csv", slug->str, with_names ? "-NAMED" : "");
}
