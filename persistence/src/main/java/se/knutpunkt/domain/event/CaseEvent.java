package se.knutpunkt.domain.event;

import se.knutpunkt.domain.casefile.CaseId;

/** An event about one case. */
public sealed interface CaseEvent extends DomainEvent
    permits CaseOpened,
        ValueChange,
        MemberAdded,
        MemberRemoved,
        InvitationAccepted,
        InvitationRevoked,
        InvitationExpired,
        AttachmentUploaded {

  CaseId caseId();
}
