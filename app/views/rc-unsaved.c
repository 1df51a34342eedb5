/* rc-unsaved.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rc-unsaved.h"

#define QUESTION_KEY "rc-unsaved-question"
#define GUARD_KEY    "rc-unsaved-guard"
#define PART_KEY     "rc-unsaved-part"

typedef struct {
  GWeakRef           owner;
  GWeakRef           parent;
  RcUnsavedCallback  callback;
} Request;

static void
request_free (gpointer  data,
              GClosure *closure)
{
  Request *request = data;

  g_weak_ref_clear (&request->owner);
  g_weak_ref_clear (&request->parent);
  g_free (request);
}

typedef struct {
  GWeakRef           owner;
  RcUnsavedCallback  callback;
  RcUnsavedAnswer    answer;
} Answer;

static void
answer_free (gpointer data)
{
  Answer *answer = data;

  g_weak_ref_clear (&answer->owner);
  g_free (answer);
}

static gboolean
deliver_answer (gpointer data)
{
  Answer *answer = data;
  g_autoptr(GObject) owner = g_weak_ref_get (&answer->owner);

  if (owner != NULL)
    answer->callback (owner, answer->answer);

  return G_SOURCE_REMOVE;
}

/* The answer is acted on once the question has closed: acting may close
 * the window the question belongs to, which GTK 4.8 does not survive
 * while the question is still answering. */
static void
on_question_response (AdwMessageDialog *question,
                      const char       *response,
                      Request          *request)
{
  g_autoptr(GObject) owner = g_weak_ref_get (&request->owner);
  Answer *answer;

  if (owner == NULL)
    return;

  answer = g_new0 (Answer, 1);
  g_weak_ref_init (&answer->owner, owner);
  answer->callback = request->callback;
  answer->answer = g_str_equal (response, "discard") ? RC_UNSAVED_DISCARD
                   : g_str_equal (response, "save") ? RC_UNSAVED_SAVE : RC_UNSAVED_STAY;
  g_idle_add_full (G_PRIORITY_HIGH, deliver_answer, answer, answer_free);
}

GtkWidget *
rc_unsaved_get_question (GtkWindow *parent)
{
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  return g_object_get_data (G_OBJECT (parent), QUESTION_KEY);
}

static void
on_question_destroy (GtkWidget *question,
                     Request   *request)
{
  g_autoptr(GObject) parent = g_weak_ref_get (&request->parent);

  if (parent != NULL && g_object_get_data (parent, QUESTION_KEY) == (gpointer) question)
    g_object_set_data (parent, QUESTION_KEY, NULL);
}

GtkWidget *
rc_unsaved_ask (GtkWindow         *parent,
                const char        *body,
                gboolean           can_save,
                GObject           *owner,
                RcUnsavedCallback  callback)
{
  AdwMessageDialog *question;
  Request *request;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_OBJECT (owner), NULL);
  g_return_val_if_fail (callback != NULL, NULL);

  if ((question = g_object_get_data (G_OBJECT (parent), QUESTION_KEY)) != NULL)
    {
      gtk_window_present (GTK_WINDOW (question));
      return GTK_WIDGET (question);
    }

  if (can_save)
    question = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Save Changes?"), body));
  else
    {
      /* Save is greyed: say why, or the user is left guessing. */
      g_autofree char *why = g_strdup_printf ("%s\n%s", body,
                                              _("Some fields need correcting before they can be saved. "
                                                "Choose Cancel to see what each one needs."));

      question = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Save Changes?"), why));
    }
  adw_message_dialog_add_responses (question,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (question, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (question, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (question, "save", can_save);
  adw_message_dialog_set_default_response (question, can_save ? "save" : "cancel");
  adw_message_dialog_set_close_response (question, "cancel");

  gtk_window_set_destroy_with_parent (GTK_WINDOW (question), TRUE);

  request = g_new0 (Request, 1);
  g_weak_ref_init (&request->owner, owner);
  g_weak_ref_init (&request->parent, parent);
  request->callback = callback;
  g_signal_connect_data (question, "response", G_CALLBACK (on_question_response), request, request_free, 0);
  /* Remembered on the parent while it is open, so that a second request
   * does not stack a second question on it. */
  g_signal_connect (question, "destroy", G_CALLBACK (on_question_destroy), request);
  g_object_set_data (G_OBJECT (parent), QUESTION_KEY, question);
  gtk_window_present (GTK_WINDOW (question));

  return GTK_WIDGET (question);
}

/* The dialog guard */

typedef struct {
  char     *save_action;
  char     *fingerprint;   /* of the fields as saved */
  gboolean  saved;
  gboolean  closing;
} Guard;

static void
guard_free (gpointer data)
{
  Guard *guard = data;

  g_free (guard->save_action);
  g_free (guard->fingerprint);
  g_free (guard);
}

static Guard *
get_guard (GtkWindow *dialog)
{
  return g_object_get_data (G_OBJECT (dialog), GUARD_KEY);
}

/* What the user can change, in the order of the widgets. A drop-down's
 * own search entry is not something to save. */
static void
add_fingerprint (GtkWidget *widget,
                 GString   *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SEARCH_ENTRY (child))
        continue;

      if (g_object_get_data (G_OBJECT (child), PART_KEY) != NULL)
        {
          /* A part saved on its own: fenced, so that saving it re-bases
           * only its own fields. */
          g_string_append_printf (out, "\x1e%p\n", (gpointer) child);
          add_fingerprint (child, out);
          g_string_append_printf (out, "\x1f%p\n", (gpointer) child);
          continue;
        }

      if (GTK_IS_TEXT (child))
        g_string_append_printf (out, "t:%s\n", gtk_editable_get_text (GTK_EDITABLE (child)));
      else if (GTK_IS_TEXT_VIEW (child))
        {
          GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (child));
          GtkTextIter start, end;
          g_autofree char *text = NULL;

          gtk_text_buffer_get_bounds (buffer, &start, &end);
          text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
          g_string_append_printf (out, "v:%s\n", text);
        }
      else if (ADW_IS_COMBO_ROW (child))
        g_string_append_printf (out, "c:%u\n", adw_combo_row_get_selected (ADW_COMBO_ROW (child)));
      else if (GTK_IS_DROP_DOWN (child))
        g_string_append_printf (out, "d:%u\n", gtk_drop_down_get_selected (GTK_DROP_DOWN (child)));
      else if (GTK_IS_SWITCH (child))
        g_string_append_printf (out, "s:%d\n", gtk_switch_get_active (GTK_SWITCH (child)));
      else if (GTK_IS_CHECK_BUTTON (child))
        g_string_append_printf (out, "k:%d\n", gtk_check_button_get_active (GTK_CHECK_BUTTON (child)));

      add_fingerprint (child, out);
    }
}

static char *
fingerprint (GtkWindow *dialog)
{
  GString *out = g_string_new (NULL);

  add_fingerprint (GTK_WIDGET (dialog), out);

  return g_string_free (out, FALSE);
}

gboolean
rc_unsaved_guard_is_changed (GtkWindow *dialog)
{
  Guard *guard;
  g_autofree char *now = NULL;

  g_return_val_if_fail (GTK_IS_WINDOW (dialog), FALSE);

  if ((guard = get_guard (dialog)) == NULL || guard->saved)
    return FALSE;

  now = fingerprint (dialog);

  return g_strcmp0 (now, guard->fingerprint) != 0;
}

void
rc_unsaved_guard_reset (GtkWindow *dialog)
{
  Guard *guard;

  g_return_if_fail (GTK_IS_WINDOW (dialog));

  if ((guard = get_guard (dialog)) == NULL)
    return;

  g_free (guard->fingerprint);
  guard->fingerprint = fingerprint (dialog);
  guard->saved = FALSE;
}

void
rc_unsaved_guard_add_part (GtkWindow *dialog,
                           GtkWidget *part)
{
  g_return_if_fail (GTK_IS_WINDOW (dialog));
  g_return_if_fail (GTK_IS_WIDGET (part));
  g_return_if_fail (get_guard (dialog) == NULL);

  g_object_set_data (G_OBJECT (part), PART_KEY, GINT_TO_POINTER (TRUE));
}

/* The span of @part's fence in @print, or FALSE. */
static gboolean
find_part (const char  *print,
           GtkWidget   *part,
           const char **start,
           const char **end)
{
  g_autofree char *open = g_strdup_printf ("\x1e%p\n", (gpointer) part);
  g_autofree char *close = g_strdup_printf ("\x1f%p\n", (gpointer) part);

  if ((*start = strstr (print, open)) == NULL || (*end = strstr (*start, close)) == NULL)
    return FALSE;
  *end += strlen (close);

  return TRUE;
}

void
rc_unsaved_guard_reset_part (GtkWindow *dialog,
                             GtkWidget *part)
{
  g_autofree char *now = NULL;
  const char *old_start, *old_end, *now_start, *now_end;
  Guard *guard;
  GString *print;

  g_return_if_fail (GTK_IS_WINDOW (dialog));
  g_return_if_fail (GTK_IS_WIDGET (part));

  if ((guard = get_guard (dialog)) == NULL)
    return;

  now = fingerprint (dialog);
  if (guard->fingerprint == NULL
      || !find_part (guard->fingerprint, part, &old_start, &old_end)
      || !find_part (now, part, &now_start, &now_end))
    {
      g_critical ("%s: %p is not a part of the guarded dialog", G_STRFUNC, (gpointer) part);
      return;
    }

  /* The other fields keep what they were saved as. */
  print = g_string_new_len (guard->fingerprint, old_start - guard->fingerprint);
  g_string_append_len (print, now_start, now_end - now_start);
  g_string_append (print, old_end);
  g_free (guard->fingerprint);
  guard->fingerprint = g_string_free (print, FALSE);
}

static GtkWidget *
find_actionable (GtkWidget  *widget,
                 const char *action_name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_ACTIONABLE (child)
          && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action_name) == 0)
        return child;
      if ((found = find_actionable (child, action_name)) != NULL)
        return found;
    }

  return NULL;
}

gboolean
rc_unsaved_guard_can_save (GtkWindow *dialog)
{
  Guard *guard;
  GtkWidget *button;

  g_return_val_if_fail (GTK_IS_WINDOW (dialog), FALSE);

  if ((guard = get_guard (dialog)) == NULL || guard->save_action == NULL)
    return FALSE;

  /* GTK 4.8 cannot be asked whether a widget's action is enabled, but the
   * button bound to it follows it. */
  button = find_actionable (GTK_WIDGET (dialog), guard->save_action);

  return button == NULL || gtk_widget_get_sensitive (button);
}

gboolean
rc_unsaved_guard_save (GtkWindow *dialog)
{
  Guard *guard;

  g_return_val_if_fail (GTK_IS_WINDOW (dialog), FALSE);

  if ((guard = get_guard (dialog)) == NULL || !rc_unsaved_guard_can_save (dialog))
    return FALSE;

  return gtk_widget_activate_action (GTK_WIDGET (dialog), guard->save_action, NULL);
}

void
rc_unsaved_guard_discard (GtkWindow *dialog)
{
  Guard *guard;

  g_return_if_fail (GTK_IS_WINDOW (dialog));

  if ((guard = get_guard (dialog)) != NULL)
    guard->closing = TRUE;
  gtk_window_destroy (dialog);
}

static void
on_dialog_answer (GObject         *owner,
                  RcUnsavedAnswer  answer)
{
  GtkWindow *dialog = GTK_WINDOW (owner);

  switch (answer)
    {
    case RC_UNSAVED_DISCARD:
      rc_unsaved_guard_discard (dialog);
      break;
    case RC_UNSAVED_SAVE:
      /* Saving closes the dialog; a refusal stays, with its reasons shown. */
      rc_unsaved_guard_save (dialog);
      break;
    case RC_UNSAVED_STAY:
    default:
      break;
    }
}

char *
rc_unsaved_guard_describe (GtkWindow *dialog)
{
  const char *title;

  g_return_val_if_fail (GTK_IS_WINDOW (dialog), NULL);

  title = gtk_window_get_title (dialog);
  if (title == NULL || *title == '\0')
    return g_strdup (_("A dialog has changes that are not saved."));

  /* Translators: the title of a dialog, such as “Edit Workforce Return” */
  return g_strdup_printf (_("“%s” has changes that are not saved."), title);
}

static gboolean
on_close_request (GtkWindow *dialog)
{
  Guard *guard = get_guard (dialog);
  g_autofree char *sentence = NULL;
  g_autofree char *body = NULL;

  if (guard == NULL || guard->closing || !rc_unsaved_guard_is_changed (dialog))
    return FALSE;

  sentence = rc_unsaved_guard_describe (dialog);
  body = g_strconcat (sentence, " ", _("Discarded changes cannot be brought back."), NULL);
  rc_unsaved_ask (dialog, body, rc_unsaved_guard_can_save (dialog), G_OBJECT (dialog), on_dialog_answer);

  return TRUE;
}

static void
on_saved (GtkWindow *dialog)
{
  Guard *guard = get_guard (dialog);

  if (guard != NULL)
    guard->saved = TRUE;
}

void
rc_unsaved_guard (GtkWindow  *dialog,
                  const char *save_action,
                  const char *saved_signal)
{
  Guard *guard;

  g_return_if_fail (GTK_IS_WINDOW (dialog));
  g_return_if_fail (get_guard (dialog) == NULL);

  guard = g_new0 (Guard, 1);
  guard->save_action = g_strdup (save_action);
  guard->fingerprint = fingerprint (dialog);
  g_object_set_data_full (G_OBJECT (dialog), GUARD_KEY, guard, guard_free);

  g_signal_connect (dialog, "close-request", G_CALLBACK (on_close_request), NULL);
  if (saved_signal != NULL)
    g_signal_connect (dialog, saved_signal, G_CALLBACK (on_saved), NULL);
}

GPtrArray *
rc_unsaved_list_changed_dialogs (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GPtrArray *changed = g_ptr_array_new ();

  g_return_val_if_fail (GTK_IS_WINDOW (parent), changed);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      GtkWindow *ancestor = gtk_window_get_transient_for (window);

      while (ancestor != NULL && ancestor != parent)
        ancestor = gtk_window_get_transient_for (ancestor);
      if (ancestor == parent && rc_unsaved_guard_is_changed (window))
        g_ptr_array_add (changed, window);
    }

  return changed;
}
