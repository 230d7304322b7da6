/**
 * The complaints overview: statistics for oversight and organisational learning (the Danish plan
 * "Nærhed og tryghed", initiative 2.2.6, and the yearly figures every oversight body publishes).
 *
 * <pre>{@code
 * RulePack pack = DenmarkRules.pack();
 * Overview overview = OverviewCollector.summarise(cases, pack, ReportingPeriod.year(2020, DenmarkRules.ZONE));
 * overview.upheldSharePercent();                      // criticism ÷ investigated and decided
 * PublicOverview published = overview.publish();       // counts below 5 shown as "<5"
 * String table = OverviewMarkdown.write(published);
 * String csv = OverviewCsv.write(published);
 * }</pre>
 *
 * <ul>
 *   <li>{@link org.oversight.complaint.rules.overview.OverviewCollector}: one pass over any number of
 *       cases, memory independent of their number; a {@code java.util.stream.Collector}; mergeable;
 *   <li>{@link org.oversight.complaint.rules.overview.Overview}: the exact counts (internal);
 *   <li>{@link org.oversight.complaint.rules.overview.PublicOverview}: the view safe to publish
 *       (small-count and complementary suppression, no personal data), written by
 *       {@link org.oversight.complaint.rules.overview.OverviewMarkdown} and
 *       {@link org.oversight.complaint.rules.overview.OverviewCsv};
 *   <li>{@link org.oversight.complaint.rules.overview.EarlyWarningRules}: signals for a supervisor
 *       (internal only: they name people).
 * </ul>
 */
package org.oversight.complaint.rules.overview;
