package org.opendvc.core.law;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.Language;
import org.opendvc.core.LocalizedText;

/**
 * A reference to a provision of a Vietnamese legal document: the document's number, its title, and
 * optionally the article (Điều), clause (khoản) and point (điểm).
 *
 * <p>{@link #cite(Language)} renders the citation the way each language writes it: {@code "Luật Hộ
 * tịch số 60/2014/QH13, khoản 1 Điều 15"} and {@code "Law on Civil Status No. 60/2014/QH13, Art.
 * 15(1)"}.
 *
 * @param number the official number, such as {@code 60/2014/QH13} or {@code 45/2020/ND-CP}
 * @param title the document's title (Vietnamese and English)
 * @param article the article number, or {@code null} for the document as a whole
 * @param clause the clause number within the article, or {@code null}
 * @param point the point letter within the clause ({@code a}, {@code b}, {@code đ}...), or {@code
 *     null}
 */
public record LegalReference(
    String number,
    LocalizedText title,
    @Nullable Integer article,
    @Nullable Integer clause,
    @Nullable String point) {

  /**
   * Creates a reference.
   *
   * @throws IllegalArgumentException if a clause is given without an article, a point without a
   *     clause, or a number is not positive
   */
  public LegalReference {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(title, "title");
    if (number.isBlank()) {
      throw new IllegalArgumentException("number must not be blank");
    }
    if (article != null && article <= 0) {
      throw new IllegalArgumentException("article must be positive");
    }
    if (clause != null && (article == null || clause <= 0)) {
      throw new IllegalArgumentException("clause needs a positive value and an article");
    }
    if (point != null && (clause == null || point.isBlank())) {
      throw new IllegalArgumentException("point needs a value and a clause");
    }
  }

  /** A reference to a whole document. */
  public static LegalReference document(String number, LocalizedText title) {
    return new LegalReference(number, title, null, null, null);
  }

  /** The same document, at an article. */
  public LegalReference article(int articleNumber) {
    return new LegalReference(number, title, articleNumber, null, null);
  }

  /** The same document, at an article and clause. */
  public LegalReference clause(int articleNumber, int clauseNumber) {
    return new LegalReference(number, title, articleNumber, clauseNumber, null);
  }

  /** The same document, at an article, clause and point. */
  public LegalReference point(int articleNumber, int clauseNumber, String pointLetter) {
    return new LegalReference(number, title, articleNumber, clauseNumber, pointLetter);
  }

  /** The citation as written in {@code language}. */
  public String cite(Language language) {
    StringBuilder out = new StringBuilder(title.get(language));
    out.append(language == Language.VI ? " số " : " No. ").append(number);
    if (article != null) {
      if (language == Language.VI) {
        out.append(", ");
        if (point != null) {
          out.append("điểm ").append(point).append(' ');
        }
        if (clause != null) {
          out.append("khoản ").append(clause).append(' ');
        }
        out.append("Điều ").append(article);
      } else {
        out.append(", Art. ").append(article);
        if (clause != null) {
          out.append('(').append(clause).append(')');
        }
        if (point != null) {
          out.append('(').append(point).append(')');
        }
      }
    }
    return out.toString();
  }

  /** The citation in both languages. */
  public LocalizedText citation() {
    return LocalizedText.of(cite(Language.VI), cite(Language.EN));
  }
}
