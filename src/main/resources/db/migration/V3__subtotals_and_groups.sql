-- Subtotal rows cover only the data rows since the previous totals row; group headings
-- ("Xã Ngân Sơn" above its villages) assign the villages below them to a commune.
ALTER TABLE rs_reported_value ADD COLUMN covered_from INT NOT NULL DEFAULT 0;
ALTER TABLE rs_reported_value ADD COLUMN covered_to INT NOT NULL DEFAULT 0;
ALTER TABLE rs_poverty_row ADD COLUMN group_name VARCHAR(200);
