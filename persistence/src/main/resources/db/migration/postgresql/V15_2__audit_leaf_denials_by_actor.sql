-- Issue 14: the anomaly rule "repeated denials" counts one person's denials within ten minutes of
-- each denied entry on a page; only denials are indexed, so the integrator pays for nothing else.
create index ix_audit_leaf_denied_actor on audit_leaf (actor, recorded_at) where outcome = 'DENY';
