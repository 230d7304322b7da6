package org.oversight.complaint.rules;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.CommandType;
import org.oversight.complaint.core.ConsentPurpose;
import org.oversight.complaint.core.DutyStatus;
import org.oversight.complaint.core.MeasureKind;
import org.oversight.complaint.core.NotificationKind;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.PartyRole;
import org.oversight.complaint.core.RejectionGround;
import org.oversight.complaint.core.RequiredDetail;
import org.oversight.complaint.core.SeriousnessFlag;
import org.oversight.complaint.core.StatementForm;
import org.oversight.complaint.core.SubjectKind;
import org.oversight.complaint.core.Track;

/**
 * What a person reads for each code: the names of states, commands, tracks, categories, outcomes,
 * bodies, notification kinds, disclosable items, obligation kinds, party roles, rejection grounds,
 * seriousness flags, required details, consent purposes, statement forms, duty statuses, measure
 * kinds and kinds of person complained about, in English, Norwegian (bokmål), Danish and Swedish,
 * from resource bundles inside this module.
 *
 * <p>A complainant, a caseworker or a log reader should read "Spesialenheten for politisaker" or
 * "no prosecution", never {@code NO-SPESIALENHETEN} or {@code NO_PROSECUTION}. The shipped labels cover
 * every enum constant, every outcome of the shipped packs' taxonomies and every body they name.
 * Categories, outcomes and bodies are open sets of codes: one without a label reads as its code in
 * lower case with spaces ({@code CONDUCT.OTHER_THING} reads "conduct other thing").
 *
 * <p>Integrators override or add a label with {@link #with(Locale, String, String)}: the key is the
 * prefix of the kind of code and the code ({@code status.CLOSED}, {@code body.NO-OSLO-PD},
 * {@code outcome.CRITICISABLE}); see {@link #keys()}.
 *
 * <pre>{@code
 * Labels labels = Labels.standard().with(Locale.ENGLISH, "body.NO-OSLO-PD", "Oslo police district complaints unit");
 * labels.label(CaseStatus.CLOSED, Locale.forLanguageTag("nb"));   // "avsluttet"
 * }</pre>
 *
 * <p>Languages are chosen as in {@link Messages}: a locale whose language is not one of the four gets
 * English, never the JVM's default locale.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Labels {

  /** The base name of the bundles (a package-private resource of this module). */
  static final String BUNDLE = "org.oversight.complaint.rules.labels";

  private static final Labels STANDARD = new Labels(HashMap.empty());

  /** Overrides by (language, key). */
  private final Map<Tuple2<String, String>, String> overrides;

  private Labels(Map<Tuple2<String, String>, String> overrides) {
    this.overrides = overrides;
  }

  /**
   * Returns the shipped labels.
   *
   * @return the labels, never null
   */
  public static Labels standard() {
    return STANDARD;
  }

  /**
   * Returns these labels with one label set for a language (replacing the shipped one, if any).
   * This instance is immutable and unaffected by this method.
   *
   * @param locale the language (one of the four; others set English), not null
   * @param key the key, a prefix and a code ({@code status.CLOSED}), not blank
   * @param text what a person reads, not blank
   * @return the labels with the override, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if key or text is blank
   */
  public Labels with(Locale locale, String key, String text) {
    Objects.requireNonNull(key, "key is null");
    Objects.requireNonNull(text, "text is null");
    if (key.isBlank() || text.isBlank()) {
      throw new IllegalArgumentException("key and text must not be blank");
    }
    return new Labels(overrides.put(Tuple.of(Messages.supported(locale).getLanguage(), key), text));
  }

  /**
   * Returns every shipped key (those of the English bundle).
   *
   * @return the keys, sorted, never null
   */
  public static Set<String> keys() {
    return TreeSet.ofAll(bundle(Locale.ENGLISH).keySet());
  }

  /**
   * Returns the label for a key in a language, if there is one (an override or a shipped label).
   *
   * @param key the key, not null
   * @param locale the language, not null
   * @return the label, none if the key has none, never null
   * @throws NullPointerException if an argument is null
   */
  public Option<String> find(String key, Locale locale) {
    Objects.requireNonNull(key, "key is null");
    Locale language = Messages.supported(locale);
    Option<String> override = overrides.get(Tuple.of(language.getLanguage(), key));
    if (override.isDefined()) {
      return override;
    }
    ResourceBundle bundle = bundle(language);
    return bundle.containsKey(key) ? Option.some(bundle.getString(key)) : Option.none();
  }

  /**
   * Returns the label of a state.
   *
   * @param status the state, not null
   * @param locale the language, not null
   * @return the label, never null
   */
  public String label(CaseStatus status, Locale locale) {
    return code("status.", status.name(), locale);
  }

  /**
   * Returns the label of a command.
   *
   * @param command the command, not null
   * @param locale the language, not null
   * @return the label, never null
   */
  public String label(CommandType command, Locale locale) {
    return code("command.", command.name(), locale);
  }

  /**
   * Returns the label of a track.
   *
   * @param track the track, not null
   * @param locale the language, not null
   * @return the label, never null
   */
  public String label(Track track, Locale locale) {
    return code("track.", track.name(), locale);
  }

  /**
   * Returns the label of a category, or the code in words when it has none.
   *
   * @param category the category, not null
   * @param locale the language, not null
   * @return the label, never null
   */
  public String label(CategoryCode category, Locale locale) {
    return code("category.", category.value(), locale);
  }

  /**
   * Returns the label of an outcome, or the code in words when it has none.
   *
   * @param outcome the outcome, not null
   * @param locale the language, not null
   * @return the label, never null
   */
  public String label(Outcome outcome, Locale locale) {
    return code("outcome.", outcome.value(), locale);
  }

  /**
   * Returns the name of a body, or the code in words when it has none.
   *
   * @param body the body, not null
   * @param locale the language, not null
   * @return the name, never null
   */
  public String label(Body body, Locale locale) {
    return code("body.", body.value(), locale);
  }

  /**
   * Returns the label of a notification kind.
   *
   * @param kind the kind, not null
   * @param locale the language, not null
   * @return the label, never null
   */
  public String label(NotificationKind kind, Locale locale) {
    return code("notification.", kind.name(), locale);
  }

  /**
   * Returns the label of a disclosable item.
   *
   * @param item the item, not null
   * @param locale the language, not null
   * @return the label, never null
   */
  public String label(Disclosable item, Locale locale) {
    return code("disclosable.", item.name(), locale);
  }

  /**
   * Returns the label of an obligation kind.
   *
   * @param kind the kind, not null
   * @param locale the language, not null
   * @return the label, never null
   */
  public String label(ObligationKind kind, Locale locale) {
    return code("obligation.", kind.name(), locale);
  }

  /**
   * Returns the label of a party role.
   *
   * @param role the role, not null
   * @param locale the language, not null
   * @return the label, never null
   */
  public String label(PartyRole role, Locale locale) {
    return code("role.", role.name(), locale);
  }

  /**
   * Returns the label of a rejection ground.
   *
   * @param ground the ground, not null
   * @param locale the language, not null
   * @return the label, never null
   */
  public String label(RejectionGround ground, Locale locale) {
    return code("ground.", ground.name(), locale);
  }

  /**
   * Returns the label of a seriousness flag.
   *
   * @param flag the flag, not null
   * @param locale the language, not null
   * @return the label, never null
   */
  public String label(SeriousnessFlag flag, Locale locale) {
    return code("flag.", flag.name(), locale);
  }

  /**
   * Returns the label of a detail required for registration.
   *
   * @param detail the detail, not null
   * @param locale the language, not null
   * @return the label, never null
   */
  public String label(RequiredDetail detail, Locale locale) {
    return code("detail.", detail.name(), locale);
  }

  /**
   * Returns the label of a duty status.
   *
   * @param status the status, not null
   * @param locale the language, not null
   * @return the label, never null
   * @since 0.1
   */
  public String label(DutyStatus status, Locale locale) {
    return code("duty.", status.name(), locale);
  }

  /**
   * Returns the label of a statement's form.
   *
   * @param form the form, not null
   * @param locale the language, not null
   * @return the label, never null
   * @since 0.1
   */
  public String label(StatementForm form, Locale locale) {
    return code("form.", form.name(), locale);
  }

  /**
   * Returns the label of a consent purpose.
   *
   * @param purpose the purpose, not null
   * @param locale the language, not null
   * @return the label, never null
   */
  public String label(ConsentPurpose purpose, Locale locale) {
    return code("consent.", purpose.name(), locale);
  }

  /**
   * Returns the label of a kind of disciplinary or management measure.
   *
   * @param kind the kind, not null
   * @param locale the language, not null
   * @return the label, never null
   * @since 0.1
   */
  public String label(MeasureKind kind, Locale locale) {
    return code("measure.", kind.name(), locale);
  }

  /**
   * Returns the label of a kind of person complained about (a rank: chief officer, senior officer...).
   *
   * @param kind the kind, not null
   * @param locale the language, not null
   * @return the label, never null
   * @since 0.1
   */
  public String label(SubjectKind kind, Locale locale) {
    return code("subject.", kind.name(), locale);
  }

  /**
   * Returns the label of any code this class labels (the types of the {@code label} methods), or
   * the value's text for anything else.
   *
   * @param value the value, not null
   * @param locale the language, not null
   * @return the label, never null
   */
  public String labelOf(Object value, Locale locale) {
    Objects.requireNonNull(value, "value is null");
    if (value instanceof CaseStatus) {
      return label((CaseStatus) value, locale);
    } else if (value instanceof CommandType) {
      return label((CommandType) value, locale);
    } else if (value instanceof Track) {
      return label((Track) value, locale);
    } else if (value instanceof CategoryCode) {
      return label((CategoryCode) value, locale);
    } else if (value instanceof Outcome) {
      return label((Outcome) value, locale);
    } else if (value instanceof Body) {
      return label((Body) value, locale);
    } else if (value instanceof NotificationKind) {
      return label((NotificationKind) value, locale);
    } else if (value instanceof Disclosable) {
      return label((Disclosable) value, locale);
    } else if (value instanceof ObligationKind) {
      return label((ObligationKind) value, locale);
    } else if (value instanceof PartyRole) {
      return label((PartyRole) value, locale);
    } else if (value instanceof RejectionGround) {
      return label((RejectionGround) value, locale);
    } else if (value instanceof SeriousnessFlag) {
      return label((SeriousnessFlag) value, locale);
    } else if (value instanceof RequiredDetail) {
      return label((RequiredDetail) value, locale);
    } else if (value instanceof DutyStatus) {
      return label((DutyStatus) value, locale);
    } else if (value instanceof StatementForm) {
      return label((StatementForm) value, locale);
    } else if (value instanceof ConsentPurpose) {
      return label((ConsentPurpose) value, locale);
    } else if (value instanceof MeasureKind) {
      return label((MeasureKind) value, locale);
    } else if (value instanceof SubjectKind) {
      return label((SubjectKind) value, locale);
    }
    return value.toString();
  }

  private String code(String prefix, String code, Locale locale) {
    return find(prefix + code, locale).getOrElse(() -> inWords(code));
  }

  /** A code without a label, in words: {@code CONDUCT.OTHER_THING} reads "conduct other thing". */
  static String inWords(String code) {
    return code.toLowerCase(Locale.ROOT).replace('_', ' ').replace('.', ' ').replace('-', ' ');
  }

  static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, Messages.supported(locale));
  }
}
