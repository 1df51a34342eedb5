/* rc-xlsx-check.h: reading back a written xlsx file
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether the zip at @path is whole: its end-of-central-directory record
 * meets the directory, and every part inflates to the size the directory
 * gives, an XML part ending by closing the element it opens. */
gboolean rc_xlsx_is_whole (const char *path);

G_END_DECLS
