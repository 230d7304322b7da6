package org.oversight.complaint.rules;

import io.vavr.collection.Seq;
import java.util.Locale;
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
   * Explains the warning.
   *
   * @param locale the language, not null
   * @return the message, never null
   */
  public String message(Locale locale) {
    return Messages.format(key, locale, (Object[]) args.toJavaArray(String[]::new));
  }
}
