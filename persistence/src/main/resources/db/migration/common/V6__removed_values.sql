-- Issue 11. Removing a value (an item of a collection, or an optional attribute) is a versioned
-- write too: the next version of the value is a tombstone, so the history keeps what was removed,
-- by whom and when, and a stale removal is refused like a stale write.
alter table field_value add column removed boolean default false not null;
