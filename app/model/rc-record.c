/* rc-record.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rc-record.h"

G_DEFINE_ABSTRACT_TYPE (RcRecord, rc_record, G_TYPE_OBJECT)

void
rc_record_class_set_strings (RcRecordClass *klass,
                             const glong   *strings,
                             guint          n_strings)
{
  g_return_if_fail (RC_IS_RECORD_CLASS (klass));

  klass->strings = strings;
  klass->n_strings = n_strings;
}

gpointer
rc_record_copy (gpointer record)
{
  RcRecordClass *klass;
  GTypeQuery query;
  RcRecord *copy;

  g_return_val_if_fail (RC_IS_RECORD (record), NULL);

  klass = RC_RECORD_GET_CLASS (record);
  g_type_query (G_OBJECT_TYPE (record), &query);
  copy = g_object_new (G_OBJECT_TYPE (record), NULL);

  /* Every value as it is, then every string a copy of its own. */
  memcpy ((char *) copy + sizeof (RcRecord), (char *) record + sizeof (RcRecord),
          query.instance_size - sizeof (RcRecord));
  for (guint i = 0; i < klass->n_strings; i++)
    {
      char **string = &G_STRUCT_MEMBER (char *, copy, klass->strings[i]);

      *string = g_strdup (*string);
    }

  return copy;
}

static void
rc_record_finalize (GObject *object)
{
  RcRecordClass *klass = RC_RECORD_GET_CLASS (object);

  for (guint i = 0; i < klass->n_strings; i++)
    g_clear_pointer (&G_STRUCT_MEMBER (char *, object, klass->strings[i]), g_free);

  G_OBJECT_CLASS (rc_record_parent_class)->finalize (object);
}

static void
rc_record_class_init (RcRecordClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_record_finalize;
}

static void
rc_record_init (RcRecord *self)
{
}
