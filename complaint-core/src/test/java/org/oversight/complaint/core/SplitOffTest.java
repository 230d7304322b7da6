package org.oversight.complaint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.complaint.core.Samples.*;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/** Splitting a letter that mixes tracks: each part is a case of its own. */
class SplitOffTest {

  static final CaseId PART = CaseId.of("case-part");

  static CaseEvent.AllegationsSplitOff split(AllegationId... ids) {
    return new CaseEvent.AllegationsSplitOff(List.of(ids), PART, Stamp.of(t(30), CASEWORKER, "criminal part"));
  }

  @Test
  void theAllegationsLeaveTheCaseAndThePartIsLinked() {
    ComplaintCase c = registered();
    ComplaintCase after = c.execute(split(FORCE)).get().complaint();
    assertThat(after.allegations().map(Allegation::id)).containsExactly(RUDENESS);
    assertThat(after.relatedCases()).containsExactly(new RelatedCase(PART, Relation.SPLIT));
    assertThat(after.status()).isEqualTo(c.status());
    assertThat(ComplaintCase.replay(after.history()).get()).isEqualTo(after);
  }

  @Test
  void thePartIsReceivedWhenTheLetterWasAndLinkedBack() {
    ComplaintCase c = registered();
    ComplaintCase part = c.partSplitOff(split(FORCE), Track.CRIMINAL_REPORT).get();
    assertThat(part.id()).isEqualTo(PART);
    assertThat(part.track()).isEqualTo(Track.CRIMINAL_REPORT);
    assertThat(part.receivedAt()).isEqualTo(c.receivedAt());
    assertThat(part.receivingBody()).isEqualTo(c.receivingBody());
    assertThat(part.allegations()).containsExactly(c.allegation(FORCE).get());
    assertThat(part.parties()).isEqualTo(c.parties());
    assertThat(part.relatedCases()).containsExactly(new RelatedCase(c.id(), Relation.SPLIT));
    assertThat(part.history().head().reason()).isEqualTo("split off from case " + c.id());
    assertThat(part.lastEventAt()).isEqualTo(t(30));
  }

  @Test
  void anAllegationTheCaseDoesNotHaveIsRefused() {
    AllegationId other = AllegationId.of("A9");
    assertThat(registered().execute(split(other)).getLeft())
        .isEqualTo(new Rejection.UnknownAllegation(CaseStatus.REGISTERED, CommandType.SPLIT_OFF, other));
    assertThat(registered().partSplitOff(split(other), Track.CRIMINAL_REPORT).getLeft())
        .isInstanceOf(Rejection.UnknownAllegation.class);
  }

  @Test
  void splittingOffEveryAllegationIsRefused() {
    assertThat(registered().execute(split(RUDENESS, FORCE)).getLeft()).isEqualTo(new Rejection.MissingDetails(
        CaseStatus.REGISTERED, CommandType.SPLIT_OFF, List.of(RequiredDetail.ALLEGATION)));
  }

  @Test
  void theNewCaseMustBeAnotherCase() {
    ComplaintCase c = registered();
    CaseEvent.AllegationsSplitOff self = new CaseEvent.AllegationsSplitOff(List.of(FORCE), c.id(), Stamp.of(t(30), CASEWORKER));
    assertThat(c.execute(self).getLeft()).isInstanceOf(Rejection.Duplicate.class);
    ComplaintCase once = c.splitOff(List.of(FORCE), PART, Stamp.of(t(30), CASEWORKER)).get().complaint();
    assertThat(once.splitOff(List.of(RUDENESS), PART, Stamp.of(t(31), CASEWORKER)).getLeft())
        .isInstanceOf(Rejection.MissingDetails.class);
  }

  @Test
  void aDecidedAllegationCannotBeSplitOff() {
    ComplaintCase c = registered();
    c = c.assess(Track.CONDUCT_COMPLAINT, OSLO, Stamp.of(t(20), CASEWORKER)).get().complaint();
    c = c.openInvestigation(InvestigationMode.LOCAL, OSLO, Stamp.of(t(21), CASEWORKER)).get().complaint();
    c = c.decide(FORCE, Outcome.of("CRITICISABLE"), OSLO, Stamp.of(t(22), CASEWORKER, "r")).get().complaint();
    assertThat(c.execute(split(FORCE)).getLeft())
        .isEqualTo(new Rejection.AlreadyDecided(CaseStatus.INVESTIGATION, CommandType.SPLIT_OFF, FORCE));
  }

  @Test
  void theEventNeedsDistinctAllegations() {
    assertThatThrownBy(() -> new CaseEvent.AllegationsSplitOff(List.empty(), PART, Stamp.of(t(30), CASEWORKER)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CaseEvent.AllegationsSplitOff(List.of(FORCE, FORCE), PART, Stamp.of(t(30), CASEWORKER)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CaseEvent.AllegationsSplitOff(List.of(FORCE), null, Stamp.of(t(30), CASEWORKER)))
        .isInstanceOf(NullPointerException.class);
    assertThat(split(FORCE).command()).isEqualTo(CommandType.SPLIT_OFF);
  }
}
