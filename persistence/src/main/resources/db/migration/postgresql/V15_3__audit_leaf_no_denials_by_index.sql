-- Issue 14: the partial index of denials by log index (V15_1) misled the planner. For one person's
-- denials within a time range it walked every denial in index order (170 ms on a million entries)
-- instead of the index of denials by person and time (V15_2, 4-16 ms). A search for denials alone
-- is served by V15_2 too: its count by an index-only scan, its newest page by the primary key.
drop index ix_audit_leaf_denied;
