/* rc-window-private.h: RcWindow, for its own files
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-window.h"

G_BEGIN_DECLS

struct _RcWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  RcStore              *store;
  /* The check of the store for damage, cancelled when the window lets
   * the store go. */
  GCancellable         *check_cancellable;
  char                 *check_problem;
  gulong                paint_handler;   /* waiting for a frame to start the check */
  gboolean              leaving;   /* the changes were saved or dropped: close */

  /* template children */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *state_stack;
  AdwViewStack         *stack;
  GtkRevealer          *demo_revealer;
  AdwStatusPage        *problem_page;
  GtkWidget            *recover_button;
  GtkRevealer          *check_revealer;
  GtkImage             *check_icon;
  GtkLabel             *check_label;
  GtkWidget            *damage_buttons;
  GtkWidget            *restore_button;
  GtkRevealer          *error_revealer;
  GtkLabel             *error_label;
  AdwStatusPage        *busy_page;
  GtkSpinner           *busy_spinner;
};


/* rc-window-banner.c: the banners over the pages */
void rc_window_banner_class_init     (GtkWidgetClass *widget_class);
/* Says why nothing can be changed yet: checking, or damaged. */
void rc_window_update_check_banner   (RcWindow       *self);
/* The check for damage starts once the window has painted. */
void rc_window_wait_for_paint        (RcWindow       *self);
void rc_window_stop_waiting_for_paint (RcWindow      *self);
/* A read error said in the banner is forgotten with its database. */
void rc_window_clear_error           (RcWindow       *self);

G_END_DECLS
