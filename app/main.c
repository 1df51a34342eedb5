/* main.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "rc-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RcApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* Numbers written to workbooks, SVG and CSV files take a decimal point
   * whatever the user's language: libxlsxwriter formats them with printf. */
  setlocale (LC_NUMERIC, "C");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = rc_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
