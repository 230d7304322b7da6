package org.oversight.complaint.rules.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.complaint.rules.Fixtures.ACTOR;
import static org.oversight.complaint.rules.Fixtures.spec;
import static org.oversight.complaint.rules.Fixtures.step;
import static org.oversight.complaint.rules.Fixtures.t;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.RelatedCase;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.Stamp;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;
import org.oversight.complaint.rules.Escalation;
import org.oversight.complaint.rules.RulePack;

/**
 * The citations of the England and Wales pack, pinned to the paragraphs of the Police Reform Act 2002,
 * Schedule 3 (para 2(6)-(6C) recording, para 4(1)(a) death or serious injury, para 4(1)(b) the complaints
 * the regulations list, paras 6A and 25 reviews, para 13(1) conduct matters, paras 14A-14C DSI matters) and
 * of SI 2020/2 (regs 4(1), 6, 7(1), 13, 29(2), 33-34, 38-39), as docs/domain.md gives them.
 */
class EnglandWalesCitationsTest {

  static final RulePack EW = EnglandWalesRules.pack();
  static final Body AA = Body.of("EW-AA");
  static final String RECEIVED = "2026-06-01T09:00:00Z";
  static final Instant AT = t("2026-06-02T09:00:00Z");

  @Test
  void everyLegalBasisOfThePackCitesItsSectionParagraphOrRegulation() throws IllegalAccessException {
    TreeMap<String, String> cited = TreeMap.empty();
    for (Field f : EnglandWalesRules.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == LegalBasis.class) {
        cited = cited.put(f.getName(), ((LegalBasis) f.get(null)).citation());
      }
    }
    assertThat(cited.toJavaMap()).containsExactlyInAnyOrderEntriesOf(TreeMap.of(
        "COMPLAINT", "Police Reform Act 2002 s. 12(1)",
        "STANDING", "Police Reform Act 2002 s. 12(1A)-(1B)",
        "RECORDING", "Police Reform Act 2002 Sch. 3 para 2(6)-(6C)",
        "REFERRAL", "Police Reform Act 2002 Sch. 3 para 4(1)(b); SI 2020/2 reg 4(1)",
        "CONDUCT_MATTER_REFERRAL", "Police Reform Act 2002 Sch. 3 para 13(1); SI 2020/2 reg 7(1)",
        "DSI", "Police Reform Act 2002 Sch. 3 paras 4(1)(a), 14A-14C",
        "TWELVE_MONTHS", "SI 2020/2 reg 13",
        "KEEP_INFORMED", "Police Reform Act 2002 ss. 20-21; SI 2020/2 regs 33-34",
        "REVIEW", "SI 2020/2 reg 29(2); Police Reform Act 2002 Sch. 3 paras 6A, 25",
        "REPEAT", "SI 2020/2 reg 6")
        .put("WITHDRAWAL", "SI 2020/2 reg 38")
        .put("WITHDRAWAL_FORM", "SI 2020/2 regs 38-39")
        .put("UNSIGNED_WITHDRAWAL", "SI 2020/2 reg 39")
        .put("REGIME", "SI 2020/2 reg 1 (in force 1 February 2020); earlier matters under SI 2012/62")
        .put("APPROPRIATE_AUTHORITY", "Police Reform Act 2002 s. 29(1) (appropriate authority)")
        .put("PRESERVE_EVIDENCE", "Police Reform Act 2002 Sch. 3 para 14B")
        .put("DIRECTED_PROCEEDINGS",
            "Police Reform Act 2002 Sch. 3 para 27 (IOPC recommendations and directions to bring disciplinary proceedings)")
        .put("IOPC_DATA", "IOPC Guidance on capturing data about police complaints (2020); IOPC statistics 2022/23")
        .put("INTERESTED_PERSONS",
            "Police Reform Act 2002 s. 21 (duty to keep interested persons informed, including of the outcome)")
        .put("INJURED_PERSON",
            "Police Reform Act 2002 s. 21(2)(c) (a person seriously injured as the alleged result of the conduct)")
        .toJavaMap());
  }

  static Seq<LegalBasis> cited(ComplaintCase c) {
    return EW.assess(c, AT).escalations().map(Escalation::legalBasis);
  }

  static ComplaintCase complaint(SeriousnessFlag... flags) {
    return spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA).flags(flags).receivedAt(RECEIVED);
  }

  static ComplaintCase conductMatter(SeriousnessFlag... flags) {
    return spec(EnglandWalesRules.JURISDICTION, Track.RECORDABLE_CONDUCT_MATTER, AA).noComplainant().flags(flags)
        .receivedAt(RECEIVED);
  }

  @Test
  void aComplaintAllegingDeathOrSeriousInjuryAndADsiMatterAreReferredUnderParagraphs4And14AToC() {
    assertThat(cited(complaint(SeriousnessFlag.DEATH))).containsExactly(EnglandWalesRules.DSI);
    assertThat(cited(spec(EnglandWalesRules.JURISDICTION, Track.DEATH_OR_SERIOUS_INJURY, AA).noComplainant()
        .receivedAt(RECEIVED))).containsExactly(EnglandWalesRules.DSI);
  }

  @Test
  void aComplaintOnTheRegulationsListAboutAChiefOfficerOrFromTheSameIncidentIsReferredUnderParagraph4_1_b() {
    for (SeriousnessFlag flag : EnglandWalesRules.REFERRAL_LIST) {
      assertThat(cited(complaint(flag))).as("%s", flag).containsExactly(EnglandWalesRules.REFERRAL);
    }
    assertThat(cited(spec(EnglandWalesRules.JURISDICTION, Track.CONDUCT_COMPLAINT, AA)
        .subjectKind(SubjectKind.CHIEF_OFFICER).flags(SeriousnessFlag.ECHR_ART2_ART3).receivedAt(RECEIVED)))
        .containsExactly(EnglandWalesRules.REFERRAL);
    ComplaintCase linked = step(complaint(), c -> c.linkRelatedCase(
        RelatedCase.sameIncident(CaseId.of("EW-2026-40"), List.of(SeriousnessFlag.SERIOUS_INJURY)),
        Stamp.of(t("2026-06-01T10:00:00Z"), ACTOR)));
    assertThat(cited(linked)).containsExactly(EnglandWalesRules.REFERRAL);
  }

  @Test
  void aRecordableConductMatterIsReferredUnderParagraph13AndRegulation7() {
    assertThat(cited(conductMatter(SeriousnessFlag.SERIOUS_CORRUPTION)))
        .containsExactly(EnglandWalesRules.CONDUCT_MATTER_REFERRAL);
    assertThat(cited(conductMatter(SeriousnessFlag.SERIOUS_INJURY)))
        .containsExactly(EnglandWalesRules.CONDUCT_MATTER_REFERRAL);
    assertThat(cited(spec(EnglandWalesRules.JURISDICTION, Track.RECORDABLE_CONDUCT_MATTER, AA).noComplainant()
        .subjectKind(SubjectKind.CHIEF_OFFICER).flags(SeriousnessFlag.POSSIBLE_CRIMINAL_OFFENCE).receivedAt(RECEIVED)))
        .containsExactly(EnglandWalesRules.CONDUCT_MATTER_REFERRAL);
  }
}
