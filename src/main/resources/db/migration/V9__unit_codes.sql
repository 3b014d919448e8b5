-- The official codes of a table's unit and of its parent, from the national unit register
-- (issue #11): a unit is its code, never its name. Null when the register did not match it.
ALTER TABLE rs_source_table ADD COLUMN unit_code VARCHAR(10);
ALTER TABLE rs_source_table ADD COLUMN parent_code VARCHAR(10);
