package se.knutpunkt.domain.event;

import se.knutpunkt.domain.casefile.CaseId;

/** An event about one case. */
public sealed interface CaseEvent extends DomainEvent
    permits CaseOpened,
        ValueChange,
        MemberAdded,
        MemberRemoved,
        InvitationSent,
        InvitationAccepted,
        InvitationDeclined,
        InvitationRevoked,
        InvitationExpired,
        DisclosureRequested,
        DisclosureDecided,
        AttachmentUploaded {

  CaseId caseId();
}
