/**
 * The baseline: PostgreSQL full-text search over the same documents, on the
 * local PostgreSQL server, in a throwaway database dropped afterwards.
 * Spanish and English text search configurations with unaccent (accent-free
 * queries match), weighted title > text, GIN index; queries through
 * websearch_to_tsquery in both configurations, ranked with ts_rank_cd.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { SearchDoc } from '../src/search/documents.ts';

const SETUP = `
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION vt_es (COPY = spanish);
ALTER TEXT SEARCH CONFIGURATION vt_es ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
CREATE TEXT SEARCH CONFIGURATION vt_en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION vt_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TABLE doc (id text PRIMARY KEY, type text NOT NULL, title_es text, title_en text, text_es text, text_en text, code text,
  tsv tsvector, tsv_title tsvector);`;

const INDEX = `
UPDATE doc SET
  tsv = setweight(to_tsvector('vt_es', coalesce(title_es, '')), 'A') || setweight(to_tsvector('vt_en', coalesce(title_en, '')), 'A')
     || setweight(to_tsvector('simple', coalesce(code, '')), 'A')
     || setweight(to_tsvector('vt_es', coalesce(text_es, '')), 'B') || setweight(to_tsvector('vt_en', coalesce(text_en, '')), 'B'),
  tsv_title = to_tsvector('vt_es', coalesce(title_es, '')) || to_tsvector('vt_en', coalesce(title_en, '')) || to_tsvector('simple', coalesce(code, ''));
CREATE INDEX doc_tsv ON doc USING gin (tsv);
CREATE INDEX doc_tsv_title ON doc USING gin (tsv_title);
ANALYZE doc;`;

/** Search: a query in either language matches through either configuration. */
export const SEARCH_SQL = `
SELECT id, ts_rank_cd(tsv, q) AS rank
FROM doc, (SELECT websearch_to_tsquery('vt_es', $1) || websearch_to_tsquery('vt_en', $1) AS q) x
WHERE tsv @@ q ORDER BY rank DESC LIMIT 10`;

/** The same with a highlighted snippet per result, as the search page needs. */
export const SEARCH_HEADLINE_SQL = `
SELECT id, ts_headline('vt_en', coalesce(text_en, text_es), q, 'StartSel=<mark>, StopSel=</mark>, MaxWords=35') AS snippet
FROM (${SEARCH_SQL.replace('SELECT id, ts_rank_cd(tsv, q) AS rank', 'SELECT id, text_en, text_es, q, ts_rank_cd(tsv, q) AS rank')}) top`;

/** Type-ahead: every word but the last must match, the last as a prefix, in titles only. */
export const SUGGEST_SQL = `
SELECT id FROM doc, (SELECT to_tsquery('vt_es', $1) || to_tsquery('vt_en', $1) AS q) x
WHERE tsv_title @@ q ORDER BY ts_rank_cd(tsv_title, q) DESC LIMIT 8`;

/** "registro patr" → "registro & patr:*" (words only: to_tsquery has its own syntax). */
export const prefixQuery = (text: string): string | null => {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  return words ? words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(' & ') : null;
};

export interface PgFts {
  pool: pg.Pool;
  close(): Promise<void>;
}

export async function startPgFts(adminUrl: string, docs: SearchDoc[], syn: (d: SearchDoc) => { es: string; en: string }): Promise<PgFts> {
  const name = `vt_bench_search_${randomBytes(5).toString('hex')}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(sql).finally(() => c.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 4 });
  const close = async () => {
    await pool.end();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
  try {
    await pool.query(SETUP);
    for (let i = 0; i < docs.length; i += 500) {
      const batch = docs.slice(i, i + 500);
      const values: unknown[] = [];
      const rows = batch.map((d, k) => {
        const s = syn(d);
        // Same indexed text as the in-memory index, its glossary synonyms included.
        values.push(d.id, d.type, d.fields.titleEs, d.fields.titleEn, `${d.fields.textEs} ${s.es}`, `${d.fields.textEn} ${s.en}`, d.fields.code);
        return `(${Array.from({ length: 7 }, (_, c) => `$${k * 7 + c + 1}`).join(', ')})`;
      });
      await pool.query(`INSERT INTO doc (id, type, title_es, title_en, text_es, text_en, code) VALUES ${rows.join(', ')}`, values);
    }
    await pool.query(INDEX);
    return { pool, close };
  } catch (e) {
    await close();
    throw e;
  }
}
