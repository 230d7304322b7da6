package org.oversight.complaint.json3;

import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.module.SimpleSerializers;
import java.util.Objects;
import org.oversight.complaint.json3.internal.CodecDeserializer;
import org.oversight.complaint.json3.internal.CodecSerializer;
import org.oversight.complaint.wire.codec.Codecs;
import org.oversight.complaint.wire.codec.WireDecoder;
import org.oversight.complaint.wire.codec.WireEncoder;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.core.ComplaintCase;
import org.oversight.complaint.core.Rejection;
import org.oversight.complaint.rules.Assessment;
import org.oversight.complaint.rules.DisclosurePolicy;
import org.oversight.complaint.rules.PatternFlag;
import org.oversight.complaint.rules.Refusal;
import org.oversight.complaint.wire.ComplaintFeature;

/**
 * The Jackson 3 module for the complaint domain. Register it once:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new ComplaintModule()).build();
 * }</pre>
 *
 * <p>or let {@code JsonMapper.builder().findAndAddModules()} find it ({@code META-INF/services} and
 * {@code provides} in {@code module-info}). {@link ComplaintJson} wraps a mapper with this module,
 * read limits, event-log I/O, lenient reading and audience views.
 *
 * <p>It covers the aggregate ({@link ComplaintCase}, read by replaying its history), every
 * {@link CaseEvent}, every {@link Rejection}, every value type of the core, and the results of the
 * rule packs ({@link Assessment} with its escalations, obligations, breaches, warnings and time-limit
 * check; {@link Refusal}, {@link PatternFlag}, {@link DisclosurePolicy}). The wire format is
 * a versioned contract documented field by field in {@code docs/wire-format.md}:
 * <ul>
 *   <li>documents carry {@code schemaVersion} (currently 1);
 *   <li>sealed hierarchies carry an explicit {@code type} discriminator with frozen values
 *       (never Jackson default typing);
 *   <li>instants are ISO-8601 strings in UTC, enum values and codes their exact names;
 *   <li>absent optional values are left out, never written as {@code null}.
 * </ul>
 *
 * <p>Serializers stream with no reflection on domain types; deserializers build values through the
 * core's public factories and constructors, so validation lives once, in the core, and its refusals
 * become a {@link ComplaintJsonException} naming the JSON pointer and keeping the core's exception.
 *
 * <p>The module name ({@value #NAME}) is stable. Two instances are equal when their features are.
 * Configure with {@link #enable}/{@link #disable} before registering; the module is not meant to be
 * changed after registration.
 *
 * @since 0.1
 */
public final class ComplaintModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module name Jackson uses to register it only once; never changes. */
  public static final String NAME = "ComplaintModule";

  private int features;

  /** Creates the module with every {@link ComplaintFeature} at its default. */
  public ComplaintModule() {
    super(NAME, PackageVersion.VERSION);
    for (ComplaintFeature f : ComplaintFeature.values()) {
      if (f.enabledByDefault()) {
        features |= f.getMask();
      }
    }
  }

  /**
   * Enables a feature.
   *
   * @param feature the feature, not null
   * @return this module, never null
   * @throws NullPointerException if feature is null
   */
  public ComplaintModule enable(ComplaintFeature feature) {
    features |= Objects.requireNonNull(feature, "feature is null").getMask();
    return this;
  }

  /**
   * Disables a feature.
   *
   * @param feature the feature, not null
   * @return this module, never null
   * @throws NullPointerException if feature is null
   */
  public ComplaintModule disable(ComplaintFeature feature) {
    features &= ~Objects.requireNonNull(feature, "feature is null").getMask();
    return this;
  }

  /**
   * Tells whether a feature is enabled.
   *
   * @param feature the feature, not null
   * @return true if enabled
   * @throws NullPointerException if feature is null
   */
  public boolean isEnabled(ComplaintFeature feature) {
    return Objects.requireNonNull(feature, "feature is null").enabledIn(features);
  }

  @Override
  public String getModuleName() {
    return NAME;
  }

  @Override
  public Object getRegistrationId() {
    // One registration per mapper, whatever the features: the first one wins, as Jackson does for
    // its own modules.
    return NAME;
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void setupModule(SetupContext context) {
    SimpleSerializers ser = new SimpleSerializers();
    SimpleDeserializers deser = new SimpleDeserializers();
    for (WireEncoder<?> encoder : Codecs.encoders(isEnabled(ComplaintFeature.WRITE_SNAPSHOT))) {
      ser.addSerializer(new CodecSerializer<>(encoder));
    }
    // SimpleDeserializers matches the exact requested type, so each event record has its own
    // decoder: reading a CaseEvent.Registered directly works, and fails if the document holds
    // another event type.
    for (WireDecoder<?> decoder : Codecs.decoders(isEnabled(ComplaintFeature.VERIFY_SNAPSHOT))) {
      deser.addDeserializer((Class) decoder.type(), new CodecDeserializer<>(decoder));
    }
    context.addSerializers(ser);
    context.addDeserializers(deser);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ComplaintModule && ((ComplaintModule) other).features == features;
  }

  @Override
  public int hashCode() {
    return NAME.hashCode() * 31 + features;
  }
}
