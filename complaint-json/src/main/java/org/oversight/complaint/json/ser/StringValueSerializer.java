package org.oversight.complaint.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
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
public final class StringValueSerializer<T> extends WireSerializer<T> {

  private static final long serialVersionUID = 1L;

  /** {@link CaseId}. */
  public static final StringValueSerializer<CaseId> CASE_ID = new StringValueSerializer<>(CaseId.class, CaseId::value);
  /** {@link PartyId}. */
  public static final StringValueSerializer<PartyId> PARTY_ID = new StringValueSerializer<>(PartyId.class, PartyId::value);
  /** {@link AllegationId}. */
  public static final StringValueSerializer<AllegationId> ALLEGATION_ID =
      new StringValueSerializer<>(AllegationId.class, AllegationId::value);
  /** {@link Body}. */
  public static final StringValueSerializer<Body> BODY = new StringValueSerializer<>(Body.class, Body::value);
  /** {@link Actor}. */
  public static final StringValueSerializer<Actor> ACTOR = new StringValueSerializer<>(Actor.class, Actor::value);
  /** {@link CategoryCode}. */
  public static final StringValueSerializer<CategoryCode> CATEGORY =
      new StringValueSerializer<>(CategoryCode.class, CategoryCode::value);
  /** {@link Outcome}. */
  public static final StringValueSerializer<Outcome> OUTCOME = new StringValueSerializer<>(Outcome.class, Outcome::value);
  /** {@link JurisdictionCode}. */
  public static final StringValueSerializer<JurisdictionCode> JURISDICTION =
      new StringValueSerializer<>(JurisdictionCode.class, JurisdictionCode::value);
  /** {@link CaseReference}. */
  public static final StringValueSerializer<CaseReference> REFERENCE =
      new StringValueSerializer<>(CaseReference.class, CaseReference::value);
  /** {@link LegalBasis}. */
  public static final StringValueSerializer<LegalBasis> LEGAL_BASIS =
      new StringValueSerializer<>(LegalBasis.class, LegalBasis::citation);

  private final transient Function<T, String> text;

  private StringValueSerializer(Class<T> type, Function<T, String> text) {
    super(type);
    this.text = text;
  }

  @Override
  public void write(T value, JsonGenerator gen) throws IOException {
    gen.writeString(text.apply(value));
  }
}
