import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Han ranges of the domain tokeniser (HAN_CHARACTERS: U+3400–4DBF, U+4E00–9FFF, U+F900–FAFF,
 * U+20000–2FA1F) as literal characters, frozen here because a migration never changes; a test checks it
 * against the domain constant.
 */
export const SEARCH_TERMS_HAN_RANGES = '\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{2FA1F}';

/**
 * Chinese + English full-text search without an extension (works the same on PostgreSQL 15 and PGlite):
 *
 * - `registry.search_terms(text)`: the index terms of a text — Han character bigrams (+ each run's last
 *   character), lower-cased Latin words, '' between runs. A port of `indexTerms` in
 *   `@scq/registry-domain` (search-text.ts); `search.int-spec.ts` proves they agree on both engines.
 * - `registry.search_vector(texts, weights)`: a tsvector built from the tsvector INPUT syntax
 *   (`'无人':1A '人配':2A …`), never from a text-search parser, whose idea of a "word" depends on the locale
 *   (the default parser reads `AI辅助诊断` as one word). Positions make phrases (adjacent bigrams) exact.
 * - generated columns on `registry.scenario`: `search_document` (title A, tags B, description C; GIN) and
 *   `search_title` (titles only). Generated, so every insert and update keeps them current without touching
 *   the scenario repository, and adding them indexes the rows already there.
 * - `registry.scenario_search`: a narrow projection (id, title vector and the filter columns, ~150 bytes a
 *   row) kept current by a trigger, backfilled here. Title matches and duplicate candidates are found and
 *   ordered in it: a bitmap scan over thousands of matches touches a few hundred of its pages instead of
 *   thousands of the wide scenario table's (docs/search.md has the measurements).
 */
export class RegistrySearchIndex1763800005000 implements MigrationInterface {
  name = 'RegistrySearchIndex1763800005000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE FUNCTION registry.search_terms(input text) RETURNS text[]
      LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $fn$
      DECLARE
        run text;
        chars text[];
        n int;
        terms text[] := '{}';
      BEGIN
        IF input IS NULL THEN
          RETURN terms;
        END IF;
        FOR run IN SELECT r.m[1] FROM regexp_matches(lower(normalize(input, NFKC)), '[${SEARCH_TERMS_HAN_RANGES}]+|[a-z0-9]+', 'g') AS r(m) LOOP
          IF run ~ '^[a-z0-9]' THEN
            terms := terms || run;
          ELSE
            chars := string_to_array(run, NULL);
            n := cardinality(chars);
            FOR i IN 1 .. n - 1 LOOP
              terms := terms || (chars[i] || chars[i + 1]);
            END LOOP;
            terms := terms || chars[n];
          END IF;
          terms := terms || ''::text;
        END LOOP;
        RETURN terms;
      END
      $fn$;

      CREATE FUNCTION registry.search_vector(texts text[], weights text) RETURNS tsvector
      LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $fn$
      DECLARE
        parts text[] := '{}';
        terms text[];
        part text;
        base int := 0;
      BEGIN
        FOR f IN 1 .. coalesce(cardinality(texts), 0) LOOP
          terms := registry.search_terms(texts[f]);
          SELECT string_agg('''' || t.term || ''':' || least(t.pos + base, 16383) || substr(weights, f, 1), ' ') INTO part
            FROM unnest(terms) WITH ORDINALITY AS t(term, pos)
           WHERE t.term <> '';
          IF part IS NOT NULL THEN
            parts := parts || part;
          END IF;
          base := base + cardinality(terms) + 2;
        END LOOP;
        RETURN array_to_string(parts, ' ')::tsvector;
      END
      $fn$;

      CREATE FUNCTION registry.scenario_search_document(title_zh text, title_en text, description_zh text, description_en text, tags text[]) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
        SELECT registry.search_vector(ARRAY[title_zh, title_en, array_to_string(tags, ' '), description_zh, description_en], 'AABCC')
      $fn$;

      CREATE FUNCTION registry.scenario_search_title(title_zh text, title_en text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
        SELECT registry.search_vector(ARRAY[title_zh, title_en], 'AA')
      $fn$;

      ALTER TABLE registry.scenario
        ADD COLUMN search_document tsvector GENERATED ALWAYS AS (registry.scenario_search_document(title_zh, title_en, description_zh, description_en, tags)) STORED,
        ADD COLUMN search_title tsvector GENERATED ALWAYS AS (registry.scenario_search_title(title_zh, title_en)) STORED;
      CREATE INDEX scenario_search_document ON registry.scenario USING gin (search_document);

      CREATE TABLE registry.scenario_search (
        id uuid PRIMARY KEY REFERENCES registry.scenario (id) ON DELETE CASCADE,
        registered_at timestamptz NOT NULL,
        taxonomy_version text NOT NULL,
        aspect_code text NOT NULL,
        domain_code text NOT NULL,
        owner_unit text NOT NULL,
        district text,
        tier text NOT NULL,
        stage text,
        title tsvector NOT NULL
      );

      CREATE FUNCTION registry.scenario_search_sync() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      BEGIN
        INSERT INTO registry.scenario_search AS t (id, registered_at, taxonomy_version, aspect_code, domain_code, owner_unit, district, tier, stage, title)
        VALUES (NEW.id, NEW.registered_at, NEW.taxonomy_version, NEW.aspect_code, NEW.domain_code, NEW.owner_unit, NEW.district, NEW.tier, NEW.stage, NEW.search_title)
        ON CONFLICT (id) DO UPDATE SET
          registered_at = EXCLUDED.registered_at, taxonomy_version = EXCLUDED.taxonomy_version, aspect_code = EXCLUDED.aspect_code,
          domain_code = EXCLUDED.domain_code, owner_unit = EXCLUDED.owner_unit, district = EXCLUDED.district, tier = EXCLUDED.tier,
          stage = EXCLUDED.stage, title = EXCLUDED.title;
        RETURN NULL;
      END
      $fn$;

      CREATE TRIGGER scenario_search_sync
        AFTER INSERT OR UPDATE OF title_zh, title_en, registered_at, taxonomy_version, aspect_code, domain_code, owner_unit, district, tier, stage
        ON registry.scenario FOR EACH ROW EXECUTE FUNCTION registry.scenario_search_sync();

      INSERT INTO registry.scenario_search (id, registered_at, taxonomy_version, aspect_code, domain_code, owner_unit, district, tier, stage, title)
      SELECT id, registered_at, taxonomy_version, aspect_code, domain_code, owner_unit, district, tier, stage, search_title FROM registry.scenario;

      CREATE INDEX scenario_search_title ON registry.scenario_search USING gin (title);
      CREATE INDEX scenario_search_recent ON registry.scenario_search (registered_at DESC, id DESC);
      CREATE INDEX scenario_search_domain ON registry.scenario_search (domain_code, registered_at DESC, id DESC);
      CREATE INDEX scenario_search_district ON registry.scenario_search (district, registered_at DESC, id DESC);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DROP TRIGGER scenario_search_sync ON registry.scenario;
      DROP FUNCTION registry.scenario_search_sync();
      DROP TABLE registry.scenario_search;
      ALTER TABLE registry.scenario DROP COLUMN search_document, DROP COLUMN search_title;
      DROP FUNCTION registry.scenario_search_title(text, text);
      DROP FUNCTION registry.scenario_search_document(text, text, text, text, text[]);
      DROP FUNCTION registry.search_vector(text[], text);
      DROP FUNCTION registry.search_terms(text);
    `);
  }
}

/**
 * The coordinator's decisions on near-duplicate pairs (避免重复建设): append-only, one row per decision, the
 * pair stored in a canonical order (lower id first) so A–B and B–A are the same pair; the latest row counts.
 */
export class RegistryDuplicateDecisions1763800005100 implements MigrationInterface {
  name = 'RegistryDuplicateDecisions1763800005100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE registry.scenario_duplicate_decision (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        scenario_low uuid NOT NULL REFERENCES registry.scenario (id) ON DELETE CASCADE,
        scenario_high uuid NOT NULL REFERENCES registry.scenario (id) ON DELETE CASCADE,
        decision text NOT NULL CHECK (decision IN ('link', 'dismiss')),
        score real,
        note text,
        decided_by text,
        decided_roles text[] NOT NULL DEFAULT '{}',
        decided_at timestamptz NOT NULL,
        CHECK (scenario_low < scenario_high)
      );
      CREATE INDEX scenario_duplicate_decision_low ON registry.scenario_duplicate_decision (scenario_low, scenario_high, id DESC);
      CREATE INDEX scenario_duplicate_decision_high ON registry.scenario_duplicate_decision (scenario_high, scenario_low, id DESC);
    `);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE registry.scenario_duplicate_decision');
  }
}

export const searchMigrations = [RegistrySearchIndex1763800005000, RegistryDuplicateDecisions1763800005100];
