package org.oversight.complaint.json3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.rules.Audience;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;
import org.oversight.complaint.rules.jurisdiction.EnglandWalesRules;
import org.oversight.complaint.rules.jurisdiction.NorwayRules;
import org.oversight.complaint.rules.jurisdiction.SwedenRules;
import org.oversight.complaint.wire.samples.Cases;
import org.oversight.complaint.wire.AudienceView;

/**
 * Audience views over random cases: what each audience may see is the shared codec's business
 * (complaint-json's {@code ViewProperties} checks it); here, that the Jackson 3 module renders every
 * view of every pack byte for byte as the Jackson 2 module does. Set {@code QT_SEED} to replay a failure.
 */
class ViewProperties {

  private static final ComplaintJson JSON = ComplaintJson.standard();
  private static final org.oversight.complaint.json.ComplaintJson JACKSON2 =
      org.oversight.complaint.json.ComplaintJson.standard();
  private static final List<RulePack> PACKS =
      List.of(NorwayRules.pack(), DenmarkRules.pack(), SwedenRules.pack(), EnglandWalesRules.pack());

  @Test
  void everyViewOfEveryPackHasTheJackson2ModulesBytes() {
    qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      ComplaintCase c = Cases.random(new SplittableRandom(seed));
      for (RulePack pack : PACKS) {
        for (Audience a : List.of(Audience.INTERNAL, Audience.PUBLIC)) {
          assertThat(JSON.writeView(c, AudienceView.of(pack, a)))
              .isEqualTo(JACKSON2.writeView(c, org.oversight.complaint.wire.AudienceView.of(pack, a)));
        }
        for (Party p : c.parties()) {
          Audience a = p.is(PartyRole.COMPLAINANT) ? Audience.COMPLAINANT : Audience.SUBJECT;
          if (p.is(PartyRole.COMPLAINANT) || p.is(PartyRole.SUBJECT)) {
            assertThat(JSON.writeView(c, AudienceView.of(pack, a).forViewer(p.id())))
                .isEqualTo(JACKSON2.writeView(c, org.oversight.complaint.wire.AudienceView.of(pack, a).forViewer(p.id())));
          }
        }
      }
    });
  }
}
