package org.oversight.complaint.examples;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.ZoneId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Notification;
import org.oversight.complaint.core.Party;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.rules.Audience;
import org.oversight.complaint.rules.Disclosable;
import org.oversight.complaint.rules.DisclosurePolicy;
import org.oversight.complaint.rules.Labels;
import org.oversight.complaint.rules.Messages;

/**
 * What a complainant is shown of a case: only the parts the jurisdiction's disclosure policy lets
 * the complainant see. In Norway the district tells the complainant that the case is finished and
 * where to appeal, while the measures against the employee stay internal; in Denmark the
 * complainant is told the outcome and the reasons.
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
    Audience a = Audience.COMPLAINANT;
    Vector<String> lines = Vector.empty();
    String ref = c.reference().map(Object::toString).getOrElse(c.id().value());
    if (policy.allows(a, Disclosable.STATUS)) {
      lines = lines.append(DemoText.text("view.case", locale, ref, DemoText.plain(c.status(), locale)));
    }
    if (policy.allows(a, Disclosable.INCIDENT)) {
      lines = lines.append(DemoText.text("view.incident", locale, c.incident().description()));
    }
    if (policy.allows(a, Disclosable.ALLEGATIONS)) {
      lines = lines.append(DemoText.text("view.allegations", locale,
          c.allegations().map(al -> LABELS.label(al.category(), locale)).mkString(", ")));
    }
    if (policy.allows(a, Disclosable.OUTCOMES)) {
      lines = lines.append(DemoText.text("view.outcome", locale,
          c.decisions().map(d -> LABELS.label(d.outcome(), locale)).mkString(", ")));
      if (policy.allows(a, Disclosable.REASONS)) {
        lines = lines.append(DemoText.text("view.reasons", locale));
      }
    } else if (!c.decisions().isEmpty()) {
      lines = lines.append(DemoText.text("view.outcome.withheld", locale));
    }
    if (policy.allows(a, Disclosable.REFERRALS) && c.isEscalated()) {
      lines = lines.append(DemoText.text("view.referred", locale, LABELS.label(c.referrals().last().to(), locale)));
    }
    if (policy.allows(a, Disclosable.REVIEW_ROUTE) && c.reviewRoute().isDefined()) {
      lines = lines.append(DemoText.text("view.review", locale, LABELS.label(c.reviewRoute().get().body(), locale),
          day(c.reviewRoute().get().deadline(), zone, locale)));
    }
    if (policy.allows(a, Disclosable.NOTIFICATIONS)) {
      Seq<Notification> mine = c.notifications().filter(n -> n.recipient().equals(Recipient.party(viewer.id())));
      lines = lines.append(DemoText.text("view.letters", locale, mine.isEmpty()
          ? DemoText.text("view.letters.none", locale)
          : mine.map(n -> day(n.sentAt(), zone, locale) + " " + LABELS.label(n.kind(), locale)).mkString(", ")));
    }
    if (!policy.told(Audience.INTERNAL).removeAll(policy.told(a)).isEmpty()) {
      lines = lines.append(DemoText.text("view.not.shown", locale, policy.told(Audience.INTERNAL)
          .removeAll(policy.told(a)).toSortedSet().map(p -> LABELS.label(p, locale))
          .mkString(", ")));
    }
    return lines;
  }

  private static String day(Instant at, ZoneId zone, Locale locale) {
    return Messages.date(at.atZone(zone).toLocalDate(), locale);
  }
}
