-- What each automatic determination was computed from (a digest of the scenario, the control
-- layers, the engine's version and the incident's reports): `truce adjudicate` determines
-- again only the incidents whose basis moved. NULL for determinations made before.
ALTER TABLE determinations ADD COLUMN basis TEXT;
