package org.oversight.complaint.json;

import org.oversight.complaint.wire.contract.EventLogStreamingContract;
import org.oversight.complaint.wire.contract.JsonUnderTest;

/** The log readers of this module stream ({@link EventLogStreamingContract}, shared by both Jackson modules). */
class EventLogStreamingTest extends EventLogStreamingContract {

  @Override
  protected JsonUnderTest json() {
    return JsonUnderTest.of(ComplaintJson.standard());
  }
}
