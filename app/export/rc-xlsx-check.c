/* rc-xlsx-check.c: reading back a written xlsx file, to know that it is
 * whole
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-export"

#include "config.h"

#include <string.h>
#include <zlib.h>

#include "rc-xlsx-check.h"

static guint32
read_le32 (const guint8 *bytes)
{
  return bytes[0] | bytes[1] << 8 | bytes[2] << 16 | (guint32) bytes[3] << 24;
}

static guint
read_le16 (const guint8 *bytes)
{
  return bytes[0] | bytes[1] << 8;
}

/* The tag an XML part must end with: "</worksheet>" for one that starts
 * "<?xml …?>" and then "<worksheet xmlns=…". */
static char *
closing_tag (const char *head,
             gsize       len)
{
  const char *p = head, *end = head + len, *name;

  if (len >= 5 && memcmp (p, "<?xml", 5) == 0)
    {
      p = memchr (p, '>', len);
      if (p == NULL)
        return NULL;
      p++;
    }
  while (p < end && g_ascii_isspace (*p))
    p++;
  if (p >= end || *p != '<')
    return NULL;
  name = ++p;
  while (p < end && !g_ascii_isspace (*p) && *p != '>' && *p != '/')
    p++;
  if (p >= end || p == name)
    return NULL;

  return g_strdup_printf ("</%.*s>", (int) (p - name), name);
}

/* Inflates one part of the zip: its size must be the directory's, and an
 * XML part must end by closing the element it opens. (Its CRC would say
 * nothing more: it was computed from what was cut short.) */
static gboolean
part_is_whole (const guint8 *data,
               gsize         compressed,
               gsize         size,
               guint         method,
               gboolean      xml)
{
  z_stream zs = { 0 };
  guint8 out[16384];
  char head[512], tail[64];
  gsize head_len = 0, tail_len = 0, total = 0;
  g_autofree char *tag = NULL;
  int rc;

  if (method != 8 || inflateInit2 (&zs, -MAX_WBITS) != Z_OK)
    return method == 0 && compressed == size && !xml;

  zs.next_in = (Bytef *) data;
  zs.avail_in = compressed;
  do
    {
      gsize n;

      zs.next_out = out;
      zs.avail_out = sizeof out;
      rc = inflate (&zs, Z_NO_FLUSH);
      n = sizeof out - zs.avail_out;
      total += n;

      if (head_len < sizeof head)
        {
          gsize take = MIN (n, sizeof head - head_len);

          memcpy (head + head_len, out, take);
          head_len += take;
        }
      if (n >= sizeof tail)
        {
          memcpy (tail, out + n - sizeof tail, sizeof tail);
          tail_len = sizeof tail;
        }
      else
        {
          gsize keep = MIN (tail_len, sizeof tail - n);

          memmove (tail, tail + tail_len - keep, keep);
          memcpy (tail + keep, out, n);
          tail_len = keep + n;
        }
    }
  while (rc == Z_OK);
  inflateEnd (&zs);

  if (rc != Z_STREAM_END || total != size)
    return FALSE;
  if (!xml)
    return TRUE;

  tag = closing_tag (head, head_len);
  while (tail_len > 0 && g_ascii_isspace (tail[tail_len - 1]))
    tail_len--;

  return tag != NULL && tail_len >= strlen (tag)
         && memcmp (tail + tail_len - strlen (tag), tag, strlen (tag)) == 0;
}

/* libxlsxwriter 1.1.4 does not check every write: a worksheet put together
 * in a temporary file, or the end of the zip file itself, can be cut short
 * by a full disk while the workbook still closes without an error
 * (tests/test-export-failures.c). So the file is read back: a whole zip
 * ends with its end-of-central-directory record, which must meet the
 * directory, and every part must be whole (zlib inflates them). */
gboolean
rc_xlsx_is_whole (const char *path)
{
  g_autofree char *contents = NULL;
  const guint8 *data, *end, *p;
  guint32 directory, directory_size;
  guint n_parts;
  gsize len;

  if (!g_file_get_contents (path, &contents, &len, NULL) || len < 22)
    return FALSE;
  data = (const guint8 *) contents;
  end = data + len - 22;
  if (read_le32 (end) != 0x06054b50)
    return FALSE;
  n_parts = read_le16 (end + 10);
  directory_size = read_le32 (end + 12);
  directory = read_le32 (end + 16);
  if ((gsize) directory + directory_size != len - 22)
    return FALSE;

  p = data + directory;
  for (guint i = 0; i < n_parts; i++)
    {
      const guint8 *local, *part;
      const char *name;
      guint name_len;
      guint32 offset, compressed;
      gboolean xml;

      if (p + 46 > end || read_le32 (p) != 0x02014b50)
        return FALSE;
      name = (const char *) p + 46;
      name_len = read_le16 (p + 28);
      compressed = read_le32 (p + 20);
      offset = read_le32 (p + 42);
      if ((const guint8 *) name + name_len > end || (gsize) offset + 30 > directory)
        return FALSE;

      local = data + offset;
      if (read_le32 (local) != 0x04034b50)
        return FALSE;
      part = local + 30 + read_le16 (local + 26) + read_le16 (local + 28);
      if (part + compressed > data + directory)
        return FALSE;

      xml = (name_len > 4 && memcmp (name + name_len - 4, ".xml", 4) == 0)
            || (name_len > 5 && memcmp (name + name_len - 5, ".rels", 5) == 0);
      if (!part_is_whole (part, compressed, read_le32 (p + 24), read_le16 (p + 10), xml))
        return FALSE;

      p = (const guint8 *) name + name_len + read_le16 (p + 30) + read_le16 (p + 32);
    }

  return TRUE;
}
