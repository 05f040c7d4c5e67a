package org.opendvc.testkit.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.ProcedureValidator;

class SyntheticCatalogTest {
  @Test
  void generate_isReproducibleFromTheSeed() {
    assertThat(SyntheticCatalog.generate(50, 7)).isEqualTo(SyntheticCatalog.generate(50, 7));
    assertThat(SyntheticCatalog.generate(50, 7)).isNotEqualTo(SyntheticCatalog.generate(50, 8));
  }

  @Test
  void generate_givesProceduresWithoutErrors() {
    ProcedureValidator validator = ProcedureValidator.standard();
    for (Procedure p : SyntheticCatalog.generate(200, 1)) {
      List<Diagnostic> errors = validator.validate(p).stream().filter(Diagnostic::isError).toList();
      assertThat(errors).as(p.code().value()).isEmpty();
    }
  }
}
