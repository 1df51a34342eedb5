/* rc-record.h: what the domain records share
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RC_TYPE_RECORD (rc_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (RcRecord, rc_record, RC, RECORD, GObject)

/* A domain record (RcBid, RcTrainee…) is a plain struct of values and of
 * strings it owns. A copy has every value and its own copy of every
 * string; finalizing a record frees its strings. */
struct _RcRecordClass
{
  GObjectClass parent_class;

  /*< private >*/
  const glong *strings;
  guint        n_strings;
};

/* Names the strings (char *) a record type owns, by their offsets
 * (G_STRUCT_OFFSET) in its struct; @strings must outlive the class. */
void     rc_record_class_set_strings (RcRecordClass *klass,
                                      const glong   *strings,
                                      guint          n_strings);
gpointer rc_record_copy              (gpointer       record);

G_END_DECLS
