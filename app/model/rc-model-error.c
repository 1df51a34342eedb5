/* rc-model-error.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-model"

#include "config.h"

#include "rc-model-error.h"

G_DEFINE_QUARK (rc-model-error-quark, rc_model_error)
