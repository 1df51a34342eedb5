/* rc-xlsx-private.h: what the workbooks the app writes share
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-xlsx-check.h"

#include <locale.h>

#include <glib.h>

G_BEGIN_DECLS

/* The C locale, for the thread that writes a workbook's numbers: they go
 * into the XML by printf, which follows LC_NUMERIC. */
locale_t rc_xlsx_c_locale (void);

G_END_DECLS
