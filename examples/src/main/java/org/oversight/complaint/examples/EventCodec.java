package org.oversight.complaint.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Objects;
import org.oversight.complaint.core.CaseEvent;
import org.oversight.complaint.json.ComplaintModule;

/**
 * Turns events into JSON text and back, with complaint-json's {@link ComplaintModule} registered on a
 * plain Jackson mapper: what an integrator writes once to store events.
 *
 * <p>Reading goes through the core's validating constructors, so a tampered row fails loudly
 * instead of becoming an invalid event.
 *
 * <p>This class is immutable and thread-safe (Jackson mappers are, once configured).
 */
public final class EventCodec {
  private final ObjectMapper mapper;

  /** Creates a codec with the complaint module registered. */
  public EventCodec() {
    this.mapper = JsonMapper.builder().addModule(new ComplaintModule()).build();
  }

  /**
   * Writes an event as JSON.
   *
   * @param event the event, not null
   * @return the JSON text, never null
   */
  public String encode(CaseEvent event) {
    Objects.requireNonNull(event, "event is null");
    try {
      return mapper.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("bug: an event could not be written: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads an event from JSON.
   *
   * @param json the JSON text, not null
   * @return the event, never null
   * @throws StorageException if the text is not a valid event
   */
  public CaseEvent decode(String json) {
    Objects.requireNonNull(json, "json is null");
    try {
      return mapper.readValue(json, CaseEvent.class);
    } catch (JsonProcessingException e) {
      throw new StorageException("a stored event could not be read: " + e.getOriginalMessage(), e);
    }
  }
}
