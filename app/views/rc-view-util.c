/* rc-view-util.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "model/rc-money.h"
#include "model/rc-returner.h"

#include "rc-view-util.h"
#include "rc-window.h"

gboolean
rc_view_parse_count (const char *text,
                     gint64      min,
                     gint64      max,
                     gint64     *out)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  return *stripped != '\0'
         && stripped[strspn (stripped, "0123456789")] == '\0'
         && g_ascii_string_to_signed (stripped, 10, min, max, out, NULL);
}

gboolean
rc_view_is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;

  return TRUE;
}

char *
rc_view_dup_text (const char *text)
{
  if (rc_view_is_blank (text))
    return NULL;

  return g_strstrip (g_strdup (text));
}

GtkWidget *
rc_view_cell_label_new (gboolean numeric,
                        int      width_chars)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1 : 0);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  if (width_chars > 0)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), width_chars);
    }

  return label;
}

void
rc_view_class_bind_children (GtkWidgetClass     *widget_class,
                             const char * const *names,
                             guint               n,
                             gssize              offset)
{
  for (guint i = 0; i < n; i++)
    gtk_widget_class_bind_template_child_full (widget_class, names[i], FALSE,
                                               offset + i * sizeof (gpointer));
}

void
rc_view_set_store (gpointer    owner,
                   RcStore   **field,
                   RcStore    *store,
                   GCallback   on_changed)
{
  if (*field != NULL)
    g_signal_handlers_disconnect_by_data (*field, owner);
  g_set_object (field, store);
  if (store != NULL && on_changed != NULL)
    g_signal_connect_object (store, "changed", on_changed, owner, G_CONNECT_SWAPPED);
}

void
rc_view_add_toast (GtkWidget *widget,
                   AdwToast  *toast)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (RC_IS_WINDOW (root))
    rc_window_add_toast (RC_WINDOW (root), toast);
  else
    g_object_unref (toast);
}

GWeakRef *
rc_view_weak_new (gpointer widget)
{
  GWeakRef *weak = g_new0 (GWeakRef, 1);

  g_weak_ref_init (weak, widget);

  return weak;
}

gpointer
rc_view_weak_take (GWeakRef *weak)
{
  gpointer widget = g_weak_ref_get (weak);

  g_weak_ref_clear (weak);
  g_free (weak);

  return widget;
}

double
rc_view_years_out (const char *left_practice_on,
                   const char *applied_on)
{
  GDate left;
  GDate applied;

  if (left_practice_on == NULL || applied_on == NULL
      || !rc_date_parse (left_practice_on, &left, NULL)
      || !rc_date_parse (applied_on, &applied, NULL))
    return -1.0;

  return rc_returner_years_out (&left, &applied);
}

char *
rc_view_format_years (double years)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (years) || years < 0)
    return g_strdup ("—");

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.1f", years));
}

const char *
rc_view_regulator_name (const char *registered_with)
{
  if (g_strcmp0 (registered_with, "swe") == 0)
    return _("Social Work England");
  if (g_strcmp0 (registered_with, "hcpc") == 0)
    /* Translators: the Health and Care Professions Council, the regulator until December 2019 */
    return _("HCPC");

  return NULL;
}

char *
rc_view_registration_text (const char *number,
                           const char *registered_with)
{
  const char *regulator = rc_view_regulator_name (registered_with);

  if (number != NULL && regulator != NULL)
    return g_strdup_printf ("%s (%s)", number, regulator);
  if (number != NULL)
    return g_strdup (number);
  if (regulator != NULL)
    return g_strdup (regulator);

  return g_strdup ("—");
}

static void
setup_dropdown_label (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  max_chars)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (max_chars) > 0)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), GPOINTER_TO_INT (max_chars));
    }
  else
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
    }
  gtk_list_item_set_child (item, label);
}

void
rc_view_fill_id_dropdown (GtkDropDown *dropdown,
                          GArray      *ids,
                          const char  *all_label,
                          GListModel  *items)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  gint64 none = 0;
  gint64 chosen = rc_view_get_chosen_id (dropdown, ids);
  guint position;

  g_array_set_size (ids, 0);
  gtk_string_list_append (labels, all_label);
  g_array_append_val (ids, none);
  position = 0;

  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      const char *name = RC_IS_REGION (item) ? RC_REGION (item)->name : RC_CONSORTIUM (item)->name;
      gint64 id = RC_IS_REGION (item) ? RC_REGION (item)->id : RC_CONSORTIUM (item)->id;

      gtk_string_list_append (labels, name);
      g_array_append_val (ids, id);
      if (id == chosen)
        position = ids->len - 1;
    }

  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (dropdown, position);
}

gint64
rc_view_get_chosen_id (GtkDropDown *dropdown,
                       GArray      *ids)
{
  guint position = gtk_drop_down_get_selected (dropdown);

  return position < ids->len ? g_array_index (ids, gint64, position) : 0;
}

#define TOOLTIP_KEY "rc-tooltip"

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  const char *text = g_object_get_data (G_OBJECT (widget), TOOLTIP_KEY);

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

void
rc_view_set_tooltip (GtkWidget  *widget,
                     const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (text != NULL && *text == '\0')
    text = NULL;
  if (g_strcmp0 (text, g_object_get_data (G_OBJECT (widget), TOOLTIP_KEY)) == 0)
    return;

  if (g_signal_handler_find (widget, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, on_query_tooltip, NULL) == 0)
    {
      g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
      gtk_widget_set_has_tooltip (widget, TRUE);
    }
  g_object_set_data_full (G_OBJECT (widget), TOOLTIP_KEY, g_strdup (text), g_free);
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
bind_dropdown_label (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  max_chars)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));

  gtk_label_set_label (GTK_LABEL (label), text);
  if (GPOINTER_TO_INT (max_chars) > 0)
    gtk_widget_set_tooltip_text (label, text);
}

static GtkListItemFactory *
dropdown_label_factory (int max_chars)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_dropdown_label), GINT_TO_POINTER (max_chars));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_dropdown_label), GINT_TO_POINTER (max_chars));

  return factory;
}

void
rc_view_shorten_dropdown (GtkDropDown *dropdown,
                          int          max_chars)
{
  g_autoptr(GtkListItemFactory) button = dropdown_label_factory (max_chars);
  g_autoptr(GtkListItemFactory) popup = dropdown_label_factory (0);

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));
  g_return_if_fail (max_chars > 0);

  gtk_drop_down_set_factory (dropdown, button);
  gtk_drop_down_set_list_factory (dropdown, popup);
}
