package org.oversight.complaint.rules.vocabulary;

import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;
import org.oversight.complaint.core.CaseStatus;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.rules.OutcomeTaxonomy;
import org.oversight.complaint.rules.vocabulary.Term.CategoryTerm;
import org.oversight.complaint.rules.vocabulary.Term.Kind;
import org.oversight.complaint.rules.vocabulary.Term.OutcomeTerm;
import org.oversight.complaint.rules.vocabulary.Term.StatusTerm;

/**
 * The words of one published data set mapped to ours: for each column of the export that we read,
 * the values it holds and what each means as an allegation {@link CategoryCode}, a decided
 * {@link Outcome} with its {@link Counting} in the upheld share, or a {@link CaseStatus}. Three ship
 * in {@link Vocabularies} (NYC CCRB, Philadelphia, Chicago CPDP); any other can be read from a file
 * of the same format with {@link #parse(String, String)}.
 *
 * <pre>{@code
 * Vocabulary ccrb = Vocabularies.nycCcrb();
 * Either<UnknownTerm, CategoryCode> force = ccrb.category("fado_type", "Force");        // Right(FORCE)
 * Either<UnknownTerm, Term> disposition = ccrb.lookup("board_disposition", "Exonerated");
 * OutcomeTaxonomy share = ccrb.taxonomy(LegalBasis.of("CCRB disposition definitions"));
 * }</pre>
 *
 * <p>A lookup of a value the vocabulary does not map gives {@link UnknownTerm} naming the vocabulary,
 * the column and the value; there is no default. Values match ignoring case, surrounding and repeated
 * blanks ({@link Term#key(String)}); columns match exactly.
 *
 * <p>Invariants: within a column each value (by key) has one term; an outcome code has one counting
 * throughout, so {@link #taxonomy(LegalBasis)} is well defined; there is at least one term.
 *
 * <h2>File format</h2>
 * UTF-8 text, one entry a line, columns separated by {@code |} with surrounding blanks ignored; empty
 * lines and lines starting with {@code #} are ignored.
 * <pre>
 * vocabulary | NYC-CCRB | NYC Civilian Complaint Review Board      (first, exactly once: name and title)
 * category   | fado_type | Force | FORCE                            (column, value, CategoryCode)
 * outcome    | board_disposition | Exonerated | WITHIN_GUIDELINES | not-upheld   (…, Outcome, counting)
 * status     | investigative_findings | Pending | INVESTIGATION     (…, CaseStatus)
 * </pre>
 * Any term line may end with a column {@code assumed: <our reading>}, which becomes the term's
 * {@link Term#assumption()}. The name is 1 to 64 upper-case letters, digits or {@code -}, starting
 * with a letter.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Vocabulary {
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9-]{0,63}");
  private static final String ASSUMED = "assumed:";

  private final String name;
  private final String title;
  private final Vector<Term> terms;
  /** Per column, per value key, the term; derived from terms. */
  private final Map<String, Map<String, Term>> index;

  private Vocabulary(String name, String title, Vector<Term> terms) {
    this.name = name;
    this.title = title;
    this.terms = terms;
    this.index = terms.foldLeft(LinkedHashMap.<String, Map<String, Term>>empty(), (m, t) ->
        m.put(t.field(), m.get(t.field()).getOrElse(LinkedHashMap.empty()).put(Term.key(t.value()), t)));
  }

  /**
   * Creates a vocabulary from terms.
   *
   * @param name the name, 1 to 64 upper-case letters, digits or {@code -}, starting with a letter, not null
   * @param title a human-readable title, not blank
   * @param terms the terms, in a stable order, not null, not empty
   * @return the vocabulary, never null
   * @throws NullPointerException if an argument or term is null
   * @throws IllegalArgumentException if the name or title is malformed, there are no terms, a value is
   *     mapped twice in one column, or an outcome code has two countings
   */
  public static Vocabulary of(String name, String title, Iterable<? extends Term> terms) {
    Objects.requireNonNull(terms, "terms is null");
    checkName(name);
    checkTitle(title);
    Vector<Term> all = Vector.ofAll(terms);
    all.forEach(t -> Objects.requireNonNull(t, "term is null"));
    if (all.isEmpty()) {
      throw new IllegalArgumentException("vocabulary " + name + " has no terms");
    }
    Vector<Term> checked = Vector.empty();
    for (Term t : all) {
      String conflict = conflict(checked, t);
      if (conflict != null) {
        throw new IllegalArgumentException("vocabulary " + name + ": " + conflict);
      }
      checked = checked.append(t);
    }
    return new Vocabulary(name, title, checked);
  }

  /**
   * Reads a vocabulary from text in the file format described above.
   *
   * @param origin where the text came from, used in error messages, not null
   * @param text the text, not null
   * @return the vocabulary, never null
   * @throws NullPointerException if an argument is null
   * @throws VocabularyFormatException naming the line, if the text does not follow the format
   */
  public static Vocabulary parse(String origin, String text) {
    Objects.requireNonNull(origin, "origin is null");
    Objects.requireNonNull(text, "text is null");
    String vocabularyName = null;
    String vocabularyTitle = null;
    Vector<Term> parsed = Vector.empty();
    Vector<Integer> lineOf = Vector.empty();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      int line = i + 1;
      String stripped = lines[i].strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      Vector<String> cols = Vector.of(stripped.split("\\|", -1)).map(String::strip);
      String keyword = cols.head();
      if (keyword.equals("vocabulary")) {
        if (vocabularyName != null) {
          throw new VocabularyFormatException(origin, line, "a second vocabulary line");
        }
        if (cols.size() != 3) {
          throw new VocabularyFormatException(origin, line,
              "expected \"vocabulary | <name> | <title>\" but found " + cols.size() + " columns");
        }
        vocabularyName = cols.get(1);
        vocabularyTitle = cols.get(2);
        try {
          checkName(vocabularyName);
          checkTitle(vocabularyTitle);
        } catch (IllegalArgumentException e) {
          throw new VocabularyFormatException(origin, line, e.getMessage());
        }
        continue;
      }
      if (vocabularyName == null) {
        throw new VocabularyFormatException(origin, line, "the first entry must be the vocabulary line");
      }
      Term term = term(origin, line, keyword, cols);
      String conflict = conflict(parsed, term);
      if (conflict != null) {
        int earlier = parsed.indexWhere(t -> t.field().equals(term.field())
            && Term.key(t.value()).equals(Term.key(term.value())));
        throw new VocabularyFormatException(origin, line, conflict
            + (earlier < 0 ? "" : " (first on line " + lineOf.get(earlier) + ")"));
      }
      parsed = parsed.append(term);
      lineOf = lineOf.append(line);
    }
    if (vocabularyName == null) {
      throw new VocabularyFormatException(origin, 0, "no vocabulary line");
    }
    if (parsed.isEmpty()) {
      throw new VocabularyFormatException(origin, 0, "vocabulary " + vocabularyName + " has no terms");
    }
    return new Vocabulary(vocabularyName, vocabularyTitle, parsed);
  }

  /**
   * Reads a vocabulary from UTF-8 bytes in the file format described above. Does not close the stream.
   *
   * @param origin where the bytes came from, used in error messages, not null
   * @param in the bytes, not null
   * @return the vocabulary, never null
   * @throws NullPointerException if an argument is null
   * @throws VocabularyFormatException if the bytes are not UTF-8 or do not follow the format
   * @throws UncheckedIOException if reading fails
   */
  public static Vocabulary read(String origin, InputStream in) {
    Objects.requireNonNull(origin, "origin is null");
    Objects.requireNonNull(in, "in is null");
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read vocabulary " + origin, e);
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return parse(origin, text);
    } catch (CharacterCodingException e) {
      throw new VocabularyFormatException(origin, 0, "not UTF-8");
    }
  }

  // ---------------------------------------------------------------- parsing helpers

  private static Term term(String origin, int line, String keyword, Vector<String> cols) {
    int base;
    switch (keyword) {
      case "category":
      case "status":
        base = 4;
        break;
      case "outcome":
        base = 5;
        break;
      default:
        throw new VocabularyFormatException(origin, line,
            "unknown entry \"" + keyword + "\"; expected vocabulary, category, outcome or status");
    }
    if (cols.size() != base && cols.size() != base + 1) {
      throw new VocabularyFormatException(origin, line,
          keyword + " needs " + base + " columns (and an optional \"assumed: ...\") but has " + cols.size());
    }
    Option<String> assumption = Option.none();
    if (cols.size() == base + 1) {
      String last = cols.last();
      if (!last.startsWith(ASSUMED) || last.substring(ASSUMED.length()).isBlank()) {
        throw new VocabularyFormatException(origin, line,
            "the last column must be \"assumed: <reading>\" but is \"" + last + "\"");
      }
      assumption = Option.some(last.substring(ASSUMED.length()).strip());
    }
    String field = cols.get(1);
    String value = cols.get(2);
    String target = cols.get(3);
    if (field.isEmpty() || value.isEmpty()) {
      throw new VocabularyFormatException(origin, line, "the column and the value must not be empty");
    }
    try {
      switch (keyword) {
        case "category":
          return new CategoryTerm(field, value, CategoryCode.of(target), assumption);
        case "status":
          return new StatusTerm(field, value, status(target), assumption);
        default:
          String token = cols.get(4);
          Counting counting = Counting.ofToken(token).getOrElseThrow(() -> new IllegalArgumentException(
              "counting must be upheld, not-upheld or excluded but is \"" + token + "\""));
          return new OutcomeTerm(field, value, Outcome.of(target), counting, assumption);
      }
    } catch (IllegalArgumentException e) {
      throw new VocabularyFormatException(origin, line, e.getMessage());
    }
  }

  private static CaseStatus status(String text) {
    return Vector.of(CaseStatus.values()).find(s -> s.name().equals(text)).getOrElseThrow(() ->
        new IllegalArgumentException("\"" + text + "\" is not a CaseStatus"));
  }

  private static void checkName(String name) {
    Objects.requireNonNull(name, "name is null");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("vocabulary name must be 1 to 64 upper-case letters, digits or -, "
          + "starting with a letter, but is \"" + name + "\"");
    }
  }

  private static void checkTitle(String title) {
    Objects.requireNonNull(title, "title is null");
    if (title.isBlank()) {
      throw new IllegalArgumentException("vocabulary title must not be blank");
    }
  }

  /** Why term cannot join terms, or null if it can. */
  private static String conflict(Seq<Term> terms, Term term) {
    String key = Term.key(term.value());
    if (terms.exists(t -> t.field().equals(term.field()) && Term.key(t.value()).equals(key))) {
      return term.field() + " \"" + term.value() + "\" is mapped twice";
    }
    if (term instanceof OutcomeTerm) {
      OutcomeTerm o = (OutcomeTerm) term;
      Option<OutcomeTerm> other = outcomeTerms(terms).find(t -> t.outcome().equals(o.outcome())
          && t.counting() != o.counting());
      if (other.isDefined()) {
        return "outcome " + o.outcome() + " counts as " + o.counting().token() + " here but as "
            + other.get().counting().token() + " for " + other.get().field() + " \"" + other.get().value() + "\"";
      }
    }
    return null;
  }

  private static Seq<OutcomeTerm> outcomeTerms(Seq<Term> terms) {
    return terms.filter(t -> t instanceof OutcomeTerm).map(t -> (OutcomeTerm) t);
  }

  // ---------------------------------------------------------------- queries

  /**
   * Returns the name, for example {@code NYC-CCRB}.
   *
   * @return the name, never null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the human-readable title.
   *
   * @return the title, never null
   */
  public String title() {
    return title;
  }

  /**
   * Returns every term, in the order of the file (a replaced term keeps its place).
   *
   * @return the terms, never null, not empty
   */
  public Seq<Term> terms() {
    return terms;
  }

  /**
   * Returns the columns the vocabulary maps, in order of first appearance.
   *
   * @return the column names, never null
   */
  public Seq<String> fields() {
    return index.keySet().toVector();
  }

  /**
   * Returns the terms that are our assumption rather than the publisher's definition.
   *
   * @return the assumed terms, in order, never null
   */
  public Seq<Term> assumptions() {
    return terms.filter(Term::isAssumed);
  }

  /**
   * Looks up a value of a column, whatever it maps to.
   *
   * @param field the column, not null
   * @param value the value as found in the export, not null
   * @return the term, or the {@link UnknownTerm} naming this vocabulary, the column and the value, never null
   * @throws NullPointerException if an argument is null
   */
  public Either<UnknownTerm, Term> lookup(String field, String value) {
    return find(field, value, Vector.of(Kind.values()));
  }

  /**
   * Looks up the allegation category a value of a column names.
   *
   * @param field the column, not null
   * @param value the value as found in the export, not null
   * @return the category code, or the {@link UnknownTerm} if the column maps the value to no category, never null
   * @throws NullPointerException if an argument is null
   */
  public Either<UnknownTerm, CategoryCode> category(String field, String value) {
    return find(field, value, Vector.of(Kind.CATEGORY)).map(t -> ((CategoryTerm) t).code());
  }

  /**
   * Looks up what a value of a finding column records: a decided outcome ({@link OutcomeTerm}) or
   * that the case is still in a status ({@link StatusTerm}).
   *
   * @param field the column, not null
   * @param value the value as found in the export, not null
   * @return the outcome or status term, or the {@link UnknownTerm}, never null
   * @throws NullPointerException if an argument is null
   */
  public Either<UnknownTerm, Term> finding(String field, String value) {
    return find(field, value, Vector.of(Kind.OUTCOME, Kind.STATUS));
  }

  /**
   * Looks up the case status a value of a status column gives.
   *
   * @param field the column, not null
   * @param value the value as found in the export, not null
   * @return the status, or the {@link UnknownTerm} if the column maps the value to no status, never null
   * @throws NullPointerException if an argument is null
   */
  public Either<UnknownTerm, CaseStatus> status(String field, String value) {
    return find(field, value, Vector.of(Kind.STATUS)).map(t -> ((StatusTerm) t).status());
  }

  private Either<UnknownTerm, Term> find(String field, String value, Vector<Kind> kinds) {
    Objects.requireNonNull(field, "field is null");
    Objects.requireNonNull(value, "value is null");
    Option<Map<String, Term>> column = index.get(field);
    Option<Term> term = column.flatMap(c -> c.get(Term.key(value))).filter(t -> kinds.contains(t.kind()));
    if (term.isDefined()) {
      return Either.right(term.get());
    }
    Seq<String> known = column.map(c -> c.values().filter(t -> kinds.contains(t.kind())).map(Term::value).toVector())
        .getOrElse(Vector.empty());
    return Either.left(new UnknownTerm(name, field, value, kinds, known));
  }

  /**
   * Returns the outcome taxonomy of this vocabulary: every outcome code of its outcome terms, those
   * that count as upheld, and those in the denominator, for use where a rule pack's
   * {@link OutcomeTaxonomy} is expected (the overview's upheld share).
   *
   * @param source the definition's source, not null
   * @return the taxonomy, never null
   * @throws NullPointerException if source is null
   * @throws IllegalArgumentException if the vocabulary has no outcome terms
   */
  public OutcomeTaxonomy taxonomy(LegalBasis source) {
    Objects.requireNonNull(source, "source is null");
    Seq<OutcomeTerm> outcomes = outcomeTerms(terms);
    if (outcomes.isEmpty()) {
      throw new IllegalArgumentException("vocabulary " + name + " has no outcome terms");
    }
    return new OutcomeTaxonomy(
        LinkedHashSet.ofAll(outcomes.map(OutcomeTerm::outcome)),
        LinkedHashSet.ofAll(outcomes.filter(t -> t.counting().isUpheld()).map(OutcomeTerm::outcome)),
        LinkedHashSet.ofAll(outcomes.filter(t -> t.counting().countsInDenominator()).map(OutcomeTerm::outcome)),
        source);
  }

  /**
   * Returns a copy with a term added, or replacing the term of the same column and value (which keeps
   * its place). This is how an integrator overrides an assumed reading.
   *
   * <p>This instance is immutable and unaffected by this method.
   *
   * @param term the term, not null
   * @return the new vocabulary, never null
   * @throws NullPointerException if term is null
   * @throws IllegalArgumentException if the term gives an outcome code a counting that another term contradicts
   */
  public Vocabulary with(Term term) {
    Objects.requireNonNull(term, "term is null");
    String key = Term.key(term.value());
    Option<Tuple2<Term, Integer>> same = terms.zipWithIndex()
        .find(t -> t._1.field().equals(term.field()) && Term.key(t._1.value()).equals(key));
    Vector<Term> others = same.map(s -> terms.removeAt(s._2)).getOrElse(terms);
    String conflict = conflict(others, term);
    if (conflict != null) {
      throw new IllegalArgumentException("vocabulary " + name + ": " + conflict);
    }
    return new Vocabulary(name, title, same.map(s -> terms.update(s._2, term)).getOrElse(terms.append(term)));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Vocabulary
        && name.equals(((Vocabulary) other).name)
        && title.equals(((Vocabulary) other).title)
        && terms.equals(((Vocabulary) other).terms);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, title, terms);
  }

  @Override
  public String toString() {
    return "Vocabulary[" + name + ", " + terms.size() + " terms in " + fields().mkString(", ") + "]";
  }
}
