-- The claim matcher (lib/matching, issue 14): "has this been checked before?". It finds candidates
-- through the GIN index on the generated "searchVector" (public_search migration: statement and
-- quote, 'simple' configuration), one index lookup per query term, and compares the spelling of
-- those few candidates with the query by trigram similarity from pg_trgm, a contrib extension
-- every PostgreSQL package ships (trusted since PostgreSQL 13: the database owner may create it).
--
-- No trigram index: looking claims up by trigram similarity of a tweet-length text took 0.5 to 2 s
-- on 10,000 claims (every trigram of the text is an index probe, then each hit is rechecked), far
-- over the matcher's 50 ms budget. Similarity is computed on the full-text candidates only.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
