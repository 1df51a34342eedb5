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
  /* For the headless commands, which run before GTK starts. GTK sets the
   * user's locale again when it starts, so the window cannot rely on this:
   * the bid workbook is written under a thread's own C locale
   * (rc-bid-workbook.c), and CSV and chart files format their numbers
   * without the locale. The exit status is 0, 1 or 2 (rc-cli.h). */
  setlocale (LC_NUMERIC, "C");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = rc_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
