-- Officials' monitoring (#17): what each group sold each month, by channel,
-- beside the daily roll-up it sums. A period's sales read its whole months
-- here and only the days at its edges from daily_group_sales
-- (monitoring::sales::period_parts), so a financial year sums thousands of
-- rows instead of lakhs. The worker rewrites a month whenever it rolls up
-- one of its days (monitoring::rollup). The PostgreSQL and SQLite twins
-- produce the same table.
CREATE TABLE monthly_group_sales (
    -- The day number (days since 1970-01-01, IST) of the month's first day.
    month        BIGINT NOT NULL,
    group_id     BIGINT NOT NULL REFERENCES shg_groups(id),
    channel      TEXT NOT NULL,
    orders       BIGINT NOT NULL,
    value_paise  BIGINT NOT NULL,
    PRIMARY KEY (month, group_id, channel)
);
-- The months of the days already rolled up.
-- (SQLite reads a day number as a UTC date, which is the IST date it counts.)
INSERT INTO monthly_group_sales (month, group_id, channel, orders, value_paise)
SELECT m, group_id, channel, SUM(orders), SUM(value_paise)
FROM (SELECT day - (CAST(strftime('%d', day * 86400, 'unixepoch') AS INTEGER) - 1) AS m, group_id, channel, orders, value_paise FROM daily_group_sales) d
GROUP BY m, group_id, channel;
