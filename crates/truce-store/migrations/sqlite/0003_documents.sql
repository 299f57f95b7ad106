-- Documents read by the extractor (news stories, monitors' notes), one row per document; the
-- candidates it yielded are reports (incidents table) and timeline facts in the ledger entry
-- at `seq`. The text itself is kept only when the operator asked for it.
CREATE TABLE documents (
    id         TEXT PRIMARY KEY,
    seq        INTEGER NOT NULL,
    name       TEXT NOT NULL,
    source     TEXT,
    date       TEXT NOT NULL,
    digest     TEXT NOT NULL,       -- SHA-256 of the text
    text_kept  INTEGER NOT NULL        -- 1 when the ledger entry holds the text
);
