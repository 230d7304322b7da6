package org.oversight.complaint.wire.codec;

import java.io.IOException;
import java.util.function.Function;
import org.oversight.complaint.core.Actor;
import org.oversight.complaint.core.AllegationId;
import org.oversight.complaint.core.Body;
import org.oversight.complaint.core.CaseId;
import org.oversight.complaint.core.CaseReference;
import org.oversight.complaint.core.CategoryCode;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.core.LegalBasis;
import org.oversight.complaint.core.Outcome;
import org.oversight.complaint.core.PartyId;

/**
 * Writes a single-string value type of the core (ids, codes, references, legal bases) as a JSON
 * string holding exactly its value, e.g. {@code "OSL-2026-000123"}. One instance per type.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the value type
 * @since 0.1
 */
public final class StringValueEncoder<T> extends WireEncoder<T> {

  /** {@link CaseId}. */
  public static final StringValueEncoder<CaseId> CASE_ID = new StringValueEncoder<>(CaseId.class, CaseId::value);
  /** {@link PartyId}. */
  public static final StringValueEncoder<PartyId> PARTY_ID = new StringValueEncoder<>(PartyId.class, PartyId::value);
  /** {@link AllegationId}. */
  public static final StringValueEncoder<AllegationId> ALLEGATION_ID =
      new StringValueEncoder<>(AllegationId.class, AllegationId::value);
  /** {@link Body}. */
  public static final StringValueEncoder<Body> BODY = new StringValueEncoder<>(Body.class, Body::value);
  /** {@link Actor}. */
  public static final StringValueEncoder<Actor> ACTOR = new StringValueEncoder<>(Actor.class, Actor::value);
  /** {@link CategoryCode}. */
  public static final StringValueEncoder<CategoryCode> CATEGORY =
      new StringValueEncoder<>(CategoryCode.class, CategoryCode::value);
  /** {@link Outcome}. */
  public static final StringValueEncoder<Outcome> OUTCOME = new StringValueEncoder<>(Outcome.class, Outcome::value);
  /** {@link JurisdictionCode}. */
  public static final StringValueEncoder<JurisdictionCode> JURISDICTION =
      new StringValueEncoder<>(JurisdictionCode.class, JurisdictionCode::value);
  /** {@link CaseReference}. */
  public static final StringValueEncoder<CaseReference> REFERENCE =
      new StringValueEncoder<>(CaseReference.class, CaseReference::value);
  /** {@link LegalBasis}. */
  public static final StringValueEncoder<LegalBasis> LEGAL_BASIS =
      new StringValueEncoder<>(LegalBasis.class, LegalBasis::citation);

  private final Function<T, String> text;

  private StringValueEncoder(Class<T> type, Function<T, String> text) {
    super(type);
    this.text = text;
  }

  @Override
  public void write(T value, WireOut gen) throws IOException {
    gen.writeString(text.apply(value));
  }
}
