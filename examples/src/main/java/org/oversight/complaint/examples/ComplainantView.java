package org.oversight.complaint.examples;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Incident;
import org.oversight.complaint.core.Notification;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.Referral;
import org.oversight.complaint.core.ReviewRoute;
import org.oversight.complaint.rules.Audience;
import org.oversight.complaint.rules.DisclosedCase;
import org.oversight.complaint.rules.DisclosurePolicy;
import org.oversight.complaint.rules.Labels;
import org.oversight.complaint.rules.Messages;

/**
 * What a complainant is shown of a case: the jurisdiction's disclosure policy projects the case
 * ({@code DisclosurePolicy.disclose}) and this class words the projection. In Norway the district
 * tells the complainant its finding with the reasons and where to appeal, while the measures against the
 * employee stay internal, and Spesialenheten's decision reaches the complainant with its grounds; in
 * Denmark the complainant is told the outcome and the reasons.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ComplainantView {
  private static final Labels LABELS = Labels.standard();

  private ComplainantView() {}

  /**
   * Renders the view of one party.
   *
   * @param c the case, not null
   * @param viewer the party who looks, not null
   * @param policy the disclosure policy, not null
   * @param zone the zone for dates, not null
   * @param locale the language of labels and dates, not null
   * @return the lines, never null
   */
  public static Seq<String> render(ComplaintCase c, Party viewer, DisclosurePolicy policy, ZoneId zone, Locale locale) {
    Objects.requireNonNull(c, "c is null");
    Objects.requireNonNull(viewer, "viewer is null");
    Objects.requireNonNull(policy, "policy is null");
    Objects.requireNonNull(zone, "zone is null");
    Objects.requireNonNull(locale, "locale is null");
    // What the complainant may see is the policy's projection, computed once in the domain; this class
    // only words it. The viewer is not named to the projection: it shows no one's personal data, and an
    // interested person (a relative) reads the same view.
    DisclosedCase d = policy.disclose(c, Audience.COMPLAINANT);
    Vector<String> lines = Vector.empty();
    String ref = d.status().flatMap(DisclosedCase.StatusView::reference).map(Object::toString)
        .getOrElse(c.id().value());
    for (DisclosedCase.StatusView status : d.status()) {
      lines = lines.append(DemoText.text("view.case", locale, ref, DemoText.plain(status.status(), locale)));
    }
    for (Incident incident : d.incident()) {
      lines = lines.append(DemoText.text("view.incident", locale, incident.description()));
    }
    for (Seq<DisclosedCase.AllegationView> allegations : d.allegations()) {
      lines = lines.append(DemoText.text("view.allegations", locale,
          allegations.map(al -> LABELS.label(al.category(), locale)).mkString(", ")));
    }
    Seq<DisclosedCase.DecisionView> shown = d.allegations().getOrElse(Vector.empty())
        .flatMap(DisclosedCase.AllegationView::decision)
        .appendAll(d.outcomes().getOrElse(Vector.empty()).map(DisclosedCase.OutcomeView::decision));
    if (!shown.isEmpty()) {
      lines = lines.append(DemoText.text("view.outcome", locale,
          shown.map(dv -> LABELS.label(dv.outcome(), locale)).mkString(", ")));
      if (shown.exists(dv -> dv.reason().isDefined())) {
        lines = lines.append(DemoText.text("view.reasons", locale));
      }
    }
    if (c.decisions().size() > shown.size()) {
      lines = lines.append(DemoText.text("view.outcome.withheld", locale));
    }
    for (Seq<Referral> referrals : d.referrals()) {
      if (!referrals.isEmpty()) {
        lines = lines.append(DemoText.text("view.referred", locale, LABELS.label(referrals.last().to(), locale)));
      }
    }
    for (ReviewRoute route : d.review().flatMap(DisclosedCase.ReviewView::route)) {
      lines = lines.append(DemoText.text("view.review", locale, LABELS.label(route.body(), locale),
          day(route.deadline(), zone, locale)));
    }
    for (Seq<Notification> notifications : d.notifications()) {
      Seq<Notification> mine = notifications.filter(n -> n.recipient().equals(Recipient.party(viewer.id())));
      lines = lines.append(DemoText.text("view.letters", locale, mine.isEmpty()
          ? DemoText.text("view.letters.none", locale)
          : mine.map(n -> day(n.sentAt(), zone, locale) + " " + LABELS.label(n.kind(), locale)).mkString(", ")));
    }
    if (!policy.told(Audience.INTERNAL).removeAll(policy.told(Audience.COMPLAINANT)).isEmpty()) {
      lines = lines.append(DemoText.text("view.not.shown", locale, policy.told(Audience.INTERNAL)
          .removeAll(policy.told(Audience.COMPLAINANT)).toSortedSet().map(p -> LABELS.label(p, locale))
          .mkString(", ")));
    }
    return lines;
  }

  private static String day(Instant at, ZoneId zone, Locale locale) {
    return Messages.date(at.atZone(zone).toLocalDate(), locale);
  }
}
