/* rc-trainee-dialog-access.c: what tests and keyboard code ask of a
 * trainee dialog's form (its fields, messages and question), answered by
 * RcFormDialog
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include "rc-trainee-dialog.h"

