/* rc-trends-page-councils.c: the councils the trends page compares
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "export/rc-trend-chart.h"
#include "rc-trends-page-private.h"
#include "rc-view-util.h"

static void on_row_toggled (GtkCheckButton *button, GtkListItem *item);

GArray *
rc_trends_page_get_chosen (RcTrendsPage *self)
{
  GListModel *councils;
  GArray *ids;

  g_return_val_if_fail (RC_IS_TRENDS_PAGE (self), NULL);

  councils = G_LIST_MODEL (self->councils);
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* By name, as the list and the legend read. */
  for (guint i = 0; i < g_list_model_get_n_items (councils); i++)
    {
      g_autoptr(RcCouncil) council = g_list_model_get_item (councils, i);

      if (g_hash_table_contains (self->chosen, &council->id))
        g_array_append_val (ids, council->id);
    }

  return ids;
}

void
rc_trends_page_update_chosen (RcTrendsPage *self)
{
  guint n = g_hash_table_size (self->chosen);
  gboolean full = n >= RC_TREND_CHART_MAX_COUNCILS;
  g_autofree char *text = NULL;

  /* Past twelve lines a chart cannot be read: say so, and stop there. */
  if (full)
    text = g_strdup_printf (_("%u councils chosen, the most a chart can show clearly"), n);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u council chosen; the chart shows up to %u",
                                         "%u councils chosen; the chart shows up to %u", n),
                            n, RC_TREND_CHART_MAX_COUNCILS);
  gtk_label_set_label (self->chosen_label, text);

  for (guint i = 0; i < self->check_buttons->len; i++)
    {
      GtkCheckButton *button = g_ptr_array_index (self->check_buttons, i);

      gtk_widget_set_sensitive (GTK_WIDGET (button), !full || gtk_check_button_get_active (button));
    }

  rc_trends_page_update_chart (self);
  rc_trends_page_update_retention (self);
}

static gboolean
choose (RcTrendsPage *self,
        gint64        council_id,
        gboolean      chosen)
{
  if (!chosen)
    return g_hash_table_remove (self->chosen, &council_id);
  if (g_hash_table_size (self->chosen) >= RC_TREND_CHART_MAX_COUNCILS)
    return FALSE;

  return g_hash_table_add (self->chosen, g_memdup2 (&council_id, sizeof council_id));
}

/* Whether a membership counts today: a lead or partner, joined and not left. */
static gboolean
is_current_member (RcConsortiumMember *member,
                   const char         *today)
{
  return rc_consortium_member_is_member_on (member, today);
}

void
rc_trends_page_choose_members (RcTrendsPage *self,
                               gint64        consortium_id)
{
  /* Read with the page. */
  GListModel *members = g_hash_table_lookup (self->members, &consortium_id);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  if (members == NULL)
    return;

  g_hash_table_remove_all (self->chosen);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(RcConsortiumMember) member = g_list_model_get_item (members, i);

      if (is_current_member (member, today))
        choose (self, member->council_id, TRUE);
    }
}

void
rc_trends_page_refilter (RcTrendsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

void
rc_trends_page_set_consortium_position (RcTrendsPage *self,
                                        guint         position)
{
  g_signal_handlers_block_matched (self->consortium_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_drop_down_set_selected (self->consortium_dropdown, position);
  g_signal_handlers_unblock_matched (self->consortium_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
}

static void
on_consortium_selected (RcTrendsPage *self)
{
  gint64 consortium = rc_view_get_chosen_id (self->consortium_dropdown, self->consortium_ids);

  if (consortium == 0)
    return;

  rc_trends_page_choose_members (self, consortium);
  /* Former members are filtered out unless chosen: show the new choice. */
  rc_trends_page_refilter (self);
  rc_trends_page_update_chosen (self);
}

gboolean
rc_trends_page_set_council_chosen (RcTrendsPage *self,
                                   gint64        council_id,
                                   gboolean      chosen)
{
  g_return_val_if_fail (RC_IS_TRENDS_PAGE (self), FALSE);

  if (chosen == g_hash_table_contains (self->chosen, &council_id))
    return TRUE;
  if (!choose (self, council_id, chosen))
    return FALSE;

  /* A hand-made choice is no longer a consortium's. */
  rc_trends_page_set_consortium_position (self, 0);
  /* Chosen councils stay in the list, even those a search would hide. */
  rc_trends_page_refilter (self);
  for (guint i = 0; i < self->check_buttons->len; i++)
    {
      GtkCheckButton *button = g_ptr_array_index (self->check_buttons, i);
      GtkListItem *item = g_object_get_data (G_OBJECT (button), "list-item");
      RcCouncil *council = gtk_list_item_get_item (item);

      if (council != NULL && council->id == council_id)
        {
          g_signal_handlers_block_by_func (button, on_row_toggled, item);
          gtk_check_button_set_active (button, chosen);
          g_signal_handlers_unblock_by_func (button, on_row_toggled, item);
        }
    }
  rc_trends_page_update_chosen (self);

  return TRUE;
}

void
rc_trends_page_choose_consortium (RcTrendsPage *self,
                                  gint64        consortium_id)
{
  g_return_if_fail (RC_IS_TRENDS_PAGE (self));

  for (guint i = 1; i < self->consortium_ids->len; i++)
    if (g_array_index (self->consortium_ids, gint64, i) == consortium_id)
      gtk_drop_down_set_selected (self->consortium_dropdown, i);
}

static gboolean
filter_council (gpointer item,
                gpointer user_data)
{
  RcTrendsPage *self = user_data;
  RcCouncil *council = item;
  const char *search = rc_list_page_get_search (RC_LIST_PAGE (self));
  g_autofree char *name = NULL;

  if (g_hash_table_contains (self->chosen, &council->id))
    return TRUE;
  /* Councils with no figures would only be blank lines: a search finds
   * them, and former councils, whose figures their successors show. */
  if (*search == '\0')
    return council->active_to_on == NULL && g_hash_table_contains (self->with_returns, &council->id);

  name = g_utf8_casefold (council->name, -1);

  return strstr (name, search) != NULL
         || g_ascii_strncasecmp (council->gss_code, search, strlen (search)) == 0;
}

static void
on_row_toggled (GtkCheckButton *button,
                GtkListItem    *item)
{
  RcTrendsPage *self = RC_TRENDS_PAGE (gtk_widget_get_ancestor (GTK_WIDGET (button), RC_TYPE_TRENDS_PAGE));
  RcCouncil *council = gtk_list_item_get_item (item);

  if (self == NULL || council == NULL)
    return;

  if (!rc_trends_page_set_council_chosen (self, council->id, gtk_check_button_get_active (button)))
    {
      g_signal_handlers_block_by_func (button, on_row_toggled, item);
      gtk_check_button_set_active (button, FALSE);
      g_signal_handlers_unblock_by_func (button, on_row_toggled, item);
    }
}

static void
set_note (GtkWidget  *box,
          const char *text)
{
  GtkWidget *note = gtk_widget_get_last_child (box);

  if (GTK_IS_LABEL (note))
    gtk_label_set_label (GTK_LABEL (note), text);
  else if (text[0] != '\0')
    {
      note = gtk_label_new (text);
      gtk_widget_add_css_class (note, "caption");
      gtk_widget_add_css_class (note, "dim-label");
      gtk_box_append (GTK_BOX (box), note);
    }
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           RcTrendsPage             *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *button = gtk_check_button_new ();

  /* The note beside the name is made when a council first needs one
   * (set_note()): most have figures and none, and a list view builds a
   * row for every one of the 153 councils. */
  gtk_widget_set_hexpand (button, TRUE);
  gtk_box_append (GTK_BOX (box), button);
  g_object_set_data (G_OBJECT (button), "list-item", item);
  g_signal_connect (button, "toggled", G_CALLBACK (on_row_toggled), item);
  gtk_list_item_set_child (item, box);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          RcTrendsPage             *self)
{
  RcCouncil *council = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkCheckButton *button = GTK_CHECK_BUTTON (gtk_widget_get_first_child (box));
  gboolean chosen;

  if (self->chosen == NULL)
    return;
  chosen = g_hash_table_contains (self->chosen, &council->id);

  gtk_check_button_set_label (button, council->name);
  g_signal_handlers_block_by_func (button, on_row_toggled, item);
  gtk_check_button_set_active (button, chosen);
  g_signal_handlers_unblock_by_func (button, on_row_toggled, item);
  gtk_widget_set_sensitive (GTK_WIDGET (button),
                            chosen || g_hash_table_size (self->chosen) < RC_TREND_CHART_MAX_COUNCILS);
  if (council->active_to_on != NULL && strlen (council->active_to_on) >= 4)
    {
      /* Translators: a former council, beside its name: "until 2023" */
      g_autofree char *until = g_strdup_printf (_("until %.4s"), council->active_to_on);
      set_note (box, until);
    }
  else
    set_note (box, g_hash_table_contains (self->with_returns, &council->id) ? "" : _("no figures"));
  g_ptr_array_add (self->check_buttons, button);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            RcTrendsPage             *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);

  if (self->check_buttons != NULL)
    g_ptr_array_remove_fast (self->check_buttons, gtk_widget_get_first_child (box));
}

void
rc_trends_page_fill_consortia (RcTrendsPage *self,
                               GListModel   *consortia)
{
  g_signal_handlers_block_matched (self->consortium_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  rc_view_fill_id_dropdown (self->consortium_dropdown, self->consortium_ids, _("Choose councils…"), consortia);
  g_signal_handlers_unblock_matched (self->consortium_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
}

void
rc_trends_page_init_councils (RcTrendsPage *self)
{
  GtkListItemFactory *factory;
  GtkNoSelection *selection;
  gint64 none = 0;

  self->chosen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->with_returns = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->consortium_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (self->consortium_ids, none);
  self->check_buttons = g_ptr_array_new ();

  self->councils = g_list_store_new (RC_TYPE_COUNCIL);
  self->filter = gtk_custom_filter_new (filter_council, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->councils)),
                                              GTK_FILTER (self->filter));
  rc_list_page_set_shown (RC_LIST_PAGE (self), G_LIST_MODEL (self->filtered));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  gtk_list_view_set_factory (self->council_list, factory);
  g_object_unref (factory);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_list_view_set_model (self->council_list, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  /* The consortium's name can be long. */
  rc_view_shorten_dropdown (self->consortium_dropdown, 20);
  rc_trends_page_fill_consortia (self, NULL);

  g_signal_connect_swapped (self->consortium_dropdown, "notify::selected", G_CALLBACK (on_consortium_selected), self);
}
