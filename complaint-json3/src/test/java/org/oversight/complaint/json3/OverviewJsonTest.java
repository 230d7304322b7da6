package org.oversight.complaint.json3;


import org.junit.jupiter.api.Test;
import org.oversight.complaint.rules.overview.PublicOverview;
import org.oversight.complaint.wire.samples.GoldenFiles;
import org.oversight.complaint.wire.samples.OverviewSamples;

/** The published complaints overview as JSON, pinned by a golden file. */
class OverviewJsonTest {

  @Test
  void thePublicOverviewHasAGoldenJsonDocument() throws Exception {
    String text = Golden.prettyWriter(Golden.PRETTY.mapper()).writeValueAsString(OverviewSamples.published()) + "\n";
    GoldenFiles.assertText("overview/PublicOverview.DK-2020.json", text);
  }

}
