/* rc-model-error.h: the error domain of the domain model
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RC_MODEL_ERROR (rc_model_error_quark ())

typedef enum
{
  RC_MODEL_ERROR_INVALID,  /* text that is not what was asked for, a move the pipeline forbids */
  RC_MODEL_ERROR_RANGE,    /* a negative value, or one too large to hold */
} RcModelError;

GQuark rc_model_error_quark (void);

G_END_DECLS
