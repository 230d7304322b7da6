package org.oversight.complaint.wire.codec;

import java.io.IOException;
import org.oversight.complaint.rules.overview.Cell;
import org.oversight.complaint.rules.overview.PublicMeasure;
import org.oversight.complaint.rules.overview.PublicOverview;
import org.oversight.complaint.rules.overview.PublicRow;
import org.oversight.complaint.rules.overview.PublicTable;

/**
 * Writes the publishable complaints overview {@link PublicOverview} as
 * <code>{"schemaVersion":1,"pack","from","to","threshold","tables":[{"name","rows":[{"label",…}],"total":{…}}],"measures":[{"name",…}]}</code>.
 * A shown count is <code>"count":710</code>; a suppressed one is
 * <code>"suppressed":"SMALL","display":"&lt;5"</code> (below the threshold) or
 * <code>"suppressed":"COMPLEMENTARY","display":"x"</code> (withheld to protect a small one). A figure is
 * <code>"value":2.4</code>, or why it has none and what a reader sees instead:
 * <code>"absent":"SUPPRESSED","display":"x"</code>, <code>"absent":"TOO_FEW","display":"too few"</code>,
 * <code>"absent":"NOT_RECORDED","display":"not recorded"</code> or
 * <code>"absent":"NOTHING_DECIDED","display":"none"</code>. The view holds no personal data and no
 * small count, so the document is safe to publish. It is written only: an overview is built from
 * cases, never read back.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PublicOverviewEncoder extends WireEncoder<PublicOverview> {

  /** The instance. */
  public static final PublicOverviewEncoder INSTANCE = new PublicOverviewEncoder();

  private PublicOverviewEncoder() {
    super(PublicOverview.class);
  }

  @Override
  public void write(PublicOverview value, WireOut gen) throws IOException {
    gen.writeStartObject();
    gen.writeNumberField("schemaVersion", 1);
    gen.writeStringField("pack", value.pack());
    Fields.instant(gen, "from", value.period().from());
    Fields.instant(gen, "to", value.period().to());
    gen.writeNumberField("threshold", value.threshold());
    gen.writeArrayFieldStart("tables");
    for (PublicTable t : value.tables()) {
      gen.writeStartObject();
      gen.writeStringField("name", t.name());
      gen.writeArrayFieldStart("rows");
      for (PublicRow r : t.rows()) {
        gen.writeStartObject();
        gen.writeStringField("label", r.label());
        cell(gen, r.count());
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeObjectFieldStart("total");
      cell(gen, t.total());
      gen.writeEndObject();
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("measures");
    for (PublicMeasure m : value.measures()) {
      gen.writeStartObject();
      gen.writeStringField("name", m.name());
      if (m.value().isDefined()) {
        gen.writeNumberField("value", m.value().get());
      } else {
        PublicMeasure.Absence absence = m.absence().get();
        gen.writeStringField("absent", absence.name());
        gen.writeStringField("display", absence.display());
      }
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private static void cell(WireOut gen, Cell cell) throws IOException {
    if (cell instanceof Cell.Shown) {
      gen.writeNumberField("count", ((Cell.Shown) cell).count());
      return;
    }
    gen.writeStringField("suppressed", cell instanceof Cell.Small ? "SMALL" : "COMPLEMENTARY");
    gen.writeStringField("display", cell.display());
  }
}
