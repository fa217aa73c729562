-- Search: the server writes a normalised search_text (folded, lower case, tokens separated by
-- single spaces); a word-prefix LIKE (' mul%') on a trigram index finds what FTS5 finds.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX accounts_search ON accounts USING gin (search_text gin_trgm_ops);
CREATE INDEX contacts_search ON contacts USING gin (search_text gin_trgm_ops);
