/* rc-list-activation.c
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rc-views"

#include "config.h"

#include "rc-list-activation.h"

typedef struct {
  GWeakRef         owner;
  RcListClickFunc  on_click;
} Click;

static void
click_free (gpointer data)
{
  Click *click = data;

  g_weak_ref_clear (&click->owner);
  g_free (click);
}

static void
click_closure_free (gpointer  data,
                    GClosure *closure)
{
  click_free (data);
}

static Click *
click_copy (Click *click)
{
  Click *copy = g_new0 (Click, 1);
  g_autoptr(GObject) owner = g_weak_ref_get (&click->owner);

  g_weak_ref_init (&copy->owner, owner);
  copy->on_click = click->on_click;

  return copy;
}

static gboolean
after_click (gpointer data)
{
  Click *click = data;
  g_autoptr(GObject) owner = g_weak_ref_get (&click->owner);

  if (owner != NULL)
    click->on_click (owner);

  return G_SOURCE_REMOVE;
}

/* The row's own gesture selects it when the button is released, after
 * this one (which watches the capture phase) has seen the release: the
 * owner is told once that is done. */
static void
on_released (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             Click           *click)
{
  GtkWidget *view = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GtkWidget *picked;

  if (n_press != 1)
    return;

  /* Only a row: not the space below the last one, nor a scroll bar. */
  picked = gtk_widget_pick (view, x, y, GTK_PICK_DEFAULT);
  while (picked != NULL && gtk_widget_get_parent (picked) != view)
    picked = gtk_widget_get_parent (picked);
  if (picked == NULL || GTK_IS_SCROLLBAR (picked))
    return;

  g_idle_add_full (G_PRIORITY_HIGH_IDLE, after_click, click_copy (click), click_free);
}

void
rc_list_view_choose_on_click (GtkListView     *view,
                              GObject         *owner,
                              RcListClickFunc  on_click)
{
  GtkGesture *gesture;
  Click *click;

  g_return_if_fail (GTK_IS_LIST_VIEW (view));
  g_return_if_fail (G_IS_OBJECT (owner));
  g_return_if_fail (on_click != NULL);

  gtk_list_view_set_single_click_activate (view, FALSE);

  click = g_new0 (Click, 1);
  g_weak_ref_init (&click->owner, owner);
  click->on_click = on_click;

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (gesture), GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (GTK_EVENT_CONTROLLER (gesture), "rc-choose-on-click");
  g_signal_connect_data (gesture, "released", G_CALLBACK (on_released), click, click_closure_free, 0);
  gtk_widget_add_controller (GTK_WIDGET (view), GTK_EVENT_CONTROLLER (gesture));
}
