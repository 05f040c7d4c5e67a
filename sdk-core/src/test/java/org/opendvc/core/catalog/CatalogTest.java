package org.opendvc.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.ProcedureResult;

class CatalogTest {
  private static final ProcedureCode BIRTH = ProcedureCode.of("1.001193");
  private static final ProcedureCode MARRIAGE = ProcedureCode.of("1.000894");

  private static final Procedure OLD_BIRTH =
      Procedure.builder(BIRTH, LocalizedText.of("Đăng ký khai sinh (cũ)"))
          .effectiveFrom(LocalDate.of(2016, 1, 1))
          .effectiveTo(LocalDate.of(2025, 6, 30))
          .addResult(new ProcedureResult("KQ-KS", LocalizedText.of("Giấy khai sinh"), null))
          .build();
  private static final Procedure NEW_BIRTH =
      OLD_BIRTH.toBuilder()
          .name(LocalizedText.of("Đăng ký khai sinh"))
          .effectiveFrom(LocalDate.of(2025, 7, 1))
          .effectiveTo(null)
          .build();
  private static final Procedure MARRIAGE_REGISTRATION =
      Procedure.builder(MARRIAGE, LocalizedText.of("Đăng ký kết hôn")).build();

  private static final Catalog CATALOG =
      Catalog.of(List.of(OLD_BIRTH, NEW_BIRTH, MARRIAGE_REGISTRATION));

  @Test
  void find_returnsTheDefinitionInForceOnTheDate() {
    assertThat(CATALOG.find(BIRTH, LocalDate.of(2025, 6, 30))).contains(OLD_BIRTH);
    assertThat(CATALOG.find(BIRTH, LocalDate.of(2025, 7, 1))).contains(NEW_BIRTH);
    assertThat(CATALOG.find(BIRTH, LocalDate.of(2015, 12, 31))).isEmpty();
    assertThat(CATALOG.find(MARRIAGE, LocalDate.of(1990, 1, 1))).contains(MARRIAGE_REGISTRATION);
    assertThat(CATALOG.find(ProcedureCode.of("1.004222"), LocalDate.of(2025, 7, 1))).isEmpty();
  }

  @Test
  void versionsAndContains() {
    assertThat(CATALOG.versions(BIRTH)).containsExactly(OLD_BIRTH, NEW_BIRTH);
    assertThat(CATALOG.contains(MARRIAGE)).isTrue();
    assertThat(CATALOG.contains(ProcedureCode.of("1.004222"))).isFalse();
    assertThat(CATALOG.versions(ProcedureCode.of("1.004222"))).isEmpty();
    assertThat(CATALOG.size()).isEqualTo(3);
  }

  @Test
  void producersOf_findsTheProceduresWhoseResultsHaveTheCode() {
    assertThat(CATALOG.producersOf("KQ-KS")).containsExactly(OLD_BIRTH, NEW_BIRTH);
    assertThat(CATALOG.producersOf("KQ-KH")).isEmpty();
  }

  @Test
  void of_copiesTheCollection() {
    List<Procedure> procedures = new ArrayList<>(List.of(NEW_BIRTH));
    Catalog catalog = Catalog.of(procedures);
    procedures.add(MARRIAGE_REGISTRATION);

    assertThat(catalog.procedures()).containsExactly(NEW_BIRTH);
  }
}
