package org.oversight.complaint.rules;

import io.vavr.collection.Seq;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.oversight.complaint.core.Body;
import java.util.Objects;

/**
 * Something an integrator should look at that is not (yet) a breach: a deadline approaching, a
 * repeat pattern of cases, a filing limit that cannot be checked, a withdrawn case that the oversight
 * body may continue.
 *
 * @param key the message key, {@code warning.…}, not blank
 * @param args the message arguments, language-neutral text (ids, instants, codes), not null
 * @since 0.1
 */
public record Warning(String key, Seq<String> args) {

  /**
   * Validates.
   *
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if key does not start with {@code warning.}
   */
  public Warning {
    Objects.requireNonNull(key, "key is null");
    Objects.requireNonNull(args, "args is null");
    args.forEach(a -> Objects.requireNonNull(a, "arg is null"));
    if (!key.startsWith("warning.")) {
      throw new IllegalArgumentException("key must start with 'warning.' but was '" + key + "'");
    }
  }

  /**
   * Explains the warning, with its dates taken in UTC; {@link #message(Locale, ZoneId)} takes them in
   * a zone.
   *
   * @param locale the language, not null
   * @return the message, never null
   * @throws NullPointerException if locale is null
   */
  public String message(Locale locale) {
    return message(locale, ZoneOffset.UTC);
  }

  /**
   * Explains the warning as a person reads it: an argument that is an instant is written as a date
   * in the zone, a number as a number (so that plurals are right), an obligation's message key as
   * the obligation's label, and a body's code as its name.
   *
   * @param locale the language, not null
   * @param zone the zone of the dates, usually the pack's {@link RulePack#zone()}, not null
   * @return the message, never null
   * @throws NullPointerException if an argument is null
   * @since 0.1
   */
  public String message(Locale locale, ZoneId zone) {
    return Messages.formatIn(key, locale, zone, args.map(Warning::typed).toJavaArray());
  }

  private static Object typed(String arg) {
    if (arg.matches("\\d{1,9}")) {
      return Long.valueOf(arg);
    }
    if (arg.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
      try {
        return Instant.parse(arg);
      } catch (DateTimeParseException notAnInstant) {
        return arg;
      }
    }
    Option<ObligationKind> kind = List.of(ObligationKind.values()).find(k -> k.messageKey().equals(arg));
    if (kind.isDefined()) {
      return kind.get();
    }
    return Labels.standard().find("body." + arg, Locale.ENGLISH).isDefined() ? Body.of(arg) : arg;
  }
}
