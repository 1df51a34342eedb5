/* rc-council.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-model"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-council.h"

G_DEFINE_FINAL_TYPE (RcCouncil, rc_council, RC_TYPE_RECORD)

RcCouncil *
rc_council_new (void)
{
  return g_object_new (RC_TYPE_COUNCIL, NULL);
}

RcCouncil *
rc_council_copy (RcCouncil *self)
{
  g_return_val_if_fail (RC_IS_COUNCIL (self), NULL);

  return rc_record_copy (self);
}

static void
rc_council_class_init (RcCouncilClass *klass)
{
  static const glong strings[] = {
    G_STRUCT_OFFSET (RcCouncil, gss_code),
    G_STRUCT_OFFSET (RcCouncil, name),
    G_STRUCT_OFFSET (RcCouncil, region_name),
    G_STRUCT_OFFSET (RcCouncil, kind),
    G_STRUCT_OFFSET (RcCouncil, active_from_on),
    G_STRUCT_OFFSET (RcCouncil, active_to_on),
  };

  rc_record_class_set_strings (RC_RECORD_CLASS (klass), strings, G_N_ELEMENTS (strings));
}

static void
rc_council_init (RcCouncil *self)
{
}

char *
rc_council_dup_formal_name (RcCouncil *self)
{
  g_return_val_if_fail (RC_IS_COUNCIL (self), NULL);

  /* Every English county (E10) is run by "<county> County Council"; the
   * reference data names it by its area alone. */
  if (g_strcmp0 (self->kind, "county") == 0)
    /* Translators: a county council and its ONS code: "Somerset County Council (E10000027)" */
    return g_strdup_printf (_("%s County Council (%s)"), self->name, self->gss_code);

  /* Translators: a council and its ONS code: "Somerset (E06000066)" */
  return g_strdup_printf (_("%s (%s)"), self->name, self->gss_code);
}
