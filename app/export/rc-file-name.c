/* rc-file-name.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-export"

#include "config.h"

#include <string.h>

#include "rc-file-name.h"

#define MAX_SAFE_STEM 150

static gboolean
is_device_name (const char *stem)
{
  static const char *devices[] = { "CON", "PRN", "AUX", "NUL" };
  gsize len = strcspn (stem, ".");

  for (guint i = 0; i < G_N_ELEMENTS (devices); i++)
    if (len == 3 && g_ascii_strncasecmp (stem, devices[i], 3) == 0)
      return TRUE;

  /* COM0–COM9 and LPT0–LPT9. */
  return len == 4 && (g_ascii_strncasecmp (stem, "COM", 3) == 0 || g_ascii_strncasecmp (stem, "LPT", 3) == 0)
         && g_ascii_isdigit (stem[3]);
}

static void
trim_spaces_and_dots (GString *s)
{
  gsize start = 0;

  while (s->len > 0 && (s->str[s->len - 1] == ' ' || s->str[s->len - 1] == '.'))
    g_string_truncate (s, s->len - 1);
  while (start < s->len && (s->str[start] == ' ' || s->str[start] == '.'))
    start++;
  g_string_erase (s, 0, start);
}

char *
rc_file_name_make_safe (const char *name)
{
  g_autofree char *valid = NULL;
  g_autoptr(GString) stem = g_string_new (NULL);
  const char *dot;
  const char *ext = NULL;
  const char *end;
  char *vti;

  g_return_val_if_fail (name != NULL, NULL);

  valid = g_utf8_make_valid (name, -1);
  end = valid + strlen (valid);

  /* A short run of letters and digits after the last dot is an extension. */
  dot = strrchr (valid, '.');
  if (dot != NULL && dot != valid && dot[1] != '\0' && strlen (dot + 1) <= 8)
    {
      ext = dot + 1;
      for (const char *p = ext; *p != '\0'; p++)
        if (!g_ascii_isalnum (*p))
          ext = NULL;
      if (ext != NULL)
        end = dot;
    }

  for (const char *p = valid; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ':')
        g_string_append (stem, " -");
      else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || strchr ("/\\*?\"<>|", (int) c) != NULL)
        g_string_append_c (stem, c == '\t' || c == '\n' || c == '\r' ? ' ' : '-');
      else
        g_string_append_len (stem, p, g_utf8_next_char (p) - p);
    }

  /* "Work : x" and runs of spaces read as one space. */
  for (gsize i = 0; i + 1 < stem->len;)
    if (stem->str[i] == ' ' && stem->str[i + 1] == ' ')
      g_string_erase (stem, i, 1);
    else
      i++;
  trim_spaces_and_dots (stem);

  if (stem->len > MAX_SAFE_STEM)
    {
      const char *cut = g_utf8_find_prev_char (stem->str, stem->str + MAX_SAFE_STEM + 1);

      g_string_truncate (stem, cut != NULL ? (gsize) (cut - stem->str) : MAX_SAFE_STEM);
      trim_spaces_and_dots (stem);
    }

  /* SharePoint refuses "~$" at the start (Office's lock files) and
   * "_vti_" anywhere. */
  if (g_str_has_prefix (stem->str, "~$"))
    stem->str[0] = '-';
  while ((vti = strstr (stem->str, "_vti_")) != NULL)
    vti[0] = vti[4] = '-';

  if (stem->len == 0)
    g_string_assign (stem, "export");
  if (is_device_name (stem->str))
    g_string_append (stem, "-file");

  if (ext != NULL)
    return g_strconcat (stem->str, ".", ext, NULL);

  return g_strdup (stem->str);
}
