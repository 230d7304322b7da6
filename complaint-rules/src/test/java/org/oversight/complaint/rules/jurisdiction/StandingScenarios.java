package org.oversight.complaint.rules.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.complaint.rules.Fixtures.*;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.function.UnaryOperator;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.core.RejectionGround;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Standing;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.Fixtures;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.Warning;

/** The standing checks the packs' eligibility scenarios share: who may complain, seen from both sides. */
final class StandingScenarios {
  private StandingScenarios() {}

  /** A conduct complaint from the complainant the spec describes, registered and assessed to the body on 1 March 2026. */
  static ComplaintCase assessed(JurisdictionCode jurisdiction, Body body, UnaryOperator<Fixtures.Spec> complainant) {
    ComplaintCase c = complainant.apply(spec(jurisdiction, Track.CONDUCT_COMPLAINT, body)).receivedAt("2026-03-01T10:00:00Z");
    return assess(register(c, t("2026-03-01T11:00:00Z")), Track.CONDUCT_COMPLAINT, body, t("2026-03-01T12:00:00Z"));
  }

  /** Whatever the complainant's standing, investigation is allowed and no standing warning is given. */
  static void anyoneMayComplain(RulePack pack, JurisdictionCode jurisdiction, Body body) {
    for (Standing s : Standing.values()) {
      ComplaintCase c = assessed(jurisdiction, body, spec -> spec.standing(s));
      assertThat(pack.whyRefused(c, CommandType.OPEN_INVESTIGATION, t("2026-03-02T10:00:00Z"))).as(s.name()).isEmpty();
      assertThat(pack.assess(c, t("2026-03-02T10:00:00Z")).warnings().map(Warning::key)).as(s.name())
          .doesNotContain("warning.standing.notEligible");
    }
  }

  /**
   * Under a pack restricted to the person affected (or someone acting for them), a complaint from anyone
   * else is registered but neither investigated nor decided, is warned about with the legal basis and may
   * be rejected as not eligible; one from the person affected, or from a complainant whose standing is not
   * yet assessed, is not refused.
   */
  static void onlyTheAffectedAreHandled(RulePack affectedOnly, LegalBasis basis, JurisdictionCode jurisdiction,
      Body body) {
    ComplaintCase c = assessed(jurisdiction, body, spec -> spec.standing(Standing.ANY_PERSON));
    Rejection why = affectedOnly.whyRefused(c, CommandType.OPEN_INVESTIGATION, t("2026-03-02T10:00:00Z")).get();
    assertThat(((Rejection.RuleRefused) why).rule()).isEqualTo("standing.notEligible");
    assertThat(((Rejection.RuleRefused) why).legalBasis()).contains(basis);
    assertThat(affectedOnly.whyRefused(c, CommandType.DECIDE_ALLEGATION, t("2026-03-02T10:00:00Z"))).isNotEmpty();
    assertThat(affectedOnly.assess(c, t("2026-03-02T10:00:00Z")).warnings())
        .contains(new Warning("warning.standing.notEligible", List.of(basis.citation())));
    assertThat(affectedOnly.execute(c, new CaseEvent.Rejected(RejectionGround.NOT_ELIGIBLE, Option.none(),
        Stamp.of(t("2026-03-02T10:00:00Z"), ACTOR))).isRight()).isTrue();
    for (UnaryOperator<Fixtures.Spec> eligible : List.<UnaryOperator<Fixtures.Spec>>of(
        spec -> spec.standing(Standing.DIRECTLY_AFFECTED), Fixtures.Spec::anonymous)) {
      assertThat(affectedOnly.whyRefused(assessed(jurisdiction, body, eligible), CommandType.OPEN_INVESTIGATION,
          t("2026-03-02T10:00:00Z"))).isEmpty();
    }
  }
}
