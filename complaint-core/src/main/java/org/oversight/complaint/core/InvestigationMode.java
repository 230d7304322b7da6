package org.oversight.complaint.core;

/**
 * Who investigates, and under whose control (E&amp;W Sch. 3 para 15(4)-(4A); elsewhere the body's own investigation).
 *
 * @since 0.1
 */
public enum InvestigationMode {
  /** The appropriate authority investigates on its own behalf. */
  LOCAL,
  /** The appropriate authority investigates under the oversight body's direction and control. */
  DIRECTED,
  /** The oversight body investigates itself (IOPC, DUP, Spesialenheten, SU). */
  INDEPENDENT
}
