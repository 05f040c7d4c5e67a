package org.opendvc.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.id.ProcedureCode;

class ProcedureTest {
  private static final ProcedureCode BIRTH = ProcedureCode.of("1.001193");

  private static Procedure.Builder birth() {
    return Procedure.builder(BIRTH, LocalizedText.of("Đăng ký khai sinh"));
  }

  @Test
  void builder_startsEmptyApartFromCodeAndName() {
    Procedure p = birth().build();

    assertThat(p.code()).isEqualTo(BIRTH);
    assertThat(p.version()).isNull();
    assertThat(p.levels()).isEmpty();
    assertThat(p.agencies()).isEqualTo(Agencies.NONE);
    assertThat(p.agencies().isEmpty()).isTrue();
    assertThat(p.channels()).isEmpty();
    assertThat(p.origin()).isNull();
  }

  @Test
  void toBuilder_copiesEveryPart() {
    Procedure p =
        birth()
            .version("2025.1")
            .effectiveFrom(LocalDate.of(2025, 7, 1))
            .addLevel(GovernmentLevel.COMMUNE)
            .addChannel(new Channel(ChannelKind.ONLINE, null, List.of(), null))
            .addCase(
                new ProcedureCase(
                    null, List.of(DocumentRequirement.named(LocalizedText.of("Tờ khai")))))
            .addResult(new ProcedureResult(null, LocalizedText.of("Giấy khai sinh"), null))
            .addLegalDocument(new LegalDocument("60/2014/QH13", null, null, null, null, null))
            .relatedProcedures(List.of(ProcedureCode.of("1.004884")))
            .interconnectedProcedures(List.of(ProcedureCode.of("1.004222")))
            .publisher(new Agency("G13", LocalizedText.of("Bộ Tư pháp")))
            .onlineServiceLevel(OnlineServiceLevel.FULL)
            .origin(new ProcedureOrigin(ProcedureFormat.DVCQG_PACKAGE, "{}"))
            .build();

    assertThat(p.toBuilder().build()).isEqualTo(p);
    assertThat(p.withoutOrigin().origin()).isNull();
    assertThat(p.withoutOrigin().toBuilder().origin(p.origin()).build()).isEqualTo(p);
    Procedure noOrigin = p.withoutOrigin();
    assertThat(noOrigin.withoutOrigin()).isSameAs(noOrigin);
  }

  @Test
  void lists_areCopiedAndCannotBeModified() {
    List<GovernmentLevel> levels = new ArrayList<>(List.of(GovernmentLevel.COMMUNE));
    Procedure p = birth().levels(levels).build();
    levels.add(GovernmentLevel.PROVINCE);

    assertThat(p.levels()).containsExactly(GovernmentLevel.COMMUNE);
    assertThatThrownBy(() -> p.levels().add(GovernmentLevel.MINISTRY))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builder_rejectsNullElements() {
    List<GovernmentLevel> withNull = new ArrayList<>();
    withNull.add(null);

    assertThatNullPointerException().isThrownBy(() -> birth().levels(withNull));
    assertThatNullPointerException().isThrownBy(() -> birth().code(null));
  }

  @Test
  void channel_findsTheChannelOfAKind() {
    Channel online =
        new Channel(
            ChannelKind.ONLINE,
            ProcessingTime.of(3, ProcessingTimeUnit.WORKING_DAYS),
            List.of(),
            null);
    Procedure p = birth().addChannel(online).build();

    assertThat(p.channel(ChannelKind.ONLINE)).contains(online);
    assertThat(p.channel(ChannelKind.POSTAL)).isEmpty();
  }

  @Test
  void documents_listsTheDocumentsOfEveryCaseInOrder() {
    DocumentRequirement a = DocumentRequirement.named(LocalizedText.of("A"));
    DocumentRequirement b = DocumentRequirement.named(LocalizedText.of("B"));
    DocumentRequirement c = DocumentRequirement.named(LocalizedText.of("C"));
    Procedure p =
        birth()
            .addCase(new ProcedureCase(LocalizedText.of("Đúng hạn"), List.of(a, b)))
            .addCase(new ProcedureCase(LocalizedText.of("Quá hạn"), List.of(c)))
            .build();

    assertThat(p.documents()).containsExactly(a, b, c);
  }

  @Test
  void isEffectiveOn_includesBothEndsAndTreatsOpenEndsAsApplying() {
    Procedure bounded =
        birth()
            .effectiveFrom(LocalDate.of(2025, 7, 1))
            .effectiveTo(LocalDate.of(2025, 12, 31))
            .build();

    assertThat(bounded.isEffectiveOn(LocalDate.of(2025, 6, 30))).isFalse();
    assertThat(bounded.isEffectiveOn(LocalDate.of(2025, 7, 1))).isTrue();
    assertThat(bounded.isEffectiveOn(LocalDate.of(2025, 12, 31))).isTrue();
    assertThat(bounded.isEffectiveOn(LocalDate.of(2026, 1, 1))).isFalse();
    assertThat(birth().build().isEffectiveOn(LocalDate.of(1900, 1, 1))).isTrue();
  }

  @Test
  void documentRequirement_rejectsNegativeCounts() {
    LocalizedText name = LocalizedText.of("Tờ khai");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new DocumentRequirement(null, name, -1, 0, null, null, null, List.of()));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new DocumentRequirement(null, name, 1, -1, null, null, null, List.of()));
    DocumentRequirement named = DocumentRequirement.named(name);
    assertThat(named.originals()).isEqualTo(1);
    assertThat(named.copies()).isZero();
  }

  @Test
  void processingTime_rejectsANegativeValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new ProcessingTime(new BigDecimal("-0.5"), ProcessingTimeUnit.DAYS, null));
    assertThat(ProcessingTime.of(0, ProcessingTimeUnit.WORKING_DAYS).value()).isZero();
  }

  @Test
  void fee_hasAnAmountOnlyWhenItIsKnown() {
    assertThat(new Fee(null, FeeKind.CHARGE, BigDecimal.ZERO, null, null).hasAmount()).isTrue();
    assertThat(new Fee(null, FeeKind.CHARGE, null, null, null).hasAmount()).isFalse();
  }

  @Test
  void origin_toStringDoesNotPrintThePackage() {
    ProcedureOrigin origin =
        new ProcedureOrigin(ProcedureFormat.DVCQG_PACKAGE, "{\"MATTHC\": \"1.001193\"}");

    assertThat(origin.toString())
        .doesNotContain("MATTHC")
        .contains("DVCQG_PACKAGE")
        .contains("22 chars");
  }

  @Test
  void districtLevel_existsUntilTheThirtiethOfJune2025() {
    assertThat(GovernmentLevel.DISTRICT.abolishedOn()).contains(LocalDate.of(2025, 7, 1));
    assertThat(GovernmentLevel.DISTRICT.existsOn(LocalDate.of(2025, 6, 30))).isTrue();
    assertThat(GovernmentLevel.DISTRICT.existsOn(LocalDate.of(2025, 7, 1))).isFalse();
    assertThat(GovernmentLevel.COMMUNE.existsOn(LocalDate.of(2100, 1, 1))).isTrue();
    assertThat(GovernmentLevel.COMMUNE.abolishedOn()).isEmpty();
  }
}
