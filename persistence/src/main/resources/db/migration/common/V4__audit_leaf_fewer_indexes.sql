-- Issue 5, append rate: every index on audit_leaf is maintained for each of thousands of rows a
-- second by the single integrator, which has to keep up with all writers (docs/benchmarks.md).
-- The two agency indexes are the ones /audit/entries gains least from: an agency's reach
-- (actor_agency = ? or resource_owner = ?) matches a large share of all entries, so its newest 50
-- are found by walking the primary key backwards, and its count reads most of the table either
-- way. The case and actor indexes stay: those filters are selective.
drop index ix_audit_leaf_actor_agency;
drop index ix_audit_leaf_owner;
