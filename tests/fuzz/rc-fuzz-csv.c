/* rc-fuzz-csv.c: mutated CSV files fed to the CSV reader and each importer
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "import/rc-trainee-import.h"
#include "import/rc-workforce-import.h"
#include "model/rc-csv.h"
#include "model/rc-model-error.h"
#include "rc-fuzz-csv.h"

/* One clean plan in this many is saved, so that applying is fuzzed too
 * without a commit (and its fsync) for every input. */
#define APPLY_EVERY 64
#define MAX_INPUT_BYTES   (512 * 1024)
#define COHORT_ID   1  /* the demo's first cohort */

#define WF_HEADER \
  "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name," \
  "old_la_code,new_la_code,la_name,inpost_fte,inpost_headcount,starters_fte,leavers_fte,agency_fte," \
  "agency_rate_fte,vacancy_fte,vacancy_rate_fte,turnover_rate_fte,case_holders_fte,cases,caseload_fte," \
  "working_days_lost_fte,absence_rate_fte,agency_cover_rate_fte\n"
#define WF_SW "Reporting year,Local authority,E92000001,England,E12000009,South West,"

static const char workforce_seed[] =
  WF_HEADER
  "2025,Reporting year,National,E92000001,England,,,,,,\"33,885.4\",36520,5980,5070,6210,15.5,"
  "\"7,145\",17.4,15,26700,\"447,000\",16.7,254000,3.1,z\n"
  "2025,Reporting year,Regional,E92000001,England,E12000009,South West,,,,3120.5,3390,540,498,410,11.6,"
  "560,15.2,16,2450,40100,16.4,23100,3.3,z\n"
  "2022," WF_SW "933,E10000027,Somerset,270.1,296,38,40.5,33,10.9,47,14.8,15,225,3980,17.7,2150,3.4,z\n"
  "2023," WF_SW "933,E06000066,Somerset,279.3,305,41,44.2,35.1,11.2,49,14.9,15.8,231,4100,17.7,2210,3.4,z\n"
  "2025," WF_SW "801,E06000023,\"Bristol, City of\",412.6,440,60,58.4,low,x,71.5,14.8,14.2,330,5400,"
  "16.4,3010,3.2,z\n"
  "2024," WF_SW "802,E06000024,North Somerset,200,210,20,20,10,5,30,13,10,150,2500,16.7,1200,3,c\n"
  "2025,Reporting year,Local authority,E92000001,England,E12000004,East Midlands,940 / 941,"
  "E06000061 / E06000062,North Northamptonshire / West Northamptonshire,620,650,90,85,70,10,95,13,14,"
  "480,8100,16.9,4100,3.2,z\n"
  "2025," WF_SW "999,E06000999,Atlantis,100,110,10,10,5,5,10,9,10,80,1300,16.3,600,2.9,z\n";

static const char trainee_seed[] =
  "Reference,First name,Surname,Email,Phone,Host council,Applied on,Left practice on,"
  "Registration number,Registered with\n"
  "FZ-001,Alex,Smith,alex.smith@example.org,07700 900001,E06000066,2024-01-31,,SW123456,Social Work England\n"
  "FZ-002,Bailey,Jones,bailey.jones@example.org,07700 900002,933,31/01/2024,2019-07-31,,\n"
  "FZ-003,Casey,\"O'Brien, Jr\",casey@example.org,,Bath and North East Somerset,2024-02-01,,SW654321,HCPC\n"
  "FZ-004,Drew,Patel,,,E06000024,2023-12-15,2016-03-31,,\n"
  "FZ-005,\"Emery \"\"Em\"\"\",Khan,emery.khan@example.org,,E06000025,,,,\n"
  "FZ-006,Frankie,Taylor,frankie@example.org,+44 7700 900006,E06000030,2024-03-01,,SW000777,Social Work England\n";

static const char *tokens[] = {
  "\"", ",", "\r", "\n", "\r\n", "\"\"", "\xef\xbb\xbf", "\xff", "\xc3\x28", "\xed\xa0\x80",
  "\xe2\x82", "\xf4\x90\x80\x80", "\xc0\xaf", ",\"", "\",", " ", "\t", "=", "+", "-", "@", ";",
  "\"\n\"", ",,,,,,,,,,", "\xe2\x80\xae",
};

static const char *values[] = {
  "z", "x", "c", "low", "u", ":", "", " ", "0", "-0", "-1", "0.004", "0.005", "-0.5",
  "99999999999999999999999999", "1e308", "-1e308", "1e-320", "NaN", "inf", "-inf", "0x1A",
  "9223372036854775807", "9223372036854775808", "-9223372036854775808", "18446744073709551616",
  "92233720368547758.07", "\"12,345.6\"", "12,345.6", "1,2,3", "1.5.5", ".5", "5.", " 7 ",
  "\xd9\xa3", "\xef\xbc\x91\xef\xbc\x92", "2025", "1900", "99999", "-2025", "2025-02-30",
  "31/02/2017", "2017-13-01", "0000-00-00", "9999-12-31", "2016-02-29", "29/02/2100", "E06000066",
  "933", "940 / 941", "E92000001", "E12000009", "E10000027", "SW12345", "SW", "hcpc",
  "Social Work England", "a@b", "@", "x@y.z", "=HYPERLINK(\"x\")", "\"\"\"\"", "Reporting year",
  "Financial year", "Local authority", "Regional", "National", "FZ-001", "FZ-002",
};

const char *
rc_fuzz_target_get_name (RcFuzzTarget target)
{
  static const char *names[] = { "csv-reader", "workforce", "trainees" };

  g_return_val_if_fail (target < RC_FUZZ_N_TARGETS, NULL);

  return names[target];
}

gboolean
rc_fuzz_target_from_name (const char   *name,
                          RcFuzzTarget *target)
{
  for (guint t = 0; t < RC_FUZZ_N_TARGETS; t++)
    if (g_strcmp0 (name, rc_fuzz_target_get_name (t)) == 0)
      {
        *target = t;
        return TRUE;
      }

  return FALSE;
}

const char *
rc_fuzz_seed (RcFuzzTarget target)
{
  return target == RC_FUZZ_WORKFORCE ? workforce_seed : trainee_seed;
}

/* Mutation ------------------------------------------------------------- */

static guint
random_position (GByteArray *buf,
                 GRand      *rand)
{
  return buf->len == 0 ? 0 : (guint) g_rand_int_range (rand, 0, (gint32) buf->len + 1);
}

/* The start of the line holding @pos, and the start of the next one. */
static void
line_bounds (GByteArray *buf,
             guint       pos,
             guint      *start,
             guint      *end)
{
  guint s = MIN (pos, buf->len), e = MIN (pos, buf->len);

  while (s > 0 && buf->data[s - 1] != '\n')
    s--;
  while (e < buf->len && buf->data[e] != '\n')
    e++;
  if (e < buf->len)
    e++;
  *start = s;
  *end = e;
}

static void
insert (GByteArray *buf,
        guint       pos,
        const void *bytes,
        guint       len)
{
  if (len == 0 || buf->len + len > MAX_INPUT_BYTES)
    return;
  g_byte_array_set_size (buf, buf->len + len);
  memmove (buf->data + pos + len, buf->data + pos, buf->len - len - pos);
  memcpy (buf->data + pos, bytes, len);
}

static void
replace_field (GByteArray *buf,
               guint       pos,
               const char *value)
{
  guint s = MIN (pos, buf->len), e = MIN (pos, buf->len);

  while (s > 0 && buf->data[s - 1] != ',' && buf->data[s - 1] != '\n')
    s--;
  while (e < buf->len && buf->data[e] != ',' && buf->data[e] != '\n' && buf->data[e] != '\r')
    e++;
  g_byte_array_remove_range (buf, s, e - s);
  insert (buf, s, value, strlen (value));
}

static void
mutate_once (GByteArray *buf,
             GRand      *rand)
{
  guint pos = random_position (buf, rand);
  guint start, end;

  switch (g_rand_int_range (rand, 0, 15))
    {
    case 0:  /* a flipped bit */
      if (pos < buf->len)
        buf->data[pos] ^= 1 << g_rand_int_range (rand, 0, 8);
      break;

    case 1:  /* any byte */
      {
        guint8 byte = g_rand_int_range (rand, 0, 256);
        insert (buf, pos, &byte, 1);
      }
      break;

    case 2:
    case 3:  /* a quote, comma, line break, BOM or broken UTF-8 */
      {
        const char *token = tokens[g_rand_int_range (rand, 0, G_N_ELEMENTS (tokens))];
        insert (buf, pos, token, strlen (token));
      }
      break;

    case 4:  /* NUL */
      insert (buf, pos, "", 1);
      break;

    case 5:  /* a few bytes gone */
      {
        guint n = g_rand_int_range (rand, 1, 17);

        if (pos < buf->len)
          g_byte_array_remove_range (buf, pos, MIN (buf->len - pos, n));
      }
      break;

    case 6:  /* cut short */
      g_byte_array_set_size (buf, pos);
      break;

    case 7:  /* a line twice, or many times */
      line_bounds (buf, pos, &start, &end);
      {
        g_autofree guint8 *line = g_memdup2 (buf->data + start, end - start);
        guint times = g_rand_int_range (rand, 0, 8) == 0 ? g_rand_int_range (rand, 2, 200) : 1;

        for (guint i = 0; i < times; i++)
          insert (buf, end, line, end - start);
      }
      break;

    case 8:  /* a line gone */
      line_bounds (buf, pos, &start, &end);
      g_byte_array_remove_range (buf, start, end - start);
      break;

    case 9:  /* a line moved to the end */
      line_bounds (buf, pos, &start, &end);
      {
        g_autofree guint8 *line = g_memdup2 (buf->data + start, end - start);
        guint len = end - start;

        g_byte_array_remove_range (buf, start, len);
        insert (buf, buf->len, line, len);
      }
      break;

    case 10:
    case 11:
    case 12:  /* a field replaced by an odd number, date, code or marker */
      replace_field (buf, pos, values[g_rand_int_range (rand, 0, G_N_ELEMENTS (values))]);
      break;

    case 13:  /* a very long field */
      {
        guint len = g_rand_int_range (rand, 100, 20000);
        g_autofree char *field = g_malloc (len);

        memset (field, "A9\xc3\xa9\""[g_rand_int_range (rand, 0, 4)], len);
        insert (buf, pos, field, len);
      }
      break;

    default:  /* every line break another kind */
      {
        const char *breaks[] = { "\r", "\r\n", "\n\n", "\r\r\n" };
        const char *with = breaks[g_rand_int_range (rand, 0, G_N_ELEMENTS (breaks))];
        g_autoptr(GByteArray) out = g_byte_array_sized_new (buf->len * 2);

        for (guint i = 0; i < buf->len; i++)
          if (buf->data[i] == '\n')
            g_byte_array_append (out, (const guint8 *) with, strlen (with));
          else
            g_byte_array_append (out, buf->data + i, 1);
        g_byte_array_set_size (buf, 0);
        g_byte_array_append (buf, out->data, MIN (out->len, MAX_INPUT_BYTES));
      }
      break;
    }
}

GBytes *
rc_fuzz_mutate (const char *seed,
                GRand      *rand)
{
  GByteArray *buf = g_byte_array_new ();
  guint n = g_rand_int_range (rand, 1, 6);

  g_byte_array_append (buf, (const guint8 *) seed, strlen (seed));
  for (guint i = 0; i < n; i++)
    mutate_once (buf, rand);

  return g_byte_array_free_to_bytes (buf);
}

/* Checks --------------------------------------------------------------- */

static void
unclear (RcFuzzStats *stats,
         GBytes      *input,
         const char  *format,
         ...) G_GNUC_PRINTF (3, 4);

static void
unclear (RcFuzzStats *stats,
         GBytes      *input,
         const char  *format,
         ...)
{
  va_list args;

  stats->unclear++;
  if (stats->first_unclear != NULL)
    return;

  va_start (args, format);
  stats->first_unclear = g_strdup_vprintf (format, args);
  va_end (args);
  {
    gsize len;
    const char *bytes = g_bytes_get_data (input, &len);
    g_autofree char *head = g_strndup (bytes != NULL ? bytes : "", MIN (len, 2000));
    g_autofree char *shown = g_strescape (head, NULL);
    char *with_input = g_strdup_printf ("%s\n  input (to its first NUL): \"%s\"", stats->first_unclear, shown);

    g_free (stats->first_unclear);
    stats->first_unclear = with_input;
  }
}

/* The most a line number can be: every CR and LF could end a line. */
static guint
max_line (GBytes *input)
{
  gsize len;
  const char *data = g_bytes_get_data (input, &len);
  guint n = 1;

  for (gsize i = 0; i < len; i++)
    n += data[i] == '\n' || data[i] == '\r';

  return n + 1;
}

static gboolean
names_line (const char *message,
            guint       highest)
{
  for (const char *p = message; *p != '\0'; p++)
    if (g_ascii_isdigit (*p) && (p == message || !g_ascii_isdigit (p[-1])))
      {
        guint64 n = g_ascii_strtoull (p, NULL, 10);

        if (n >= 1 && n <= highest)
          return TRUE;
      }

  return FALSE;
}

/* A message a person can be shown: some text, valid UTF-8. */
static gboolean
readable (const char *message)
{
  return message != NULL && *message != '\0' && g_utf8_validate (message, -1, NULL);
}

/* A whole file refused: from the CSV reader, a message that names the
 * line; from the importer's look at the header, a message. */
static void
check_file_error (RcFuzzStats *stats,
                  GBytes      *input,
                  const char  *what,
                  GError      *error)
{
  stats->refused++;
  if (error == NULL || !readable (error->message))
    unclear (stats, input, "%s: refused with no readable message", what);
  else if (error->domain == RC_MODEL_ERROR && !names_line (error->message, max_line (input)))
    unclear (stats, input, "%s: “%s” names no line", what, error->message);
}

static void
check_row (RcFuzzStats *stats,
           GBytes      *input,
           const char  *what,
           guint        line,
           const char  *message,
           gboolean     needs_message)
{
  if (line < 2 || line > max_line (input))
    unclear (stats, input, "%s: a row on line %u of at most %u", what, line, max_line (input));
  if (needs_message ? !readable (message) : (message != NULL && !g_utf8_validate (message, -1, NULL)))
    unclear (stats, input, "%s: the row on line %u has no readable message", what, line);
}

/* Applying a refused plan says where the first problem is, and a clean
 * one is saved or refused with a reason. */
static void
check_apply (RcFuzzStats *stats,
             GBytes      *input,
             const char  *what,
             gboolean     refused,
             guint        first_line,
             gboolean     applied,
             GError      *error)
{
  if (refused)
    {
      if (applied)
        unclear (stats, input, "%s: a plan with malformed rows was applied", what);
      else if (error == NULL || !readable (error->message))
        unclear (stats, input, "%s: applying a refused plan gave no reason", what);
      else if (!names_line (error->message, first_line) || strstr (error->message, "line") == NULL)
        unclear (stats, input, "%s: “%s” does not name line %u", what, error->message, first_line);
      return;
    }

  if (applied)
    stats->applied++;
  else if (error == NULL || !readable (error->message))
    unclear (stats, input, "%s: a clean plan was not saved, with no reason", what);
}

/* Targets -------------------------------------------------------------- */

static void
run_reader (GBytes      *input,
            RcFuzzStats *stats)
{
  gsize len;
  const char *data = g_bytes_get_data (input, &len);
  g_autoptr(RcCsvReader) reader = rc_csv_reader_new (data, len);
  g_autoptr(GError) error = NULL;
  GPtrArray *fields = NULL;
  guint records = 0;

  while (rc_csv_reader_next (reader, &fields, &error))
    {
      if (++records > len + 1)
        {
          unclear (stats, input, "csv-reader: more records than bytes: it does not advance");
          return;
        }
      for (guint i = 0; i < fields->len; i++)
        if (!g_utf8_validate (g_ptr_array_index (fields, i), -1, NULL))
          unclear (stats, input, "csv-reader: field %u of line %u is not UTF-8", i + 1,
                   rc_csv_reader_get_line (reader));
    }

  if (error != NULL)
    check_file_error (stats, input, "csv-reader", error);
  else
    stats->accepted++;
}

static void
run_workforce (RcStore     *store,
               GBytes      *input,
               GRand       *rand,
               RcFuzzStats *stats)
{
  gsize len;
  const char *data = g_bytes_get_data (input, &len);
  g_autoptr(RcWorkforceImport) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  guint first_line = 0;
  gboolean refused;

  plan = rc_workforce_import_parse (store, data, len, &error);
  if (plan == NULL)
    {
      check_file_error (stats, input, "workforce", error);
      return;
    }

  for (guint kind = 0; kind < RC_IMPORT_N_ROW_KINDS; kind++)
    for (guint i = 0; i < rc_workforce_import_get_n_rows (plan, kind); i++)
      {
        const RcImportRow *row = rc_workforce_import_get_row (plan, kind, i);

        check_row (stats, input, "workforce", row->line, row->message,
                   kind == RC_IMPORT_ROW_MALFORMED || kind == RC_IMPORT_ROW_SKIPPED);
        if ((row->area_name != NULL && !g_utf8_validate (row->area_name, -1, NULL))
            || (row->code != NULL && !g_utf8_validate (row->code, -1, NULL)))
          unclear (stats, input, "workforce: the row on line %u shows text that is not UTF-8", row->line);
        if (kind == RC_IMPORT_ROW_MALFORMED)
          {
            stats->malformed++;
            first_line = first_line == 0 ? row->line : MIN (first_line, row->line);
          }
      }
  summary = rc_workforce_import_describe (plan);
  if (!readable (summary))
    unclear (stats, input, "workforce: the plan has no readable summary");

  refused = rc_workforce_import_is_refused (plan);
  if (refused)
    stats->refused++;
  else
    stats->accepted++;

  if (refused || g_rand_int_range (rand, 0, APPLY_EVERY) == 0)
    {
      gboolean applied;

      rc_workforce_import_set_file_name (plan, "fuzz.csv");
      applied = rc_workforce_import_apply (store, plan, &error);
      check_apply (stats, input, "workforce", refused, first_line, applied, error);
    }
}

static void
run_trainees (RcStore     *store,
              GBytes      *input,
              GRand       *rand,
              RcFuzzStats *stats)
{
  gsize len;
  const char *data = g_bytes_get_data (input, &len);
  g_autoptr(GPtrArray) header = NULL;
  g_autoptr(RcTraineeMapping) mapping = NULL;
  g_autoptr(RcTraineeImport) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  guint first_line = 0;
  gboolean refused;

  header = rc_trainee_import_read_header (data, len, &error);
  if (header == NULL)
    {
      check_file_error (stats, input, "trainees", error);
      return;
    }
  for (guint i = 0; i < header->len; i++)
    if (!g_utf8_validate (g_ptr_array_index (header, i), -1, NULL))
      unclear (stats, input, "trainees: header cell %u is not UTF-8", i + 1);

  /* Half the time as the header names them, half as the seed has them. */
  mapping = rc_trainee_mapping_guess (header);
  if (g_rand_boolean (rand))
    for (guint f = 0; f < RC_TRAINEE_N_FIELDS; f++)
      mapping->column[f] = f < header->len ? (int) f : -1;

  plan = rc_trainee_import_parse (store, COHORT_ID, data, len, mapping, &error);
  if (plan == NULL)
    {
      check_file_error (stats, input, "trainees", error);
      return;
    }

  for (guint kind = 0; kind < RC_TRAINEE_N_ROW_KINDS; kind++)
    for (guint i = 0; i < rc_trainee_import_get_n_rows (plan, kind); i++)
      {
        const RcTraineeRow *row = rc_trainee_import_get_row (plan, kind, i);

        check_row (stats, input, "trainees", row->line, row->message,
                   kind == RC_TRAINEE_ROW_MALFORMED || kind == RC_TRAINEE_ROW_SKIPPED);
        if (row->reference != NULL && !g_utf8_validate (row->reference, -1, NULL))
          unclear (stats, input, "trainees: the reference on line %u is not UTF-8", row->line);
        if (kind == RC_TRAINEE_ROW_MALFORMED)
          {
            stats->malformed++;
            first_line = first_line == 0 ? row->line : MIN (first_line, row->line);
          }
      }
  summary = rc_trainee_import_describe (plan);
  if (!readable (summary))
    unclear (stats, input, "trainees: the plan has no readable summary");

  refused = rc_trainee_import_is_refused (plan);
  if (refused)
    stats->refused++;
  else
    stats->accepted++;

  if (refused || g_rand_int_range (rand, 0, APPLY_EVERY) == 0)
    {
      gboolean applied = rc_trainee_import_apply (store, plan, &error);

      check_apply (stats, input, "trainees", refused, first_line, applied, error);
    }
}

void
rc_fuzz_run (RcFuzzTarget   target,
             RcStore       *store,
             guint32        seed_value,
             guint          n,
             void         (*on_input) (GBytes *input, gpointer data),
             gpointer       data,
             RcFuzzStats   *stats)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed_value);
  const char *seed = rc_fuzz_seed (target);

  g_return_if_fail (target < RC_FUZZ_N_TARGETS);
  g_return_if_fail (target == RC_FUZZ_CSV_READER || RC_IS_STORE (store));

  for (guint i = 0; i < n; i++)
    {
      /* The reader gets both seeds: the importers' files are its input. */
      g_autoptr(GBytes) mutated = rc_fuzz_mutate (target == RC_FUZZ_CSV_READER && i % 2 ? workforce_seed : seed,
                                                  rand);
      gsize len;
      const void *bytes = g_bytes_get_data (mutated, &len);
      /* Exactly as long as the input and not NUL-terminated, so that
       * AddressSanitizer catches a read past its end. */
      g_autoptr(GBytes) input = g_bytes_new_take (g_memdup2 (bytes, len), len);

      if (on_input != NULL)
        on_input (input, data);
      stats->inputs++;

      switch (target)
        {
        case RC_FUZZ_CSV_READER:
          run_reader (input, stats);
          break;
        case RC_FUZZ_WORKFORCE:
          run_workforce (store, input, rand, stats);
          break;
        case RC_FUZZ_TRAINEES:
        default:
          run_trainees (store, input, rand, stats);
          break;
        }
    }
}

void
rc_fuzz_stats_clear (RcFuzzStats *stats)
{
  g_clear_pointer (&stats->first_unclear, g_free);
  memset (stats, 0, sizeof *stats);
}
