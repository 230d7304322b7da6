package org.oversight.complaint.examples.spring;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.oversight.complaint.core.JurisdictionCode;
import org.oversight.complaint.rules.RulePack;
import org.oversight.complaint.rules.jurisdiction.DenmarkRules;
import org.oversight.complaint.rules.jurisdiction.EnglandWalesRules;
import org.oversight.complaint.rules.jurisdiction.NorwayRules;
import org.oversight.complaint.rules.jurisdiction.SwedenRules;
import org.springframework.stereotype.Component;

/**
 * The rule pack that governs each jurisdiction's cases: the four packs the library ships. A case of a
 * jurisdiction without a pack cannot be received, so that no command ever bypasses the law.
 *
 * <p>Immutable and thread-safe.
 */
@Component
public class RulePacks {

  private final Map<JurisdictionCode, RulePack> packs;

  /** The four shipped packs: Norway, Denmark, Sweden, England and Wales. */
  public RulePacks() {
    this(HashMap.of(
        NorwayRules.JURISDICTION, NorwayRules.pack(),
        DenmarkRules.JURISDICTION, DenmarkRules.pack(),
        SwedenRules.JURISDICTION, SwedenRules.pack(),
        EnglandWalesRules.JURISDICTION, EnglandWalesRules.pack()));
  }

  /**
   * Packs given by the integrator, e.g. with parameters of their own.
   *
   * @param packs the pack of each jurisdiction, not null
   */
  public RulePacks(Map<JurisdictionCode, RulePack> packs) {
    this.packs = packs;
  }

  /**
   * Returns the pack of a jurisdiction.
   *
   * @param jurisdiction the jurisdiction, not null
   * @return the pack, none if this service does not handle the jurisdiction, never null
   */
  public Option<RulePack> of(JurisdictionCode jurisdiction) {
    return packs.get(jurisdiction);
  }
}
