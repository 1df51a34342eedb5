/* rc-view-util.h: what the views share: parsing, dates
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "store/rc-store.h"

G_BEGIN_DECLS

/* A whole number from @min to @max, digits only, spaces around ignored. */
gboolean  rc_view_parse_count (const char  *text,
                               gint64       min,
                               gint64       max,
                               gint64      *out);
gboolean  rc_view_is_blank    (const char  *text);
/* @text stripped, or NULL when it is blank. */
char     *rc_view_dup_text    (const char  *text);
/* A label for a cell of a list or column view: a number (@numeric)
 * right-aligned in tabular figures, a text left-aligned; @width_chars > 0
 * gives it that width and cuts a longer text at its end. */
GtkWidget *rc_view_cell_label_new (gboolean     numeric,
                                   int          width_chars);
/* For a class_init: binds the template children named @names, @n of
 * them, to an array of widget pointers at @offset in the instance (the
 * field rows of a form, say). */
void      rc_view_class_bind_children (GtkWidgetClass     *widget_class,
                                       const char * const *names,
                                       guint               n,
                                       gssize              offset);
/* Replaces *@field, @owner's store, with @store (NULL: none), moving
 * @owner's handlers from the old store and connecting @on_changed, when
 * given, to the new one's "changed" (swapped: @owner comes first). */
void      rc_view_set_store   (gpointer     owner,
                               RcStore    **field,
                               RcStore     *store,
                               GCallback    on_changed);
/* Shows @toast, which it takes, in the window that holds @widget; drops
 * it when there is none (a widget alone, as in a test). */
void      rc_view_add_toast   (GtkWidget   *widget,
                               AdwToast    *toast);

/* For the answer of work that may come after the widget that started it
 * has gone: a weak reference to @widget, which rc_view_weak_take() turns
 * back into @widget, with a reference, or NULL when it has gone; the
 * reference itself is freed then. */
GWeakRef *rc_view_weak_new    (gpointer     widget);
gpointer  rc_view_weak_take   (GWeakRef    *weak);

/* Years out of practice from two ISO dates, as rc_returner_years_out()
 * counts them; -1 when one is missing or wrong. */
double    rc_view_years_out          (const char  *left_practice_on,
                                      const char  *applied_on);
/* "1.4": one decimal, always a '.', as the rest of the program shows them;
 * "—" when not known. */
char     *rc_view_format_years       (double       years);
/* "Social Work England" for "swe", "HCPC" for "hcpc", NULL otherwise. */
const char *rc_view_regulator_name   (const char  *registered_with);
/* "SW118237 (HCPC)", "Social Work England", or "—" when neither is known. */
char     *rc_view_registration_text  (const char  *number,
                                      const char  *registered_with);

/* Fills @dropdown with @all_label (id 0) and the names of @items (may be
 * NULL; regions or consortia), keeping the id chosen before; @ids becomes
 * position -> id. */
void        rc_view_fill_id_dropdown (GtkDropDown *dropdown,
                                      GArray      *ids,
                                      const char  *all_label,
                                      GListModel  *items);
/* The id chosen in such a @dropdown, 0 for @all_label or none. */
gint64      rc_view_get_chosen_id    (GtkDropDown *dropdown,
                                      GArray      *ids);

/* Gives @widget the tooltip @text (NULL: none), asked for only when the
 * tooltip is about to show: gtk_widget_set_tooltip_text() asks the X
 * server where the pointer is every time, and a list that sets one on
 * each of its 200 rows waits for 200 answers. Screen readers have @text
 * as the widget's description, as they would a tooltip's. */
void        rc_view_set_tooltip      (GtkWidget   *widget,
                                      const char  *text);

/* For a dropdown of GtkStringObjects whose texts can be long: the button
 * shortens the chosen text to about @max_chars characters (the whole of it
 * in a tooltip), the popup shows every text whole, wrapped. */
void        rc_view_shorten_dropdown (GtkDropDown *dropdown,
                                      int          max_chars);

G_END_DECLS
