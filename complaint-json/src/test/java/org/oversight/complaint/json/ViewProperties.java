package org.oversight.complaint.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.rules.Audience;
import org.oversight.complaint.rules.Disclosable;
import org.oversight.complaint.rules.DisclosurePolicy;
import org.oversight.complaint.wire.samples.Cases;
import org.oversight.complaint.wire.AudienceView;

/**
 * Audience views over random cases and random disclosure policies: no personal field of another
 * party reaches the complainant's or the public's bytes, what is withheld is absent (never null),
 * and the internal view withholds nothing.
 */
class ViewProperties {

  private static final ComplaintJson JSON = ComplaintJson.standard();
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static DisclosurePolicy policy(SplittableRandom r) {
    DisclosurePolicy p = DisclosurePolicy.internalOnly();
    for (Audience a : Audience.values()) {
      Disclosable[] parts = List.of(Disclosable.values()).filter(d -> r.nextBoolean()).toJavaArray(Disclosable[]::new);
      p = p.allowing(a, parts);
    }
    return p;
  }

  private static List<String> personal(Party p) {
    return List.of(p.name(), p.contact(), p.serviceNumber(), p.unit()).flatMap(o -> o);
  }

  /** Every string in a view, field names included, decoded: a leak cannot hide behind escaping. */
  private static List<String> strings(byte[] view) {
    try {
      return strings(PLAIN.readTree(view));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = n.isTextual() ? List.of(n.textValue()) : List.empty();
    for (java.util.Map.Entry<String, JsonNode> e : n.properties()) {
      out = out.append(e.getKey()).appendAll(strings(e.getValue()));
    }
    if (n.isArray()) {
      for (JsonNode child : n) {
        out = out.appendAll(strings(child));
      }
    }
    return out;
  }

  private static boolean leaks(List<String> strings, String value) {
    return strings.exists(s -> s.contains(value));
  }

  private static boolean hasNull(JsonNode n) {
    if (n.isNull()) {
      return true;
    }
    for (JsonNode child : n) {
      if (hasNull(child)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void noPersonalDataOfAnotherPartyInTheComplainantOrPublicView() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      ComplaintCase c = Cases.random(r);
      DisclosurePolicy policy = policy(r);
      List<Party> complainants = List.ofAll(c.parties(PartyRole.COMPLAINANT));
      Option<PartyId> viewer = complainants.isEmpty() || r.nextInt(4) == 0
          ? Option.none() : Option.some(Cases.pick(r, complainants).id());
      List<String> complainantView = strings(JSON.writeView(c, new AudienceView(Audience.COMPLAINANT, policy, viewer)));
      List<String> publicView = strings(JSON.writeView(c, AudienceView.of(policy, Audience.PUBLIC)));
      for (Party p : c.parties()) {
        for (String value : personal(p)) {
          assertThat(leaks(publicView, value)).as("public view shows %s of %s", value, p.id()).isFalse();
          if (!viewer.contains(p.id())) {
            assertThat(leaks(complainantView, value)).as("complainant view shows %s of %s", value, p.id()).isFalse();
          }
        }
      }
    });
  }

  @Test
  void withheldSectionsAreAbsentNotNullAndInternalSeesEverything() {
    qt().withExamples(150).forAll(longs().all()).checkAssert(seed -> {
      try {
        SplittableRandom r = new SplittableRandom(seed);
        ComplaintCase c = Cases.random(r);
        DisclosurePolicy policy = policy(r);
        for (Audience a : List.of(Audience.COMPLAINANT, Audience.SUBJECT, Audience.PUBLIC)) {
          JsonNode view = PLAIN.readTree(JSON.writeView(c, AudienceView.of(policy, a)));
          assertThat(hasNull(view)).isFalse();
          assertThat(view.has("status")).isEqualTo(policy.allows(a, Disclosable.STATUS));
          assertThat(view.has("incident")).isEqualTo(policy.allows(a, Disclosable.INCIDENT));
          assertThat(view.has("allegations")).isEqualTo(policy.allows(a, Disclosable.ALLEGATIONS));
          assertThat(view.has("history")).isEqualTo(policy.allows(a, Disclosable.HISTORY));
          assertThat(view.has("notifications")).isEqualTo(policy.allows(a, Disclosable.NOTIFICATIONS));
          assertThat(view.has("referrals")).isEqualTo(policy.allows(a, Disclosable.REFERRALS));
          assertThat(view.has("consents")).isEqualTo(policy.allows(a, Disclosable.CONSENTS));
          assertThat(view.has("reviews")).isEqualTo(policy.allows(a, Disclosable.REVIEW_ROUTE));
          // disclosed measures are written even when there are none, so that "none" differs from "withheld";
          // a subject view without a viewer shows nobody's measures
          assertThat(view.has("measures")).isEqualTo(policy.allows(a, Disclosable.MEASURES));
          if (view.has("measures")) {
            assertThat(view.get("measures").size())
                .isEqualTo(a == Audience.SUBJECT ? 0 : c.measures().size());
          }
          assertThat(view.toString().contains("\"decision\"") || view.has("outcomes") && view.get("outcomes").size() > 0)
              .isEqualTo(policy.allows(a, Disclosable.OUTCOMES) && c.allegations().exists(x -> x.isDecided())
                  && (policy.allows(a, Disclosable.ALLEGATIONS) || policy.allows(a, Disclosable.OUTCOMES)));
        }
        byte[] internal = JSON.writeView(c, AudienceView.of(policy, Audience.INTERNAL));
        List<String> internalStrings = strings(internal);
        for (Party p : c.parties()) {
          personal(p).forEach(v -> assertThat(leaks(internalStrings, v)).as("internal view shows %s", v).isTrue());
        }
        assertThat(PLAIN.readTree(internal).get("history").size()).isEqualTo((int) c.version());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
