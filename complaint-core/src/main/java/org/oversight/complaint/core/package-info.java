/**
 * The pure-domain core: the immutable complaint case aggregate, its events, its rejections and its
 * declared state graph.
 *
 * <p>A case is received, then every change is a command method that returns either a
 * {@link org.oversight.complaint.core.Rejection} or a
 * {@link org.oversight.complaint.core.Transition} holding the new case and the recorded events;
 * the receiver is unchanged. Every command takes a {@link org.oversight.complaint.core.Stamp}: when,
 * who and why. Time is always a parameter: the core never reads a clock, does no I/O and keeps no
 * mutable static state.
 *
 * <pre>{@code
 * Transition received = ComplaintCase.receipt(CaseId.of("c-1"), JurisdictionCode.of("NO"))
 *     .track(Track.CONDUCT_COMPLAINT).channel(Channel.TICKET_SYSTEM).receivingBody(Body.of("NO-OSLO-PD"))
 *     .incident(Incident.of(IncidentTime.at(when), "Grønland", "Rude when asked for his number"))
 *     .party(Party.complainant(PartyId.of("P1"), "Kari", Standing.DIRECTLY_AFFECTED))
 *     .receive(Stamp.of(now, Actor.of("system:ticket")));
 * Either<Rejection, Transition> registered =
 *     received.complaint().register(CaseReference.parse("OSL-2026-000001"), RegistrationRequirements.DEFAULT,
 *         Stamp.of(now, Actor.of("caseworker:ola")));
 * }</pre>
 *
 * <p>All types in this package are immutable and thread-safe, except the receipt builder.
 * Parameters must not be null: where a value is optional, the method has an overload without it.
 * Returned values are never null.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class})
package org.oversight.complaint.core;

import org.immutables.value.Value;
