package org.opendvc.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Severity;
import org.opendvc.core.dvcqg.DvcqgProcedurePackage;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.procedure.DocumentRequirement;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.ProcedureCase;
import org.opendvc.core.procedure.ProcedureJson;
import org.opendvc.core.procedure.ProcedureResult;
import org.opendvc.core.testing.Fixtures;

class CatalogChecksTest {
  private static final ProcedureLoader LOADER = ProcedureLoader.standard();
  private static final ProcedureCode BIRTH = ProcedureCode.of("1.001193");
  private static final ProcedureCode MARRIAGE = ProcedureCode.of("1.000894");

  private static Procedure.Builder procedure(
      ProcedureCode code, LocalDate from, @Nullable LocalDate to) {
    return Procedure.builder(code, LocalizedText.of("Thủ tục " + code))
        .version("1")
        .effectiveFrom(from)
        .effectiveTo(to);
  }

  private static LoadedProcedure file(String name, Procedure p) {
    return LOADER.load(Fixtures.json(ProcedureJson.write(p), name));
  }

  private static List<String> check(LoadedProcedure... files) {
    return CatalogChecks.check(List.of(files)).stream()
        .map(d -> d.code() + " " + d.file() + " " + d.pointer())
        .toList();
  }

  @Test
  void check_twoDefinitionsOfOneCodeInForceOnTheSameDay_isAnErrorOnTheLaterFile() {
    LoadedProcedure a = file("a.json", procedure(BIRTH, LocalDate.of(2020, 1, 1), null).build());
    LoadedProcedure b = file("b.json", procedure(BIRTH, LocalDate.of(2025, 7, 1), null).build());

    List<Diagnostic> found = CatalogChecks.check(List.of(a, b));

    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("CATALOG_DUPLICATE_CODE");
              assertThat(d.severity()).isEqualTo(Severity.ERROR);
              assertThat(d.file()).isEqualTo("b.json");
              assertThat(d.pointer()).isEqualTo("/code");
              assertThat(d.position()).isNotNull();
              assertThat(d.message().en()).contains("1.001193").contains("a.json");
            });
  }

  @Test
  void check_periodsSharingOneDay_overlap() {
    LoadedProcedure a =
        file(
            "a.json", procedure(BIRTH, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 7, 1)).build());
    LoadedProcedure b = file("b.json", procedure(BIRTH, LocalDate.of(2025, 7, 1), null).build());

    assertThat(check(a, b)).containsExactly("CATALOG_DUPLICATE_CODE b.json /code");
  }

  @Test
  void check_successiveVersionsOfOneProcedure_areFine() {
    LoadedProcedure old =
        file(
            "old.json",
            procedure(BIRTH, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 6, 30)).build());
    LoadedProcedure current =
        file("new.json", procedure(BIRTH, LocalDate.of(2025, 7, 1), null).build());

    assertThat(check(old, current)).isEmpty();
    assertThat(check(current, old)).isEmpty();
  }

  @Test
  void check_threeDefinitionsInForce_reportsEachLaterOne() {
    LocalDate day = LocalDate.of(2025, 7, 1);
    LoadedProcedure a = file("a.json", procedure(BIRTH, day, null).build());
    LoadedProcedure b = file("b.json", procedure(BIRTH, day, null).build());
    LoadedProcedure c = file("c.json", procedure(BIRTH, day, null).build());

    assertThat(check(a, b, c))
        .containsExactly(
            "CATALOG_DUPLICATE_CODE b.json /code", "CATALOG_DUPLICATE_CODE c.json /code");
  }

  @Test
  void check_definitionsWithoutDates_overlapWithEverything() {
    LoadedProcedure a =
        file(
            "a.json", procedure(BIRTH, LocalDate.of(2020, 1, 1), null).effectiveFrom(null).build());
    LoadedProcedure b =
        file(
            "b.json", procedure(BIRTH, LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1)).build());

    assertThat(check(a, b)).containsExactly("CATALOG_DUPLICATE_CODE b.json /code");
  }

  @Test
  void check_linkToAProcedureTheCatalogueHolds_isFine() {
    LocalDate day = LocalDate.of(2025, 7, 1);
    LoadedProcedure birth =
        file(
            "birth.json",
            procedure(BIRTH, day, null).interconnectedProcedures(List.of(MARRIAGE)).build());
    LoadedProcedure marriage =
        file(
            "marriage.json",
            procedure(MARRIAGE, day, null).relatedProcedures(List.of(BIRTH)).build());

    assertThat(check(birth, marriage)).isEmpty();
  }

  @Test
  void check_linkToAProcedureTheCatalogueLacks_isAWarningAtTheLink() {
    LoadedProcedure birth =
        file(
            "birth.json",
            procedure(BIRTH, LocalDate.of(2025, 7, 1), null)
                .relatedProcedures(List.of(BIRTH, ProcedureCode.of("1.004884")))
                .interconnectedProcedures(List.of(ProcedureCode.of("1.004222")))
                .build());

    List<Diagnostic> found = CatalogChecks.check(List.of(birth));

    assertThat(found)
        .extracting(d -> d.code() + " " + d.pointer())
        .containsExactly(
            "CATALOG_LINK_UNRESOLVED /relatedProcedures/1",
            "CATALOG_LINK_UNRESOLVED /interconnectedProcedures/0");
    assertThat(found)
        .allSatisfy(
            d -> {
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.position()).isNotNull();
            });
  }

  @Test
  void check_replacingResultThatNoProcedureProduces_isAWarningAtTheDocument() {
    DocumentRequirement birthCertificate =
        new DocumentRequirement(
            null, LocalizedText.of("Giấy khai sinh"), 0, 1, null, "KQ-KHAISINH", null, List.of());
    DocumentRequirement statusCertificate =
        new DocumentRequirement(
            null,
            LocalizedText.of("Giấy xác nhận tình trạng hôn nhân"),
            1,
            0,
            null,
            "KQ-TTHN",
            null,
            List.of());
    LoadedProcedure marriage =
        file(
            "marriage.json",
            procedure(MARRIAGE, LocalDate.of(2025, 7, 1), null)
                .addCase(new ProcedureCase(null, List.of(birthCertificate, statusCertificate)))
                .build());
    LoadedProcedure birth =
        file(
            "birth.json",
            procedure(BIRTH, LocalDate.of(2025, 7, 1), null)
                .addResult(
                    new ProcedureResult("KQ-KHAISINH", LocalizedText.of("Giấy khai sinh"), null))
                .build());

    List<Diagnostic> found = CatalogChecks.check(List.of(marriage, birth));

    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("CATALOG_REPLACEMENT_UNRESOLVED");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.file()).isEqualTo("marriage.json");
              assertThat(d.pointer()).isEqualTo("/cases/0/documents/1/replaceableByResult");
              assertThat(d.message().en()).contains("KQ-TTHN");
            });
  }

  @Test
  void check_filesWithoutAProcedure_areLeftOut() {
    LoadedProcedure broken = LOADER.load(Fixtures.document("/procedures/broken.json"));
    LoadedProcedure birth =
        file("birth.json", procedure(BIRTH, LocalDate.of(2025, 7, 1), null).build());

    assertThat(broken.procedure()).isNull();
    assertThat(check(broken, birth)).isEmpty();
  }

  @Test
  void check_problemsInADvcqgPackage_areReportedAtThePackagesPointers() {
    LoadedProcedure pkg = LOADER.load(Fixtures.document("/dvcqg/1.001193.package.json"));
    Procedure other = procedure(BIRTH, LocalDate.of(2025, 7, 1), null).build();
    LoadedProcedure written = file("birth.json", other);

    List<Diagnostic> found = CatalogChecks.check(List.of(pkg, written));

    assertThat(found)
        .extracting(d -> d.code() + " " + d.file() + " " + d.pointer())
        .containsExactly(
            "CATALOG_LINK_UNRESOLVED /dvcqg/1.001193.package.json /TTHCLIENTHONG/0",
            "CATALOG_DUPLICATE_CODE birth.json /code");
    assertThat(DvcqgProcedurePackage.looksLikePackage(pkg.document().root())).isTrue();
  }
}
