/* rc-council.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-model"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-council.h"

G_DEFINE_FINAL_TYPE (RcCouncil, rc_council, G_TYPE_OBJECT)

RcCouncil *
rc_council_new (void)
{
  return g_object_new (RC_TYPE_COUNCIL, NULL);
}

RcCouncil *
rc_council_copy (RcCouncil *self)
{
  RcCouncil *copy;

  g_return_val_if_fail (RC_IS_COUNCIL (self), NULL);

  copy = rc_council_new ();
  copy->id = self->id;
  copy->gss_code = g_strdup (self->gss_code);
  copy->la_number = self->la_number;
  copy->name = g_strdup (self->name);
  copy->region_id = self->region_id;
  copy->region_name = g_strdup (self->region_name);
  copy->kind = g_strdup (self->kind);
  copy->active_from_on = g_strdup (self->active_from_on);
  copy->active_to_on = g_strdup (self->active_to_on);
  copy->successor_id = self->successor_id;
  copy->predecessor_id = self->predecessor_id;

  return copy;
}

static void
rc_council_finalize (GObject *object)
{
  RcCouncil *self = RC_COUNCIL (object);

  g_clear_pointer (&self->gss_code, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->region_name, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->active_from_on, g_free);
  g_clear_pointer (&self->active_to_on, g_free);

  G_OBJECT_CLASS (rc_council_parent_class)->finalize (object);
}

static void
rc_council_class_init (RcCouncilClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_council_finalize;
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
