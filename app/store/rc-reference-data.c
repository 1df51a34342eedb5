/* rc-reference-data.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-store"

#include "config.h"

#include <glib/gi18n.h>

#include "model/rc-csv.h"
#include "rc-reference-data.h"
#include "rc-store-private.h"

typedef gboolean (*RowFunc) (RcStore    *self,
                             GPtrArray  *header,
                             GPtrArray  *row,
                             GError    **error);

static const char *
cell (GPtrArray  *header,
      GPtrArray  *row,
      const char *name)
{
  int column = rc_csv_find_column (header, name);

  g_assert (column >= 0);
  if ((guint) column >= row->len)
    return NULL;

  return g_ptr_array_index (row, column);
}

static const char *
cell_or_null (GPtrArray  *header,
              GPtrArray  *row,
              const char *name)
{
  const char *text = cell (header, row, name);

  return text != NULL && *text != '\0' ? text : NULL;
}

static gboolean
insert_region (RcStore    *self,
               GPtrArray  *header,
               GPtrArray  *row,
               GError    **error)
{
  RcStatement *stmt = rc_store_prepare (self,
                                         "INSERT INTO region (gss_code, name) VALUES (?1, ?2)",
                                         error);
  if (stmt == NULL)
    return FALSE;

  rc_bind_text (stmt, 1, cell (header, row, "gss_code"));
  rc_bind_text (stmt, 2, cell (header, row, "name"));

  return rc_store_step_done (self, stmt, error);
}

static gboolean
insert_council (RcStore    *self,
                GPtrArray  *header,
                GPtrArray  *row,
                GError    **error)
{
  const char *la_number = cell_or_null (header, row, "la_number");
  RcStatement *stmt = rc_store_prepare (self,
                                         "INSERT INTO council (gss_code, la_number, name, region_id, kind, "
                                         "                     active_from_on, active_to_on) "
                                         "VALUES (?1, ?2, ?3, (SELECT id FROM region WHERE gss_code = ?4), "
                                         "        ?5, ?6, ?7)",
                                         error);
  if (stmt == NULL)
    return FALSE;

  rc_bind_text (stmt, 1, cell (header, row, "gss_code"));
  if (la_number != NULL)
    rc_bind_int (stmt, 2, g_ascii_strtoll (la_number, NULL, 10));
  rc_bind_text (stmt, 3, cell (header, row, "name"));
  rc_bind_text (stmt, 4, cell (header, row, "region_code"));
  rc_bind_text (stmt, 5, cell (header, row, "type"));
  rc_bind_text (stmt, 6, cell_or_null (header, row, "active_from"));
  rc_bind_text (stmt, 7, cell_or_null (header, row, "active_to"));

  return rc_store_step_done (self, stmt, error);
}

/* Successors come later in the file than some of their predecessors. */
static gboolean
link_successor (RcStore    *self,
                GPtrArray  *header,
                GPtrArray  *row,
                GError    **error)
{
  const char *successor = cell_or_null (header, row, "successor_gss_code");
  RcStatement *stmt;

  if (successor == NULL)
    return TRUE;

  stmt = rc_store_prepare (self,
                           "UPDATE council SET successor_id = (SELECT id FROM council WHERE gss_code = ?2) "
                           "WHERE gss_code = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;

  rc_bind_text (stmt, 1, cell (header, row, "gss_code"));
  rc_bind_text (stmt, 2, successor);

  return rc_store_step_done (self, stmt, error);
}

static gboolean
load_csv (RcStore     *self,
          const char  *name,
          RowFunc      func,
          GError     **error)
{
  g_autofree char *path = g_strconcat (RESOURCE_PATH "/data/", name, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RcCsvReader) reader = NULL;
  g_autoptr(GPtrArray) header = NULL;
  g_autoptr(GError) local_error = NULL;
  GPtrArray *fields;
  gsize length;
  const char *data;

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  reader = rc_csv_reader_new (data, length);
  header = rc_csv_reader_read_header (reader, RC_STORE_ERROR, RC_STORE_ERROR_FAILED, error);
  if (header == NULL)
    return FALSE;

  while (rc_csv_reader_next (reader, &fields, &local_error))
    {
      if (!func (self, header, fields, error))
        {
          g_prefix_error (error, "%s, line %u: ", name, rc_csv_reader_get_line (reader));
          return FALSE;
        }
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

gboolean
rc_reference_data_load (RcStore  *self,
                        GError  **error)
{
  return load_csv (self, "regions.csv", insert_region, error)
         && load_csv (self, "councils.csv", insert_council, error)
         && load_csv (self, "councils.csv", link_successor, error);
}
