/* rc-programme.h
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rc-record.h"

G_BEGIN_DECLS

#define RC_TYPE_PROGRAMME (rc_programme_get_type ())

G_DECLARE_FINAL_TYPE (RcProgramme, rc_programme, RC, PROGRAMME, RcRecord)

/* A national scheme that cohorts belong to.
 * A plain record: the store fills it, views read it, and a view hands a
 * changed copy back to the store to save. An id of 0 means "not saved yet". */
struct _RcProgramme
{
  RcRecord parent_instance;

  gint64    id;
  char     *code;  /* stable key: "step_up", "return", … */
  char     *name;
  char     *kind;  /* "trainee", "returner", "early_career" or "development" */
  gboolean  builtin;
};

RcProgramme *rc_programme_new  (void);
RcProgramme *rc_programme_copy (RcProgramme *self);

G_END_DECLS
