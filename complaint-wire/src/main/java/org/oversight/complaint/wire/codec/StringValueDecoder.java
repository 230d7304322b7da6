package org.oversight.complaint.wire.codec;

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

/**
 * Reads a single-string value type of the core from a JSON string through its public factory
 * ({@code CaseId.of}, {@code CaseReference.parse}, …). One instance per type.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the value type
 * @since 0.1
 */
public final class StringValueDecoder<T> extends WireDecoder<T> {

  /** {@link CaseId}. */
  public static final StringValueDecoder<CaseId> CASE_ID = new StringValueDecoder<>(CaseId.class, CaseId::of, "a case id");
  /** {@link PartyId}. */
  public static final StringValueDecoder<PartyId> PARTY_ID = new StringValueDecoder<>(PartyId.class, PartyId::of, "a party id");
  /** {@link AllegationId}. */
  public static final StringValueDecoder<AllegationId> ALLEGATION_ID =
      new StringValueDecoder<>(AllegationId.class, AllegationId::of, "an allegation id");
  /** {@link Body}. */
  public static final StringValueDecoder<Body> BODY = new StringValueDecoder<>(Body.class, Body::of, "a body code");
  /** {@link Actor}. */
  public static final StringValueDecoder<Actor> ACTOR = new StringValueDecoder<>(Actor.class, Actor::of, "an actor");
  /** {@link CategoryCode}. */
  public static final StringValueDecoder<CategoryCode> CATEGORY =
      new StringValueDecoder<>(CategoryCode.class, CategoryCode::of, "a category code");
  /** {@link Outcome}. */
  public static final StringValueDecoder<Outcome> OUTCOME = new StringValueDecoder<>(Outcome.class, Outcome::of, "an outcome code");
  /** {@link JurisdictionCode}. */
  public static final StringValueDecoder<JurisdictionCode> JURISDICTION =
      new StringValueDecoder<>(JurisdictionCode.class, JurisdictionCode::of, "a jurisdiction code");
  /** {@link CaseReference}. */
  public static final StringValueDecoder<CaseReference> REFERENCE =
      new StringValueDecoder<>(CaseReference.class, CaseReference::parse, "a case reference");
  /** {@link LegalBasis}. */
  public static final StringValueDecoder<LegalBasis> LEGAL_BASIS =
      new StringValueDecoder<>(LegalBasis.class, LegalBasis::of, "a legal basis citation");

  /** {@link StatementOfReasons}. */
  public static final StringValueDecoder<StatementOfReasons> STATEMENT_OF_REASONS =
      new StringValueDecoder<>(StatementOfReasons.class, StatementOfReasons::of, "a statement of reasons");

  private final Function<String, T> factory;
  private final String what;

  private StringValueDecoder(Class<T> type, Function<String, T> factory, String what) {
    super(type);
    this.factory = factory;
    this.what = what;
  }

  @Override
  T read(Node node) {
    return node.as(factory, what);
  }

  /**
   * Reads the value at a node (for the other decoders).
   *
   * @param node the node, not null
   * @return the value, never null
   */
  T at(Node node) {
    return read(node);
  }
}
