-- Territorial control layers, one row per layer name (a reload is a new version in the
-- ledger); the layer's GeoJSON text is read from the ledger entry at `seq`.
CREATE TABLE control_layers (
    name     TEXT PRIMARY KEY,
    seq      BIGINT NOT NULL,
    path     TEXT NOT NULL,
    digest   TEXT NOT NULL,      -- SHA-256 of the GeoJSON text
    records  BIGINT NOT NULL       -- number of control records in it
);
