package org.opendvc.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.DiagnosticCollector;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.json.OpenDvcJson;
import org.opendvc.core.law.LegalReference;

class CommonReadersTest {
  private final DiagnosticCollector sink = new DiagnosticCollector();

  private static JsonNode json(String text) throws Exception {
    return OpenDvcJson.mapper().readTree(text);
  }

  @Test
  void legalReference_readsEveryPart() throws Exception {
    LegalReference law =
        CommonReaders.legalReference(
            json(
                "{\"number\": \"68/2020/QH14\", \"title\": {\"vi\": \"Luật Cư trú\"},"
                    + " \"article\": 38, \"clause\": 3, \"point\": \"a\"}"),
            "/law",
            sink);

    assertThat(law)
        .isEqualTo(new LegalReference("68/2020/QH14", LocalizedText.of("Luật Cư trú"), 38, 3, "a"));
    assertThat(sink.isEmpty()).isTrue();
  }

  @Test
  void legalReference_aClauseWithoutArticle_isAnInvalidValueNotAnException() throws Exception {
    LegalReference law =
        CommonReaders.legalReference(
            json("{\"number\": \"68/2020/QH14\", \"title\": {\"vi\": \"Luật\"}, \"clause\": 3}"),
            "/law",
            sink);

    assertThat(law).isNull();
    assertThat(sink.toList()).extracting(Diagnostic::code).containsExactly("JSON_INVALID_VALUE");
    assertThat(sink.toList().get(0).pointer()).isEqualTo("/law");
  }

  @Test
  void legalReference_reportsMissingAndOutOfRangeParts() throws Exception {
    assertThat(CommonReaders.legalReference(json("{\"article\": 0}"), "/law", sink)).isNull();

    assertThat(sink.toList())
        .extracting(d -> d.code() + " " + d.pointer())
        .containsExactly(
            "JSON_REQUIRED_MISSING /law/number",
            "JSON_REQUIRED_MISSING /law/title",
            "JSON_OUT_OF_RANGE /law/article");
  }

  @Test
  void procedureCode_readsACodeOrReportsItAtThePointer() throws Exception {
    assertThat(CommonReaders.procedureCode(json("\"1.001193\""), "/code", sink))
        .isEqualTo(ProcedureCode.of("1.001193"));
    assertThat(CommonReaders.procedureCode(json("\"1.0011\""), "/links/2", sink)).isNull();
    assertThat(CommonReaders.procedureCode(json("1.001193"), "/links/3", sink)).isNull();

    assertThat(sink.toList())
        .extracting(d -> d.code() + " " + d.pointer())
        .containsExactly("ID_PROCEDURE_CODE_MALFORMED /links/2", "JSON_WRONG_TYPE /links/3");
  }
}
