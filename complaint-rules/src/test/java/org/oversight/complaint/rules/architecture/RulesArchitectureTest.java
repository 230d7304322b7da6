package org.oversight.complaint.rules.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.oversight.complaint.core.architecture.ComplaintArchitectureRules;
import org.oversight.complaint.rules.RulePack;

/** The core's architecture rules, applied to complaint-rules. */
class RulesArchitectureTest {
  private static final JavaClasses RULES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.oversight.complaint.rules");

  @Test
  void the_rules_touch_no_jackson() {
    assertThat(RULES.contain(RulePack.class)).isTrue();
    assertThat(ComplaintArchitectureRules.noJacksonIn("org.oversight.complaint.rules..").evaluate(RULES)
        .getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void the_exported_api_uses_no_internals() {
    assertThat(ComplaintArchitectureRules.exportedApiHidesInternals(ComplaintArchitectureRules.moduleOf(RulePack.class))
        .evaluate(RULES).getFailureReport().getDetails()).isEmpty();
  }

  @Test
  void the_rules_print_nothing_and_throw_typed_errors() {
    assertThat(ComplaintArchitectureRules.codingRules().evaluate(RULES).getFailureReport().getDetails()).isEmpty();
  }
}
