-- rs_unit_figure held the consolidated figures per unit but nothing read them: summaries and reviews
-- rebuild them from the stored rows (issue #10). Portable SQL: the same migration runs on H2 and PostgreSQL.
DROP TABLE rs_unit_figure;
