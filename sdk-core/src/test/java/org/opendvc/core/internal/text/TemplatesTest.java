package org.opendvc.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplatesTest {

  @Test
  void fill_putsEachArgumentInPlaceOfItsIndex() {
    assertThat(Templates.fill("{1} after {0}, {0} again", "a", 2)).isEqualTo("2 after a, a again");
  }

  @Test
  void fill_keepsApostrophesAsWritten() {
    // MessageFormat would drop these and stop substituting after the first one.
    assertThat(Templates.fill("People's Committee's code '{0}'", "H56"))
        .isEqualTo("People's Committee's code 'H56'");
  }

  @Test
  void fill_whenAnArgumentIsMissing_leavesThePlaceholder() {
    assertThat(Templates.fill("{0} and {1} and {2}", "x")).isEqualTo("x and {1} and {2}");
  }

  @Test
  void fill_writesNullArgumentsAsNull() {
    assertThat(Templates.fill("[{0}]", (Object) null)).isEqualTo("[null]");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{}|{}",
        "{ 0}|{ 0}",
        "{a}|{a}",
        "{-1}|{-1}",
        "a { b|a { b",
        "trailing {|trailing {",
        "} before {0}|} before X",
        "{{0}}|{X}",
        "{99999999999}|{99999999999}"
      })
  void fill_leavesAnythingThatIsNotAPlaceholderAlone(String template, String expected) {
    assertThat(Templates.fill(template, "X")).isEqualTo(expected);
  }

  @Test
  void fill_withoutPlaceholders_returnsTheTemplate() {
    assertThat(Templates.fill("Không có tham số", "unused")).isEqualTo("Không có tham số");
  }
}
