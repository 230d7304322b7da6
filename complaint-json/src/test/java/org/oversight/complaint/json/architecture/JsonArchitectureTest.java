package org.oversight.complaint.json.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.architecture.ComplaintArchitectureRules;
import org.oversight.complaint.json.ComplaintModule;

/** The core's architecture rules, applied to complaint-json. */
class JsonArchitectureTest {
  private static final JavaClasses JSON = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.oversight.complaint.json");

  @Test
  void the_exported_api_uses_no_internals() {
    ModuleDescriptor json = ComplaintArchitectureRules.moduleOf(ComplaintModule.class);
    assertThat(json.packages()).contains("org.oversight.complaint.json.internal");
    assertThat(ComplaintArchitectureRules.exportedApiHidesInternals(json).evaluate(JSON)
        .getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void the_module_prints_nothing_and_throws_typed_errors() {
    assertThat(ComplaintArchitectureRules.codingRules().evaluate(JSON).getFailureReport().getDetails()).isEmpty();
  }
}
