-- Which step raised a finding: ingest findings travel with a file that an incremental run carries
-- forward unchanged; check and annotate findings are raised again by every run.
ALTER TABLE rs_finding ADD COLUMN stage VARCHAR(10) NOT NULL DEFAULT 'ingest';
