package org.opendvc.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Bản sao Sổ hộ khẩu|ban sao so ho khau",
        "BAN SAO SO HO KHAU|ban sao so ho khau",
        "Đăng ký khai sinh|dang ky khai sinh",
        "đường ĐỜI|duong doi",
        "  sổ hộ khẩu (bản chính)  |so ho khau ban chinh",
        "CMND/CCCD|cmnd cccd",
        "Ảnh 4x6, 02 tấm|anh 4x6 02 tam",
        "Quyết định 19/2025/QĐ-TTg|quyet dinh 19 2025 qd ttg",
        "ưu tiên; ơn|uu tien on"
      })
  void fold_removesCaseDiacriticsAndPunctuation(String text, String folded) {
    assertThat(VietnameseText.fold(text)).isEqualTo(folded);
  }

  @Test
  void fold_treatsPrecomposedAndDecomposedFormsAlike() {
    String precomposed = "Hộ tịch";
    String decomposed = java.text.Normalizer.normalize(precomposed, java.text.Normalizer.Form.NFD);

    assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold(precomposed));
  }

  @Test
  void fold_ofNothingButPunctuation_isEmpty() {
    assertThat(VietnameseText.fold(" -/() ")).isEmpty();
    assertThat(VietnameseText.tokens(" -/() ")).isEmpty();
  }

  @Test
  void tokens_splitsTheFoldedWords() {
    assertThat(VietnameseText.tokens("Giấy khai sinh (bản sao)"))
        .containsExactly("giay", "khai", "sinh", "ban", "sao");
  }

  @Property(tries = 300)
  void fold_isIdempotentAndOnlyKeepsLowercaseAsciiLettersDigitsAndSingleSpaces(
      @ForAll String text) {
    String folded = VietnameseText.fold(text);

    assertThat(VietnameseText.fold(folded)).isEqualTo(folded);
    assertThat(folded).matches("([a-z0-9]+( [a-z0-9]+)*)?");
  }
}
