/* rc-fuzz-csv.h: mutated CSV files fed to the CSV reader and each importer
 *
 * Copyright 2026 The Return Coordinator authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by tests/test-fuzz-csv.c (a few thousand inputs in the suite) and
 * tests/fuzz/fuzz-csv.c (100,000 a target, run by build-aux/reliability
 * under AddressSanitizer and UndefinedBehaviourSanitizer).
 */

#pragma once

#include "store/rc-store.h"

G_BEGIN_DECLS

typedef enum
{
  RC_FUZZ_CSV_READER,  /* rc_csv_reader_next() over the whole input */
  RC_FUZZ_WORKFORCE,   /* the DfE workforce import: parse, describe, apply */
  RC_FUZZ_TRAINEES,    /* the trainee import: header, mapping, parse, apply */
  RC_FUZZ_N_TARGETS
} RcFuzzTarget;

typedef struct
{
  guint  inputs;
  guint  accepted;      /* read or planned without a problem */
  guint  refused;       /* a whole-file error, or a plan with malformed rows */
  guint  malformed;     /* malformed rows seen, each with its line and reason */
  guint  applied;       /* clean plans saved to the database */
  guint  unclear;       /* refusals without a clear message: must stay 0 */
  char  *first_unclear; /* what was wrong with the first of them */
} RcFuzzStats;

const char *rc_fuzz_target_get_name (RcFuzzTarget   target);
gboolean    rc_fuzz_target_from_name (const char    *name,
                                      RcFuzzTarget  *target);

/* The valid file the inputs are mutated from. */
const char *rc_fuzz_seed            (RcFuzzTarget   target);

/* A mutation of @seed: byte flips, inserted quotes, commas, CR, LF, NUL,
 * byte order marks and invalid UTF-8, deleted ranges, truncations,
 * duplicated and swapped lines, fields replaced by huge or odd numbers
 * and by the DfE's markers (z, x, c, low, u), long fields. */
GBytes     *rc_fuzz_mutate          (const char    *seed,
                                     GRand         *rand);

/* Feeds @n inputs mutated with @seed_value to @target, reading and writing
 * @store (the demo database: the trainee import goes into its cohort 1),
 * and adds what happened to @stats. An input that crashes stops the
 * program, as it should; @on_input, if set, is told of each input first
 * (to save the one that is about to run). */
void        rc_fuzz_run             (RcFuzzTarget   target,
                                     RcStore       *store,
                                     guint32        seed_value,
                                     guint          n,
                                     void         (*on_input) (GBytes *input, gpointer data),
                                     gpointer       data,
                                     RcFuzzStats   *stats);
void        rc_fuzz_stats_clear     (RcFuzzStats   *stats);

G_END_DECLS
