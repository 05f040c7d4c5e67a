package org.opendvc.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.opendvc.core.diagnostic.Diagnostic;

class PhoneNumberTest {

  @Test
  void parse_whenMobile_normalisesAndGivesE164() {
    PhoneNumber phone = PhoneNumber.parse("+84 912 345 678").orElseThrow();

    assertThat(phone.value()).isEqualTo("0912345678");
    assertThat(phone.lineType()).isEqualTo(PhoneNumber.LineType.MOBILE);
    assertThat(phone.prefix()).isEqualTo("091");
    assertThat(phone.e164()).isEqualTo("+84912345678");
  }

  @Test
  void parse_whenLandline_findsTheAreaCode() {
    PhoneNumber hanoi = PhoneNumber.parse("(024) 3825 1234").orElseThrow();
    PhoneNumber thanhHoa = PhoneNumber.parse("0237 385 2123").orElseThrow();

    assertThat(hanoi.lineType()).isEqualTo(PhoneNumber.LineType.LANDLINE);
    assertThat(hanoi.prefix()).isEqualTo("024");
    assertThat(hanoi.e164()).isEqualTo("+842438251234");
    assertThat(thanhHoa.prefix()).isEqualTo("0237");
  }

  @Test
  void parse_whenPrefixWasRetiredIn2018_saysWhatItBecame() {
    Diagnostic d = PhoneNumber.parse("0162 345 6789").diagnostics().get(0);

    assertThat(d.code()).isEqualTo("ID_PHONE_RETIRED_PREFIX");
    assertThat(d.message().en()).contains("0162").contains("became 032");
  }

  @Test
  void parse_whenPrefixIsUnknown_namesThePrefix() {
    Diagnostic mobile = PhoneNumber.parse("0952345678").diagnostics().get(0);
    Diagnostic landline = PhoneNumber.parse("02171234567").diagnostics().get(0);

    assertThat(mobile.code()).isEqualTo("ID_PHONE_UNKNOWN_PREFIX");
    assertThat(mobile.message().en()).contains(": 095 is neither");
    assertThat(landline.message().en()).contains(": 0217 is neither");
  }

  @Test
  void maskedAndToString_hideTheMiddleDigits() {
    PhoneNumber phone = PhoneNumber.parse("0912345678").orElseThrow();

    assertThat(phone.masked()).isEqualTo("0912****78");
    assertThat(phone.toString()).isEqualTo("0912****78");
    assertThat(phone.isPersonal()).isTrue();
  }

  @Test
  void constructor_acceptsOnlyTheNationalForm() {
    assertThatThrownBy(() -> new PhoneNumber("+84912345678"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("912345678");
    assertThatThrownBy(() -> new PhoneNumber("0952345678"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void parse_roundTripsEveryWayOfWritingAMobileNumber(
      @ForAll("mobiles") String national, @ForAll("writings") Writing writing) {
    PhoneNumber phone = PhoneNumber.parse(writing.write(national)).orElseThrow();

    assertThat(phone.value()).isEqualTo(national);
    assertThat(phone.lineType()).isEqualTo(PhoneNumber.LineType.MOBILE);
    assertThat(PhoneNumber.parse(phone.e164()).orElseThrow()).isEqualTo(phone);
  }

  @Property
  void parse_roundTripsEveryLandline(@ForAll("landlines") String national) {
    PhoneNumber phone = PhoneNumber.parse(national).orElseThrow();

    assertThat(phone.lineType()).isEqualTo(PhoneNumber.LineType.LANDLINE);
    assertThat(national).startsWith(phone.prefix());
    assertThat(PhoneNumber.parse(phone.e164()).orElseThrow()).isEqualTo(phone);
  }

  /** Ways people write the same number. */
  enum Writing {
    NATIONAL {
      @Override
      String write(String n) {
        return n;
      }
    },
    PLUS_84_SPACED {
      @Override
      String write(String n) {
        return "+84 " + n.substring(1, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
      }
    },
    DOUBLE_ZERO {
      @Override
      String write(String n) {
        return "0084" + n.substring(1);
      }
    },
    BARE_84 {
      @Override
      String write(String n) {
        return "84" + n.substring(1);
      }
    },
    DOTTED {
      @Override
      String write(String n) {
        return n.substring(0, 4) + "." + n.substring(4, 7) + "." + n.substring(7);
      }
    };

    abstract String write(String national);
  }

  @Provide
  static Arbitrary<Writing> writings() {
    return Arbitraries.of(Writing.class);
  }

  @Provide
  static Arbitrary<String> mobiles() {
    // The prefixes of the 2018 plan, written out again here as the test's own oracle.
    Arbitrary<String> prefixes =
        Arbitraries.of(
            "032", "039", "052", "055", "056", "058", "059", "070", "076", "079", "081", "085",
            "086", "087", "088", "089", "090", "091", "092", "093", "094", "096", "099");
    return Combinators.combine(prefixes, Arbitraries.strings().numeric().ofLength(7))
        .as(String::concat);
  }

  @Provide
  static Arbitrary<String> landlines() {
    Arbitrary<String> hanoiOrSaigon =
        Combinators.combine(
                Arbitraries.of("024", "028"), Arbitraries.strings().numeric().ofLength(8))
            .as(String::concat);
    Arbitrary<String> provinces =
        Combinators.combine(
                Arbitraries.of("0203", "0219", "0225", "0237", "0251", "0263", "0277", "0299"),
                Arbitraries.strings().numeric().ofLength(7))
            .as(String::concat);
    return Arbitraries.oneOf(hanoiOrSaigon, provinces);
  }
}
