-- Historical exchange rates (issue 4, AS-2): every rate as units of the currency per US dollar.

CREATE TABLE exchange_rates (
  currency TEXT NOT NULL,           -- ISO 4217
  series TEXT NOT NULL,             -- fed-h10-monthly | fed-h10-annual | worldbank-annual | …
  period TEXT NOT NULL,             -- month | year
  period_start TEXT NOT NULL,       -- YYYY-MM-DD, the first day of the month or year
  units_per_usd TEXT NOT NULL,      -- decimal, as published (inverted where the source quotes USD per unit)
  PRIMARY KEY (currency, series, period_start)
);
CREATE INDEX exchange_rates_lookup ON exchange_rates(currency, period_start);
