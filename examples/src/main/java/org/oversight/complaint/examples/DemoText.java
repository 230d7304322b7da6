package org.oversight.complaint.examples;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.oversight.complaint.core.CaseStatus;

/**
 * The demo's own sentences and the complainant view's wording, in English, Norwegian (bokmål), Danish
 * and Swedish, from the {@code demo} resource bundles beside this class. The library's labels and
 * messages ({@code Labels}, {@code Messages}) fill them in; this class only holds what the examples
 * say themselves.
 *
 * <p>A language without a bundle gets English, never the JVM's default locale. Stateless, thread-safe.
 */
final class DemoText {
  private static final String BUNDLE = "org.oversight.complaint.examples.demo";

  private DemoText() {}

  /**
   * Formats one sentence.
   *
   * @param key the sentence's key, not null
   * @param locale the language, not null
   * @param args the MessageFormat arguments
   * @return the sentence, never null
   * @throws java.util.MissingResourceException if there is no such key (a bug: the bundles are complete)
   */
  static String text(String key, Locale locale, Object... args) {
    Locale language = supported(locale);
    String pattern = ResourceBundle.getBundle(BUNDLE, language).getString(key);
    return new MessageFormat(pattern, language).format(args);
  }

  /**
   * Words one of the fixtures' scenario titles or step labels, which the catalogue gives in English: the
   * bundle's {@code scenario.<name>} or {@code step.<label, spaces as underscores>} (the English bundle
   * repeats the catalogue's words), or the catalogue's English text for a scenario no bundle words.
   *
   * @param key the key, not null
   * @param english the catalogue's English text, not null
   * @param locale the language, not null
   * @return the wording, never null
   */
  static String catalogue(String key, String english, Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale));
    return bundle.containsKey(key) ? bundle.getString(key) : english;
  }

  /** The language of the bundle a locale gets: English (its own, empty bundle) unless it has one. */
  private static Locale supported(Locale locale) {
    switch (locale.getLanguage()) {
      case "nb":
      case "no":
      case "nn":
        return Locale.forLanguageTag("nb");
      case "da":
      case "sv":
        return Locale.forLanguageTag(locale.getLanguage());
      default:
        return Locale.ENGLISH;
    }
  }

  /**
   * Words a case's state as a complainant reads it: several internal states read alike ("being
   * investigated").
   *
   * @param status the state, not null
   * @param locale the language, not null
   * @return the wording, never null
   */
  static String plain(CaseStatus status, Locale locale) {
    return text("status." + wordedAs(status).name(), locale);
  }

  /** The state whose wording a state shares. */
  static CaseStatus wordedAs(CaseStatus status) {
    switch (status) {
      case ACKNOWLEDGED:
        return CaseStatus.REGISTERED;
      case INFORMAL_RESOLUTION:
        return CaseStatus.ASSESSED;
      case PARTY_HEARING:
      case SUSPENDED_PENDING_CRIMINAL:
      case REFERRED_FOR_PROSECUTION_DECISION:
      case REFERRED_FOR_ADMINISTRATIVE_REVIEW:
        return CaseStatus.INVESTIGATION;
      case REVIEW_WINDOW_OPEN:
        return CaseStatus.OUTCOME_NOTIFIED;
      default:
        return status;
    }
  }
}
