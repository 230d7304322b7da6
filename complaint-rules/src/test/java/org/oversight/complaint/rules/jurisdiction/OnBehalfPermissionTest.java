package org.oversight.complaint.rules.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.complaint.rules.Fixtures.*;
import static org.oversight.complaint.rules.jurisdiction.NorwayRulesTest.refusal;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.ConsentState;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.Standing;
import org.oversight.complaint.core.StatementForm;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.OnBehalfPermission;
import org.oversight.complaint.rules.RulePack;

/**
 * Written permission to complain on someone's behalf in Denmark, Norway and Sweden: the sources these packs
 * follow say nothing of it, so each pack takes it as a parameter ({@link OnBehalfPermission}), not required
 * by default; asked for, it works as the England and Wales rule does (Police Reform Act 2002 s. 12).
 */
class OnBehalfPermissionTest {

  static Stream<Arguments> packs() {
    return Stream.of(
        Arguments.of("Denmark", DenmarkRules.JURISDICTION, DenmarkRules.DUP, DenmarkRules.STANDING,
            (Function<OnBehalfPermission, RulePack>) v -> DenmarkRules.pack(DenmarkRules.Parameters.defaults()
                .withOnBehalfPermission(v))),
        Arguments.of("Norway", NorwayRules.JURISDICTION, Body.of("NO-OSLO-PD"), NorwayRules.STANDING,
            (Function<OnBehalfPermission, RulePack>) v -> NorwayRules.pack(NorwayRules.Parameters.defaults()
                .withOnBehalfPermission(v))),
        Arguments.of("Sweden", SwedenRules.JURISDICTION, SwedenRules.JO, SwedenRules.JO_STANDING,
            (Function<OnBehalfPermission, RulePack>) v -> SwedenRules.pack(SwedenRules.Parameters.defaults()
                .withOnBehalfPermission(v))));
  }

  /** A conduct complaint by C1 on behalf of the victim V1, received on 1 March 2026. */
  static ComplaintCase onBehalf(JurisdictionCode jurisdiction, Body body) {
    return spec(jurisdiction, Track.CONDUCT_COMPLAINT, body).standing(Standing.ON_BEHALF).victim()
        .receivedAt("2026-03-01T10:00:00Z");
  }

  static ComplaintCase permission(ComplaintCase c, StatementForm form) {
    return step(c, x -> x.recordConsent(VICTIM, ConsentPurpose.COMPLAINT_ON_BEHALF, ConsentState.GIVEN, form,
        Stamp.of(t("2026-03-01T10:30:00Z"), ACTOR)));
  }

  static CaseEvent registration() {
    return DenmarkRulesTest.registration(t("2026-03-01T11:00:00Z"));
  }

  @ParameterizedTest(name = "{0}: by default a complaint on someone's behalf is registered without a permission")
  @MethodSource("packs")
  void byDefaultNoPermissionIsAskedFor(String name, JurisdictionCode jurisdiction, Body body, LegalBasis basis,
      Function<OnBehalfPermission, RulePack> pack) {
    ComplaintCase c = onBehalf(jurisdiction, body);
    assertThat(pack.apply(OnBehalfPermission.NOT_REQUIRED).execute(c, registration()).isRight()).isTrue();
    assertThat(pack.apply(OnBehalfPermission.NOT_REQUIRED).eligibility())
        .hasSize(pack.apply(OnBehalfPermission.WRITTEN).eligibility().size() - 1);
  }

  @ParameterizedTest(name = "{0}: asked for, the written permission is needed to register, and an oral one is not enough")
  @MethodSource("packs")
  void askedForTheWrittenPermissionIsNeededToRegister(String name, JurisdictionCode jurisdiction, Body body,
      LegalBasis basis, Function<OnBehalfPermission, RulePack> pack) {
    RulePack strict = pack.apply(OnBehalfPermission.WRITTEN);
    ComplaintCase c = onBehalf(jurisdiction, body);
    assertThat(refusal(strict, c, registration())).isEqualTo("standing.writtenPermissionMissing");
    assertThat(strict.whyRefused(c, CommandType.REGISTER, t("2026-03-01T11:00:00Z")).get().toString())
        .contains(basis.citation());
    assertThat(strict.assess(c, t("2026-03-01T11:00:00Z")).warnings().map(w -> w.key()))
        .contains("warning.standing.writtenPermissionMissing");
    assertThat(refusal(strict, permission(c, StatementForm.ORAL), registration()))
        .isEqualTo("standing.writtenPermissionMissing");
    assertThat(strict.execute(permission(c, StatementForm.WRITTEN), registration()).isRight()).isTrue();
  }

  @ParameterizedTest(name = "{0}: a criminal report is never held back for a permission")
  @MethodSource("packs")
  void aCriminalReportNeedsNoPermission(String name, JurisdictionCode jurisdiction, Body body, LegalBasis basis,
      Function<OnBehalfPermission, RulePack> pack) {
    ComplaintCase report = spec(jurisdiction, Track.CRIMINAL_REPORT, body).standing(Standing.ON_BEHALF).victim()
        .receivedAt("2026-03-01T10:00:00Z");
    assertThat(pack.apply(OnBehalfPermission.WRITTEN).assess(report, t("2026-03-01T11:00:00Z")).warnings()
        .map(w -> w.key())).doesNotContain("warning.standing.writtenPermissionMissing");
  }

  @org.junit.jupiter.api.Test
  void theChoiceIsNeverNull() {
    assertThatThrownBy(() -> DenmarkRules.Parameters.defaults().withOnBehalfPermission(null))
        .hasMessage("onBehalfPermission is null");
    assertThatThrownBy(() -> NorwayRules.Parameters.defaults().withOnBehalfPermission(null))
        .hasMessage("onBehalfPermission is null");
    assertThatThrownBy(() -> SwedenRules.Parameters.defaults().withOnBehalfPermission(null))
        .hasMessage("onBehalfPermission is null");
    assertThat(OnBehalfPermission.NOT_REQUIRED.rules(java.util.EnumSet.of(Track.CONDUCT_COMPLAINT), DenmarkRules.STANDING))
        .isEmpty();
    assertThatThrownBy(() -> OnBehalfPermission.NOT_REQUIRED.rules(java.util.EnumSet.of(Track.CONDUCT_COMPLAINT), null))
        .isInstanceOf(NullPointerException.class);
  }
}
