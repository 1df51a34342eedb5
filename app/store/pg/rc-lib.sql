-- rc-lib.sql: the SQLite functions the store's SQL uses, for PostgreSQL
--
-- The store writes one dialect of SQL for both backends (rc-store-backend.h).
-- These functions, in schema rc_lib, which every role's search_path holds,
-- give PostgreSQL the SQLite date functions that SQL calls, with SQLite's
-- results: date(), datetime(), julianday() and strftime() of an ISO-8601
-- text and modifiers ('now', '+3 months', 'localtime', 'start of month'),
-- NULL for text that is not a date, months added as SQLite adds them
-- (2023-01-31 + 1 month is 2023-03-03, as in SQLite), and sum() of
-- booleans, which SQLite counts as 0 and 1. Run again at every upgrade:
-- every statement replaces what was there.

CREATE SCHEMA IF NOT EXISTS rc_lib;

-- ts parsed as SQLite parses a time value, with modifiers applied, as a
-- UTC timestamp; NULL when either is not understood.
CREATE OR REPLACE FUNCTION rc_lib.sqlite_time (ts text, modifiers text[])
RETURNS timestamp
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog
AS $$
DECLARE
  parts text[];
  y int; m int; d int;
  t interval := interval '0';
  result timestamp;
  modifier text;
  amount numeric;
  unit text;
BEGIN
  IF ts IS NULL THEN
    RETURN NULL;
  END IF;
  IF lower(ts) = 'now' THEN
    result := statement_timestamp () AT TIME ZONE 'UTC';
  ELSE
    parts := regexp_match (ts, '^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?\s*(Z|[+-]\d{2}:\d{2})?\s*$');
    IF parts IS NULL THEN
      RETURN NULL;
    END IF;
    y := parts[1]::int; m := parts[2]::int; d := parts[3]::int;
    IF y < 1 OR m NOT BETWEEN 1 AND 12 OR d NOT BETWEEN 1 AND 31 THEN
      RETURN NULL;
    END IF;
    IF parts[4] IS NOT NULL THEN
      IF parts[4]::int > 24 OR parts[5]::int > 59 OR coalesce (parts[6]::numeric, 0) >= 60 THEN
        RETURN NULL;
      END IF;
      t := make_interval (hours => parts[4]::int, mins => parts[5]::int,
                          secs => coalesce (parts[6]::numeric, 0)::double precision);
    END IF;
    -- SQLite takes 31 February as 3 March (2 in a leap year).
    result := make_date (y, m, 1) + (d - 1) + t;
    IF parts[7] IS NOT NULL AND parts[7] <> 'Z' THEN
      result := result - (parts[7] || ':00')::interval;
    END IF;
  END IF;

  FOREACH modifier IN ARRAY coalesce (modifiers, '{}') LOOP
    IF modifier IS NULL THEN
      RETURN NULL;
    END IF;
    modifier := lower (btrim (modifier));
    parts := regexp_match (modifier, '^([+-]?\d+(?:\.\d+)?)\s+(day|hour|minute|second|month|year)s?$');
    IF parts IS NOT NULL THEN
      amount := parts[1]::numeric;
      unit := parts[2];
      IF unit IN ('month', 'year') THEN
        IF amount <> trunc (amount) THEN
          RETURN NULL;
        END IF;
        IF unit = 'year' THEN
          amount := amount * 12;
        END IF;
        -- As SQLite: move the month, keep the day, let it overflow.
        m := extract (year FROM result)::int * 12 + extract (month FROM result)::int - 1 + amount::int;
        d := extract (day FROM result)::int;
        result := make_date (m / 12, m % 12 + 1, 1) + (d - 1)
                  + (result - date_trunc ('day', result));
      ELSE
        result := result + amount * ('1 ' || unit)::interval;
      END IF;
    ELSIF modifier = 'start of month' THEN
      result := date_trunc ('month', result);
    ELSIF modifier = 'start of year' THEN
      result := date_trunc ('year', result);
    ELSIF modifier = 'start of day' THEN
      result := date_trunc ('day', result);
    ELSIF modifier = 'localtime' THEN
      result := (result AT TIME ZONE 'UTC') AT TIME ZONE current_setting ('TimeZone');
    ELSIF modifier = 'utc' THEN
      result := (result AT TIME ZONE current_setting ('TimeZone')) AT TIME ZONE 'UTC';
    ELSIF modifier ~ '^weekday [0-6]$' THEN
      result := result + ((substr (modifier, 9)::int - extract (dow FROM result)::int + 7) % 7);
    ELSE
      RETURN NULL;
    END IF;
  END LOOP;

  RETURN result;
END;
$$;

-- SQLite 3.40 gives the date of a value with no modifier and no offset as
-- it was written, once it parses: date ('2023-02-31') is '2023-02-31', and
-- so a CHECK (date (x) IS x) lets it through. So does this one.
CREATE OR REPLACE FUNCTION rc_lib.date (ts text)
RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
RETURN CASE
  WHEN ts ~ '^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])([T ]([01]\d|2[0-4]):[0-5]\d(:[0-5]\d(\.\d+)?)?)?\s*Z?\s*$'
    THEN substr (ts, 1, 10)
  ELSE to_char (rc_lib.sqlite_time (ts, NULL), 'YYYY-MM-DD')
END;

CREATE OR REPLACE FUNCTION rc_lib.date (ts text, VARIADIC modifiers text[])
RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
RETURN to_char (rc_lib.sqlite_time (ts, modifiers), 'YYYY-MM-DD');

CREATE OR REPLACE FUNCTION rc_lib.datetime (ts text)
RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
RETURN to_char (rc_lib.sqlite_time (ts, NULL), 'YYYY-MM-DD HH24:MI:SS');

CREATE OR REPLACE FUNCTION rc_lib.datetime (ts text, VARIADIC modifiers text[])
RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
RETURN to_char (rc_lib.sqlite_time (ts, modifiers), 'YYYY-MM-DD HH24:MI:SS');

-- Days since noon on 24 November 4714 BC, as SQLite counts them.
CREATE OR REPLACE FUNCTION rc_lib.julian (t timestamp)
RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN to_char (t, 'J')::double precision - 0.5
       + extract (epoch FROM t - date_trunc ('day', t))::double precision / 86400;

CREATE OR REPLACE FUNCTION rc_lib.julianday (ts text)
RETURNS double precision LANGUAGE sql STABLE PARALLEL SAFE
RETURN rc_lib.julian (rc_lib.sqlite_time (ts, NULL));

CREATE OR REPLACE FUNCTION rc_lib.julianday (ts text, VARIADIC modifiers text[])
RETURNS double precision LANGUAGE sql STABLE PARALLEL SAFE
RETURN rc_lib.julian (rc_lib.sqlite_time (ts, modifiers));

-- SQLite's strftime: %d %f %H %j %J %m %M %s %S %w %W %Y %%.
CREATE OR REPLACE FUNCTION rc_lib.strftime (format text, ts text, VARIADIC modifiers text[] DEFAULT '{}')
RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog
AS $$
DECLARE
  t timestamp := rc_lib.sqlite_time (ts, modifiers);
  result text := '';
  i int := 1;
  c text;
BEGIN
  IF t IS NULL OR format IS NULL THEN
    RETURN NULL;
  END IF;
  WHILE i <= length (format) LOOP
    c := substr (format, i, 1);
    IF c = '%' AND i < length (format) THEN
      i := i + 1;
      c := substr (format, i, 1);
      result := result || CASE c
        WHEN 'd' THEN to_char (t, 'DD')
        WHEN 'f' THEN to_char (t, 'SS.MS')
        WHEN 'H' THEN to_char (t, 'HH24')
        WHEN 'j' THEN to_char (t, 'DDD')
        WHEN 'J' THEN rc_lib.julian (t)::text
        WHEN 'm' THEN to_char (t, 'MM')
        WHEN 'M' THEN to_char (t, 'MI')
        WHEN 's' THEN trunc (extract (epoch FROM t))::bigint::text
        WHEN 'S' THEN to_char (t, 'SS')
        WHEN 'w' THEN extract (dow FROM t)::int::text
        WHEN 'W' THEN lpad (((extract (doy FROM t)::int + 6 - (extract (dow FROM t)::int + 6) % 7) / 7)::text, 2, '0')
        WHEN 'Y' THEN to_char (t, 'YYYY')
        WHEN '%' THEN '%'
        ELSE NULL
      END;
      IF result IS NULL THEN
        RETURN NULL;
      END IF;
    ELSE
      result := result || c;
    END IF;
    i := i + 1;
  END LOOP;
  RETURN result;
END;
$$;

-- SQLite counts a true comparison as 1: sum (stage = 'withdrawn').
CREATE OR REPLACE FUNCTION rc_lib.sum_boolean_step (state bigint, value boolean)
RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN value IS NULL THEN state ELSE coalesce (state, 0) + value::int END;

CREATE OR REPLACE AGGREGATE rc_lib.sum (boolean) (
  SFUNC = rc_lib.sum_boolean_step,
  STYPE = bigint
);

-- SQLite's scalar max (a, b) and min (a, b), and ifnull and iif.
CREATE OR REPLACE FUNCTION rc_lib.max (a anycompatible, b anycompatible)
RETURNS anycompatible LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN a IS NULL OR b IS NULL THEN NULL ELSE greatest (a, b) END $$;

CREATE OR REPLACE FUNCTION rc_lib.min (a anycompatible, b anycompatible)
RETURNS anycompatible LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN a IS NULL OR b IS NULL THEN NULL ELSE least (a, b) END $$;

CREATE OR REPLACE FUNCTION rc_lib.ifnull (a anycompatible, b anycompatible)
RETURNS anycompatible LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT coalesce (a, b) $$;

CREATE OR REPLACE FUNCTION rc_lib.iif (condition boolean, a anycompatible, b anycompatible)
RETURNS anycompatible LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN condition THEN a ELSE b END $$;
