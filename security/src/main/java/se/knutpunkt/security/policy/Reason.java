package se.knutpunkt.security.policy;

/** Why the policy decision point decided as it did; recorded in the audit trail. */
public enum Reason {
  // permits
  INVESTIGATOR_MAY_OPEN_CASES(true, "investigators open cases for their agency"),
  MEMBER_OF_CASE(true, "member of the case"),
  RELEASED_TO_READER(
      true, "member, section in scope, released to the agency, clearance covers the level"),
  MEMBER_MAY_WRITE(true, "member with the section in scope, cleared for the marking"),
  SPOC_OF_OWNER_AGENCY(true, "ID-SPOC of the agency that owns the case"),
  CREATOR_OF_CASE(true, "opened the case"),
  SIGNED_IN(true, "signed-in user"),
  AUDITOR_OF_AGENCY(true, "auditor of the actor's or the resource owner's agency"),
  SUPERVISORY_AUDITOR(true, "auditor of the supervisory authority"),
  AUDITOR_VERIFIES_LOG(true, "auditors verify the whole log"),
  AUDITOR_WITNESSES_LOG(true, "auditors bring witnesses' cosignatures of the log's checkpoints"),
  CASE_WORKER_MAY_FLAG(true, "investigators and ID-SPOCs flag suspected misuse"),
  FLAG_OF_OWN_AGENCY(true, "the flag was raised by the asker's agency"),
  INVESTIGATOR_USES_REGISTRY(true, "investigators use the registry of examined documents"),
  SPOC_OF_AGENCY_IN_CASE(true, "ID-SPOC of an agency that takes part in the case"),
  CASE_WORKER_MAY_WATCH(true, "investigators and ID-SPOCs keep watches on identifiers"),
  DISCLOSED_TO_AGENCY(true, "this version was disclosed to the reader's agency on request"),
  SPOC_OF_INVITED_AGENCY(true, "ID-SPOC of the agency the invitation is sent to"),
  MEMBER_OF_OWNER_AGENCY(true, "member of the case from the agency that owns it"),
  MEMBER_MAY_REQUEST(true, "a member may ask for a value withheld from them"),
  SPOC_OF_VALUE_OWNER(true, "ID-SPOC of the agency that owns the value"),

  // denials
  NO_RULE(false, "no rule permits this"),
  NOT_INVESTIGATOR(false, "only investigators open cases"),
  NOT_CASE_WORKER(false, "auditors and administrators see no case content"),
  NOT_A_MEMBER(false, "not a member of the case"),
  MEMBERSHIP_EXPIRED(false, "the membership of the case has expired"),
  SECTION_NOT_IN_SCOPE(false, "the section is outside the agency's scope in this case"),
  NOT_RELEASABLE_TO_AGENCY(false, "the value is not released to the reader's agency"),
  NO_CLEARANCE(false, "the reader has no clearance"),
  CLEARANCE_BELOW_LEVEL(false, "the reader's clearance is below the value's level"),
  MARKING_ABOVE_CLEARANCE(false, "a value cannot be marked above the writer's clearance"),
  MARKING_NOT_WRITERS(false, "a new value is owned by the writer's agency"),
  CURRENT_VALUE_NOT_VISIBLE(false, "the writer may not see the value it would replace"),
  RELEASED_OUTSIDE_CASE(false, "a value is released only to agencies that are in the case"),
  NOT_SPOC_OR_CREATOR(
      false, "only the case's creator or a SPOC of the owner agency manages members"),
  MEMBER_OF_OTHER_AGENCY(
      false, "members are added from the owner agency; others come by invitation"),
  MEMBER_NOT_CASE_WORKER(false, "only investigators and SPOC officers can be members"),
  LAST_MEMBER_OF_OWNER_AGENCY(
      false, "a case always keeps at least one member of the agency that owns it"),
  FLAG_OF_OTHER_AGENCY(false, "only the agency that raised a flag changes or withdraws it"),
  NOT_SPOC(false, "only ID-SPOC officers read their agency's ID-SPOC inbox"),
  AGENCY_NOT_IN_CASE(false, "the asker's agency does not take part in the case"),
  NOT_AUDITOR(false, "only auditors read the audit trail"),
  INVITING_OWN_AGENCY(false, "an agency is not invited into its own case"),
  AGENCY_ALREADY_IN_CASE(false, "the agency already takes part in the case"),
  NOT_SPOC_OF_OWNER_AGENCY(false, "only an ID-SPOC of the agency that owns the case does this"),
  NOT_SPOC_OF_INVITED_AGENCY(false, "only an ID-SPOC of the invited agency answers its invitation"),
  NOT_SPOC_OF_VALUE_OWNER(
      false, "only an ID-SPOC of the agency that owns the value decides on its disclosure"),
  NOT_OF_OWNER_AGENCY(false, "the sharing history is for the owner agency's members and ID-SPOCs"),
  ALREADY_RELEASED(false, "the value is already released to the asker"),
  DISCLOSURE_CANNOT_RAISE_CLEARANCE(
      false, "a disclosure releases to an agency; it cannot raise a reader's clearance"),
  OUTSIDE_AUDITORS_REACH(false, "neither the actor nor the resource owner is the auditor's agency");

  private final boolean permits;
  private final String description;

  Reason(boolean permits, String description) {
    this.permits = permits;
    this.description = description;
  }

  public boolean permits() {
    return permits;
  }

  public String description() {
    return description;
  }
}
