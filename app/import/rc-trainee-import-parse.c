/* rc-trainee-import-parse.c: reading a trainee file into a plan, row by
 * row, as the mapping says
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Messages name the column and the problem, and quote the cell only when
 * it is not personal: a date of application, a council, a reference. A
 * name, an e-mail address, a phone number or a registration number is
 * never repeated, since the messages reach terminals and logs.
 */

#define G_LOG_DOMAIN "rc-import"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "model/rc-csv.h"
#include "model/rc-money.h"
#include "model/rc-record-rules.h"
#include "rc-trainee-import-private.h"



typedef struct
{
  RcTraineeImport        *plan;
  RcStore                *reader;         /* the store, or a worker's connection to it */
  const RcTraineeMapping *mapping;
  GPtrArray              *header;         /* borrowed */
  guint                   n_fields;       /* of the header */
  RcCohort               *cohort;         /* borrowed */
  gboolean                returner;       /* the cohort's programme is for returners */
  GDate                   today_date;
  GListModel             *councils;
  GHashTable             *by_code;        /* upper-case GSS code → RcCouncil, borrowed */
  GHashTable             *existing;       /* references in the cohort */
  GHashTable             *seen;           /* reference → first line in the file */
  char                   *today;
} Parser;

static void
parser_clear (Parser *parser)
{
  g_clear_object (&parser->councils);
  g_clear_pointer (&parser->by_code, g_hash_table_unref);
  g_clear_pointer (&parser->existing, g_hash_table_unref);
  g_clear_pointer (&parser->seen, g_hash_table_unref);
  g_clear_pointer (&parser->today, g_free);
}

static gboolean
parser_init (Parser                  *parser,
             RcTraineeImport         *plan,
             RcStore                 *reader,
             const RcTraineeMapping  *mapping,
             GError                 **error)
{
  g_autoptr(GListModel) trainees = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  parser->plan = plan;
  parser->reader = reader;
  parser->mapping = mapping;
  parser->by_code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  parser->existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  parser->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  parser->today = g_date_time_format (now, "%Y-%m-%d");
  rc_field_today (&parser->today_date);

  parser->councils = rc_store_list_councils (reader, error);
  if (parser->councils == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (parser->councils); i++)
    {
      g_autoptr(RcCouncil) council = g_list_model_get_item (parser->councils, i);

      g_hash_table_insert (parser->by_code, g_ascii_strup (council->gss_code, -1), council);
    }

  trainees = rc_store_list_trainees (reader, plan->cohort_id, error);
  if (trainees == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (trainees); i++)
    {
      g_autoptr(RcTrainee) trainee = g_list_model_get_item (trainees, i);

      g_hash_table_add (parser->existing, g_strdup (trainee->reference));
    }

  return TRUE;
}

/* The trimmed cell of @field: NULL when the field is not mapped, "" when
 * the line is too short for it. */
static char *
cell (Parser         *parser,
      GPtrArray      *record,
      RcTraineeField  field)
{
  int column = parser->mapping->column[field];

  if (column < 0)
    return NULL;
  if ((guint) column >= record->len)
    return g_strdup ("");

  return g_strstrip (g_strdup (g_ptr_array_index (record, column)));
}

static char *
empty_to_null (char *text)
{
  if (text != NULL && *text == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

/* Dates ------------------------------------------------------------------ */

/* Reads a date field into @out (NULL when the cell is empty); when it
 * was written day first, @day_first_text is set to the cell. */
static gboolean
read_date (Parser          *parser,
           GPtrArray       *record,
           RcTraineeField   field,
           char           **out,
           char           **day_first_text,
           char           **message)
{
  g_autofree char *text = cell (parser, record, field);
  gboolean day_first;

  *out = NULL;
  if (text == NULL || *text == '\0')
    return TRUE;
  if (!rc_trainee_import_parse_date (text, out, &day_first, field, message))
    return FALSE;
  if (day_first)
    *day_first_text = g_steal_pointer (&text);

  return TRUE;
}

/* Councils -------------------------------------------------------------- */

static gboolean
active_on (RcCouncil  *council,
           const char *day)
{
  return (council->active_from_on == NULL || strcmp (council->active_from_on, day) <= 0)
         && (council->active_to_on == NULL || strcmp (council->active_to_on, day) >= 0);
}

static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *x = g_utf8_casefold (a, -1);
  g_autofree char *y = g_utf8_casefold (b, -1);

  return strcmp (x, y) == 0;
}

/* A council by GSS code, DfE LA number or exact name (case ignored). A
 * number or a name two councils have had (Somerset, 933, before and after
 * 2023) means the one active on @day, else the current one. */
static RcCouncil *
find_council (Parser     *parser,
              const char *text,
              const char *day)
{
  g_autofree char *code = g_ascii_strup (text, -1);
  RcCouncil *found = NULL;
  RcCouncil *current = NULL;
  RcCouncil *first = NULL;
  gboolean by_number;
  gint64 number = 0;

  found = g_hash_table_lookup (parser->by_code, code);
  if (found != NULL)
    return found;

  by_number = rc_trainee_import_all_digits (text, 1, 4);
  if (by_number)
    number = g_ascii_strtoll (text, NULL, 10);

  for (guint i = 0; i < g_list_model_get_n_items (parser->councils); i++)
    {
      g_autoptr(RcCouncil) council = g_list_model_get_item (parser->councils, i);

      if (by_number ? council->la_number != number : !same_name (council->name, text))
        continue;
      /* The list keeps its reference. */
      if (active_on (council, day))
        return council;
      if (council->active_to_on == NULL && current == NULL)
        current = council;
      if (first == NULL)
        first = council;
    }

  return current != NULL ? current : first;
}

/* Other fields ----------------------------------------------------------- */

/* The stored key, "hcpc" or "swe", or NULL. */
static const char *
regulator_key (const char *text)
{
  g_autofree char *name = g_ascii_strdown (text, -1);
  GString *letters = g_string_new (NULL);
  g_autofree char *compact = NULL;
  const char *key = NULL;

  for (const char *p = name; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (letters, *p);
  compact = g_string_free (letters, FALSE);

  if (g_str_equal (compact, "hcpc") || g_str_equal (compact, "healthandcareprofessionscouncil")
      || g_str_equal (compact, "healthcareprofessionscouncil"))
    key = "hcpc";
  else if (g_str_equal (compact, "swe") || g_str_equal (compact, "socialworkengland"))
    key = "swe";

  return key;
}

/* Records ---------------------------------------------------------------- */

/* A reference too long to be one is shown cut, as the message quotes it. */
static void
add_malformed (Parser     *parser,
               guint       line,
               const char *reference,
               char       *message)
{
  g_autofree char *shown = NULL;

  if (g_utf8_strlen (reference, -1) > RC_LIMIT_REFERENCE)
    {
      const char *end = g_utf8_offset_to_pointer (reference, RC_LIMIT_REFERENCE - 1);

      shown = g_strdup_printf ("%.*s…", (int) (end - reference), reference);
    }
  rc_trainee_import_add_row (parser->plan, RC_TRAINEE_ROW_MALFORMED, line,
                             shown != NULL ? shown : reference, message);
}

static void
read_record (Parser    *parser,
             GPtrArray *record,
             guint      line)
{
  static gsize no_council, applied_today, applied_day_first, applied;
  RcTraineeImport *plan = parser->plan;
  g_autoptr(RcTrainee) trainee = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *council_text = NULL;
  g_autofree char *number = NULL;
  g_autofree char *regulator = NULL;
  g_autofree char *applied_on = NULL;
  g_autofree char *left_practice_on = NULL;
  g_autofree char *day_first_text = NULL;
  g_autofree char *left_day_first_text = NULL;
  const RcFinding *refusal;
  char *message = NULL;
  RcCouncil *council = NULL;
  const char *host;
  gpointer first_line;
  RcTraineeRow *row;

  /* A blank line, as spreadsheets leave at the end. */
  if (record->len == 1 && ((const char *) g_ptr_array_index (record, 0))[0] == '\0')
    return;

  reference = cell (parser, record, RC_TRAINEE_FIELD_REFERENCE);

  if (record->len != parser->n_fields)
    {
      add_malformed (parser, line, reference,
                     g_strdup_printf (_("The line has %u fields where the header has %u"),
                                      record->len, parser->n_fields));
      return;
    }

  if (*reference == '\0')
    {
      add_malformed (parser, line, reference, g_strdup (_("The line has no reference")));
      return;
    }

  if (!read_date (parser, record, RC_TRAINEE_FIELD_APPLIED_ON, &applied_on, &day_first_text, &message)
      || !read_date (parser, record, RC_TRAINEE_FIELD_LEFT_PRACTICE_ON, &left_practice_on,
                     &left_day_first_text, &message))
    {
      add_malformed (parser, line, reference, message);
      return;
    }

  council_text = empty_to_null (cell (parser, record, RC_TRAINEE_FIELD_HOST_COUNCIL));
  if (council_text != NULL
      && (council = find_council (parser, council_text, applied_on ? applied_on : parser->today)) == NULL)
    {
      g_autofree char *quoted = rc_field_quote (council_text, RC_TRAINEE_IMPORT_QUOTE_CHARS);

      add_malformed (parser, line, reference,
                     g_strdup_printf (_("%s: no council has the code, number or name %s"),
                                      rc_trainee_field_get_label (RC_TRAINEE_FIELD_HOST_COUNCIL),
                                      quoted));
      return;
    }

  regulator = empty_to_null (cell (parser, record, RC_TRAINEE_FIELD_REGISTERED_WITH));
  if (regulator != NULL && regulator_key (regulator) == NULL)
    {
      g_autofree char *quoted = rc_field_quote (regulator, RC_TRAINEE_IMPORT_QUOTE_CHARS);

      add_malformed (parser, line, reference,
                     g_strdup_printf (_("%s: %s is neither HCPC nor Social Work England"),
                                      rc_trainee_field_get_label (RC_TRAINEE_FIELD_REGISTERED_WITH),
                                      quoted));
      return;
    }

  trainee = rc_trainee_new ();
  trainee->cohort_id = plan->cohort_id;
  trainee->reference = g_strdup (reference);
  trainee->given_name = empty_to_null (cell (parser, record, RC_TRAINEE_FIELD_GIVEN_NAME));
  trainee->family_name = empty_to_null (cell (parser, record, RC_TRAINEE_FIELD_FAMILY_NAME));
  if (!rc_trainee_import_split_name (plan, parser->mapping, parser->header, record, trainee, &message))
    {
      add_malformed (parser, line, reference, message);
      return;
    }
  trainee->email = empty_to_null (cell (parser, record, RC_TRAINEE_FIELD_EMAIL));
  trainee->phone = empty_to_null (cell (parser, record, RC_TRAINEE_FIELD_PHONE));
  /* "SW 123456" is stored as "SW123456"; what is not one is left for the
   * rules to refuse. */
  number = empty_to_null (cell (parser, record, RC_TRAINEE_FIELD_REGISTRATION_NUMBER));
  if (number != NULL)
    {
      trainee->registration_number = rc_field_normalise_registration_number (number);
      if (trainee->registration_number == NULL)
        trainee->registration_number = g_steal_pointer (&number);
    }
  trainee->registered_with = regulator != NULL ? g_strdup (regulator_key (regulator)) : NULL;
  trainee->applied_on = g_strdup (applied_on);
  trainee->left_practice_on = g_steal_pointer (&left_practice_on);
  if (council != NULL)
    {
      trainee->host_council_id = council->id;
      trainee->host_council_name = g_strdup (council->name);
    }
  /* Days of updating done so far start the returner's updating log. */
  {
    g_autofree char *days = empty_to_null (cell (parser, record, RC_TRAINEE_FIELD_UPDATING_DAYS));
    guint64 value = 0;

    if (days != NULL && !g_ascii_string_to_unsigned (days, 10, 0, 365, &value, NULL))
      {
        add_malformed (parser, line, reference,
                       g_strdup_printf (_("%s: not a whole number of days from 0 to 365"),
                                        rc_trainee_field_get_label (RC_TRAINEE_FIELD_UPDATING_DAYS)));
        return;
      }
    trainee->updating_days_done = (gint64) value;
  }

  /* The rules the dialog and the store apply, named by the file's column. */
  findings = rc_rules_check_trainee (trainee, parser->cohort, parser->returner, &parser->today_date);
  if ((refusal = rc_findings_get (findings, NULL, RC_FINDING_ERROR)) != NULL)
    {
      add_malformed (parser, line, reference,
                     rc_trainee_import_finding_message (parser->mapping, parser->header, record, refusal));
      return;
    }

  /* Two rows for one person: which one holds the truth is not ours to guess. */
  if (g_hash_table_lookup_extended (parser->seen, reference, NULL, &first_line))
    {
      g_autofree char *shown = rc_csv_shorten (reference, RC_CSV_MESSAGE_MAX_CHARS);

      add_malformed (parser, line, reference,
                     g_strdup_printf (_("The reference %s is also on line %u"),
                                      shown, GPOINTER_TO_UINT (first_line)));
      return;
    }
  g_hash_table_insert (parser->seen, g_strdup (reference), GUINT_TO_POINTER (line));

  if (g_hash_table_contains (parser->existing, reference))
    {
      g_autofree char *shown = rc_csv_shorten (reference, RC_CSV_MESSAGE_MAX_CHARS);

      rc_trainee_import_add_row (plan, RC_TRAINEE_ROW_SKIPPED, line, reference,
                                 g_strdup_printf (_("%s is in this cohort already"), shown));
      return;
    }

  host = council != NULL ? council->name : rc_trainee_import_translate_once (&no_council, N_("No host council"));
  if (applied_on == NULL)
    message = g_strdup_printf (rc_trainee_import_translate_once (&applied_today,
                                                                 N_("%s; applied today (the file gives no date)")),
                               host);
  else if (day_first_text != NULL)
    message = g_strdup_printf (rc_trainee_import_translate_once (&applied_day_first,
                                                                 N_("%s; applied on %s (read as day/month/year from %s)")),
                               host, applied_on, day_first_text);
  else
    message = g_strdup_printf (rc_trainee_import_translate_once (&applied, N_("%s; applied on %s")),
                               host, applied_on);

  plan->n_day_first += (day_first_text != NULL) + (left_day_first_text != NULL);
  row = rc_trainee_import_add_row (plan, RC_TRAINEE_ROW_ADD, line, reference, message);
  row->trainee = g_steal_pointer (&trainee);
  row->warning = rc_trainee_import_warning_text (findings);
  plan->n_warnings += row->warning != NULL;
}

static gboolean
check_mapping (const RcTraineeMapping  *mapping,
               GPtrArray               *header,
               GError                 **error)
{
  if (mapping->column[RC_TRAINEE_FIELD_REFERENCE] < 0)
    {
      g_set_error_literal (error, RC_TRAINEE_IMPORT_ERROR, RC_TRAINEE_IMPORT_ERROR_MAPPING,
                           _("Choose the column that holds each trainee’s reference"));
      return FALSE;
    }

  if (mapping->column[RC_TRAINEE_FIELD_FULL_NAME] >= 0
      && (mapping->column[RC_TRAINEE_FIELD_GIVEN_NAME] >= 0 || mapping->column[RC_TRAINEE_FIELD_FAMILY_NAME] >= 0))
    {
      g_set_error_literal (error, RC_TRAINEE_IMPORT_ERROR, RC_TRAINEE_IMPORT_ERROR_MAPPING,
                           _("Choose a column for the full name, or columns for the given and family "
                             "names, not both"));
      return FALSE;
    }

  for (guint f = 0; f < RC_TRAINEE_N_FIELDS; f++)
    if (mapping->column[f] >= (int) header->len)
      {
        g_set_error (error, RC_TRAINEE_IMPORT_ERROR, RC_TRAINEE_IMPORT_ERROR_MAPPING,
                     _("%s: the file has no column %d"),
                     rc_trainee_field_get_label (f), mapping->column[f] + 1);
        return FALSE;
      }

  return TRUE;
}

gboolean
rc_trainee_import_read (RcTraineeImport         *plan,
                        RcStore                 *reader_store,
                        const char              *data,
                        gsize                    length,
                        const RcTraineeMapping  *mapping,
                        RcProgress              *progress,
                        GError                 **error)
{
  g_autoptr(RcCsvReader) reader = NULL;
  g_autoptr(RcCohort) cohort = NULL;
  g_autoptr(RcProgramme) programme = NULL;
  g_autoptr(GPtrArray) header = NULL;
  g_autoptr(GError) local_error = NULL;
  Parser parser = { NULL, };
  GPtrArray *record = NULL;
  gboolean ok = FALSE;
  guint n = 0;

  cohort = rc_store_get_cohort (reader_store, plan->cohort_id, error);
  if (cohort == NULL)
    return FALSE;

  header = rc_trainee_import_read_header (data, length, error);
  if (header == NULL || !check_mapping (mapping, header, error))
    return FALSE;

  /* Returners are held to their cohort's bounds; a programme that cannot
   * be read is a failure like the cohort's. */
  programme = rc_store_get_programme (reader_store, cohort->programme_id, error);
  if (programme == NULL)
    return FALSE;

  rc_trainee_import_clear (plan, cohort);
  plan->separator = rc_csv_detect_separator (data, length);
  if (!parser_init (&parser, plan, reader_store, mapping, error))
    goto out;
  parser.header = header;
  parser.n_fields = header->len;
  parser.cohort = cohort;
  parser.returner = g_strcmp0 (programme->kind, "returner") == 0;

  /* A column nobody chose is named, never dropped unseen. */
  rc_trainee_import_find_unused (plan, mapping, header);

  /* The header again, to read on from there. */
  reader = rc_csv_reader_new_with_separator (data, length, plan->separator);
  rc_csv_reader_next (reader, &record, NULL);
  while (rc_csv_reader_next (reader, &record, &local_error))
    {
      if (++n % 256 == 0 && !rc_progress_update (progress, rc_csv_reader_get_offset (reader), length, error))
        goto out;
      read_record (&parser, record, rc_csv_reader_get_line (reader));
    }

  /* A broken quote leaves the reader lost: what follows is not read. */
  if (local_error != NULL)
    rc_trainee_import_add_row (plan, RC_TRAINEE_ROW_MALFORMED, rc_csv_reader_get_line (reader), "",
                               rc_csv_describe_unread_rest (local_error));
  ok = TRUE;

out:
  parser_clear (&parser);

  return ok;
}
