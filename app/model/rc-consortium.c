/* rc-consortium.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-consortium.h"

G_DEFINE_FINAL_TYPE (RcConsortium, rc_consortium, G_TYPE_OBJECT)

RcConsortium *
rc_consortium_new (void)
{
  return g_object_new (RC_TYPE_CONSORTIUM, NULL);
}

RcConsortium *
rc_consortium_copy (RcConsortium *self)
{
  RcConsortium *copy;

  g_return_val_if_fail (RC_IS_CONSORTIUM (self), NULL);

  copy = rc_consortium_new ();
  copy->id = self->id;
  copy->name = g_strdup (self->name);
  copy->lead_council_id = self->lead_council_id;
  copy->lead_council_name = g_strdup (self->lead_council_name);
  copy->notes = g_strdup (self->notes);

  return copy;
}

static void
rc_consortium_finalize (GObject *object)
{
  RcConsortium *self = RC_CONSORTIUM (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->lead_council_name, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (rc_consortium_parent_class)->finalize (object);
}

static void
rc_consortium_class_init (RcConsortiumClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_consortium_finalize;
}

static void
rc_consortium_init (RcConsortium *self)
{
}
