package org.opendvc.core.procedure;

/** A way to submit a dossier (cách thức thực hiện). */
public enum ChannelKind {
  /** In person at the one-stop desk (trực tiếp). */
  IN_PERSON,
  /** Online (trực tuyến). */
  ONLINE,
  /** Through the public postal service (bưu chính công ích). */
  POSTAL
}
