-- Return Coordinator schema, version 2: the rates the DfE publishes.
-- The national and regional rows of the DfE's file often give the vacancy,
-- agency and turnover rates and the caseload without the figures behind
-- them. A rate computed from the stored figures wins; these are used only
-- when the figures are missing. Rates are in hundredths of a percent
-- (1550 is 15.5 %), the caseload in hundredths of a case per FTE.
-- Constraint names are the messages the user sees when a value is refused.

ALTER TABLE workforce_return ADD COLUMN published_vacancy_rate_pct100 INTEGER
  CONSTRAINT "A published vacancy rate must be between 0 and 100 %"
  CHECK (published_vacancy_rate_pct100 BETWEEN 0 AND 10000);
ALTER TABLE workforce_return ADD COLUMN published_agency_rate_pct100 INTEGER
  CONSTRAINT "A published agency rate must be between 0 and 100 %"
  CHECK (published_agency_rate_pct100 BETWEEN 0 AND 10000);
ALTER TABLE workforce_return ADD COLUMN published_turnover_rate_pct100 INTEGER
  CONSTRAINT "A published turnover rate must be between 0 and 1,000 %"
  CHECK (published_turnover_rate_pct100 BETWEEN 0 AND 100000);
ALTER TABLE workforce_return ADD COLUMN published_caseload100 INTEGER
  CONSTRAINT "A published caseload must be between 0 and 1,000 cases per FTE"
  CHECK (published_caseload100 BETWEEN 0 AND 100000);
