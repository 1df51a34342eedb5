/* rc-file-name.h: the names files are offered under
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @name made a file name that Windows, OneDrive and SharePoint accept:
 * none of : / \ * ? " < > | or control characters (a colon becomes " -",
 * the others "-"), no leading or trailing space or dot, no name Windows
 * keeps for devices (CON, NUL, COM1…), no "~$" at the start or "_vti_"
 * inside, and at most 150 bytes before the extension. The extension (from
 * the last dot) is kept. */
char *rc_file_name_make_safe (const char *name);

G_END_DECLS
