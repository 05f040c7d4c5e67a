package org.opendvc.core.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.json.JsonPointers;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.testing.DvcqgPackageArbitraries;
import org.opendvc.core.testing.Fixtures;
import org.opendvc.core.testing.ProcedureArbitraries;

/** The algebra of import and export: each undoes the other. */
class DvcqgProcedurePackagePropertyTest {

  @Provide
  Arbitrary<ObjectNode> packages() {
    return DvcqgPackageArbitraries.packages();
  }

  @Provide
  Arbitrary<Procedure> procedures() {
    return ProcedureArbitraries.dvcqgProcedures();
  }

  private static DvcqgProcedurePackage.Import importTree(JsonNode pkg) {
    return DvcqgProcedurePackage.importPackage(Fixtures.json(pkg.toString(), "package.json"));
  }

  @Property(tries = 300)
  void exportOfImport_isThePackageExactly(@ForAll("packages") ObjectNode pkg) {
    DvcqgProcedurePackage.Import imported = importTree(pkg);
    Assume.that(imported.procedure() != null);

    assertThat(DvcqgProcedurePackage.export(imported.procedure())).isEqualTo(pkg);
  }

  @Property(tries = 300)
  void import_reportsEveryProblemWithAPointerIntoThePackageAndAPosition(
      @ForAll("packages") ObjectNode pkg) {
    DvcqgProcedurePackage.Import imported = importTree(pkg);

    assertThat(imported.diagnostics())
        .allSatisfy(
            d -> {
              assertThat(d.position()).isNotNull();
              assertThat(pkg.at(JsonPointers.parent(d.pointer())).isMissingNode())
                  .as("parent of %s is in the package", d.pointer())
                  .isFalse();
            });
    if (imported.procedure() == null) {
      assertThat(imported.diagnostics()).anyMatch(Diagnostic::isError);
    }
  }

  @Property(tries = 300)
  void importOfExport_isTheProcedure(@ForAll("procedures") Procedure p) {
    DvcqgProcedurePackage.Import imported = importTree(DvcqgProcedurePackage.export(p));

    assertThat(imported.diagnostics()).noneMatch(Diagnostic::isError);
    assertThat(imported.procedure()).isNotNull();
    assertThat(imported.procedure().withoutOrigin()).isEqualTo(p);
  }
}
