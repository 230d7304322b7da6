package org.oversight.complaint.core;

/**
 * Whether the person complained about was on duty when the alleged conduct happened. It decides the
 * route where the law gives an oversight body crimes committed in service only (Denmark: DUP
 * investigates criminal offences in service, retsplejeloven kap. 93 c; Norway: Spesialenheten
 * investigates criminal acts in service, straffeprosessloven § 67 (6)); in Sweden SU investigates on-
 * and off-duty crimes alike.
 *
 * @since 0.1
 */
public enum DutyStatus {
  /** On duty (in service, i tjenesten, i tjänsten). */
  ON_DUTY,
  /** Off duty (outside service). */
  OFF_DUTY
}
