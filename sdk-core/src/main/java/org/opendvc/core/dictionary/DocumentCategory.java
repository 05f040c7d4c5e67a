package org.opendvc.core.dictionary;

/** What kind of paper a document type is, which decides how the once-only principle applies. */
public enum DocumentCategory {
  /**
   * Issued by a state body (a certificate, an extract, a card). If a registry or the e-document
   * warehouse holds it, the applicant must not be asked for it again.
   */
  ISSUED_DOCUMENT,
  /** A form the applicant fills in (tờ khai, đơn); online it becomes an e-form. */
  APPLICATION_FORM,
  /** Evidence from someone other than the state, such as a medical birth certificate. */
  EVIDENCE,
  /** A portrait photograph. */
  PHOTO
}
