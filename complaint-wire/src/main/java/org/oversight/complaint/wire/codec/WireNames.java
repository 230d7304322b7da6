package org.oversight.complaint.wire.codec;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.Rejection;

/**
 * The frozen discriminator values of the wire format. They are written out here, not derived from
 * class names, so that renaming a Java type can never change the bytes (the JSR310Module lesson).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WireNames {

  /** The wire-format version this module writes, and the newest it reads. */
  public static final int SCHEMA_VERSION = 1;

  /** Field name of the wire-format version. */
  public static final String SCHEMA_VERSION_FIELD = "schemaVersion";

  /** Field name of every type discriminator. */
  public static final String TYPE = "type";

  /** Event type name by event class, in declaration order. */
  public static final Map<Class<? extends CaseEvent>, String> EVENTS =
      LinkedHashMap.<Class<? extends CaseEvent>, String>empty()
          .put(CaseEvent.ComplaintReceived.class, "ComplaintReceived")
          .put(CaseEvent.Registered.class, "Registered")
          .put(CaseEvent.Acknowledged.class, "Acknowledged")
          .put(CaseEvent.TimeLimitWaived.class, "TimeLimitWaived")
          .put(CaseEvent.Assessed.class, "Assessed")
          .put(CaseEvent.Rejected.class, "Rejected")
          .put(CaseEvent.Forwarded.class, "Forwarded")
          .put(CaseEvent.InformalResolutionStarted.class, "InformalResolutionStarted")
          .put(CaseEvent.FellBackToFormal.class, "FellBackToFormal")
          .put(CaseEvent.Referred.class, "Referred")
          .put(CaseEvent.ReferredBack.class, "ReferredBack")
          .put(CaseEvent.InvestigationOpened.class, "InvestigationOpened")
          .put(CaseEvent.PartyHearingOpened.class, "PartyHearingOpened")
          .put(CaseEvent.PartyHearingClosed.class, "PartyHearingClosed")
          .put(CaseEvent.AllegationDecided.class, "AllegationDecided")
          .put(CaseEvent.MeasureRecorded.class, "MeasureRecorded")
          .put(CaseEvent.ReferredForProsecutionDecision.class, "ReferredForProsecutionDecision")
          .put(CaseEvent.ReferredForAdministrativeReview.class, "ReferredForAdministrativeReview")
          .put(CaseEvent.OutcomeNotified.class, "OutcomeNotified")
          .put(CaseEvent.NotificationRecorded.class, "NotificationRecorded")
          .put(CaseEvent.ReviewRequested.class, "ReviewRequested")
          .put(CaseEvent.ReviewDecided.class, "ReviewDecided")
          .put(CaseEvent.Reopened.class, "Reopened")
          .put(CaseEvent.Withdrawn.class, "Withdrawn")
          .put(CaseEvent.Discontinued.class, "Discontinued")
          .put(CaseEvent.Suspended.class, "Suspended")
          .put(CaseEvent.Resumed.class, "Resumed")
          .put(CaseEvent.Closed.class, "Closed")
          .put(CaseEvent.ConsentRecorded.class, "ConsentRecorded")
          .put(CaseEvent.RelatedCaseLinked.class, "RelatedCaseLinked")
          .put(CaseEvent.AllegationAdded.class, "AllegationAdded")
          .put(CaseEvent.PartyAdded.class, "PartyAdded")
          .put(CaseEvent.VictimSupportReferred.class, "VictimSupportReferred")
          .put(CaseEvent.AllegationsSplitOff.class, "AllegationsSplitOff");

  /** Rejection type name by rejection class. */
  public static final Map<Class<? extends Rejection>, String> REJECTIONS =
      LinkedHashMap.<Class<? extends Rejection>, String>empty()
          .put(Rejection.IllegalTransition.class, "IllegalTransition")
          .put(Rejection.MissingDetails.class, "MissingDetails")
          .put(Rejection.UnknownParty.class, "UnknownParty")
          .put(Rejection.UnknownAllegation.class, "UnknownAllegation")
          .put(Rejection.Duplicate.class, "Duplicate")
          .put(Rejection.WrongRole.class, "WrongRole")
          .put(Rejection.AlreadyDecided.class, "AlreadyDecided")
          .put(Rejection.ConsentMissing.class, "ConsentMissing")
          .put(Rejection.ReviewNotAvailable.class, "ReviewNotAvailable")
          .put(Rejection.ReviewOutOfTime.class, "ReviewOutOfTime")
          .put(Rejection.OutOfOrder.class, "OutOfOrder")
          .put(Rejection.AheadOfClock.class, "AheadOfClock")
          .put(Rejection.InvalidHistory.class, "InvalidHistory")
          .put(Rejection.EventRefused.class, "EventRefused")
          .put(Rejection.RuleRefused.class, "RuleRefused");

  private WireNames() {}

  // Event class by type name, for reading: a lookup per event instead of a scan.
  private static final java.util.Map<String, Class<? extends CaseEvent>> EVENT_CLASSES =
      EVENTS.toJavaMap(e -> io.vavr.Tuple.of(e._2, e._1));

  /**
   * Returns the wire name of an event.
   *
   * @param event the event, not null
   * @return the name, never null
   * @throws IllegalStateException if the event type has no wire name (a core type this module does not know yet)
   */
  public static String eventName(CaseEvent event) {
    return EVENTS.get(event.getClass()).getOrElseThrow(() ->
        new IllegalStateException("bug: no wire name for event type " + event.getClass().getName()));
  }

  /**
   * Returns the wire name of a rejection.
   *
   * @param rejection the rejection, not null
   * @return the name, never null
   * @throws IllegalStateException if the rejection type has no wire name
   */
  public static String rejectionName(Rejection rejection) {
    return REJECTIONS.get(rejection.getClass()).getOrElseThrow(() ->
        new IllegalStateException("bug: no wire name for rejection type " + rejection.getClass().getName()));
  }

  /**
   * Finds the event class of a wire name.
   *
   * @param name the name, not null
   * @return the class, none if the name is unknown
   */
  public static Option<Class<? extends CaseEvent>> eventClass(String name) {
    return Option.of(EVENT_CLASSES.get(name));
  }
}
