package org.opendvc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendvc.core.catalog.Catalog;
import org.opendvc.core.catalog.CatalogLoader;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.id.ProcedureCode;

class ExampleCatalogTest {
  @Test
  void exampleCatalog_loadsWithoutErrors() {
    Validated<Catalog> catalog = CatalogLoader.standard().load(List.of(Path.of("catalog")));
    assertThat(catalog.diagnostics().stream().filter(Diagnostic::isError)).isEmpty();
    assertThat(catalog.value().orElseThrow().procedures())
        .extracting(p -> p.code().value())
        .contains(
            "1.001193",
            "1.000894",
            "1.004222",
            "1.000656",
            "1.004873",
            "1.004884",
            "1.004194",
            "1.002755",
            "1.003677",
            "1.010038",
            "2.000815",
            "2.000884",
            "2.000488");
  }

  @Test
  void exampleCatalog_linksBirthRegistrationAndPermanentResidenceBothWays() {
    Catalog catalog =
        CatalogLoader.standard().load(List.of(Path.of("catalog"))).value().orElseThrow();
    ProcedureCode birth = ProcedureCode.of("1.001193");
    ProcedureCode residence = ProcedureCode.of("1.004222");
    assertThat(catalog.versions(birth).get(0).interconnectedProcedures()).contains(residence);
    assertThat(catalog.versions(residence).get(0).interconnectedProcedures()).contains(birth);
  }
}
