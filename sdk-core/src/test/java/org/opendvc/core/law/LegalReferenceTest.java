package org.opendvc.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.opendvc.core.Language;
import org.opendvc.core.LocalizedText;

class LegalReferenceTest {
  private static final LegalReference CIVIL_STATUS = Laws.CIVIL_STATUS_LAW;

  @Test
  void cite_wholeDocument_namesTitleAndNumber() {
    assertThat(CIVIL_STATUS.cite(Language.VI)).isEqualTo("Luật Hộ tịch số 60/2014/QH13");
    assertThat(CIVIL_STATUS.cite(Language.EN)).isEqualTo("Law on Civil Status No. 60/2014/QH13");
  }

  @Test
  void cite_article() {
    LegalReference article = CIVIL_STATUS.article(15);

    assertThat(article.cite(Language.VI)).isEqualTo("Luật Hộ tịch số 60/2014/QH13, Điều 15");
    assertThat(article.cite(Language.EN))
        .isEqualTo("Law on Civil Status No. 60/2014/QH13, Art. 15");
  }

  @Test
  void cite_clause_followsEachLanguagesOrder() {
    LegalReference clause = CIVIL_STATUS.clause(15, 1);

    assertThat(clause.cite(Language.VI)).isEqualTo("Luật Hộ tịch số 60/2014/QH13, khoản 1 Điều 15");
    assertThat(clause.cite(Language.EN))
        .isEqualTo("Law on Civil Status No. 60/2014/QH13, Art. 15(1)");
  }

  @Test
  void cite_point_followsEachLanguagesOrder() {
    LegalReference point = Laws.RESIDENCE_LAW.point(20, 2, "đ");

    assertThat(point.cite(Language.VI))
        .isEqualTo("Luật Cư trú số 68/2020/QH14, điểm đ khoản 2 Điều 20");
    assertThat(point.cite(Language.EN))
        .isEqualTo("Law on Residence No. 68/2020/QH14, Art. 20(2)(đ)");
  }

  @Test
  void cite_inEnglishWithoutAnEnglishTitle_usesTheVietnameseTitle() {
    LegalReference decree =
        LegalReference.document("01/2025/NĐ-CP", LocalizedText.of("Nghị định mẫu")).article(3);

    assertThat(decree.cite(Language.EN)).isEqualTo("Nghị định mẫu No. 01/2025/NĐ-CP, Art. 3");
  }

  @Test
  void citation_holdsBothLanguages() {
    assertThat(CIVIL_STATUS.clause(15, 1).citation())
        .isEqualTo(
            LocalizedText.of(
                "Luật Hộ tịch số 60/2014/QH13, khoản 1 Điều 15",
                "Law on Civil Status No. 60/2014/QH13, Art. 15(1)"));
  }

  @Test
  void create_rejectsAClauseWithoutArticleAndAPointWithoutClause() {
    LocalizedText title = LocalizedText.of("Luật");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new LegalReference("1/2020/QH14", title, null, 1, null));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new LegalReference("1/2020/QH14", title, 2, null, "a"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new LegalReference("1/2020/QH14", title, 2, 1, " "));
  }

  @Test
  void create_rejectsNonPositiveNumbersAndABlankDocumentNumber() {
    LocalizedText title = LocalizedText.of("Luật");
    assertThatIllegalArgumentException().isThrownBy(() -> CIVIL_STATUS.article(0));
    assertThatIllegalArgumentException().isThrownBy(() -> CIVIL_STATUS.clause(15, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> LegalReference.document(" ", title));
  }
}
