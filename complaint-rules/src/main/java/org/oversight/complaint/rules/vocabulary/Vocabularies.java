package org.oversight.complaint.rules.vocabulary;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The vocabularies that ship with complaint-rules, read from data files in this module (package
 * {@code org.oversight.complaint.rules.vocabulary}, files {@code *.vocabulary}), and the names of the
 * columns they map.
 *
 * <ul>
 *   <li>{@link #nycCcrb()}: NYC Civilian Complaint Review Board, {@code fado_type} (Force, Abuse of
 *       Authority, Discourtesy, Offensive Language) and {@code board_disposition} (the eleven values of
 *       ProPublica's 2020 export and the CCRB's current disposition names);
 *   <li>{@link #philadelphia()}: Philadelphia Police Department, {@code general_cap_classification}
 *       (the 14 values of the published file) and {@code investigative_findings} (Sustained Finding,
 *       No Sustained Findings, Pending, Not Applicable; the file's two {@code #VALUE!} cells are left
 *       unmapped on purpose);
 *   <li>{@link #chicagoCpdp()}: Chicago CPDP finding codes in {@code final_finding} and
 *       {@code recc_finding} (UN, EX, NS, SU, NC, NA and NAF, DS and DIS; ZZ = open), the complaint
 *       codes of {@code complaint_code} with the categories of CPDP's table, and {@code current_status}.
 * </ul>
 *
 * <p>Where the publisher does not define a value (CPDP's NC, NA, DS; Philadelphia's "Not Applicable";
 * most of Chicago's statuses), the term carries our reading as {@link Term#assumption()}; list them with
 * {@link Vocabulary#assumptions()} and replace any with {@link Vocabulary#with(Term)}.
 *
 * <p>Each call returns the same immutable value; the files are read once, when this class is first used.
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Vocabularies {
  /** NYC CCRB column of the allegation category (FADO). */
  public static final String FADO_TYPE = "fado_type";
  /** NYC CCRB column of the board's disposition. */
  public static final String BOARD_DISPOSITION = "board_disposition";
  /** Philadelphia column of the complaint's classification. */
  public static final String GENERAL_CAP_CLASSIFICATION = "general_cap_classification";
  /** Philadelphia column of the investigative finding per officer and allegation. */
  public static final String INVESTIGATIVE_FINDINGS = "investigative_findings";
  /** CPDP column of the final finding. */
  public static final String FINAL_FINDING = "final_finding";
  /** CPDP column of the recommended finding. */
  public static final String RECC_FINDING = "recc_finding";
  /** CPDP column of an allegation's complaint (CR) code, mapped to its CPDP category. */
  public static final String COMPLAINT_CODE = "complaint_code";
  /** Chicago CLEAR column of the complaint's status. */
  public static final String CURRENT_STATUS = "current_status";

  private static final Vocabulary NYC_CCRB = load("nyc-ccrb.vocabulary");
  private static final Vocabulary PHILADELPHIA = load("philadelphia.vocabulary");
  private static final Vocabulary CHICAGO_CPDP = load("chicago-cpdp.vocabulary");

  private Vocabularies() {}

  /**
   * Returns the NYC Civilian Complaint Review Board vocabulary ({@code NYC-CCRB}).
   *
   * @return the vocabulary, never null
   */
  public static Vocabulary nycCcrb() {
    return NYC_CCRB;
  }

  /**
   * Returns the Philadelphia Police Department vocabulary ({@code PHILADELPHIA}).
   *
   * @return the vocabulary, never null
   */
  public static Vocabulary philadelphia() {
    return PHILADELPHIA;
  }

  /**
   * Returns the Chicago Citizens Police Data Project vocabulary ({@code CHICAGO-CPDP}).
   *
   * @return the vocabulary, never null
   */
  public static Vocabulary chicagoCpdp() {
    return CHICAGO_CPDP;
  }

  /**
   * Returns the three shipped vocabularies.
   *
   * @return NYC CCRB, Philadelphia and Chicago CPDP, in that order, never null
   */
  public static Seq<Vocabulary> all() {
    return Vector.of(NYC_CCRB, PHILADELPHIA, CHICAGO_CPDP);
  }

  private static Vocabulary load(String file) {
    try (InputStream in = Vocabularies.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("bug: vocabulary file " + file + " is not in the jar");
      }
      return Vocabulary.read(file, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read vocabulary file " + file, e);
    }
  }
}
