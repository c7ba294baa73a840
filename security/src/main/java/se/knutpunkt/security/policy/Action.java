package se.knutpunkt.security.policy;

/** What is asked; each has its own rule in the policy decision point. */
public enum Action {
  CREATE_CASE,
  LIST_CASES,
  OPEN_CASE,
  FOLLOW_CASE,
  READ_FIELD,
  READ_HISTORY,
  WRITE_IN_SECTION,
  WRITE_FIELD,
  MANAGE_MEMBERS,
  ADD_MEMBER,
  REMOVE_MEMBER,
  VALIDATE_IDENTIFIER,
  RAISE_FLAG,
  WITHDRAW_FLAG,
  RECORD_EXAMINATION,
  SEARCH_REGISTRY,
  READ_NOTICE,
  READ_AUDIT_ENTRY,
  READ_AUDIT_LOG
}
