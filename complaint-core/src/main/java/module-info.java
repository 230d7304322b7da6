/**
 * The pure-domain core of oversight-complaint: the immutable complaint case aggregate, its events,
 * rejections and declared state graph. Depends on Vavr only; Immutables is compile-time only.
 */
module org.oversight.complaint.core {
  requires transitive io.vavr;
  requires static org.immutables.value;

  exports org.oversight.complaint.core;
}
