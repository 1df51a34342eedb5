/* rc-programme.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-programme.h"

G_DEFINE_FINAL_TYPE (RcProgramme, rc_programme, G_TYPE_OBJECT)

RcProgramme *
rc_programme_new (void)
{
  return g_object_new (RC_TYPE_PROGRAMME, NULL);
}

RcProgramme *
rc_programme_copy (RcProgramme *self)
{
  RcProgramme *copy;

  g_return_val_if_fail (RC_IS_PROGRAMME (self), NULL);

  copy = rc_programme_new ();
  copy->id = self->id;
  copy->code = g_strdup (self->code);
  copy->name = g_strdup (self->name);
  copy->kind = g_strdup (self->kind);
  copy->builtin = self->builtin;

  return copy;
}

static void
rc_programme_finalize (GObject *object)
{
  RcProgramme *self = RC_PROGRAMME (object);

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->kind, g_free);

  G_OBJECT_CLASS (rc_programme_parent_class)->finalize (object);
}

static void
rc_programme_class_init (RcProgrammeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_programme_finalize;
}

static void
rc_programme_init (RcProgramme *self)
{
}
