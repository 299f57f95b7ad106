-- Column names of source files, written once (a `columns_read` ledger entry): each
-- report's entry then holds its row's values only, and names that entry for the columns.
CREATE TABLE source_columns (
    key          TEXT PRIMARY KEY,   -- the columns, digested
    seq          BIGINT NOT NULL,
    source_file  TEXT NOT NULL,      -- the file they were first read from
    columns      TEXT NOT NULL       -- JSON array of the names, in file order
);
