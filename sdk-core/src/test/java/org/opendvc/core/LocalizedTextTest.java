package org.opendvc.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class LocalizedTextTest {

  @Test
  void get_returnsTheTextInTheAskedLanguage() {
    LocalizedText text = LocalizedText.of("Đăng ký khai sinh", "Birth registration");

    assertThat(text.get(Language.VI)).isEqualTo("Đăng ký khai sinh");
    assertThat(text.get(Language.EN)).isEqualTo("Birth registration");
    assertThat(text.hasEnglish()).isTrue();
  }

  @Test
  void get_whenThereIsNoEnglish_fallsBackToVietnamese() {
    LocalizedText text = LocalizedText.of("Hộ tịch");

    assertThat(text.get(Language.EN)).isEqualTo("Hộ tịch");
    assertThat(text.en()).isNull();
    assertThat(text.hasEnglish()).isFalse();
  }

  @Test
  void create_whenVietnameseIsBlank_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> LocalizedText.of(" \t"));
    assertThatIllegalArgumentException().isThrownBy(() -> LocalizedText.of("", "English"));
    assertThatNullPointerException().isThrownBy(() -> new LocalizedText(null, "English"));
  }

  @Test
  void create_whenEnglishIsBlankButPresent_isRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> LocalizedText.of("Hộ tịch", "  "));
  }

  @Test
  void equality_isByBothTexts() {
    assertThat(LocalizedText.of("a", "b")).isEqualTo(new LocalizedText("a", "b"));
    assertThat(LocalizedText.of("a", "b")).isNotEqualTo(LocalizedText.of("a"));
  }
}
