/* rc-figure.h: stored figures that may be missing, and rates derived from them
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An integer figure as stored (a count, or FTE in hundredths). A council
 * that did not return a figure has a missing one, which is not the same as
 * a figure of 0: rates computed from it have no value. */
typedef struct
{
  gint64   value;
  gboolean present;
} RcFigure;

#define RC_FIGURE_MISSING ((RcFigure) { 0, FALSE })

static inline RcFigure
rc_figure (gint64 v)
{
  return (RcFigure) { v, TRUE };
}

/* A derived rate: a fraction (0.149 for 14.9 %) or a caseload. It has no
 * value when an input was missing or its denominator was 0; it is shown as
 * a dash, never as 0. */
typedef struct
{
  double   value;
  gboolean present;
} RcRate;

#define RC_RATE_NONE ((RcRate) { 0.0, FALSE })

static inline RcRate
rc_rate (double v)
{
  return (RcRate) { v, TRUE };
}

G_END_DECLS
