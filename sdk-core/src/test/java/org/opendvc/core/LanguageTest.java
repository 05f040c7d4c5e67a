package org.opendvc.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

  @ParameterizedTest
  @CsvSource({"vi, VI", "VI, VI", "vi-VN, VI", " vi , VI", "en, EN", "en-GB, EN", "EN-us, EN"})
  void fromTag_readsThePrimaryLanguage(String tag, Language expected) {
    assertThat(Language.fromTag(tag)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "", "vie", "english", "-vi"})
  void fromTag_whenTheLanguageIsNeitherVietnameseNorEnglish_isRejectedWithAHint(String tag) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Language.fromTag(tag))
        .withMessageContaining("'vi' or 'en'");
  }

  @ParameterizedTest
  @CsvSource({"VI, vi", "EN, en"})
  void tagAndLocale_matchTheLanguage(Language language, String tag) {
    assertThat(language.tag()).isEqualTo(tag);
    assertThat(language.locale()).isEqualTo(Locale.forLanguageTag(tag));
    assertThat(Language.fromTag(language.tag())).isEqualTo(language);
  }
}
