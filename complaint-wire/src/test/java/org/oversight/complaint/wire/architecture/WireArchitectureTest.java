package org.oversight.complaint.wire.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.architecture.ComplaintArchitectureRules;
import org.oversight.complaint.wire.codec.Codecs;

/** The core's architecture rules, applied to complaint-wire: no Jackson, a codec only the two Jackson modules read. */
class WireArchitectureTest {
  private static final JavaClasses WIRE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.oversight.complaint.wire");

  @Test
  void the_codec_depends_on_no_jackson_version() {
    assertThat(ComplaintArchitectureRules.noJacksonIn("org.oversight.complaint.wire..").evaluate(WIRE)
        .getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void the_codec_is_exported_only_to_the_two_jackson_modules() {
    ModuleDescriptor wire = ComplaintArchitectureRules.moduleOf(Codecs.class);
    assertThat(wire.exports()).filteredOn(e -> e.source().equals("org.oversight.complaint.wire.codec"))
        .singleElement().satisfies(e -> assertThat(e.targets())
            .containsExactlyInAnyOrder("org.oversight.complaint.json", "org.oversight.complaint.json3"));
    // the only package for everyone: the event chain's types
    assertThat(wire.exports()).filteredOn(e -> !e.isQualified()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("org.oversight.complaint.wire");
  }

  @Test
  void the_module_prints_nothing_and_throws_typed_errors() {
    assertThat(ComplaintArchitectureRules.codingRules().evaluate(WIRE).getFailureReport().getDetails()).isEmpty();
  }
}
