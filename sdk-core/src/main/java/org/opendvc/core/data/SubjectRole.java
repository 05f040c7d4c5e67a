package org.opendvc.core.data;

/**
 * Whom a piece of data is about, relative to the dossier: the applicant, the child being
 * registered, a spouse... Forms bind each field to a data element and a role; rules read facts by
 * role; registries are asked about the subject that plays the role.
 */
public enum SubjectRole {
  /** The person who submits the dossier (người nộp hồ sơ / người yêu cầu). */
  APPLICANT,
  /** A child the dossier is about, such as the child whose birth is registered. */
  CHILD,
  /** The applicant's spouse, or the other party to a marriage. */
  SPOUSE,
  /** The father of the person the dossier is about. */
  FATHER,
  /** The mother of the person the dossier is about. */
  MOTHER,
  /** The head of the household (chủ hộ). */
  HOUSEHOLD_HEAD,
  /** A person who died, for death registration. */
  DECEASED,
  /** An enterprise the applicant represents. */
  REPRESENTED_ENTERPRISE,
  /** Someone authorised to act for the applicant. */
  REPRESENTATIVE
}
