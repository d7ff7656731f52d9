-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "searchName" TEXT NOT NULL DEFAULT '';

-- Unit search (issue #11 §4): the search key of a unit's name, marks stripped and lower case, kept by a
-- trigger so every writer (app, seed, imports, bulk SQL of the benchmark) fills it. lib/domain/vn-fold.ts
-- folds the typed text the same way. Both extensions are trusted in PostgreSQL 13+ (the database owner may
-- create them); the embedded PGlite loads them from @electric-sql/pglite/contrib (scripts/embedded-db.ts).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE OR REPLACE FUNCTION unit_search_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchName" := btrim(regexp_replace(lower(unaccent(normalize(NEW.name, NFC))), '\s+', ' ', 'g'));
  RETURN NEW;
END
$$;

CREATE TRIGGER unit_search_name BEFORE INSERT OR UPDATE OF name ON "Unit"
  FOR EACH ROW EXECUTE FUNCTION unit_search_name();

UPDATE "Unit" SET name = name;

-- Contains-matches ("dong hoa" in "xa dong hoa") through trigrams; the schema cannot express the operator
-- class, so the drift check leaves indexes named *_trgm_idx to the migrations (scripts/db/migrations.ts).
CREATE INDEX "Unit_searchName_trgm_idx" ON "Unit" USING gin ("searchName" gin_trgm_ops);
