package org.oversight.complaint.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.FormatStyle;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.EscalationTrigger;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.PendingEscalation;
import org.oversight.complaint.core.Recipient;
import org.oversight.complaint.core.Rejection;

/**
 * Explanations of escalations, obligations, breaches, warnings and rejections in English, Norwegian
 * (bokmål), Danish and Swedish, from resource bundles inside this module.
 *
 * <p>A locale whose language is not one of the four gets English; the JVM's default locale never
 * leaks in. Norwegian is found under {@code nb}; {@code no} and {@code nn} are read as bokmål.
 * Arguments are formatted with {@link MessageFormat}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Messages {
  /** The time of day in messages, to the minute. */
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);


  /** The base name of the bundles (a package-private resource of this module). */
  static final String BUNDLE = "org.oversight.complaint.rules.messages";

  private static final Seq<Locale> SUPPORTED = List.of(
      Locale.ENGLISH, Locale.forLanguageTag("nb"), Locale.forLanguageTag("da"), Locale.forLanguageTag("sv"));

  private Messages() {}

  /**
   * Returns the supported languages: English, Norwegian bokmål, Danish, Swedish.
   *
   * @return the locales, never null
   */
  public static Seq<Locale> supportedLocales() {
    return SUPPORTED;
  }

  /**
   * Returns the bundle for a language, never falling back to the JVM's default locale.
   *
   * @param locale the language, not null
   * @return the bundle, never null
   * @throws NullPointerException if locale is null
   */
  public static ResourceBundle bundle(Locale locale) {
    Objects.requireNonNull(locale, "locale is null");
    return ResourceBundle.getBundle(BUNDLE, supported(locale));
  }

  /**
   * Returns every message key (those of the English bundle).
   *
   * @return the keys, sorted, never null
   */
  public static Set<String> keys() {
    return TreeSet.ofAll(bundle(Locale.ENGLISH).keySet());
  }

  /**
   * Formats a message.
   *
   * @param key the key, not null
   * @param locale the language, not null
   * @param args the arguments, not null
   * @return the message, never null
   * @throws NullPointerException if an argument is null
   * @throws java.util.MissingResourceException if the key is unknown
   */
  public static String format(String key, Locale locale, Object... args) {
    return formatIn(key, locale, ZoneOffset.UTC, args);
  }

  /**
   * Formats a message as a person reads it, in a zone: an {@link Instant} or a {@link LocalDate}
   * argument is written as a date in the language ({@code 2 April 2026}, {@code 2. april 2026}), the
   * instant taken as a date in the zone (a deadline is inclusive to the end of its day there); a
   * {@link ZonedDateTime} as a date and a time to the minute; a code (state, command, body, outcome,
   * flag, obligation kind...) as its {@link Labels label}; a {@link Recipient} as the body's name or
   * the party's id; a {@link LegalBasis} as its citation; an {@link EscalationTrigger} as a sentence
   * naming what it holds (key {@code trigger.<type>}: the flags, the track, the subject's rank, the other
   * case of the same incident); a collection as its elements so written, separated by commas.
   *
   * @param key the key, not null
   * @param locale the language, not null
   * @param zone the zone in which instants are dated, not null (a pack's {@link RulePack#zone()})
   * @param args the arguments, not null
   * @return the message, never null
   * @throws NullPointerException if an argument is null
   * @throws java.util.MissingResourceException if the key is unknown
   * @since 0.1
   */
  public static String formatIn(String key, Locale locale, ZoneId zone, Object... args) {
    Objects.requireNonNull(key, "key is null");
    Objects.requireNonNull(zone, "zone is null");
    Objects.requireNonNull(args, "args is null");
    Locale language = supported(locale);
    Object[] shown = args.clone();
    for (int i = 0; i < shown.length; i++) {
      shown[i] = shown(shown[i], language, zone);
    }
    return new MessageFormat(bundle(language).getString(key), language).format(shown);
  }

  /**
   * Writes a date as a person reads it in a language: {@code 2 April 2026} (English),
   * {@code 2. april 2026} (Norwegian, Danish), {@code 2 april 2026} (Swedish).
   *
   * @param date the date, not null
   * @param locale the language, not null
   * @return the date, never null
   * @throws NullPointerException if an argument is null
   * @since 0.1
   */
  public static String date(LocalDate date, Locale locale) {
    Objects.requireNonNull(date, "date is null");
    Locale language = supported(locale);
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(language == Locale.ENGLISH ? Locale.UK : language).format(date);
  }

  /**
   * Writes a number of days as a person reads it in a language: {@code 1 day}, {@code 12 days},
   * {@code 12 dager}, {@code 12 dage}, {@code 12 dagar}.
   *
   * @param days the number of days
   * @param locale the language, not null
   * @return the text, never null
   * @throws NullPointerException if locale is null
   * @since 0.1
   */
  public static String days(long days, Locale locale) {
    return format("unit.days", locale, days);
  }

  private static Object shown(Object arg, Locale language, ZoneId zone) {
    Objects.requireNonNull(arg, "arg is null");
    if (arg instanceof Instant) {
      return date(((Instant) arg).atZone(zone).toLocalDate(), language);
    } else if (arg instanceof LocalDate) {
      return date((LocalDate) arg, language);
    } else if (arg instanceof ZonedDateTime) {
      ZonedDateTime local = ((ZonedDateTime) arg).withZoneSameInstant(zone);
      return date(local.toLocalDate(), language) + " " + MINUTE.format(local);
    } else if (arg instanceof Recipient) {
      return describe((Recipient) arg, language);
    } else if (arg instanceof LegalBasis) {
      return ((LegalBasis) arg).citation();
    } else if (arg instanceof EscalationTrigger) {
      return trigger((EscalationTrigger) arg, language, zone);
    } else if (arg instanceof Iterable && !(arg instanceof String)) {
      return io.vavr.collection.List.ofAll((Iterable<?>) arg).map(a -> String.valueOf(shown(a, language, zone)))
          .mkString(", ");
    } else if (arg instanceof Number) {
      return arg;
    }
    return Labels.standard().labelOf(arg, language);
  }

  /**
   * An escalation's trigger as a sentence: {0} the flags (or the track, the subject's rank, the other
   * case), then for a rank or another case {1} the number of flags and {2} the flags.
   */
  private static String trigger(EscalationTrigger t, Locale language, ZoneId zone) {
    Seq<Object> flags = List.ofAll(t.flags());
    if (t instanceof EscalationTrigger.OnFlags) {
      return formatIn("trigger.onFlags", language, zone, flags);
    } else if (t instanceof EscalationTrigger.OnTrack) {
      return formatIn("trigger.onTrack", language, zone, ((EscalationTrigger.OnTrack) t).track());
    } else if (t instanceof EscalationTrigger.OnSubject) {
      return formatIn("trigger.onSubject", language, zone, ((EscalationTrigger.OnSubject) t).subjectKind(),
          flags.size(), flags);
    } else if (t instanceof EscalationTrigger.SameIncident) {
      return formatIn("trigger.sameIncident", language, zone, ((EscalationTrigger.SameIncident) t).other().value(),
          flags.size(), flags);
    }
    return formatIn("trigger.onCondition", language, zone, flags.size(), flags);
  }

  /**
   * The arguments of a rule's refusal: {0} the command, {1} the legal basis or "-", and for a pending
   * referral {2} the body, {3} its deadline, {4} its trigger and {5} 1; without one, "-" three times and 0.
   */
  static Object[] refusalArgs(CommandType command, Option<LegalBasis> legalBasis, Option<PendingEscalation> pending) {
    String basis = legalBasis.map(LegalBasis::citation).getOrElse("-");
    return pending.isEmpty()
        ? new Object[] {command, basis, "-", "-", "-", 0}
        : new Object[] {command, basis, pending.get().to(), pending.get().due(), pending.get().trigger(), 1};
  }

  /**
   * Formats a message, or returns a fallback when the key is in no bundle.
   *
   * @param key the key, not null
   * @param locale the language, not null
   * @param fallback the text for an unknown key, not null
   * @param args the arguments, not null
   * @return the message, never null
   */
  public static String formatOr(String key, Locale locale, String fallback, Object... args) {
    Objects.requireNonNull(fallback, "fallback is null");
    Objects.requireNonNull(key, "key is null");
    return bundle(locale).containsKey(key) ? format(key, locale, args) : fallback;
  }

  /**
   * Explains a rejection in a language, with its dates in UTC; {@link #explain(Rejection, Locale, ZoneId)}
   * dates them in a zone. A refused event of a history ({@link Rejection.EventRefused}) is explained
   * by {@code rejection.core.EventRefused}: its position and the explanation of its cause.
   *
   * @param rejection the rejection, not null
   * @param locale the language, not null
   * @return the message, never null
   * @throws NullPointerException if an argument is null
   */
  public static String explain(Rejection rejection, Locale locale) {
    return explain(rejection, locale, ZoneOffset.UTC);
  }

  /**
   * Explains a rejection in a language with every detail it holds. A rule's refusal is explained by
   * its rule's key ({@code rejection.<rule>}, arguments {0} the command and {1} the legal basis or
   * "-", and when it names a pending referral, {2} its body, {3} its deadline, {4} its trigger as a
   * sentence and {5} 1, otherwise 0), or by its English message when the key is in no bundle; a core
   * rejection by its type
   * ({@code rejection.core.<Type>}, arguments {0} the command, {1} the state, then the rejection's own
   * details in the order of its components: the commands allowed, the missing details, the party or
   * allegation, the roles, the consent's purpose, the deadline and the request, the two instants, the
   * position and the problem).
   *
   * @param rejection the rejection, not null
   * @param locale the language, not null
   * @param zone the zone in which its dates are shown, not null
   * @return the message, never null
   * @throws NullPointerException if an argument is null
   * @since 0.1
   */
  public static String explain(Rejection rejection, Locale locale, ZoneId zone) {
    Objects.requireNonNull(rejection, "rejection is null");
    if (rejection instanceof Rejection.RuleRefused) {
      Rejection.RuleRefused r = (Rejection.RuleRefused) rejection;
      return bundle(locale).containsKey("rejection." + r.rule())
          ? formatIn("rejection." + r.rule(), locale, zone, refusalArgs(r.command(), r.legalBasis(), r.pending()))
          : r.message();
    }
    if (rejection instanceof Rejection.EventRefused) {
      Rejection.EventRefused r = (Rejection.EventRefused) rejection;
      return format("rejection.core.EventRefused", locale, r.position(), explain(r.cause(), locale, zone));
    }
    return formatIn("rejection.core." + rejection.getClass().getSimpleName(), locale, zone,
        details(rejection).prependAll(List.of(rejection.command(), rejection.state())).toJavaArray());
  }

  /** A core rejection's own details, in the order of its components. */
  static Seq<Object> details(Rejection r) {
    if (r instanceof Rejection.IllegalTransition) {
      Seq<Object> allowed = List.ofAll(((Rejection.IllegalTransition) r).allowed());
      return List.of(allowed.isEmpty() ? "-" : allowed);
    } else if (r instanceof Rejection.MissingDetails) {
      return List.of(((Rejection.MissingDetails) r).missing());
    } else if (r instanceof Rejection.UnknownParty) {
      return List.of(((Rejection.UnknownParty) r).party());
    } else if (r instanceof Rejection.UnknownAllegation) {
      return List.of(((Rejection.UnknownAllegation) r).allegation());
    } else if (r instanceof Rejection.Duplicate) {
      return List.of(((Rejection.Duplicate) r).id());
    } else if (r instanceof Rejection.WrongRole) {
      Rejection.WrongRole w = (Rejection.WrongRole) r;
      return List.of(w.party(), w.expected(), w.actual());
    } else if (r instanceof Rejection.AlreadyDecided) {
      return List.of(((Rejection.AlreadyDecided) r).allegation());
    } else if (r instanceof Rejection.ConsentMissing) {
      Rejection.ConsentMissing c = (Rejection.ConsentMissing) r;
      return List.of(c.party(), c.purpose());
    } else if (r instanceof Rejection.ReviewOutOfTime) {
      Rejection.ReviewOutOfTime o = (Rejection.ReviewOutOfTime) r;
      return List.of(o.deadline(), o.requestedAt(), o.legalBasis().map(LegalBasis::citation).getOrElse("-"));
    } else if (r instanceof Rejection.OutOfOrder) {
      Rejection.OutOfOrder o = (Rejection.OutOfOrder) r;
      return List.of(o.last().atZone(ZoneOffset.UTC), o.at().atZone(ZoneOffset.UTC));
    } else if (r instanceof Rejection.AheadOfClock) {
      Rejection.AheadOfClock a = (Rejection.AheadOfClock) r;
      return List.of(a.at().atZone(ZoneOffset.UTC), a.latest().atZone(ZoneOffset.UTC));
    } else if (r instanceof Rejection.InvalidHistory) {
      Rejection.InvalidHistory h = (Rejection.InvalidHistory) r;
      return List.of(h.position(), h.problem());
    }
    return List.empty();
  }

  static Locale supported(Locale locale) {
    Objects.requireNonNull(locale, "locale is null");
    switch (locale.getLanguage()) {
      case "nb":
      case "no":
      case "nn":
        return SUPPORTED.get(1);
      case "da":
        return SUPPORTED.get(2);
      case "sv":
        return SUPPORTED.get(3);
      default:
        return Locale.ENGLISH;
    }
  }

  static String describe(Recipient recipient) {
    return recipient instanceof Recipient.ToParty
        ? ((Recipient.ToParty) recipient).party().value()
        : ((Recipient.ToBody) recipient).body().value();
  }

  /** A recipient as a person reads it: the party's id, or the body's name. */
  static String describe(Recipient recipient, Locale locale) {
    return recipient instanceof Recipient.ToParty
        ? ((Recipient.ToParty) recipient).party().value()
        : Labels.standard().label(((Recipient.ToBody) recipient).body(), locale);
  }

  /** Turns {@code DELAY_NOTICE} into {@code delayNotice}. */
  static String camel(String constant) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char ch : constant.toLowerCase(Locale.ROOT).toCharArray()) {
      if (ch == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(ch) : ch);
        upper = false;
      }
    }
    return out.toString();
  }
}
