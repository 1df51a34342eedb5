/* rc-trends-page-private.h: what the files of the trends page share
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-line-chart-view.h"
#include "rc-file-chooser.h"
#include "rc-loader.h"
#include "rc-trends-page.h"

G_BEGIN_DECLS

struct _RcTrendsPage
{
  RcListPage            parent_instance;

  RcMeasure             measure;
  GListStore           *councils;       /* RcCouncil, every one, by name */
  GtkFilterListModel   *filtered;
  GtkCustomFilter      *filter;
  char                 *title;
  GHashTable           *chosen;         /* council ids (gint64 *, owned) */
  GHashTable           *with_returns;   /* council ids that have a return */
  GArray               *consortium_ids; /* dropdown position -> id; 0 first */
  GHashTable           *members;        /* consortium id -> GListModel of RcConsortiumMember */
  RcLoader             *chart_loader;   /* the chart's series, read in a worker */
  GPtrArray            *check_buttons;  /* of the rows now bound */
  RcFileChooser        *chooser;        /* the chart file, while asked for */
  gboolean              preselected;    /* the first load has chosen for the user */
  GCancellable         *export_work;    /* while a chart is written */
  GListModel           *retention_cohorts;  /* RcCohort, read with the page */
  GHashTable           *retention_outcomes; /* cohort id -> RcCohortOutcome */

  /* template children */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  AdwLeaflet           *leaflet;
  GtkWidget            *chart_button;
  GtkWidget            *options_button;
  GtkWidget            *export_button;
  GtkWidget            *export_icon_button;
  GtkDropDown          *measure_dropdown;
  GtkDropDown          *consortium_dropdown;
  GtkSearchEntry       *search_entry;
  GtkListView          *council_list;
  GtkLabel             *chosen_label;
  GtkSwitch            *average_switch;
  GtkSwitch            *national_switch;
  GtkLabel             *title_label;
  GtkLabel             *summary_label;
  GtkStack             *chart_stack;
  RcLineChartView      *chart_view;
  GtkStack             *retention_stack;
  RcLineChartView      *retention_view;
  GtkLabel             *retention_note;
};

/* rc-trends-page.c */
void rc_trends_page_update_chart            (RcTrendsPage *self);

/* rc-trends-page-councils.c: choosing the councils */
void rc_trends_page_init_councils           (RcTrendsPage *self);
/* Says how many are chosen, greys out the rest at the limit, redraws. */
void rc_trends_page_update_chosen           (RcTrendsPage *self);
void rc_trends_page_refilter                (RcTrendsPage *self);
void rc_trends_page_fill_consortia          (RcTrendsPage *self,
                                             GListModel   *consortia);
void rc_trends_page_choose_members          (RcTrendsPage *self,
                                             gint64        consortium_id);
/* Moves the consortium dropdown without choosing its members. */
void rc_trends_page_set_consortium_position (RcTrendsPage *self,
                                             guint         position);

/* rc-trends-page-retention.c: each cohort's retention, or past a few
 * cohorts, the cohorts of each programme added up */
void rc_trends_page_update_retention        (RcTrendsPage *self);

/* rc-trends-page-export.c */
void rc_trends_page_export_action           (GtkWidget    *widget,
                                             const char   *action_name,
                                             GVariant     *parameter);
void rc_trends_page_close_chooser           (RcTrendsPage *self);
/* Stops a chart being written, as the page goes. */
void rc_trends_page_cancel_export           (RcTrendsPage *self);

G_END_DECLS
