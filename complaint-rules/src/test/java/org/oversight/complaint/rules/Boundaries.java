package org.oversight.complaint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Recipient;

/** Checks a computed due instant on the day before, on the day and just after it. */
public final class Boundaries {
  private Boundaries() {}

  /**
   * Asserts that the pack owes the case an unmet obligation of the kind to the recipient, due at
   * {@code due}: pending and not breached a day before (or, for a same-day duty, when the case last changed) and at the last instant of the due day,
   * breached as overdue one nanosecond later.
   */
  public static void dueOn(RulePack pack, ComplaintCase c, ObligationKind kind, Recipient to, Instant due) {
    Instant dayBefore = due.minus(Duration.ofDays(1));
    Instant before = dayBefore.isBefore(c.lastEventAt()) ? c.lastEventAt() : dayBefore;
    for (Instant at : new Instant[] {before, due}) {
      Assessment a = pack.assess(c, at);
      assertThat(a.obligations().filter(o -> o.kind() == kind && o.recipient().equals(to)).map(Obligation::due))
          .as("%s to %s at %s", kind, to, at).containsExactly(due);
      assertThat(a.breaches().filter(b -> b.obligation().kind() == kind && b.obligation().recipient().equals(to)))
          .as("no breach of %s at %s", kind, at).isEmpty();
    }
    assertThat(pack.assess(c, due.plusNanos(1)).breaches()
        .filter(b -> b.obligation().kind() == kind && b.obligation().recipient().equals(to))
        .map(b -> b.cause())).as("breach of %s after %s", kind, due).containsExactly(Breach.Cause.OVERDUE);
  }
}
