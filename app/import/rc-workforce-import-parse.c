/* rc-workforce-import-parse.c: reading the DfE's workforce CSV into a plan,
 * matching its rows to the councils and regions of the reference data
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-import"

#include "config.h"

#include <inttypes.h>

#include <string.h>

#include <glib/gi18n.h>

#include "model/rc-csv.h"
#include "model/rc-money.h"
#include "model/rc-record-rules.h"
#include "rc-workforce-csv-columns-private.h"
#include "rc-workforce-import-private.h"

#define ENGLAND_CODE "E92000001"

/* What reading one file needs besides the plan. */
typedef struct
{
  RcWorkforceImport *plan;
  RcStore           *reader;            /* the store, or a worker's connection to it */
  RcWfColumns        columns;
  GPtrArray         *header;            /* the header's cells, owned */
  GListModel        *councils;
  GHashTable        *councils_by_code;  /* gss code → RcCouncil, borrowed */
  GListModel        *regions;
  GHashTable        *regions_by_code;   /* gss code → RcRegion, borrowed */
  GHashTable        *existing;          /* area key → RcWorkforceReturn, owned */
  GHashTable        *loaded_councils;   /* council ids whose returns are in @existing */
  GHashTable        *seen;              /* area key → first line, for duplicates */
  GDate              today;
} Parser;

static void
parser_clear (Parser *parser)
{
  g_clear_pointer (&parser->header, g_ptr_array_unref);
  g_clear_pointer (&parser->councils_by_code, g_hash_table_unref);
  g_clear_pointer (&parser->regions_by_code, g_hash_table_unref);
  g_clear_object (&parser->councils);
  g_clear_object (&parser->regions);
  g_clear_pointer (&parser->existing, g_hash_table_unref);
  g_clear_pointer (&parser->loaded_councils, g_hash_table_unref);
  g_clear_pointer (&parser->seen, g_hash_table_unref);
}

static char *
area_key (RcWorkforceScope scope,
          gint64           area_id,
          gint64           year)
{
  return g_strdup_printf ("%d:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, (int) scope, area_id, year);
}

static void
remember_returns (Parser     *parser,
                  GListModel *returns,
                  gint64      only_council_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (returns); i++)
    {
      g_autoptr(RcWorkforceReturn) ret = g_list_model_get_item (returns, i);
      gint64 area_id = ret->scope == RC_WORKFORCE_SCOPE_COUNCIL ? ret->council_id : ret->region_id;

      /* A council's list holds its predecessors' returns too. */
      if (only_council_id != 0 && ret->council_id != only_council_id)
        continue;
      g_hash_table_insert (parser->existing,
                           area_key (ret->scope, ret->scope == RC_WORKFORCE_SCOPE_NATIONAL ? 0 : area_id, ret->year),
                           g_object_ref (ret));
    }
}

static gboolean
parser_init (Parser             *parser,
             RcWorkforceImport  *plan,
             RcStore            *reader,
             GError            **error)
{
  g_autoptr(GListModel) national = NULL;
  g_autoptr(GListModel) regional = NULL;

  parser->plan = plan;
  parser->reader = reader;
  rc_field_today (&parser->today);
  parser->councils_by_code = g_hash_table_new (g_str_hash, g_str_equal);
  parser->regions_by_code = g_hash_table_new (g_str_hash, g_str_equal);
  parser->existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  parser->loaded_councils = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  parser->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  parser->councils = rc_store_list_councils (reader, error);
  if (parser->councils == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (parser->councils); i++)
    {
      g_autoptr(RcCouncil) council = g_list_model_get_item (parser->councils, i);
      g_hash_table_insert (parser->councils_by_code, council->gss_code, council);
    }

  parser->regions = rc_store_list_regions (reader, error);
  if (parser->regions == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (parser->regions); i++)
    {
      g_autoptr(RcRegion) region = g_list_model_get_item (parser->regions, i);
      g_hash_table_insert (parser->regions_by_code, region->gss_code, region);
    }

  /* Few benchmark rows: read them all at once. Councils' returns are read
   * when the file first names the council. */
  national = rc_store_list_benchmark_returns (reader, RC_WORKFORCE_SCOPE_NATIONAL, 0, error);
  if (national == NULL)
    return FALSE;
  remember_returns (parser, national, 0);
  regional = rc_store_list_benchmark_returns (reader, RC_WORKFORCE_SCOPE_REGION, 0, error);
  if (regional == NULL)
    return FALSE;
  remember_returns (parser, regional, 0);

  return TRUE;
}

/* Sets @existing to the database's return for the area and year of @ret,
 * or NULL when there is none. */
static gboolean
find_existing (Parser             *parser,
               RcWorkforceReturn  *ret,
               RcWorkforceReturn **existing,
               GError            **error)
{
  g_autofree char *key = NULL;
  gint64 area_id = ret->scope == RC_WORKFORCE_SCOPE_COUNCIL ? ret->council_id : ret->region_id;

  if (ret->scope == RC_WORKFORCE_SCOPE_COUNCIL
      && !g_hash_table_contains (parser->loaded_councils, &ret->council_id))
    {
      g_autoptr(GListModel) returns = rc_store_list_council_returns (parser->reader,
                                                                     ret->council_id, error);
      if (returns == NULL)
        return FALSE;
      remember_returns (parser, returns, ret->council_id);
      g_hash_table_add (parser->loaded_councils, g_memdup2 (&ret->council_id, sizeof (gint64)));
    }

  key = area_key (ret->scope, area_id, ret->year);
  *existing = g_hash_table_lookup (parser->existing, key);

  return TRUE;
}

static char *
format_figure (RcFigure figure)
{
  return figure.present ? rc_fte_format (figure.value) : g_strdup ("—");
}

static gboolean
same_figures (RcWorkforceReturn *a,
              RcWorkforceReturn *b)
{
  for (RcWfColumn c = RC_WF_FIRST_FIGURE; c < RC_WF_N_COLUMNS; c++)
    {
      RcFigure *x = rc_wf_figure_of (a, c);
      RcFigure *y = rc_wf_figure_of (b, c);

      if (x->present != y->present || (x->present && x->value != y->value))
        return FALSE;
    }

  return TRUE;
}

/* Merges the stored return @old into @ret, the file's figures for the same
 * area and year: a figure the file has no column for, or leaves blank, is
 * kept; one it marks as not available is cleared, and the row and the plan
 * count it so that a preview can say so before anything is saved. */
static void
note_cleared_and_kept (Parser            *parser,
                       RcImportRow       *row,
                       RcWorkforceReturn *ret,
                       RcWorkforceReturn *old,
                       const RcWfCell    *cells)
{
  g_autoptr(GString) cleared = g_string_new (NULL);

  for (RcWfColumn c = RC_WF_FIRST_FIGURE; c < RC_WF_N_COLUMNS; c++)
    {
      RcFigure *now = rc_wf_figure_of (ret, c);
      RcFigure *was = rc_wf_figure_of (old, c);

      if (parser->columns.index[c] < 0 || cells[c] == RC_WF_CELL_BLANK)
        {
          if (parser->columns.index[c] >= 0 && was->present)
            row->n_kept_blank++;
          *now = *was;
        }
      else if (!now->present && was->present)
        {
          if (cleared->len > 0)
            g_string_append (cleared, ", ");
          g_string_append (cleared, rc_wf_figure_noun (c));
          row->n_cleared++;
        }
    }

  if (row->n_cleared > 0)
    {
      row->cleared = g_strdup (cleared->str);
      parser->plan->n_cleared += row->n_cleared;
      parser->plan->n_clearing_rows++;
    }
  parser->plan->n_kept_blank += row->n_kept_blank;
}

static gboolean
is_joint (const char *code)
{
  return strchr (code, '/') != NULL || strchr (code, '&') != NULL || strchr (code, ';') != NULL;
}

/* A council active on 30 September of @year with DfE number @number. */
static RcCouncil *
find_by_la_number (Parser *parser,
                   gint64  number,
                   gint64  year)
{
  g_autofree char *census_day = g_strdup_printf ("%04" G_GINT64_FORMAT "-09-30", year);

  for (guint i = 0; i < g_list_model_get_n_items (parser->councils); i++)
    {
      g_autoptr(RcCouncil) council = g_list_model_get_item (parser->councils, i);

      if (council->la_number == number
          && (council->active_from_on == NULL || strcmp (council->active_from_on, census_day) <= 0)
          && (council->active_to_on == NULL || strcmp (council->active_to_on, census_day) >= 0))
        return council;  /* the list keeps its reference */
    }

  return NULL;
}

/* Sets the scope and area of @ret from the row, or records why the row is
 * skipped and returns FALSE. */
static gboolean
match_area (Parser             *parser,
            GPtrArray          *fields,
            guint               line,
            RcWorkforceReturn  *ret,
            char              **code_out)
{
  RcWorkforceImport *plan = parser->plan;
  const RcWfColumns *columns = &parser->columns;
  const char *level = rc_wf_cell (columns, fields, RC_WF_COLUMN_GEOGRAPHIC_LEVEL);
  g_autofree char *shown_level = NULL;

  if (g_ascii_strcasecmp (level, "National") == 0)
    {
      const char *country = rc_wf_cell (columns, fields, RC_WF_COLUMN_COUNTRY_CODE);

      if (country[0] != '\0' && strcmp (country, ENGLAND_CODE) != 0)
        {
          g_autofree char *shown = rc_csv_shorten (country, RC_CSV_MESSAGE_MAX_CHARS);

          rc_workforce_import_add_skipped (plan, line, RC_IMPORT_SKIP_UNKNOWN_CODE, country, country, ret->year,
                       g_strdup_printf (_("“%s” is not England’s code"), shown));
          return FALSE;
        }
      ret->scope = RC_WORKFORCE_SCOPE_NATIONAL;
      ret->area_name = g_strdup (_("England"));
      *code_out = g_strdup (ENGLAND_CODE);
      return TRUE;
    }

  if (g_ascii_strcasecmp (level, "Regional") == 0)
    {
      const char *code = rc_wf_cell (columns, fields, RC_WF_COLUMN_REGION_CODE);
      const char *name = rc_wf_cell (columns, fields, RC_WF_COLUMN_REGION_NAME);
      RcRegion *region = g_hash_table_lookup (parser->regions_by_code, code);

      if (region == NULL)
        {
          g_autofree char *shown = rc_csv_shorten (code, RC_CSV_MESSAGE_MAX_CHARS);

          /* Inner and Outer London (E13) are parts of the London region. */
          rc_workforce_import_add_skipped (plan, line, RC_IMPORT_SKIP_UNKNOWN_CODE, name, code, ret->year,
                       code[0] != '\0'
                       ? g_strdup_printf (_("“%s” is not a region of England"), shown)
                       : g_strdup (_("The row has no region code")));
          return FALSE;
        }
      ret->scope = RC_WORKFORCE_SCOPE_REGION;
      ret->region_id = region->id;
      ret->area_name = g_strdup (region->name);
      *code_out = g_strdup (region->gss_code);
      return TRUE;
    }

  if (g_ascii_strcasecmp (level, "Local authority") == 0)
    {
      const char *code = rc_wf_cell (columns, fields, RC_WF_COLUMN_NEW_LA_CODE);
      const char *number = rc_wf_cell (columns, fields, RC_WF_COLUMN_OLD_LA_CODE);
      const char *name = rc_wf_cell (columns, fields, RC_WF_COLUMN_LA_NAME);
      RcCouncil *council = NULL;
      char *end = NULL;
      gint64 la_number;

      if (is_joint (code) || is_joint (number))
        {
          g_autofree char *shown = rc_csv_shorten (code[0] ? code : number, RC_CSV_MESSAGE_MAX_CHARS);

          rc_workforce_import_add_skipped (plan, line, RC_IMPORT_SKIP_JOINT_RETURN, name, code[0] ? code : number, ret->year,
                       g_strdup_printf (_("A joint return for %s: it cannot be split between the councils"),
                                        shown));
          return FALSE;
        }

      if (code[0] != '\0')
        council = g_hash_table_lookup (parser->councils_by_code, code);
      else if (number[0] != '\0')
        {
          la_number = g_ascii_strtoll (number, &end, 10);
          if (end != NULL && *end == '\0' && la_number > 0)
            council = find_by_la_number (parser, la_number, ret->year);
        }

      if (council == NULL)
        {
          const char *given = code[0] ? code : number;
          g_autofree char *shown = rc_csv_shorten (given, RC_CSV_MESSAGE_MAX_CHARS);

          rc_workforce_import_add_skipped (plan, line, RC_IMPORT_SKIP_UNKNOWN_CODE, name, shown, ret->year,
                       shown[0] != '\0'
                       ? g_strdup_printf (_("No council has the code “%s” in %" PRId64), shown, ret->year)
                       : g_strdup (_("The row has no council code")));
          return FALSE;
        }
      ret->scope = RC_WORKFORCE_SCOPE_COUNCIL;
      ret->council_id = council->id;
      ret->area_name = g_strdup (council->name);
      *code_out = g_strdup (council->gss_code);
      return TRUE;
    }

  shown_level = rc_csv_shorten (level, RC_CSV_MESSAGE_MAX_CHARS);
  rc_workforce_import_add_skipped (plan, line, RC_IMPORT_SKIP_OTHER_LEVEL,
               rc_wf_cell (columns, fields, RC_WF_COLUMN_LA_NAME), "", ret->year,
               g_strdup_printf (_("Rows of the level “%s” are not imported"), shown_level));
  return FALSE;
}

/* The name a problem row is shown under, before it is matched. */
static const char *
row_name (Parser    *parser,
          GPtrArray *fields)
{
  const char *level = rc_wf_cell (&parser->columns, fields, RC_WF_COLUMN_GEOGRAPHIC_LEVEL);

  if (g_ascii_strcasecmp (level, "National") == 0)
    return _("England");
  if (g_ascii_strcasecmp (level, "Regional") == 0)
    return rc_wf_cell (&parser->columns, fields, RC_WF_COLUMN_REGION_NAME);

  return rc_wf_cell (&parser->columns, fields, RC_WF_COLUMN_LA_NAME);
}

/* The field rules' warnings about the return as it will be saved (the
 * figures a file leaves out kept): vacancies above FTE in post, turnover
 * or agency above 100 %, a year ahead. They are told, and imported. */
static char *
plausibility (Parser            *parser,
              RcWorkforceReturn *ret)
{
  g_autoptr(GPtrArray) findings = rc_rules_check_workforce_return (ret, &parser->today);

  return rc_findings_join (findings, RC_FINDING_WARNING, "; ");
}

static gboolean
read_record (Parser     *parser,
             GPtrArray  *fields,
             guint       line,
             GError    **error)
{
  RcWorkforceImport *plan = parser->plan;
  const RcWfColumns *columns = &parser->columns;
  g_autoptr(RcWorkforceReturn) ret = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *code = NULL;
  g_autofree char *key = NULL;
  const char *identifier;
  const char *name;
  RcWorkforceReturn *old;
  RcImportRow *row;
  RcWfCell cells[RC_WF_N_COLUMNS] = { 0 };
  guint n_low = 0;
  gpointer first_line;

  /* A blank line, as spreadsheets leave at the end. */
  if (fields->len == 1 && ((const char *) g_ptr_array_index (fields, 0))[0] == '\0')
    return TRUE;

  if (fields->len != columns->n_fields)
    {
      g_autofree char *message = g_strdup_printf (_("The line has %u fields where the header has %u"),
                                                  fields->len, columns->n_fields);
      rc_workforce_import_add_malformed (plan, line, row_name (parser, fields), 0, message);
      return TRUE;
    }

  name = row_name (parser, fields);
  ret = rc_workforce_return_new ();
  ret->source = g_strdup ("dfe-csv");
  if (!rc_wf_parse_year (rc_wf_cell (columns, fields, RC_WF_COLUMN_TIME_PERIOD), &ret->year, &local_error))
    {
      g_autofree char *message = g_strdup_printf ("%s: %s",
                                                  rc_wf_column_name (columns, parser->header,
                                                                     RC_WF_COLUMN_TIME_PERIOD),
                                                  local_error->message);
      rc_workforce_import_add_malformed (plan, line, name, 0, message);
      return TRUE;
    }

  identifier = rc_wf_cell (columns, fields, RC_WF_COLUMN_TIME_IDENTIFIER);
  if (identifier[0] != '\0' && g_ascii_strcasecmp (identifier, "Reporting year") != 0)
    {
      g_autofree char *shown = rc_csv_shorten (identifier, RC_CSV_MESSAGE_MAX_CHARS);

      rc_workforce_import_add_skipped (plan, line, RC_IMPORT_SKIP_OTHER_PERIOD, name, "", ret->year,
                   g_strdup_printf (_("“%s” is not a reporting year"), shown));
      return TRUE;
    }

  if (!match_area (parser, fields, line, ret, &code))
    return TRUE;

  for (RcWfColumn c = RC_WF_FIRST_FIGURE; c < RC_WF_N_COLUMNS; c++)
    {
      if (columns->index[c] < 0)
        continue;
      if (!rc_wf_parse_figure (c, rc_wf_cell (columns, fields, c), rc_wf_figure_of (ret, c), &cells[c],
                               &local_error))
        {
          g_autofree char *message = g_strdup_printf ("%s: %s",
                                                      rc_wf_column_name (columns, parser->header, c),
                                                      local_error->message);
          rc_workforce_import_add_malformed (plan, line, ret->area_name, ret->year, message);
          return TRUE;
        }
      n_low += cells[c] == RC_WF_CELL_LOW;
    }

  key = area_key (ret->scope, ret->scope == RC_WORKFORCE_SCOPE_COUNCIL ? ret->council_id : ret->region_id,
                  ret->year);
  /* Which of two rows for the same area and year holds the figures is
   * anybody's guess: a file of breakdowns rather than indicators. */
  if (g_hash_table_lookup_extended (parser->seen, key, NULL, &first_line))
    {
      g_autofree char *message = g_strdup_printf (_("%s already has a row for %" PRId64 " on line %u"),
                                                  ret->area_name, ret->year, GPOINTER_TO_UINT (first_line));
      rc_workforce_import_add_malformed (plan, line, ret->area_name, ret->year, message);
      return TRUE;
    }
  g_hash_table_insert (parser->seen, g_steal_pointer (&key), GUINT_TO_POINTER (line));

  if (!find_existing (parser, ret, &old, error))
    return FALSE;

  row = rc_workforce_import_add_row (plan, old != NULL ? RC_IMPORT_ROW_UPDATE : RC_IMPORT_ROW_ADD, line);
  row->scope = ret->scope;
  row->area_name = g_strdup (ret->area_name);
  row->code = g_steal_pointer (&code);
  row->year = ret->year;
  plan->n_rounded_to_zero += n_low;

  if (old != NULL)
    {
      g_autofree char *old_in_post = format_figure (old->in_post_fte100);
      g_autofree char *new_in_post = NULL;
      g_autofree char *old_vacancies = format_figure (old->vacancies_fte100);
      g_autofree char *new_vacancies = NULL;

      note_cleared_and_kept (parser, row, ret, old, cells);

      new_in_post = format_figure (ret->in_post_fte100);
      new_vacancies = format_figure (ret->vacancies_fte100);
      row->old_in_post_fte100 = old->in_post_fte100;
      row->old_vacancies_fte100 = old->vacancies_fte100;
      if (same_figures (old, ret))
        row->message = g_strdup (_("No change"));
      else
        row->message = g_strdup_printf (_("FTE in post %s → %s, vacancies %s → %s"),
                                        old_in_post, new_in_post, old_vacancies, new_vacancies);
      if (row->cleared != NULL)
        {
          char *longer = g_strdup_printf (_("%s. Clears the stored %s: the file marks them as not available"),
                                          row->message, row->cleared);
          g_free (row->message);
          row->message = longer;
        }
    }
  else
    {
      g_autofree char *in_post = format_figure (ret->in_post_fte100);
      g_autofree char *vacancies = format_figure (ret->vacancies_fte100);

      row->message = g_strdup_printf (_("FTE in post %s, vacancies %s"), in_post, vacancies);
    }
  row->in_post_fte100 = ret->in_post_fte100;
  row->vacancies_fte100 = ret->vacancies_fte100;
  row->warning = plausibility (parser, ret);
  plan->n_warnings += row->warning != NULL;
  row->ret = g_steal_pointer (&ret);

  return TRUE;
}

gboolean
rc_workforce_import_read (RcWorkforceImport  *plan,
                          RcStore            *reader_store,
                          const char         *data,
                          gsize               length,
                          RcProgress         *progress,
                          GError            **error)
{
  g_autoptr(RcCsvReader) reader = NULL;
  g_autoptr(GError) local_error = NULL;
  Parser parser = { NULL, };
  GPtrArray *fields = NULL;
  gboolean ok = FALSE;
  guint n = 0;

  rc_workforce_import_clear (plan);
  reader = rc_csv_reader_new_with_separator (data, length, rc_csv_detect_separator (data, length));
  parser.header = rc_csv_reader_read_header (reader, RC_WORKFORCE_IMPORT_ERROR, RC_WORKFORCE_IMPORT_ERROR_EMPTY,
                                             error);
  if (parser.header == NULL || !rc_wf_columns_find (parser.header, &parser.columns, error))
    goto out;

  if (!parser_init (&parser, plan, reader_store, error))
    goto out;

  while (rc_csv_reader_next (reader, &fields, &local_error))
    if (!read_record (&parser, fields, rc_csv_reader_get_line (reader), error)
        || (++n % 256 == 0
            && !rc_progress_update (progress, rc_csv_reader_get_offset (reader), length, error)))
      goto out;

  /* A broken quote leaves the reader lost: what follows is not read. */
  if (local_error != NULL)
    {
      g_autofree char *message = rc_csv_describe_unread_rest (local_error);

      rc_workforce_import_add_malformed (plan, rc_csv_reader_get_line (reader), "", 0, message);
    }
  ok = TRUE;

out:
  parser_clear (&parser);

  return ok;
}
