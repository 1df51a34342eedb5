/* rc-csv.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rc-csv.h"
#include "rc-model-error.h"

struct _RcCsvReader
{
  const char *data;
  const char *end;
  const char *pos;
  guint       line;        /* line of pos */
  guint       record_line; /* line where the last record began */
  GPtrArray  *fields;
  GString    *field;
  char        separator;
};

RcCsvReader *
rc_csv_reader_new (const char *data,
                   gsize       length)
{
  return rc_csv_reader_new_with_separator (data, length, ',');
}

RcCsvReader *
rc_csv_reader_new_with_separator (const char *data,
                                  gsize       length,
                                  char        separator)
{
  RcCsvReader *reader;

  g_return_val_if_fail (separator == ',' || separator == ';' || separator == '\t', NULL);

  reader = g_new0 (RcCsvReader, 1);
  reader->separator = separator;

  reader->data = data;
  reader->end = data + length;
  reader->pos = data;
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    reader->pos += 3;
  reader->line = 1;
  reader->fields = g_ptr_array_new_with_free_func (g_free);
  reader->field = g_string_new (NULL);

  return reader;
}

char
rc_csv_detect_separator (const char *data,
                         gsize       length)
{
  const char *p = data;
  const char *end = data + length;
  gboolean quoted = FALSE;
  guint commas = 0, semicolons = 0, tabs = 0;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    p += 3;

  /* A quoted header cell may hold a line break: the line ends outside quotes. */
  for (; p < end && (quoted || (*p != '\n' && *p != '\r')); p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted)
        {
          commas += *p == ',';
          semicolons += *p == ';';
          tabs += *p == '\t';
        }
    }

  if (semicolons > commas && semicolons >= tabs)
    return ';';
  if (tabs > commas && tabs > semicolons)
    return '\t';

  return ',';
}

void
rc_csv_reader_free (RcCsvReader *reader)
{
  if (reader == NULL)
    return;

  g_ptr_array_unref (reader->fields);
  g_string_free (reader->field, TRUE);
  g_free (reader);
}

guint
rc_csv_reader_get_line (RcCsvReader *reader)
{
  return reader->record_line;
}

gsize
rc_csv_reader_get_offset (RcCsvReader *reader)
{
  return reader->pos - reader->data;
}

const char *
rc_csv_strip_line_prefix (const char *message)
{
  const char *colon = strstr (message, ": ");

  if (colon != NULL)
    for (const char *p = message; p < colon; p++)
      if (g_ascii_isdigit (*p))
        return colon + 2;

  return message;
}

char *
rc_csv_describe_unread_rest (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  return g_strdup_printf (_("%s; the rest of the file was not read"), rc_csv_strip_line_prefix (error->message));
}

static gboolean
end_field (RcCsvReader  *reader,
           GError      **error)
{
  if (!g_utf8_validate_len (reader->field->str, reader->field->len, NULL)
      || memchr (reader->field->str, '\0', reader->field->len) != NULL)
    {
      g_set_error (error, RC_MODEL_ERROR, RC_MODEL_ERROR_INVALID,
                   _("Line %u: field %u is not valid UTF-8 text"),
                   reader->record_line, reader->fields->len + 1);
      return FALSE;
    }

  g_ptr_array_add (reader->fields, g_strndup (reader->field->str, reader->field->len));
  g_string_truncate (reader->field, 0);

  return TRUE;
}

/* Consumes a line ending at pos if there is one. */
static gboolean
take_line_end (RcCsvReader *reader)
{
  if (reader->pos < reader->end && *reader->pos == '\n')
    {
      reader->pos++;
      reader->line++;
      return TRUE;
    }
  if (reader->pos < reader->end && *reader->pos == '\r')
    {
      reader->pos++;
      if (reader->pos < reader->end && *reader->pos == '\n')
        reader->pos++;
      reader->line++;
      return TRUE;
    }

  return FALSE;
}

gboolean
rc_csv_reader_next (RcCsvReader  *reader,
                    GPtrArray   **fields,
                    GError      **error)
{
  g_return_val_if_fail (reader != NULL, FALSE);

  g_ptr_array_set_size (reader->fields, 0);
  g_string_truncate (reader->field, 0);

  if (reader->pos >= reader->end)
    return FALSE;

  reader->record_line = reader->line;

  for (;;)
    {
      if (reader->pos < reader->end && *reader->pos == '"')
        {
          guint quote_line = reader->line;

          reader->pos++;
          for (;;)
            {
              if (reader->pos >= reader->end)
                {
                  g_set_error (error, RC_MODEL_ERROR, RC_MODEL_ERROR_INVALID,
                               _("Line %u: a quoted field is never closed"), quote_line);
                  return FALSE;
                }
              if (*reader->pos == '"')
                {
                  if (reader->pos + 1 < reader->end && reader->pos[1] == '"')
                    {
                      g_string_append_c (reader->field, '"');
                      reader->pos += 2;
                      continue;
                    }
                  reader->pos++;
                  break;
                }
              if (*reader->pos == '\n')
                reader->line++;
              g_string_append_c (reader->field, *reader->pos++);
            }

          if (reader->pos < reader->end
              && *reader->pos != reader->separator && *reader->pos != '\n' && *reader->pos != '\r')
            {
              g_set_error (error, RC_MODEL_ERROR, RC_MODEL_ERROR_INVALID,
                           _("Line %u: text follows the closing quote of field %u"),
                           reader->line, reader->fields->len + 1);
              return FALSE;
            }
        }
      else
        {
          while (reader->pos < reader->end
                 && *reader->pos != reader->separator && *reader->pos != '\n' && *reader->pos != '\r')
            {
              if (*reader->pos == '"')
                {
                  g_set_error (error, RC_MODEL_ERROR, RC_MODEL_ERROR_INVALID,
                               _("Line %u: a quote inside field %u that does not start with one"),
                               reader->line, reader->fields->len + 1);
                  return FALSE;
                }
              g_string_append_c (reader->field, *reader->pos++);
            }
        }

      if (!end_field (reader, error))
        return FALSE;

      if (reader->pos < reader->end && *reader->pos == reader->separator)
        {
          reader->pos++;
          continue;
        }

      take_line_end (reader);
      break;
    }

  *fields = reader->fields;

  return TRUE;
}

GPtrArray *
rc_csv_reader_read_header (RcCsvReader  *reader,
                           GQuark        empty_domain,
                           int           empty_code,
                           GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  GPtrArray *fields = NULL;
  GPtrArray *header;

  g_return_val_if_fail (reader != NULL, NULL);

  if (!rc_csv_reader_next (reader, &fields, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error_literal (error, empty_domain, empty_code, _("The file is empty"));
      return NULL;
    }

  header = g_ptr_array_new_full (fields->len, g_free);
  for (guint i = 0; i < fields->len; i++)
    g_ptr_array_add (header, g_strstrip (g_strdup (g_ptr_array_index (fields, i))));

  return header;
}

int
rc_csv_find_column (GPtrArray  *header,
                    const char *name)
{
  for (guint i = 0; i < header->len; i++)
    {
      g_autofree char *cell = g_strstrip (g_strdup (g_ptr_array_index (header, i)));

      if (g_ascii_strcasecmp (cell, name) == 0)
        return i;
    }

  return -1;
}

char *
rc_csv_neutralise_cell (const char *text)
{
  if (text == NULL)
    return g_strdup ("");

  if (strchr ("=+-@\t\r", text[0]) != NULL && text[0] != '\0')
    return g_strconcat ("'", text, NULL);

  return g_strdup (text);
}

char *
rc_csv_quote_cell (const char *text)
{
  GString *out;

  if (text == NULL)
    return g_strdup ("");
  if (strpbrk (text, ",\"\r\n") == NULL)
    return g_strdup (text);

  out = g_string_new ("\"");
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');

  return g_string_free (out, FALSE);
}

char *
rc_csv_shorten (const char *text,
                guint       max_chars)
{
  g_autofree char *valid = NULL;
  GString *out;
  guint n = 0;

  g_return_val_if_fail (max_chars >= 2, NULL);

  if (text == NULL)
    return g_strdup ("");

  /* Most cells are short printable ASCII, which is as it would be shown:
   * a 100,000-line import quotes every reference. */
  for (const char *p = text; ; p++)
    {
      if (*p == '\0')
        return g_strdup (text);
      if (*p < 0x20 || *p > 0x7e || (guint) (p - text) >= max_chars - 1)
        break;
    }

  valid = g_utf8_make_valid (text, -1);
  out = g_string_new (NULL);
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (n == max_chars - 1 && *g_utf8_next_char (p) != '\0')
        {
          g_string_append (out, "…");
          break;
        }
      /* One line, so that a message stays one line of a terminal. */
      if (g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029)
        g_string_append_c (out, ' ');
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}
