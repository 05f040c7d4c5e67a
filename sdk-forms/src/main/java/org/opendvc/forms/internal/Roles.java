package org.opendvc.forms.internal;

import org.opendvc.core.Language;
import org.opendvc.core.data.Subject;
import org.opendvc.core.data.SubjectRole;

/** How messages name a subject: by role and position, never by identifier. */
public final class Roles {
  private Roles() {}

  /** The subject's role in {@code language}, numbered from 1 when there are several. */
  public static String describe(Subject subject, Language language) {
    String name = name(subject.role(), language);
    return subject.index() == 0 ? name : name + " #" + (subject.index() + 1);
  }

  /** The role's name in {@code language}. */
  public static String name(SubjectRole role, Language language) {
    boolean vi = language == Language.VI;
    return switch (role) {
      case APPLICANT -> vi ? "người yêu cầu" : "the applicant";
      case CHILD -> vi ? "người con" : "the child";
      case SPOUSE -> vi ? "vợ/chồng" : "the spouse";
      case FATHER -> vi ? "người cha" : "the father";
      case MOTHER -> vi ? "người mẹ" : "the mother";
      case HOUSEHOLD_HEAD -> vi ? "chủ hộ" : "the household head";
      case DECEASED -> vi ? "người chết" : "the deceased";
      case REPRESENTED_ENTERPRISE ->
          vi ? "doanh nghiệp được đại diện" : "the represented enterprise";
      case REPRESENTATIVE -> vi ? "người đại diện" : "the representative";
    };
  }
}
