package org.oversight.complaint.rules;

import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.util.Comparator;
import org.oversight.complaint.core.Allegation;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Decision;
import org.oversight.complaint.core.Measure;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.SeriousnessFlag;

/**
 * The one place where a case is projected for an audience ({@link DisclosurePolicy#disclose}): each
 * section is taken only when the policy discloses it. Stateless; each instance serves one projection.
 */
final class Disclosure {

  private final DisclosurePolicy policy;
  private final Audience audience;
  private final Option<PartyId> viewer;
  private final ComplaintCase c;

  Disclosure(DisclosurePolicy policy, Audience audience, Option<PartyId> viewer, ComplaintCase c) {
    this.policy = policy;
    this.audience = audience;
    this.viewer = viewer;
    this.c = c;
  }

  DisclosedCase project() {
    boolean outcomes = may(Disclosable.OUTCOMES);
    boolean allegations = may(Disclosable.ALLEGATIONS);
    return new DisclosedCase(
        audience,
        viewer,
        audience == Audience.PUBLIC ? Option.none() : Option.some(c.id()),
        when(Disclosable.STATUS, () -> new DisclosedCase.StatusView(c.reference(), c.jurisdiction(), c.track(),
            c.status(), c.receivedAt(), c.handlingBody(), c.lastEventAt())),
        when(Disclosable.INCIDENT, c::incident),
        audience == Audience.PUBLIC ? Option.none() : Option.some(c.parties().map(this::party)),
        allegations ? Option.some(c.allegations().map(this::allegation)) : Option.none(),
        !allegations && (outcomes || !policy.decisionsTold(audience).isEmpty())
            ? Option.some(c.allegations().filter(this::decisionVisible)
                .map(a -> new DisclosedCase.OutcomeView(a.category(), decision(a))))
            : Option.none(),
        when(Disclosable.MEASURES, () -> c.measures().filter(this::measureVisible).map(this::measure)),
        when(Disclosable.REVIEW_ROUTE, () -> new DisclosedCase.ReviewView(c.reviewRoute(), c.reviews())),
        when(Disclosable.REFERRALS, c::referrals),
        when(Disclosable.CONSENTS, c::consents),
        when(Disclosable.NOTIFICATIONS, c::notifications),
        when(Disclosable.HISTORY, () -> c.history().map(this::event)));
  }

  private boolean may(Disclosable part) {
    return policy.allows(audience, part);
  }

  private <T> Option<T> when(Disclosable part, java.util.function.Supplier<T> section) {
    return may(part) ? Option.some(section.get()) : Option.none();
  }

  private DisclosedCase.PartyView party(Party p) {
    Option<DisclosedCase.PersonalData> data = personalDataVisible(p)
        ? Option.some(new DisclosedCase.PersonalData(p.name(), p.contact(), p.serviceNumber(), p.unit()))
        : Option.none();
    return new DisclosedCase.PartyView(p.id(), p.role(), p.standing(), p.subjectKind(), data);
  }

  /**
   * Everyone's for the internal audience; otherwise one's own (an interested person's always, a
   * complainant's or subject's where their identity is disclosed), and co-subjects' where disclosed.
   */
  private boolean personalDataVisible(Party p) {
    if (audience == Audience.INTERNAL) {
      return true;
    }
    if (viewer.contains(p.id())) {
      if (audience == Audience.INTERESTED_PERSON) {
        return true;
      }
      return p.is(PartyRole.COMPLAINANT) ? may(Disclosable.COMPLAINANT_IDENTITY) : may(Disclosable.SUBJECT_IDENTITY);
    }
    return audience == Audience.SUBJECT && p.is(PartyRole.SUBJECT) && may(Disclosable.CO_SUBJECT_IDENTITY);
  }

  /** Whether an allegation's decision is shown: it is decided, and its outcome or its body's decisions are told. */
  private boolean decisionVisible(Allegation a) {
    return a.isDecided() && policy.allowsDecision(audience, Disclosable.OUTCOMES, a.decision().get().decidedBy());
  }

  /** Every measure, except that a subject is shown only the measures concerning them. */
  private boolean measureVisible(Measure m) {
    return audience != Audience.SUBJECT || viewer.contains(m.subject());
  }

  private DisclosedCase.MeasureView measure(Measure m) {
    return new DisclosedCase.MeasureView(m.kind(), audience == Audience.PUBLIC ? Option.none() : Option.some(m.subject()),
        m.allegation(), m.decidedBy(), m.at());
  }

  private DisclosedCase.AllegationView allegation(Allegation a) {
    return new DisclosedCase.AllegationView(a.id(), a.category(), a.description(),
        TreeSet.ofAll(Comparator.comparing(SeriousnessFlag::name), a.flags()),
        audience == Audience.PUBLIC ? io.vavr.collection.Vector.empty() : a.subjects(),
        decisionVisible(a) ? Option.some(decision(a)) : Option.none());
  }

  private DisclosedCase.DecisionView decision(Allegation a) {
    Decision d = a.decision().get();
    return new DisclosedCase.DecisionView(d.outcome(), d.decidedBy(), d.at(),
        policy.allowsDecision(audience, Disclosable.REASONS, d.decidedBy()) ? decisionReason(a.id()) : Option.none());
  }

  /** The reason recorded with the allegation's latest decision. */
  private Option<String> decisionReason(AllegationId id) {
    Seq<CaseEvent> decided = c.history().filter(e -> e instanceof CaseEvent.AllegationDecided
        && ((CaseEvent.AllegationDecided) e).allegation().equals(id));
    return decided.lastOption().map(CaseEvent::reason);
  }

  private DisclosedCase.EventView event(CaseEvent e) {
    boolean whole = audience == Audience.INTERNAL;
    return new DisclosedCase.EventView(e.getClass().getSimpleName(), e.at(),
        may(Disclosable.REASONS) ? Option.some(e.reason()) : Option.none(),
        whole ? Option.some(e) : Option.none());
  }
}
