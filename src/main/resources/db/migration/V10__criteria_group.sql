-- The commune's group (1, 2 or 3 of the 2026-2030 criteria set) as a criteria matrix's group
-- column gives it ("Nhóm xã"); null when the matrix has none or the cell names no group.
ALTER TABLE rs_criteria_row ADD COLUMN commune_group INT;
