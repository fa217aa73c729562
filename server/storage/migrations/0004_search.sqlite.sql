-- Search: the server writes a normalised search_text (folded, lower case, tokens separated by
-- single spaces); FTS5 indexes it by search_rowid. Contentless: the text lives in the row.
CREATE UNIQUE INDEX accounts_search_rowid ON accounts (search_rowid);
CREATE UNIQUE INDEX contacts_search_rowid ON contacts (search_rowid);
CREATE VIRTUAL TABLE account_search USING fts5(search_text, content='', tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE contact_search USING fts5(search_text, content='', tokenize='unicode61 remove_diacritics 2');
INSERT INTO account_search (rowid, search_text) SELECT search_rowid, search_text FROM accounts;
INSERT INTO contact_search (rowid, search_text) SELECT search_rowid, search_text FROM contacts;
CREATE TRIGGER accounts_search_insert AFTER INSERT ON accounts BEGIN
  INSERT INTO account_search (rowid, search_text) VALUES (NEW.search_rowid, NEW.search_text);
END;
CREATE TRIGGER accounts_search_update AFTER UPDATE OF search_text ON accounts BEGIN
  INSERT INTO account_search (account_search, rowid, search_text) VALUES ('delete', OLD.search_rowid, OLD.search_text);
  INSERT INTO account_search (rowid, search_text) VALUES (NEW.search_rowid, NEW.search_text);
END;
CREATE TRIGGER accounts_search_delete AFTER DELETE ON accounts BEGIN
  INSERT INTO account_search (account_search, rowid, search_text) VALUES ('delete', OLD.search_rowid, OLD.search_text);
END;
CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts BEGIN
  INSERT INTO contact_search (rowid, search_text) VALUES (NEW.search_rowid, NEW.search_text);
END;
CREATE TRIGGER contacts_search_update AFTER UPDATE OF search_text ON contacts BEGIN
  INSERT INTO contact_search (contact_search, rowid, search_text) VALUES ('delete', OLD.search_rowid, OLD.search_text);
  INSERT INTO contact_search (rowid, search_text) VALUES (NEW.search_rowid, NEW.search_text);
END;
CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts BEGIN
  INSERT INTO contact_search (contact_search, rowid, search_text) VALUES ('delete', OLD.search_rowid, OLD.search_text);
END;
