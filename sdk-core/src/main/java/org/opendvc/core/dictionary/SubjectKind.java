package org.opendvc.core.dictionary;

/** What a data element describes. */
public enum SubjectKind {
  /** A natural person. */
  PERSON,
  /** An enterprise or other organisation. */
  ENTERPRISE,
  /** A piece of property, such as a land parcel. */
  PROPERTY
}
