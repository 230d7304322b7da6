package org.oversight.complaint.json;

import org.oversight.complaint.wire.contract.JsonUnderTest;
import org.oversight.complaint.wire.contract.ReadCostContract;

/**
 * Reading this module's documents costs time linear in them and memory proportional to them
 * ({@link ReadCostContract}, shared by both Jackson modules).
 */
class ReadCostTest extends ReadCostContract {

  @Override
  protected JsonUnderTest json() {
    return JsonUnderTest.of(ComplaintJson.standard());
  }
}
