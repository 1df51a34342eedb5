/* rc-file-chooser.h: the one way the program asks for a file
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RC_TYPE_FILE_CHOOSER (rc_file_chooser_get_type ())

G_DECLARE_FINAL_TYPE (RcFileChooser, rc_file_chooser, RC, FILE_CHOOSER, GObject)

/* What the user chose: @file is NULL when they cancelled. @owner is the
 * widget that asked, not destroyed (or NULL, if shown without one). */
typedef void (*RcFileChosenFunc) (GtkWidget     *owner,
                                  GFile         *file,
                                  RcFileChooser *chooser);
/* The user picked another filter (@filter_id) while the dialog is open;
 * the callback may rename the file with rc_file_chooser_set_name(). */
typedef void (*RcFileFilterFunc) (GtkWidget     *owner,
                                  int            filter_id,
                                  RcFileChooser *chooser);

/* A file to read, or a name to write to (@name suggested). */
RcFileChooser *rc_file_chooser_new_open          (const char       *title,
                                                  const char       *accept_label);
RcFileChooser *rc_file_chooser_new_save          (const char       *title,
                                                  const char       *accept_label,
                                                  const char       *name);

/* A filter of files ending in .@suffix (and of @mime_type, if not
 * NULL), named @name, known by @id (>= 0); @initial: chosen at first. */
void           rc_file_chooser_add_filter        (RcFileChooser    *self,
                                                  const char       *name,
                                                  const char       *suffix,
                                                  const char       *mime_type,
                                                  int               id,
                                                  gboolean          initial);
/* A choice shown beside the files (@ids and @labels NULL-terminated). */
void           rc_file_chooser_add_choice        (RcFileChooser    *self,
                                                  const char       *id,
                                                  const char       *label,
                                                  const char      **ids,
                                                  const char      **labels,
                                                  const char       *selected);
/* Asks @func whenever the user picks a filter, where the dialog can say
 * so at once (not through the sandbox's portal, which says at the end). */
void           rc_file_chooser_follow_filter     (RcFileChooser    *self,
                                                  RcFileFilterFunc  func);

/* Shows the dialog, modal for @owner's window (@owner may be NULL).
 * @func runs once, when the user answers; if @owner is destroyed first,
 * the dialog closes and @func does not run. The chooser keeps itself
 * until then. */
void           rc_file_chooser_show              (RcFileChooser    *self,
                                                  GtkWidget        *owner,
                                                  RcFileChosenFunc  func);
/* Closes the dialog without an answer. */
void           rc_file_chooser_close             (RcFileChooser    *self);

/* While open or in @func: the chosen filter's id (-1: none of ours),
 * whether it is another than the initial one, the chosen value of a
 * choice, and the name typed. */
int            rc_file_chooser_get_filter_id     (RcFileChooser    *self);
gboolean       rc_file_chooser_get_filter_changed (RcFileChooser   *self);
const char    *rc_file_chooser_get_choice        (RcFileChooser    *self,
                                                  const char       *id);
char          *rc_file_chooser_dup_name          (RcFileChooser    *self);
void           rc_file_chooser_set_name          (RcFileChooser    *self,
                                                  const char       *name);

G_END_DECLS
