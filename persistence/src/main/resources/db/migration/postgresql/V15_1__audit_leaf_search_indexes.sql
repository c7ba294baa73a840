-- Issue 14, the auditor's search over a million entries (goal p95 <= 200 ms for each filter):
-- the two filters that are selective but had no index. Both are cheap for the integrator, which
-- keeps up with every writer (V4): a BRIN index on the time keeps one summary per 128 pages, as
-- entries arrive in time order, and the partial index holds only the denials.
create index ix_audit_leaf_time on audit_leaf using brin (recorded_at);
create index ix_audit_leaf_denied on audit_leaf (idx) where outcome = 'DENY';
