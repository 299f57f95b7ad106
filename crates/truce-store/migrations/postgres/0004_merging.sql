-- Reports and incidents are distinct from here on: what was `incidents` holds reports (one
-- per source row or extracted candidate), and `memberships` says which incident each report
-- belongs to (the merger's placement and its score, or a reviewer's). An incident is the
-- set of its reports; its figures and grade are computed from them, never stored.
ALTER TABLE incidents RENAME TO reports;

CREATE TABLE memberships (
    report_id    TEXT PRIMARY KEY,
    seq          BIGINT NOT NULL,
    incident_id  TEXT NOT NULL,
    score        DOUBLE PRECISION,                 -- the merger's score; null when it founded the incident or a person placed it
    doubtful     BIGINT NOT NULL,       -- 1 when the merge awaits a reviewer (low score, or a close runner-up)
    decided_by   TEXT NOT NULL
);
CREATE INDEX memberships_incident ON memberships (incident_id);

-- Each reviewer's latest decision per incident (`key` is `incident|reviewer`); the automatic
-- determination stays in `determinations`, beside it. Reasons are read from the ledger.
CREATE TABLE reviews (
    key          TEXT PRIMARY KEY,
    seq          BIGINT NOT NULL,
    incident_id  TEXT NOT NULL,
    reviewer     TEXT NOT NULL,
    outcome      TEXT NOT NULL,
    clauses      TEXT NOT NULL
);
CREATE INDEX reviews_incident ON reviews (incident_id);
