/* rc-a11y.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rc-a11y.h"

#define WATCHED_KEY    "rc-a11y-watched"
#define TAB_LEAVES_KEY "rc-a11y-tab-leaves"

/* "_Save" -> "Save", "Fish __and__ chips" -> "Fish _and_ chips". */
static char *
strip_mnemonic (const char *text,
                gboolean    use_underline)
{
  GString *out;

  if (text == NULL)
    return NULL;
  if (!use_underline)
    return g_strdup (text);

  out = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] != '_')
            continue;
          p++;
        }
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static char *
dup_nonempty (const char *text)
{
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

/* The title of the row @widget sits in, such as a column chooser's. */
static char *
row_title (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);

  return row != NULL ? dup_nonempty (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row))) : NULL;
}

static char *
drop_down_choice (GtkDropDown *drop_down)
{
  gpointer item = gtk_drop_down_get_selected_item (drop_down);
  GtkExpression *expression = gtk_drop_down_get_expression (drop_down);
  g_auto(GValue) value = G_VALUE_INIT;

  if (item == NULL)
    return NULL;
  if (GTK_IS_STRING_OBJECT (item))
    return dup_nonempty (gtk_string_object_get_string (item));
  if (expression != NULL && gtk_expression_evaluate (expression, item, &value) && G_VALUE_HOLDS_STRING (&value))
    return dup_nonempty (g_value_get_string (&value));

  return NULL;
}

/* What a screen reader should say for @button, or NULL when it cannot be
 * told (then it is left as GTK made it). */
static char *
button_name (GtkButton *button)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (button));
  GtkWidget *child = gtk_button_get_child (button);

  if (GTK_IS_MENU_BUTTON (parent))
    {
      GtkMenuButton *menu_button = GTK_MENU_BUTTON (parent);

      if (gtk_menu_button_get_label (menu_button) != NULL)
        return strip_mnemonic (gtk_menu_button_get_label (menu_button),
                               gtk_menu_button_get_use_underline (menu_button));
      return dup_nonempty (gtk_widget_get_tooltip_text (parent));
    }

  /* A drop-down's button is named by the drop-down's label, tooltip or
   * row; or else by what names the drop-down (its accessible label): see
   * fix_button(). */
  if (GTK_IS_DROP_DOWN (parent))
    {
      GList *labels = gtk_widget_list_mnemonic_labels (parent);
      char *name = labels != NULL ? dup_nonempty (gtk_label_get_text (labels->data)) : NULL;

      g_list_free (labels);
      if (name == NULL)
        name = dup_nonempty (gtk_widget_get_tooltip_text (parent));

      return name != NULL ? name : row_title (parent);
    }

  /* A spin button's + and − buttons. */
  if (GTK_IS_SPIN_BUTTON (parent) && GTK_IS_IMAGE (child) && gtk_image_get_icon_name (GTK_IMAGE (child)) != NULL)
    return g_strdup (strstr (gtk_image_get_icon_name (GTK_IMAGE (child)), "increase") != NULL
                     ? _("Increase") : _("Decrease"));

  if (gtk_button_get_label (button) != NULL)
    return strip_mnemonic (gtk_button_get_label (button), gtk_button_get_use_underline (button));
  if (GTK_IS_LABEL (child))
    return dup_nonempty (gtk_label_get_text (GTK_LABEL (child)));
  if (ADW_IS_BUTTON_CONTENT (child) && adw_button_content_get_label (ADW_BUTTON_CONTENT (child)) != NULL)
    return strip_mnemonic (adw_button_content_get_label (ADW_BUTTON_CONTENT (child)),
                           adw_button_content_get_use_underline (ADW_BUTTON_CONTENT (child)));

  return dup_nonempty (gtk_widget_get_tooltip_text (GTK_WIDGET (button)));
}

static void fix_button (GtkButton *button);

static void
on_button_changed (GtkButton *button)
{
  fix_button (button);
}

static void
on_owner_changed (GtkWidget *owner,
                  GParamSpec *pspec,
                  GtkButton *button)
{
  fix_button (button);
}

static void
fix_button (GtkButton *button)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (button));
  g_autofree char *name = NULL;
  g_autofree char *choice = NULL;
  const char *tooltip = gtk_widget_get_tooltip_text (GTK_WIDGET (button));

  /* libadwaita names its own (view switcher, tab, window buttons). */
  if (g_str_has_prefix (G_OBJECT_TYPE_NAME (button), "Adw")
      || gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_WINDOW_CONTROLS) != NULL)
    return;

  if ((name = button_name (button)) == NULL)
    {
      if (GTK_IS_DROP_DOWN (parent))
        gtk_accessible_update_relation (GTK_ACCESSIBLE (button),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY, parent, NULL,
                                        -1);
      return;
    }

  /* Named once: by this, not also by the label or icon inside. */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  if (GTK_IS_MENU_BUTTON (parent))
    gtk_accessible_update_property (GTK_ACCESSIBLE (parent), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  /* GTK makes the tooltip a description: not when it says the name again. */
  if (GTK_IS_DROP_DOWN (parent) && (choice = drop_down_choice (GTK_DROP_DOWN (parent))) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, choice, -1);
  else if (tooltip != NULL && g_str_equal (tooltip, name))
    gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

  if (g_object_get_data (G_OBJECT (button), WATCHED_KEY) != NULL)
    return;

  /* Named again whenever what it is named from changes. */
  g_object_set_data (G_OBJECT (button), WATCHED_KEY, GINT_TO_POINTER (TRUE));
  g_signal_connect (button, "notify::label", G_CALLBACK (on_button_changed), NULL);
  g_signal_connect (button, "notify::child", G_CALLBACK (on_button_changed), NULL);
  g_signal_connect (button, "notify::tooltip-text", G_CALLBACK (on_button_changed), NULL);
  if (GTK_IS_MENU_BUTTON (parent) || GTK_IS_DROP_DOWN (parent))
    {
      g_signal_connect_object (parent, "notify::tooltip-text", G_CALLBACK (on_owner_changed), button, 0);
      g_signal_connect_object (parent, GTK_IS_MENU_BUTTON (parent) ? "notify::label" : "notify::selected",
                               G_CALLBACK (on_owner_changed), button, 0);
    }
}

gboolean
rc_a11y_move_focus (GtkWidget        *widget,
                    GtkDirectionType  direction)
{
  GtkWidget *list = NULL;
  GtkRoot *root;
  gboolean moved;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  root = gtk_widget_get_root (widget);
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (g_object_get_data (G_OBJECT (w), TAB_LEAVES_KEY) != NULL)
      list = w;

  if (root == NULL)
    return FALSE;
  if (list == NULL || (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD))
    return gtk_widget_child_focus (GTK_WIDGET (root), direction);

  /* On as though the list could not take the focus. */
  gtk_widget_set_can_focus (list, FALSE);
  moved = gtk_widget_child_focus (GTK_WIDGET (root), direction);
  gtk_widget_set_can_focus (list, TRUE);

  return moved;
}

static gboolean
on_list_key_pressed (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     gpointer               data)
{
  GtkWidget *list = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkRoot *root = gtk_widget_get_root (list);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if ((keyval != GDK_KEY_Tab && keyval != GDK_KEY_KP_Tab && keyval != GDK_KEY_ISO_Left_Tab)
      || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0 || focus == NULL)
    return FALSE;

  return rc_a11y_move_focus (focus, keyval == GDK_KEY_ISO_Left_Tab || (state & GDK_SHIFT_MASK) != 0
                                    ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD);
}

/* GTK 4.8 moves Tab from row to row of a list view: a list of 163
 * councils took 163 presses to leave. Tab leaves it, as in GNOME's lists;
 * the arrow keys move within it. */
static void
let_tab_leave (GtkWidget *list)
{
  GtkEventController *controller;

  if (g_object_get_data (G_OBJECT (list), TAB_LEAVES_KEY) != NULL
      || gtk_widget_get_ancestor (list, GTK_TYPE_POPOVER) != NULL
      || (GTK_IS_LIST_VIEW (list) && gtk_widget_get_ancestor (list, GTK_TYPE_COLUMN_VIEW) != NULL))
    return;

  g_object_set_data (G_OBJECT (list), TAB_LEAVES_KEY, GINT_TO_POINTER (TRUE));
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (controller, "rc-tab-leaves-list");
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_list_key_pressed), NULL);
  gtk_widget_add_controller (list, controller);
}

void
rc_a11y_fix_widget (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (GTK_IS_BUTTON (widget))
    fix_button (GTK_BUTTON (widget));
  /* A row that only shows words (a message under a field): in GTK 4.8 a
   * list box gives up at a row that refuses the focus. */
  else if (G_OBJECT_TYPE (widget) == ADW_TYPE_PREFERENCES_ROW && !gtk_widget_get_focusable (widget))
    gtk_widget_set_focusable (widget, TRUE);
  else if (GTK_IS_LIST_VIEW (widget) || GTK_IS_COLUMN_VIEW (widget))
    let_tab_leave (widget);
}

static gboolean
on_map (GSignalInvocationHint *hint,
        guint                  n_values,
        const GValue          *values,
        gpointer               data)
{
  GObject *object = g_value_get_object (&values [0]);

  if (GTK_IS_WIDGET (object))
    rc_a11y_fix_widget (GTK_WIDGET (object));

  return TRUE;
}

void
rc_a11y_init (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, on_map, NULL, NULL);
      g_once_init_leave (&done, 1);
    }
}
