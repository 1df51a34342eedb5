/* rc-test-util.h: shared set-up for the test programs
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Points HOME and XDG_*_HOME at a new temporary directory and uses the
 * memory GSettings backend, so a test never touches the user's files. */
const char *rc_test_init_environment (int    *argc,
                                      char ***argv);
/* The same, then initialises GTK and libadwaita for widget tests. */
void        rc_test_init_gtk         (int    *argc,
                                      char ***argv);
const char *rc_test_get_tmpdir       (void);

/* Runs the main loop until @condition returns TRUE or @timeout_ms passes. */
gboolean    rc_test_wait_for         (gboolean (*condition) (gpointer),
                                      gpointer  data,
                                      guint     timeout_ms);
/* Waits until @widget is shown with a size, what its window's workers
 * were reading has arrived (rc_test_wait_for_loaded()), and the window has
 * painted a frame begun after that: what is on screen then shows what was
 * done before it, however slow the machine. Fails the test after 20 s. */
void        rc_test_wait_for_frame   (gpointer  widget);
/* Waits until @leaflet (an AdwLeaflet) shows @name, its transition over,
 * and that is painted. */
void        rc_test_wait_for_leaflet (gpointer    leaflet,
                                      const char *name);
/* Waits until @stack (a GtkStack) has finished its transition, and that
 * is painted. */
void        rc_test_wait_for_stack   (gpointer  stack);
/* Waits until neither @widget nor a widget in it (a page, a cohort's
 * detail, a retention table on screen) is reading its database in a
 * worker, or is about to: what they show is then what the database
 * holds. Fails the test after 20 s. */
void        rc_test_wait_for_loaded  (gpointer  widget);
/* Whether @action ("councils.import") is enabled for @widget, as the
 * button or menu item that offers it would show it. */
gboolean    rc_test_action_is_enabled (gpointer    widget,
                                       const char *action);
/* Waits until the pointer @weak_pointer watches is NULL (its object was
 * finalized). */
void        rc_test_wait_for_null    (gpointer *weak_pointer);
/* A frame painted on every window shown, then @ms more of the main loop.
 * Prefer waiting for what the test needs: the calls above. */
void        rc_test_flush            (guint     ms);
/* The first descendant of @root (depth first) of @type, or NULL. */
GtkWidget  *rc_test_find_widget      (GtkWidget  *root,
                                      GType       type);
/* The same, among those with the style class @css_class. */
GtkWidget  *rc_test_find_widget_with_class (GtkWidget  *root,
                                            GType       type,
                                            const char *css_class);
/* The template child @name of @widget, as the template of @type (the
 * class that binds it) names it; fails the test when there is none.
 * Tests reach a widget's parts this way, not through getters that only
 * tests would call. */
gpointer    rc_test_child            (gpointer    widget,
                                      GType       type,
                                      const char *name);
/* How many rows @list_box (a GtkListBox) shows. */
guint       rc_test_count_rows       (gpointer    list_box);
/* The "Save Changes?" question open over @parent (rc_unsaved_ask()), or
 * NULL. */
GtkWidget  *rc_test_get_question     (gpointer    parent);
/* Answers the question open over @parent with @response ("save",
 * "discard" or "cancel") as a click on its button would, and lets what it
 * does happen. Fails the test when no question is open. */
void        rc_test_answer_question  (gpointer    parent,
                                      const char *response);
/* Renders @widget as it is on screen and saves it as a PNG, after a frame
 * has been painted (rc_test_wait_for_frame()): a busy machine may not
 * have drawn it yet when this is called. */
gboolean    rc_test_save_widget_png  (GtkWidget  *widget,
                                      const char *path);

/* Damages @path as a failing disk can: the index trainee_host loses every
 * other row, so PRAGMA integrity_check reports "row N missing from index
 * trainee_host" while quick_check still says "ok". With @pad_megabytes,
 * first pads the file with a table of that many megabytes. */
void        rc_test_damage_index     (const char *path,
                                      guint       pad_megabytes);
/* Writes @path (a new file) as the program at schema @version saved it:
 * the first @version migration scripts, then every row of @source (a
 * database at the latest version) copied in with its id. */
void        rc_test_copy_at_version  (const char *source,
                                      const char *path,
                                      int         version);
/* SHA-256 of the file's bytes, and of its -wal's if it has one. */
char       *rc_test_hash_file        (const char *path);
/* Runs $RC_EXECUTABLE with @args (NULL-terminated) and returns its exit
 * status; what it prints goes to @out and @err, or is dropped where they
 * are NULL: never to the test's own stdout, which is TAP. */
int         rc_test_run_app          (const char * const *args,
                                      char              **out,
                                      char              **err);
/* Member @member of the zip (xlsx) file @path, as `unzip -p` gives it, or "". */
char       *rc_test_unzip_member     (const char *path,
                                      const char *member);
/* The file chooser on screen, or NULL. A GtkFileChooserNative shows GTK's
 * own dialog where there is no portal, as here, so an export is driven
 * through the code a user's click runs. */
GtkFileChooser *rc_test_find_file_chooser   (void);
/* The same, waiting up to 5 s for it to be shown. */
GtkFileChooser *rc_test_wait_for_file_chooser (void);
/* Answers @chooser as a user would: in @folder, as @name (NULL keeps the
 * name it proposes), then Accept; waits until it has closed. */
gboolean        rc_test_answer_file_chooser (GtkFileChooser *chooser,
                                             const char     *folder,
                                             const char     *name);
/* @chooser's filter called @name, or NULL. */
GtkFileFilter  *rc_test_find_file_filter    (GtkFileChooser *chooser,
                                             const char     *name);

G_END_DECLS
