-- The ledger is the record; every other table is a projection of it that `truce verify`
-- recomputes. Nothing updates or deletes ledger rows.
CREATE TABLE ledger (
    seq        BIGINT PRIMARY KEY,    -- dense, from 1
    at         TEXT    NOT NULL,      -- UTC instant, RFC 3339
    actor      TEXT    NOT NULL,      -- a user or `system`
    kind       TEXT    NOT NULL,      -- the change's kind
    format     BIGINT NOT NULL,      -- version of the canonical encoding
    subject    TEXT    NOT NULL,      -- the projection row it writes, e.g. `incident:ucdp:1`
    payload    TEXT    NOT NULL,      -- canonical encoding of the change
    prev_hash  TEXT    NOT NULL,      -- hash of entry seq-1 (64 zeros for the first)
    hash       TEXT    NOT NULL       -- SHA-256 over prev_hash and this entry
);
CREATE INDEX ledger_subject ON ledger (subject);

CREATE TABLE scenarios (
    name           TEXT PRIMARY KEY,
    seq            BIGINT NOT NULL,
    agreement_id   TEXT NOT NULL,
    terms_path     TEXT NOT NULL,
    terms_text     TEXT NOT NULL,
    registry_path  TEXT NOT NULL,
    registry_text  TEXT NOT NULL
);

-- The record and raw row of each incident are read from the ledger entry at `seq`.
CREATE TABLE incidents (
    id              TEXT PRIMARY KEY,
    seq             BIGINT NOT NULL,
    revision        BIGINT NOT NULL,
    digest          TEXT NOT NULL,
    source_file     TEXT NOT NULL,
    date_start      TEXT,
    date_end        TEXT,
    event_type      TEXT NOT NULL,
    sub_event_type  TEXT NOT NULL,
    admin1          TEXT,
    lat             DOUBLE PRECISION,
    lon             DOUBLE PRECISION,
    best            BIGINT,
    actor_ids       TEXT NOT NULL
);
CREATE INDEX incidents_date ON incidents (date_start);

-- The reasons of each determination are read from the ledger entry at `seq`.
CREATE TABLE determinations (
    incident_id    TEXT PRIMARY KEY,
    seq            BIGINT NOT NULL,
    agreement_id   TEXT NOT NULL,
    terms_version  TEXT NOT NULL,
    outcome        TEXT NOT NULL,
    clauses        TEXT NOT NULL,
    decided_by     TEXT NOT NULL
);
CREATE INDEX determinations_outcome ON determinations (outcome);
CREATE FUNCTION truce_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'the ledger is append-only'; END $$;
CREATE TRIGGER ledger_no_change BEFORE UPDATE OR DELETE ON ledger
    FOR EACH ROW EXECUTE FUNCTION truce_ledger_append_only();
