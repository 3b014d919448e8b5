-- One row per job that is running somewhere: the scheduler (ruralstat serve) inserts it before a
-- run and deletes it after, so that two processes sharing this database never run the same job at
-- once. acquired_at is UTC; a row older than the lease (ruralstat.lock-lease) was left by a killed
-- process and may be taken over.
CREATE TABLE rs_job_lock (
    job_name    VARCHAR(100) PRIMARY KEY,
    owner       VARCHAR(200) NOT NULL,
    acquired_at TIMESTAMP    NOT NULL
);
