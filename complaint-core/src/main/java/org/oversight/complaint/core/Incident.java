package org.oversight.complaint.core;

import io.vavr.control.Option;

/**
 * What the complaint is about: when it happened, where, and what happened, in the complainant's or
 * the registering officer's words.
 *
 * <p>The Oslo district complaint body asks for exactly these details (when, who, what); who is
 * recorded as {@link Party parties}. This class is immutable and thread-safe.
 *
 * @param time when, not null
 * @param place where, none when not given, never null
 * @param description what happened, may be empty but not null, at most 20,000 characters
 * @since 0.1
 */
public record Incident(IncidentTime time, Option<String> place, String description) {
  /**
   * Validates.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if place is blank or a text is too long or has control characters
   */
  public Incident {
    Checks.notNull(time, "time");
    Checks.notNull(place, "place");
    place.forEach(p -> Checks.nonBlankText(p, "place", 500));
    Checks.text(description, "description", 20_000);
  }

  /**
   * Obtains an incident whose place was not given.
   *
   * @param time when, not null
   * @param description what happened, not null, may be empty
   * @return the incident, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the description is too long
   */
  public static Incident of(IncidentTime time, String description) {
    return new Incident(time, Option.none(), description);
  }

  /**
   * Obtains an incident.
   *
   * @param time when, not null
   * @param place where, not null
   * @param description what happened, not null, may be empty
   * @return the incident, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if place is blank or a text is too long
   */
  public static Incident of(IncidentTime time, String place, String description) {
    return new Incident(time, Option.some(place), description);
  }

  /**
   * An incident about which nothing is known yet.
   *
   * @return the incident, never null
   */
  public static Incident unknown() {
    return new Incident(IncidentTime.unknown(), Option.none(), "");
  }

  /**
   * Tells whether a description of what happened was given.
   *
   * @return true if the description is not blank
   */
  public boolean isDescribed() {
    return !description.isBlank();
  }

  /**
   * Returns the time, and only whether a place and how long a description were given: both are the
   * complainant's words and may hold personal data.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "Incident[time=" + time + ", place=" + place.map(Checks::withheld).getOrElse("none")
        + ", description=" + Checks.withheld(description) + "]";
  }
}
