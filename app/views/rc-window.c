/* rc-window.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include <glib/gi18n.h>

#include "rc-a11y.h"
#include "rc-bids-page.h"
#include "rc-board-report-dialog.h"
#include "rc-cohorts-page.h"
#include "rc-councils-page.h"
#include "rc-trends-page.h"
#include "rc-unsaved.h"
#include "rc-window-private.h"

G_DEFINE_FINAL_TYPE (RcWindow, rc_window, ADW_TYPE_APPLICATION_WINDOW)

enum { PROP_0, PROP_STORE, N_PROPS };
static GParamSpec *properties [N_PROPS];

/* The view stack's pages hold an empty AdwBin each until they are first
 * shown with a database: only then is the page built and put in it, so a
 * start builds one page, and the switcher still lists them all. */
static const struct {
  const char *name;
  GType     (*get_type) (void);
} page_types[] = {
  { "councils", rc_councils_page_get_type },
  { "cohorts", rc_cohorts_page_get_type },
  { "bids", rc_bids_page_get_type },
  { "trends", rc_trends_page_get_type },
};

RcWindow *
rc_window_new (GtkApplication *application)
{
  return g_object_new (RC_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

const char *
rc_window_get_page_name (RcWindow *self)
{
  g_return_val_if_fail (RC_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

void
rc_window_show_page (RcWindow   *self,
                     const char *name)
{
  g_return_if_fail (RC_IS_WINDOW (self));
  g_return_if_fail (name != NULL);

  if (adw_view_stack_get_child_by_name (self->stack, name) == NULL)
    {
      g_warning ("No page named “%s”", name);
      return;
    }

  adw_view_stack_set_visible_child_name (self->stack, name);
}

void
rc_window_add_toast (RcWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (RC_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static GtkWidget *
build_page (RcWindow *self,
            AdwBin   *holder)
{
  AdwViewStackPage *stack_page = adw_view_stack_get_page (self->stack, GTK_WIDGET (holder));
  const char *name = adw_view_stack_page_get_name (stack_page);

  for (guint i = 0; i < G_N_ELEMENTS (page_types); i++)
    if (g_str_equal (name, page_types[i].name))
      {
        GtkWidget *page = g_object_new (page_types[i].get_type (), NULL);

        adw_bin_set_child (holder, page);
        return page;
      }

  g_return_val_if_reached (NULL);
}

GtkWidget *
rc_window_get_page (RcWindow   *self,
                    const char *name)
{
  GtkWidget *holder;

  g_return_val_if_fail (RC_IS_WINDOW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  holder = adw_view_stack_get_child_by_name (self->stack, name);

  return holder != NULL ? adw_bin_get_child (ADW_BIN (holder)) : NULL;
}

/* A page is built, and reads the database, the first time it is shown,
 * so opening a large database builds and reads only what the first page
 * needs. */
static void
give_store_to_visible_page (RcWindow *self)
{
  GtkWidget *holder = adw_view_stack_get_visible_child (self->stack);
  GtkWidget *page;
  g_autoptr(RcStore) current = NULL;

  if (holder == NULL)
    return;

  page = adw_bin_get_child (ADW_BIN (holder));
  if (page == NULL)
    {
      /* Without a database the window shows no page. */
      if (self->store == NULL)
        return;
      page = build_page (self, ADW_BIN (holder));
    }

  g_object_get (page, "store", &current, NULL);
  if (current != self->store)
    g_object_set (page, "store", self->store, NULL);
}

static void
let_store_go (RcWindow *self)
{
  if (self->check_cancellable != NULL)
    g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);
  g_clear_pointer (&self->check_problem, g_free);
  rc_window_clear_error (self);

  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->store, self);
      rc_store_unwatch_changes (self->store);
    }
}

/* The pages read at once; a worker checks the whole file meanwhile, and
 * the store becomes writable when it has passed, without a word from the
 * user. What other programs commit meanwhile shows up within seconds. */
static void
take_store (RcWindow *self)
{
  if (self->store == NULL)
    return;

  rc_store_watch_changes (self->store);
  g_signal_connect_object (self->store, "notify::writable",
                           G_CALLBACK (rc_window_update_check_banner), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::damaged",
                           G_CALLBACK (rc_window_update_check_banner), self, G_CONNECT_SWAPPED);

  rc_window_wait_for_paint (self);
}

void
rc_window_set_store (RcWindow *self,
                     RcStore  *store,
                     gboolean  is_demo)
{
  g_return_if_fail (RC_IS_WINDOW (self));
  g_return_if_fail (store == NULL || RC_IS_STORE (store));

  if (self->store != store)
    let_store_go (self);

  if (g_set_object (&self->store, store))
    {
      take_store (self);
      /* The pages out of sight let go of the old database now and read
       * the new one when they are shown. */
      for (guint i = 0; i < G_N_ELEMENTS (page_types); i++)
        {
          GtkWidget *holder = adw_view_stack_get_child_by_name (self->stack, page_types[i].name);
          GtkWidget *page = adw_bin_get_child (ADW_BIN (holder));

          if (page != NULL && holder != adw_view_stack_get_visible_child (self->stack))
            g_object_set (page, "store", NULL, NULL);
        }
      give_store_to_visible_page (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
    }

  gtk_revealer_set_reveal_child (self->demo_revealer, store != NULL && is_demo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.board-report", store != NULL);
  rc_window_update_check_banner (self);
  gtk_spinner_set_spinning (self->busy_spinner, FALSE);
  if (store != NULL)
    gtk_stack_set_visible_child_name (self->state_stack, "main");
}

RcStore *
rc_window_get_store (RcWindow *self)
{
  g_return_val_if_fail (RC_IS_WINDOW (self), NULL);

  return self->store;
}

void
rc_window_show_welcome (RcWindow *self)
{
  g_return_if_fail (RC_IS_WINDOW (self));

  rc_window_set_store (self, NULL, FALSE);
  gtk_stack_set_visible_child_name (self->state_stack, "welcome");
}

void
rc_window_show_problem (RcWindow   *self,
                        const char *message,
                        gboolean    can_recover)
{
  g_return_if_fail (RC_IS_WINDOW (self));

  rc_window_set_store (self, NULL, FALSE);
  adw_status_page_set_description (self->problem_page, message);
  gtk_widget_set_visible (self->recover_button, can_recover);
  gtk_stack_set_visible_child_name (self->state_stack, "problem");
}

void
rc_window_show_busy (RcWindow   *self,
                     const char *title)
{
  g_return_if_fail (RC_IS_WINDOW (self));

  rc_window_set_store (self, NULL, FALSE);
  adw_status_page_set_title (self->busy_page, title);
  gtk_spinner_set_spinning (self->busy_spinner, TRUE);
  gtk_stack_set_visible_child_name (self->state_stack, "busy");
}

/* Ctrl+N: what each page adds, wherever the focus is in the window. */
static void
rc_window_new_item_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  RcWindow *self = RC_WINDOW (widget);
  const char *name = rc_window_get_page_name (self);
  GtkWidget *page;

  if (name == NULL || self->store == NULL || (page = rc_window_get_page (self, name)) == NULL)
    return;

  if (RC_IS_COUNCILS_PAGE (page))
    gtk_widget_activate_action (rc_councils_page_get_detail (RC_COUNCILS_PAGE (page)), "council.add-return", NULL);
  else if (RC_IS_COHORTS_PAGE (page))
    gtk_widget_activate_action (rc_cohorts_page_get_detail (RC_COHORTS_PAGE (page)), "cohort.add-trainee", NULL);
  else if (RC_IS_BIDS_PAGE (page))
    gtk_widget_activate_action (page, "bids.new", NULL);
}

static void
rc_window_show_page_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  rc_window_show_page (RC_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
rc_window_board_report_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  RcWindow *self = RC_WINDOW (widget);
  GtkWidget *councils = rc_window_get_page (self, "councils");
  gint64 consortium_id = 0;

  /* The consortium the Councils page is filtered by comes first. */
  if (councils != NULL)
    consortium_id = rc_councils_page_get_consortium (RC_COUNCILS_PAGE (councils));
  if (self->store != NULL)
    gtk_window_present (GTK_WINDOW (rc_board_report_dialog_new (GTK_WINDOW (self), self->store,
                                                                 consortium_id)));
}

void
rc_window_show_bid (RcWindow *self,
                    gint64    bid_id)
{
  GtkWidget *page;

  g_return_if_fail (RC_IS_WINDOW (self));

  if (self->store == NULL)
    return;

  rc_window_show_page (self, "bids");
  page = rc_window_get_page (self, "bids");
  if (page != NULL)
    rc_bids_page_select_bid (RC_BIDS_PAGE (page), bid_id);
}

/* GtkApplication would build the shortcuts window with every window, from
 * gtk/help-overlay.ui; it is built the first time it is asked for instead. */
static void
rc_window_show_help_overlay_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PATH "/help-overlay.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }

  gtk_window_present (GTK_WINDOW (overlay));
}

static void
rc_window_save_size (RcWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_apply (self->settings);
}

static gboolean
rc_window_close_request (GtkWindow *window)
{
  RcWindow *self = RC_WINDOW (window);

  /* Ctrl+W, the close button and app.quit: changes are not lost unasked. */
  if (!self->leaving && rc_window_has_unsaved_changes (self))
    {
      rc_window_ask_to_leave (self, G_OBJECT (self), rc_window_close_after_asking);
      return TRUE;
    }

  rc_window_save_size (self);

  return GTK_WINDOW_CLASS (rc_window_parent_class)->close_request (window);
}

static void
rc_window_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (rc_window_parent_class)->realize (widget);

  rc_window_wait_for_paint (RC_WINDOW (widget));
}

static void
rc_window_unrealize (GtkWidget *widget)
{
  rc_window_stop_waiting_for_paint (RC_WINDOW (widget));

  GTK_WIDGET_CLASS (rc_window_parent_class)->unrealize (widget);
}

static void
rc_window_dispose (GObject *object)
{
  RcWindow *self = RC_WINDOW (object);

  let_store_go (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rc_window_parent_class)->dispose (object);
}

static void
rc_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RcWindow *self = RC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_window_class_init (RcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = rc_window_dispose;
  object_class->get_property = rc_window_get_property;

  /* The pages bind to this: they show what the database holds. */
  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RC_TYPE_STORE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
  window_class->close_request = rc_window_close_request;
  widget_class->realize = rc_window_realize;
  widget_class->unrealize = rc_window_unrealize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/rc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RcWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, state_stack);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, demo_revealer);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, problem_page);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, recover_button);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, busy_page);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, busy_spinner);

  /* Every widget of the program is named for screen readers, and keeps
   * Tab going, as it is shown (see rc-a11y.h). */
  rc_a11y_init ();

  gtk_widget_class_install_action (widget_class, "win.show-page", "s",
                                   rc_window_show_page_action);
  gtk_widget_class_install_action (widget_class, "win.new-item", NULL,
                                   rc_window_new_item_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   rc_window_show_help_overlay_action);
  rc_window_banner_class_init (widget_class);
  gtk_widget_class_install_action (widget_class, "win.board-report", NULL,
                                   rc_window_board_report_action);
}

static void
rc_window_init (RcWindow *self)
{
  int width, height;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.board-report", FALSE);
  rc_window_update_check_banner (self);
  g_signal_connect_swapped (self->stack, "notify::visible-child",
                            G_CALLBACK (give_store_to_visible_page), self);

  self->settings = g_settings_new (APP_ID);
  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}
