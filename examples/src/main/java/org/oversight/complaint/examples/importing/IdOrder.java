package org.oversight.complaint.examples.importing;

/**
 * The order a one-pass import expects complaint ids in: numerically when both are digits only (as
 * {@code sort -n} orders the CCRB's ids), otherwise as text (as {@code sort} orders "16-0001").
 */
final class IdOrder {
  private IdOrder() {}

  static int compare(String a, String b) {
    if (digits(a) && digits(b)) {
      String x = withoutLeadingZeros(a);
      String y = withoutLeadingZeros(b);
      return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }
    return a.compareTo(b);
  }

  private static String withoutLeadingZeros(String s) {
    int i = 0;
    while (i < s.length() - 1 && s.charAt(i) == '0') {
      i++;
    }
    return s.substring(i);
  }

  private static boolean digits(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
