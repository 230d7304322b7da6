package org.oversight.complaint.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.oversight.complaint.core.LegalBasis;
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
  /** Instants in messages: to the minute, in a zone; the zone is appended by {@link #instant}. */
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);


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
   * Formats a message, writing each {@link Instant} argument as a date and a time to the minute in a
   * zone, followed by the zone ({@code 2026-04-02 23:59 Europe/Oslo}; {@code 2026-04-02 21:59 UTC} in
   * UTC). Deadlines are inclusive to the end of their minute, so the minute shown is the last one
   * that counts.
   *
   * @param key the key, not null
   * @param locale the language, not null
   * @param zone the zone in which instants are shown, not null (a pack's {@link RulePack#zone()})
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
      if (shown[i] instanceof Instant) {
        shown[i] = instant((Instant) shown[i], zone);
      }
    }
    return new MessageFormat(bundle(language).getString(key), language).format(shown);
  }

  private static String instant(Instant at, ZoneId zone) {
    String name = zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    return MINUTE.format(at.atZone(zone)) + " " + name;
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
   * Explains a rejection in a language. A rule's refusal is explained by its rule's key
   * ({@code rejection.<rule>}, arguments {0} the command and {1} the legal basis or "-"), or by its
   * English message when the key is in no bundle; a core rejection by its type
   * ({@code rejection.core.<Type>}, arguments {0} the command and {1} the state); a refused event
   * of a history by {@code rejection.core.EventRefused} (arguments {0} the event's position and
   * {1} the explanation of its cause).
   *
   * @param rejection the rejection, not null
   * @param locale the language, not null
   * @return the message, never null
   * @throws NullPointerException if an argument is null
   */
  public static String explain(Rejection rejection, Locale locale) {
    Objects.requireNonNull(rejection, "rejection is null");
    if (rejection instanceof Rejection.RuleRefused) {
      Rejection.RuleRefused r = (Rejection.RuleRefused) rejection;
      return formatOr("rejection." + r.rule(), locale, r.message(), r.command(),
          r.legalBasis().map(LegalBasis::citation).getOrElse("-"));
    }
    if (rejection instanceof Rejection.EventRefused) {
      Rejection.EventRefused r = (Rejection.EventRefused) rejection;
      return format("rejection.core.EventRefused", locale, r.position(), explain(r.cause(), locale));
    }
    return format("rejection.core." + rejection.getClass().getSimpleName(), locale, rejection.command(),
        rejection.state());
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
