package org.oversight.complaint.json.deser;

import java.util.function.Function;
import org.oversight.complaint.core.Actor;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CaseReference;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.StatementOfReasons;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.PartyId;
import org.oversight.complaint.json.internal.Node;

/**
 * Reads a single-string value type of the core from a JSON string through its public factory
 * ({@code CaseId.of}, {@code CaseReference.parse}, …). One instance per type.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the value type
 * @since 0.1
 */
public final class StringValueDeserializer<T> extends WireDeserializer<T> {

  private static final long serialVersionUID = 1L;

  /** {@link CaseId}. */
  public static final StringValueDeserializer<CaseId> CASE_ID = new StringValueDeserializer<>(CaseId.class, CaseId::of, "a case id");
  /** {@link PartyId}. */
  public static final StringValueDeserializer<PartyId> PARTY_ID = new StringValueDeserializer<>(PartyId.class, PartyId::of, "a party id");
  /** {@link AllegationId}. */
  public static final StringValueDeserializer<AllegationId> ALLEGATION_ID =
      new StringValueDeserializer<>(AllegationId.class, AllegationId::of, "an allegation id");
  /** {@link Body}. */
  public static final StringValueDeserializer<Body> BODY = new StringValueDeserializer<>(Body.class, Body::of, "a body code");
  /** {@link Actor}. */
  public static final StringValueDeserializer<Actor> ACTOR = new StringValueDeserializer<>(Actor.class, Actor::of, "an actor");
  /** {@link CategoryCode}. */
  public static final StringValueDeserializer<CategoryCode> CATEGORY =
      new StringValueDeserializer<>(CategoryCode.class, CategoryCode::of, "a category code");
  /** {@link Outcome}. */
  public static final StringValueDeserializer<Outcome> OUTCOME = new StringValueDeserializer<>(Outcome.class, Outcome::of, "an outcome code");
  /** {@link JurisdictionCode}. */
  public static final StringValueDeserializer<JurisdictionCode> JURISDICTION =
      new StringValueDeserializer<>(JurisdictionCode.class, JurisdictionCode::of, "a jurisdiction code");
  /** {@link CaseReference}. */
  public static final StringValueDeserializer<CaseReference> REFERENCE =
      new StringValueDeserializer<>(CaseReference.class, CaseReference::parse, "a case reference");
  /** {@link LegalBasis}. */
  public static final StringValueDeserializer<LegalBasis> LEGAL_BASIS =
      new StringValueDeserializer<>(LegalBasis.class, LegalBasis::of, "a legal basis citation");

  /** {@link StatementOfReasons}. */
  public static final StringValueDeserializer<StatementOfReasons> STATEMENT_OF_REASONS =
      new StringValueDeserializer<>(StatementOfReasons.class, StatementOfReasons::of, "a statement of reasons");

  private final transient Function<String, T> factory;
  private final String what;

  private StringValueDeserializer(Class<T> type, Function<String, T> factory, String what) {
    super(type);
    this.factory = factory;
    this.what = what;
  }

  @Override
  T read(Node node) {
    return node.as(factory, what);
  }

  /**
   * Reads the value at a node (for the other deserializers).
   *
   * @param node the node, not null
   * @return the value, never null
   */
  T at(Node node) {
    return read(node);
  }
}
