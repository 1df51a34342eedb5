/* rc-field-rules.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rc-csv.h"
#include "rc-field-rules.h"
#include "rc-model-error.h"

static void
finding_free (gpointer data)
{
  RcFinding *finding = data;

  g_free (finding->message);
  g_free (finding);
}

GPtrArray *
rc_findings_new (void)
{
  return g_ptr_array_new_with_free_func (finding_free);
}

void
rc_findings_add (GPtrArray         *findings,
                 const char        *field,
                 RcFindingSeverity  severity,
                 char              *message)
{
  RcFinding *finding;

  g_return_if_fail (findings != NULL);
  g_return_if_fail (field != NULL);
  g_return_if_fail (message != NULL);

  finding = g_new0 (RcFinding, 1);
  finding->field = field;
  finding->severity = severity;
  finding->message = message;
  g_ptr_array_add (findings, finding);
}

const RcFinding *
rc_findings_get (GPtrArray         *findings,
                 const char        *field,
                 RcFindingSeverity  severity)
{
  g_return_val_if_fail (findings != NULL, NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      const RcFinding *finding = g_ptr_array_index (findings, i);

      if (finding->severity == severity && (field == NULL || g_str_equal (finding->field, field)))
        return finding;
    }

  return NULL;
}

gboolean
rc_findings_has (GPtrArray         *findings,
                 RcFindingSeverity  severity)
{
  return rc_findings_get (findings, NULL, severity) != NULL;
}

char *
rc_findings_join (GPtrArray         *findings,
                  RcFindingSeverity  severity,
                  const char        *separator)
{
  GString *text = NULL;

  g_return_val_if_fail (findings != NULL, NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      const RcFinding *finding = g_ptr_array_index (findings, i);

      if (finding->severity != severity)
        continue;
      if (text == NULL)
        text = g_string_new (finding->message);
      else
        g_string_append_printf (text, "%s%s", separator, finding->message);
    }

  return text != NULL ? g_string_free (text, FALSE) : NULL;
}

gboolean
rc_findings_check (GPtrArray  *findings,
                   GError    **error)
{
  const RcFinding *finding;

  g_return_val_if_fail (findings != NULL, FALSE);

  finding = rc_findings_get (findings, NULL, RC_FINDING_ERROR);
  if (finding == NULL)
    return TRUE;

  g_set_error_literal (error, RC_MODEL_ERROR, RC_MODEL_ERROR_INVALID, finding->message);

  return FALSE;
}

void
rc_field_check_length (GPtrArray  *findings,
                       const char *field,
                       const char *text,
                       guint       limit)
{
  glong length;
  guint n;
  char *message;

  if (text == NULL)
    return;
  /* Bytes first: a character takes at least one, and most texts are short. */
  if (strlen (text) <= limit || (length = g_utf8_strlen (text, -1)) <= (glong) limit)
    return;

  n = (guint) MIN (length, G_MAXUINT);
  if (g_str_equal (field, "reference"))
    message = g_strdup_printf (_("A reference is at most %u characters; this one has %u"), limit, n);
  else if (g_str_equal (field, "given_name"))
    message = g_strdup_printf (_("A given name is at most %u characters; this one has %u"), limit, n);
  else if (g_str_equal (field, "family_name"))
    message = g_strdup_printf (_("A family name is at most %u characters; this one has %u"), limit, n);
  else if (g_str_equal (field, "email"))
    message = g_strdup_printf (_("An e-mail address is at most %u characters; this one has %u"), limit, n);
  else if (g_str_equal (field, "phone"))
    message = g_strdup_printf (_("A phone number is at most %u characters; this one has %u"), limit, n);
  else if (g_str_equal (field, "name"))
    message = g_strdup_printf (_("A name is at most %u characters; this one has %u"), limit, n);
  else if (g_str_equal (field, "description"))
    message = g_strdup_printf (_("A description is at most %u characters; this one has %u"), limit, n);
  else
    message = g_strdup_printf (_("A note is at most %u characters; this one has %u"), limit, n);

  rc_findings_add (findings, field, RC_FINDING_ERROR, message);
}

gboolean
rc_field_is_email (const char *text)
{
  const char *at;
  const char *dot;

  if (text == NULL)
    return FALSE;

  at = strchr (text, '@');
  if (at == NULL || at == text || strchr (at + 1, '@') != NULL)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isspace (*p) || *p == ',' || *p == ';' || *p == '<' || *p == '>')
      return FALSE;
  dot = strrchr (at + 1, '.');

  return dot != NULL && dot > at + 1 && dot[1] != '\0';
}

gboolean
rc_field_is_phone (const char *text)
{
  return text != NULL && text[strspn (text, "0123456789 +()-")] == '\0';
}

char *
rc_field_normalise_registration_number (const char *text)
{
  GString *out;
  gsize digits;

  if (text == NULL)
    return NULL;

  out = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, g_ascii_toupper (*p));

  digits = out->len > 2 ? strspn (out->str + 2, "0123456789") : 0;
  if (!g_str_has_prefix (out->str, "SW") || digits == 0 || digits > RC_LIMIT_REGISTRATION_DIGITS
      || out->str[2 + digits] != '\0')
    {
      g_string_free (out, TRUE);
      return NULL;
    }

  return g_string_free (out, FALSE);
}

static gboolean
is_particle (const char *word)
{
  static const char * const particles[] = {
    "van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "des", "le", "la",
    "ter", "ten", "dos", "das", "do", "bin", "binti", "bint", "ibn", "al", "el", "mac", "ap",
  };

  for (guint i = 0; i < G_N_ELEMENTS (particles); i++)
    if (g_str_equal (word, particles[i]))
      return TRUE;

  return FALSE;
}

gboolean
rc_field_split_full_name (const char  *text,
                          char       **given,
                          char       **family)
{
  g_autofree char *name = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  const char *comma;
  guint first_family;

  g_return_val_if_fail (given != NULL && family != NULL, FALSE);

  name = g_strstrip (g_strdup (text != NULL ? text : ""));
  comma = strchr (name, ',');
  if (comma != NULL)
    {
      g_autofree char *before = g_strstrip (g_strndup (name, comma - name));
      g_autofree char *after = g_strstrip (g_strdup (comma + 1));

      if (*before == '\0' || *after == '\0' || strchr (after, ',') != NULL)
        return FALSE;
      *family = g_steal_pointer (&before);
      *given = g_steal_pointer (&after);
      return TRUE;
    }

  /* Words apart, however many spaces or tabs between them. */
  words = g_strsplit_set (name, " \t", -1);
  kept = g_ptr_array_new ();
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_ptr_array_add (kept, words[i]);
  if (kept->len < 2)
    return FALSE;

  first_family = kept->len - 1;
  while (first_family > 1 && is_particle (g_ptr_array_index (kept, first_family - 1)))
    first_family--;

  g_ptr_array_add (kept, NULL);
  *family = g_strjoinv (" ", (char **) kept->pdata + first_family);
  kept->pdata[first_family] = NULL;
  *given = g_strjoinv (" ", (char **) kept->pdata);

  return TRUE;
}

char *
rc_field_quote (const char *text,
                guint       max_chars)
{
  g_autofree char *shown = rc_csv_shorten (text, MAX (max_chars, 2));

  return g_strdup_printf ("“%s”", shown);
}

void
rc_field_today (GDate *today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (today, 1);
  g_date_set_dmy (today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now),
                  (GDateYear) g_date_time_get_year (now));
}
