package org.opendvc.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;
import org.junit.jupiter.api.Test;
import org.opendvc.core.diagnostic.Diagnostic;

class AgencyAndDossierCodeTest {

  @Test
  void agencyParse_readsBothShapes() {
    AgencyCode standard = AgencyCode.parse("000.00.01.h22").orElseThrow();
    AgencyCode shortForm = AgencyCode.parse("H56.14").orElseThrow();

    assertThat(standard.value()).isEqualTo("000.00.01.H22");
    assertThat(standard.form()).isEqualTo(AgencyCode.Form.STANDARD);
    assertThat(standard.topLevelCode()).isEqualTo("H22");
    assertThat(shortForm.form()).isEqualTo(AgencyCode.Form.SHORT);
    assertThat(shortForm.topLevelCode()).isEqualTo("H56");
    assertThat(shortForm.isPersonal()).isFalse();
  }

  @Test
  void dossierParse_decodesAgencyDateAndSequence() {
    DossierCode code = DossierCode.parse("000.00.00.H56-250701-0042").orElseThrow();

    assertThat(code.agency()).isEqualTo(AgencyCode.of("000.00.00.H56"));
    assertThat(code.received()).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(code.sequence()).isEqualTo(42);
    assertThat(code.toString()).isEqualTo("000.00.00.H56-250701-0042");
  }

  @Test
  void dossierOf_buildsTheCodeAsWritten() {
    DossierCode code = DossierCode.of(AgencyCode.of("H56.14"), LocalDate.of(2026, 1, 9), 7);

    assertThat(code.value()).isEqualTo("H56.14-260109-0007");
    assertThat(DossierCode.of(AgencyCode.of("H56.14"), LocalDate.of(2099, 12, 31), 9999).value())
        .isEqualTo("H56.14-991231-9999");
  }

  @Test
  void dossierOf_rejectsSequencesAndYearsItCannotWrite() {
    AgencyCode agency = AgencyCode.of("000.00.00.H56");
    LocalDate day = LocalDate.of(2025, 7, 1);

    assertThatThrownBy(() -> DossierCode.of(agency, day, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DossierCode.of(agency, day, 10_000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DossierCode.of(agency, LocalDate.of(1999, 12, 31), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DossierCode.of(agency, LocalDate.of(2100, 1, 1), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dossierParse_whenDateIsNotReal_quotesTheDatePart() {
    Diagnostic d = DossierCode.parse("000.00.00.H56-250230-0001").diagnostics().get(0);

    assertThat(d.code()).isEqualTo("ID_DOSSIER_CODE_DATE_INVALID");
    assertThat(d.message().en()).contains("250230");
    assertThat(d.legalReference()).isNotNull();
  }

  @Property
  void dossierParse_roundTripsEveryBuiltCode(
      @ForAll("agencies") AgencyCode agency,
      @ForAll("days") LocalDate received,
      @ForAll @IntRange(min = 1, max = 9999) int sequence) {
    DossierCode built = DossierCode.of(agency, received, sequence);

    assertThat(DossierCode.parse(built.value()).orElseThrow()).isEqualTo(built);
    assertThat(DossierCode.parse(built.value().toLowerCase(java.util.Locale.ROOT)).orElseThrow())
        .isEqualTo(built);
  }

  @Property
  void agencyParse_roundTripsEveryGeneratedCode(@ForAll("agencies") AgencyCode agency) {
    assertThat(AgencyCode.parse(agency.value()).orElseThrow()).isEqualTo(agency);
  }

  @Provide
  static Arbitrary<AgencyCode> agencies() {
    Arbitrary<Character> letters = Arbitraries.chars().range('A', 'Z');
    Arbitrary<String> standard =
        Combinators.combine(
                Arbitraries.strings().numeric().ofLength(3),
                Arbitraries.strings().numeric().ofLength(2),
                Arbitraries.strings().numeric().ofLength(2),
                letters,
                Arbitraries.strings().numeric().ofLength(2))
            .as((a, b, c, letter, d) -> a + "." + b + "." + c + "." + letter + d);
    Arbitrary<String> shortForm =
        Combinators.combine(
                letters,
                Arbitraries.strings().numeric().ofLength(2),
                Arbitraries.strings().numeric().ofLength(2))
            .as((letter, d, unit) -> letter + d + "." + unit);
    return Arbitraries.oneOf(standard, shortForm).map(AgencyCode::new);
  }

  @Provide
  static Arbitrary<LocalDate> days() {
    return Dates.dates().between(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31));
  }
}
