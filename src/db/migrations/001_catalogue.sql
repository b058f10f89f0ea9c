-- The catalogue: each entity is a validated JSON document (see src/catalogue/schema.ts)
-- with the columns the database must index or constrain beside it.
-- seed_hash: hash of the seed content that last wrote the row.
-- edited_at: set when staff edit the row; the seed loader never overwrites edited rows.

CREATE TABLE law (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  seed_hash text,
  edited_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE authority (
  id text PRIMARY KEY,
  level text NOT NULL CHECK (level IN ('federal', 'state', 'municipal')),
  doc jsonb NOT NULL,
  seed_hash text,
  edited_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE office (
  id text PRIMARY KEY,
  authority_id text NOT NULL REFERENCES authority (id),
  doc jsonb NOT NULL,
  seed_hash text,
  edited_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE state (
  code char(2) PRIMARY KEY CHECK (code ~ '^(0[1-9]|[12][0-9]|3[0-2])$'),
  slug text NOT NULL UNIQUE,
  doc jsonb NOT NULL,
  seed_hash text,
  edited_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE procedure (
  id text PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  level text NOT NULL CHECK (level IN ('federal', 'state', 'municipal')),
  phase text NOT NULL CHECK (phase IN ('constitution', 'construction', 'operation')),
  authority_id text NOT NULL REFERENCES authority (id),
  doc jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  seed_hash text,
  edited_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX procedure_level_idx ON procedure (level);
CREATE INDEX procedure_authority_idx ON procedure (authority_id);

-- Every published version of a procedure, for the public change history.
CREATE TABLE procedure_version (
  procedure_id text NOT NULL REFERENCES procedure (id),
  version integer NOT NULL,
  doc jsonb NOT NULL,
  note text,
  published_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (procedure_id, version)
);

CREATE TABLE sector (
  slug text PRIMARY KEY,
  doc jsonb NOT NULL,
  seed_hash text,
  edited_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- One row: a counter bumped by every catalogue change. Caches and ETags key on it.
CREATE TABLE catalogue_revision (
  id integer PRIMARY KEY CHECK (id = 1),
  revision bigint NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO catalogue_revision (id, revision) VALUES (1, 0);
