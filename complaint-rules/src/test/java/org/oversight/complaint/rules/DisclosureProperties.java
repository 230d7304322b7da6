package org.oversight.complaint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyRole;

/** What every shipped pack discloses of generated cases, to every audience and every viewer. */
class DisclosureProperties {

  @Test
  void everyProjectionHoldsItsInvariantsAndShowsExactlyTheSectionsThePolicyDiscloses() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      ComplaintCase c = CaseGenerator.generate(seed);
      for (RulePack pack : RulePackProperties.PACKS) {
        DisclosurePolicy policy = pack.disclosure();
        for (Audience audience : Audience.values()) {
          if (audience != Audience.INTERNAL && audience != Audience.PUBLIC) {
            for (Party viewer : viewers(c, audience)) {
              check(policy, audience, policy.disclose(c, audience, viewer.id()), c);
            }
          } else {
            check(policy, audience, policy.disclose(c, audience), c);
          }
        }
      }
    });
  }

  @Test
  void noViewerEverSeesAnotherPartysPersonalDataUnderTheShippedPacks() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      ComplaintCase c = CaseGenerator.generate(seed);
      for (RulePack pack : RulePackProperties.PACKS) {
        for (Audience audience : new Audience[] {Audience.COMPLAINANT, Audience.SUBJECT, Audience.INTERESTED_PERSON}) {
          for (Party viewer : viewers(c, audience)) {
            DisclosedCase seen = pack.disclosure().disclose(c, audience, viewer.id());
            assertThat(seen.parties().get().filter(p -> p.personalData().isDefined()).map(DisclosedCase.PartyView::id))
                .as(pack.name() + " " + audience).allMatch(viewer.id()::equals);
          }
        }
      }
    });
  }

  /** The parties who may look at a case as an audience: complainants, subjects, or interested persons and victims. */
  private static io.vavr.collection.Seq<Party> viewers(ComplaintCase c, Audience audience) {
    switch (audience) {
      case COMPLAINANT:
        return c.parties(PartyRole.COMPLAINANT);
      case SUBJECT:
        return c.parties(PartyRole.SUBJECT);
      default:
        return c.parties(PartyRole.INTERESTED_PERSON).appendAll(c.parties(PartyRole.VICTIM));
    }
  }

  private static void check(DisclosurePolicy policy, Audience audience, DisclosedCase seen, ComplaintCase c) {
    String as = audience + " under " + policy;
    assertThat(seen.audience()).isEqualTo(audience);
    assertThat(seen.status().isDefined()).as(as).isEqualTo(policy.allows(audience, Disclosable.STATUS));
    assertThat(seen.incident().isDefined()).as(as).isEqualTo(policy.allows(audience, Disclosable.INCIDENT));
    assertThat(seen.allegations().isDefined()).as(as).isEqualTo(policy.allows(audience, Disclosable.ALLEGATIONS));
    assertThat(seen.review().isDefined()).as(as).isEqualTo(policy.allows(audience, Disclosable.REVIEW_ROUTE));
    assertThat(seen.referrals().isDefined()).as(as).isEqualTo(policy.allows(audience, Disclosable.REFERRALS));
    assertThat(seen.consents().isDefined()).as(as).isEqualTo(policy.allows(audience, Disclosable.CONSENTS));
    assertThat(seen.notifications().isDefined()).as(as)
        .isEqualTo(policy.allows(audience, Disclosable.NOTIFICATIONS));
    assertThat(seen.history().isDefined()).as(as).isEqualTo(policy.allows(audience, Disclosable.HISTORY));
    assertThat(seen.measures().isDefined()).as(as).isEqualTo(policy.allows(audience, Disclosable.MEASURES));
    if (audience != Audience.SUBJECT) {
      assertThat(seen.measures().map(io.vavr.collection.Seq::size)).as(as + ": every measure")
          .allMatch(n -> n == c.measures().size());
    } else {
      assertThat(seen.measures().getOrElse(io.vavr.collection.List.empty())).as(as + ": the viewer's own measures")
          .allMatch(m -> m.subject().equals(seen.viewer()));
    }
    io.vavr.collection.Seq<DisclosedCase.DecisionView> shown = seen.allegations().getOrElse(io.vavr.collection.List.empty())
        .flatMap(DisclosedCase.AllegationView::decision)
        .appendAll(seen.outcomes().getOrElse(io.vavr.collection.List.empty()).map(DisclosedCase.OutcomeView::decision));
    if (!policy.allows(audience, Disclosable.OUTCOMES)) {
      assertThat(shown.map(DisclosedCase.DecisionView::decidedBy)).as(as + ": only the decisions of bodies told")
          .allMatch(policy.decisionsTold(audience)::contains);
    } else if (c.allegations().exists(a -> a.isDecided())) {
      assertThat(shown).as(as + ": the outcomes").isNotEmpty();
    }
    if (!policy.allows(audience, Disclosable.REASONS)) {
      assertThat(seen.history().exists(h -> h.exists(e -> e.reason().isDefined()))).as(as).isFalse();
    }
  }
}
