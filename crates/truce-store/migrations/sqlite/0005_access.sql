-- Who may use the server, and what is published. Users and tokens are ledger entries like
-- any other change (a password's argon2 hash, a token's SHA-256: never the secret itself).
CREATE TABLE users (
    name           TEXT PRIMARY KEY,
    seq            INTEGER NOT NULL,
    role           TEXT NOT NULL,      -- admin, monitor, liaison
    party          TEXT,               -- a liaison's party (registry id)
    password_hash  TEXT                -- argon2 PHC string
);

CREATE TABLE tokens (
    id         TEXT PRIMARY KEY,       -- the digest's first 16 hex digits
    seq        INTEGER NOT NULL,
    user_name  TEXT NOT NULL,
    digest     TEXT NOT NULL,          -- SHA-256 of the token
    revoked    INTEGER NOT NULL        -- 1 once withdrawn (a logout, `truce token revoke`)
);
CREATE UNIQUE INDEX tokens_digest ON tokens (digest);

-- Whether each incident is published (public, and every party's liaison, see it).
CREATE TABLE publications (
    incident_id  TEXT PRIMARY KEY,
    seq          INTEGER NOT NULL,
    published    INTEGER NOT NULL
);
