-- What lists, maps, figures and the review queue read: one row per incident, written in the
-- same transaction as any change to its reports, determination, reviews or publication, from
-- the same assembly the snapshot path uses. `truce verify` recomputes every row from the
-- ledger. Lists never read the ledger, whatever the size of the record.
CREATE TABLE incident_index (
    incident_id     TEXT PRIMARY KEY,
    since_seq       BIGINT NOT NULL,   -- the first ledger entry among its reports (queue order)
    day             TEXT NOT NULL,     -- date_start; '' when undated (list order, with the id)
    sub_event_type  TEXT NOT NULL,
    outcome         TEXT,               -- the outcome that stands
    grade           TEXT NOT NULL,
    deaths          BIGINT,            -- the reconciled best figure
    place           TEXT,
    admin1          TEXT,
    lat             DOUBLE PRECISION,
    lon             DOUBLE PRECISION,
    protected       BIGINT NOT NULL,   -- 1 when a report's source is protected
    published       BIGINT NOT NULL,
    attention       BIGINT NOT NULL,   -- 1 when it waits for a person
    actors          TEXT NOT NULL,      -- `|id|…|`: the combined record's actors and their members
    parties         TEXT NOT NULL,      -- `|id|…|`: every report's actors and their members
    filers          TEXT NOT NULL,      -- `|user|…|`: who filed its reports
    feature         TEXT NOT NULL,      -- the GeoJSON Feature a map draws (exact place)
    coarse_feature  TEXT,               -- the same without place or point, for a protected incident shown to those who may not see where
    summary         TEXT NOT NULL,      -- the incident as a list shows it (JSON)
    coarse_summary  TEXT                -- the same with the place coarsened to its district, for a protected incident
);
CREATE INDEX incident_index_day ON incident_index (day, incident_id);
-- The outcome is the filter lists use most: its pages are read in order, without skipping.
CREATE INDEX incident_index_outcome ON incident_index (outcome, day, incident_id);
CREATE INDEX incident_index_queue ON incident_index (attention, since_seq, incident_id);
