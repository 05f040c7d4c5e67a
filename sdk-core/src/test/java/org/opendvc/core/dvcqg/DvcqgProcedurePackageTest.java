package org.opendvc.core.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.OpenDvcException;
import org.opendvc.core.catalog.ProcedureLoader;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Severity;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.json.OpenDvcJson;
import org.opendvc.core.procedure.Channel;
import org.opendvc.core.procedure.ChannelKind;
import org.opendvc.core.procedure.DocumentRequirement;
import org.opendvc.core.procedure.Fee;
import org.opendvc.core.procedure.GovernmentLevel;
import org.opendvc.core.procedure.LegalDocument;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.ProcedureCase;
import org.opendvc.core.procedure.ProcedureFormat;
import org.opendvc.core.procedure.ProcedureJson;
import org.opendvc.core.procedure.ProcedureOrigin;
import org.opendvc.core.procedure.ProcedureValidator;
import org.opendvc.core.procedure.ProcessingTime;
import org.opendvc.core.procedure.ProcessingTimeUnit;
import org.opendvc.core.testing.Fixtures;

class DvcqgProcedurePackageTest {
  private static final String PACKAGE = "/dvcqg/1.001193.package.json";
  private static final String ENVELOPE = "/dvcqg/1.001193.envelope.json";

  private static JsonNode tree(String resource) {
    return Fixtures.document(resource).root();
  }

  private static ObjectNode mutableTree(String json) {
    try {
      return (ObjectNode) OpenDvcJson.mapper().readTree(json);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static DvcqgProcedurePackage.Import importJson(String json) {
    return DvcqgProcedurePackage.importPackage(Fixtures.json(json, "package.json"));
  }

  private static Procedure imported(String resource) {
    return DvcqgProcedurePackage.read(Fixtures.document(resource)).orElseThrow();
  }

  private static List<String> reported(DvcqgProcedurePackage.Import imported) {
    return imported.diagnostics().stream().map(d -> d.code() + " " + d.pointer()).toList();
  }

  // ---------------------------------------------------------------- the real package

  @Test
  void import_birthRegistrationPackage_hasNoErrorEvenAfterValidation() {
    DvcqgProcedurePackage.Import imported =
        DvcqgProcedurePackage.importPackage(Fixtures.document(PACKAGE));
    var loaded = ProcedureLoader.standard().load(Fixtures.document(PACKAGE));

    assertThat(imported.procedure()).isNotNull();
    assertThat(imported.diagnostics()).noneMatch(Diagnostic::isError);
    assertThat(loaded.diagnostics()).noneMatch(Diagnostic::isError);
  }

  @Test
  void import_birthRegistrationEnvelope_hasNoErrorAndTheSameProcedure() {
    DvcqgProcedurePackage.Import imported =
        DvcqgProcedurePackage.importPackage(Fixtures.document(ENVELOPE));
    var loaded = ProcedureLoader.standard().load(Fixtures.document(ENVELOPE));

    assertThat(imported.diagnostics()).noneMatch(Diagnostic::isError);
    assertThat(loaded.diagnostics()).noneMatch(Diagnostic::isError);
    assertThat(imported.procedure()).isEqualTo(imported(PACKAGE));
  }

  @Test
  void import_birthRegistrationPackage_readsEveryModelledMember() {
    Procedure p = imported(PACKAGE);

    assertThat(p.code()).isEqualTo(ProcedureCode.of("1.001193"));
    assertThat(p.name()).isEqualTo(LocalizedText.of("Đăng ký khai sinh"));
    assertThat(p.levels()).containsExactly(GovernmentLevel.COMMUNE);
    assertThat(p.sectors())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.code()).isEqualTo("G13-HT01");
              assertThat(s.name().vi()).isEqualTo("Hộ tịch");
            });
    assertThat(p.targetGroups())
        .singleElement()
        .satisfies(t -> assertThat(t.code()).isEqualTo("1"));
    assertThat(p.agencies().implementing())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.code()).as("an empty MADONVI is no code").isNull();
              assertThat(a.name().vi()).isEqualTo("Ủy ban nhân dân cấp xã");
            });
    assertThat(p.agencies().competent()).isEmpty();
    assertThat(p.onlineServiceLevel()).isNull();
    assertThat(p.channels())
        .extracting(Channel::kind)
        .containsExactly(ChannelKind.IN_PERSON, ChannelKind.ONLINE);
    Channel inPerson = p.channels().get(0);
    assertThat(inPerson.processingTime())
        .isEqualTo(
            new ProcessingTime(
                BigDecimal.ZERO,
                ProcessingTimeUnit.WORKING_DAYS,
                LocalizedText.of("Ngay trong ngày tiếp nhận hồ sơ")));
    assertThat(inPerson.fees())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.amount()).isEqualByComparingTo("0");
              assertThat(f.code()).isNull();
              assertThat(f.documentUrl()).isNull();
              assertThat(f.description().vi()).isEqualTo("Miễn lệ phí đăng ký khai sinh đúng hạn");
            });
    ProcedureCase only = p.cases().get(0);
    assertThat(only.name()).as("an empty TRUONGHOP is the only case").isNull();
    assertThat(only.documents()).hasSize(2);
    DocumentRequirement form = only.documents().get(0);
    assertThat(form.name().vi()).isEqualTo("Tờ khai đăng ký khai sinh theo mẫu");
    assertThat(form.originals()).isEqualTo(1);
    assertThat(form.copies()).isZero();
    assertThat(form.template().name().vi()).isEqualTo("Tờ khai đăng ký khai sinh");
    assertThat(form.template().url()).isNull();
    assertThat(only.documents().get(1).template()).isNull();
    assertThat(p.results())
        .singleElement()
        .satisfies(r -> assertThat(r.name().vi()).isEqualTo("Giấy khai sinh"));
    assertThat(p.legalBasis())
        .containsExactly(
            new LegalDocument(
                "60/2014/QH13", LocalizedText.of("Luật Hộ tịch"), "Quốc hội", null, null, null));
    assertThat(p.relatedProcedures()).isEmpty();
    assertThat(p.interconnectedProcedures()).containsExactly(ProcedureCode.of("1.004222"));
    assertThat(p.origin().format()).isEqualTo(ProcedureFormat.DVCQG_PACKAGE);
  }

  @Test
  void exportOfImport_ofThePackage_isThePackageMemberForMember() {
    assertThat(DvcqgProcedurePackage.export(imported(PACKAGE))).isEqualTo(tree(PACKAGE));
  }

  @Test
  void exportOfImport_ofTheEnvelope_isThePackageItHolds() {
    assertThat(DvcqgProcedurePackage.export(imported(ENVELOPE)))
        .isEqualTo(tree(ENVELOPE).get("result").get(0));
  }

  @Test
  void write_isPrettyJsonThatReadsBackToThePackage() throws Exception {
    String written = DvcqgProcedurePackage.write(imported(PACKAGE));

    assertThat(written).startsWith("{\n  \"ID\": \"1001193\",\n").endsWith("}\n");
    assertThat(OpenDvcJson.mapper().readTree(written)).isEqualTo(tree(PACKAGE));
  }

  // ---------------------------------------------------------------- edits survive

  /** Exports {@code edited}, expecting the original package changed by {@code expectedChange}. */
  private static void assertExportIsPackageWith(
      Procedure edited, java.util.function.Consumer<ObjectNode> expectedChange) {
    ObjectNode expected = ((ObjectNode) tree(PACKAGE)).deepCopy();
    expectedChange.accept(expected);

    ObjectNode exported = DvcqgProcedurePackage.export(edited);

    assertThat(exported).isEqualTo(expected);
    Procedure reimported =
        DvcqgProcedurePackage.read(Fixtures.json(exported.toString(), "x")).orElseThrow();
    assertThat(reimported.withoutOrigin()).isEqualTo(edited.withoutOrigin());
  }

  private static ObjectNode at(ObjectNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }

  @Test
  void export_afterChangingAFeeAmount_changesOnlyThatAmount() {
    Procedure p = imported(PACKAGE);
    Channel inPerson = p.channels().get(0);
    Fee fee = inPerson.fees().get(0);
    Fee late =
        new Fee(
            fee.code(), fee.kind(), new BigDecimal("8000"), fee.description(), fee.documentUrl());
    Procedure edited =
        p.toBuilder()
            .channels(
                List.of(
                    new Channel(
                        inPerson.kind(), inPerson.processingTime(), List.of(late), inPerson.note()),
                    p.channels().get(1)))
            .build();

    assertExportIsPackageWith(
        edited, pkg -> at(pkg, "/CACHTHUCTHUCHIEN/0/THOIGIAN/0/PHILEPHI/0").put("SOTIEN", "8000"));
  }

  @Test
  void export_afterRenamingADocument_changesOnlyThatName() {
    Procedure p = imported(PACKAGE);
    ProcedureCase only = p.cases().get(0);
    DocumentRequirement witness = only.documents().get(1);
    List<DocumentRequirement> documents = new ArrayList<>(only.documents());
    documents.set(
        1,
        new DocumentRequirement(
            witness.code(),
            LocalizedText.of("Giấy chứng sinh"),
            witness.originals(),
            witness.copies(),
            witness.template(),
            witness.replaceableByResult(),
            witness.documentType(),
            witness.dataElements()));
    Procedure edited =
        p.toBuilder().cases(List.of(new ProcedureCase(only.name(), documents))).build();

    assertExportIsPackageWith(
        edited, pkg -> at(pkg, "/THANHPHANHOSO/0/GIAYTO/1").put("TENGIAYTO", "Giấy chứng sinh"));
  }

  @Test
  void export_afterAddingADocument_appendsItAndKeepsTheOthers() {
    Procedure p = imported(PACKAGE);
    ProcedureCase only = p.cases().get(0);
    List<DocumentRequirement> documents = new ArrayList<>(only.documents());
    documents.add(
        new DocumentRequirement(
            "GT03", LocalizedText.of("Văn bản ủy quyền"), 1, 0, null, null, null, List.of()));
    Procedure edited =
        p.toBuilder().cases(List.of(new ProcedureCase(only.name(), documents))).build();

    assertExportIsPackageWith(
        edited,
        pkg -> {
          ObjectNode added = ((ArrayNode) pkg.at("/THANHPHANHOSO/0/GIAYTO")).addObject();
          added.put("MAGIAYTO", "GT03");
          added.put("TENGIAYTO", "Văn bản ủy quyền");
          added.put("SOBANCHINH", "1");
          added.put("SOBANSAO", "0");
        });
  }

  @Test
  void export_afterRemovingAChannel_removesItsElementOnly() {
    Procedure p = imported(PACKAGE);
    Procedure edited = p.toBuilder().channels(List.of(p.channels().get(1))).build();

    assertExportIsPackageWith(edited, pkg -> ((ArrayNode) pkg.get("CACHTHUCTHUCHIEN")).remove(0));
  }

  @Test
  void export_afterRemovingTheFirstOfTwoChannels_keepsTheUnmodelledMembersWithTheChannelLeft() {
    ObjectNode pkg = (ObjectNode) tree(PACKAGE).deepCopy();
    at(pkg, "/CACHTHUCTHUCHIEN/0").put("GHICHU", "Nộp tại bộ phận một cửa");
    at(pkg, "/CACHTHUCTHUCHIEN/1").put("GHICHU", "Nộp trên Cổng Dịch vụ công quốc gia");
    at(pkg, "/CACHTHUCTHUCHIEN/1/THOIGIAN/0/PHILEPHI/0").put("DONVI", "VNĐ");
    Procedure p = DvcqgProcedurePackage.read(Fixtures.json(pkg.toString(), "p.json")).orElseThrow();

    Procedure edited = p.toBuilder().channels(List.of(p.channels().get(1))).build();
    ObjectNode exported = DvcqgProcedurePackage.export(edited);

    ObjectNode expected = pkg.deepCopy();
    ((ArrayNode) expected.get("CACHTHUCTHUCHIEN")).remove(0);
    assertThat(exported).isEqualTo(expected);
  }

  @Test
  void export_afterRemovingTheFirstDocument_keepsEachRemainingDocumentsOwnMembers() {
    ObjectNode pkg = (ObjectNode) tree(PACKAGE).deepCopy();
    at(pkg, "/THANHPHANHOSO/0/GIAYTO/0").put("ID", "101");
    at(pkg, "/THANHPHANHOSO/0/GIAYTO/1").put("ID", "102");
    Procedure p = DvcqgProcedurePackage.read(Fixtures.json(pkg.toString(), "p.json")).orElseThrow();
    ProcedureCase only = p.cases().get(0);

    Procedure edited =
        p.toBuilder()
            .cases(List.of(new ProcedureCase(only.name(), List.of(only.documents().get(1)))))
            .build();

    ObjectNode expected = pkg.deepCopy();
    ((ArrayNode) expected.at("/THANHPHANHOSO/0/GIAYTO")).remove(0);
    assertThat(DvcqgProcedurePackage.export(edited)).isEqualTo(expected);
  }

  @Test
  void export_afterEditingADocumentNextToAnUnreadableOne_editsTheRightElement() {
    ObjectNode pkg = (ObjectNode) tree(PACKAGE).deepCopy();
    // A component without a name is reported and left out of the model, but stays in the package.
    ArrayNode documents = (ArrayNode) pkg.at("/THANHPHANHOSO/0/GIAYTO");
    documents.insertObject(0).put("MAGIAYTO", "GT00").put("TENGIAYTO", "");
    Procedure p =
        DvcqgProcedurePackage.read(Fixtures.json(pkg.toString(), "p.json")).value().orElseThrow();
    ProcedureCase only = p.cases().get(0);
    DocumentRequirement form = only.documents().get(0);
    DocumentRequirement copies =
        new DocumentRequirement(
            form.code(),
            form.name(),
            form.originals(),
            2,
            form.template(),
            form.replaceableByResult(),
            form.documentType(),
            form.dataElements());

    Procedure edited =
        p.toBuilder()
            .cases(
                List.of(new ProcedureCase(only.name(), List.of(copies, only.documents().get(1)))))
            .build();

    ObjectNode expected = pkg.deepCopy();
    at(expected, "/THANHPHANHOSO/0/GIAYTO/1").put("SOBANSAO", "2");
    assertThat(DvcqgProcedurePackage.export(edited)).isEqualTo(expected);
  }

  @Test
  void export_afterChangingTheCodeAndName_keepsTheSpellingOfTheCodeMember() {
    ObjectNode pkg = (ObjectNode) tree(PACKAGE).deepCopy();
    pkg.remove("MATTHC");
    pkg.put("MaTTHC", "1.001193.000.00.00.H56");
    Procedure p = DvcqgProcedurePackage.read(Fixtures.json(pkg.toString(), "p.json")).orElseThrow();

    assertThat(DvcqgProcedurePackage.export(p))
        .as("unchanged code keeps its agency form")
        .isEqualTo(pkg);

    Procedure edited =
        p.toBuilder()
            .code(ProcedureCode.of("1.004884"))
            .name(LocalizedText.of("Đăng ký lại khai sinh"))
            .build();
    ObjectNode expected = pkg.deepCopy();
    expected.put("MaTTHC", "1.004884");
    expected.put("TENTTHC", "Đăng ký lại khai sinh");
    assertThat(DvcqgProcedurePackage.export(edited)).isEqualTo(expected);
  }

  @Test
  void export_ofAnEditedEnvelopeImport_isThePackageWithTheEdit() {
    Procedure p = imported(ENVELOPE);
    Procedure edited = p.toBuilder().levels(List.of(GovernmentLevel.PROVINCE)).build();

    ObjectNode expected = (ObjectNode) tree(ENVELOPE).get("result").get(0).deepCopy();
    at(expected, "/CAPTHUCHIEN/0").put("CAPTHUCHIEN", "1").put("TENCAP", "Cấp Tỉnh");
    assertThat(DvcqgProcedurePackage.export(edited)).isEqualTo(expected);
  }

  // ---------------------------------------------------------------- procedures written by hand

  @Test
  void export_ofAHandWrittenProcedure_writesEveryRepresentablePart() {
    Procedure birth =
        ProcedureJson.read(
                JsonDocument.read(
                        Fixtures.EXAMPLE_CATALOG.resolve("1.001193-dang-ky-khai-sinh.json"), "b")
                    .orElseThrow())
            .orElseThrow();

    ObjectNode pkg = DvcqgProcedurePackage.export(birth);

    assertThat(pkg.get("MATTHC").asText()).isEqualTo("1.001193");
    assertThat(pkg.get("TENTTHC").asText()).isEqualTo("Đăng ký khai sinh");
    assertThat(pkg.at("/CAPTHUCHIEN/0/CAPTHUCHIEN").asText()).isEqualTo("3");
    assertThat(pkg.at("/CACHTHUCTHUCHIEN/1/KENH").asText()).isEqualTo("2");
    assertThat(pkg.at("/CACHTHUCTHUCHIEN/0/THOIGIAN/0/DONVITINH").asText())
        .isEqualTo("Ngày làm việc");
    assertThat(pkg.at("/CACHTHUCTHUCHIEN/0/THOIGIAN/0/PHILEPHI/0/SOTIEN").asText()).isEqualTo("0");
    assertThat(pkg.at("/TTHCLIENTHONG/0").asText()).isEqualTo("1.004222");
    assertThat(pkg.toString()).doesNotContain("Birth registration").doesNotContain("2025.1");
    assertThat(pkg.findValues("PHILEPHI")).isNotEmpty();
  }

  @Test
  void export_writesLegalDatesAsDayMonthYearUnlessThePackageUsedAnotherForm() {
    Procedure p =
        Procedure.builder(ProcedureCode.of("1.001193"), LocalizedText.of("Đăng ký khai sinh"))
            .addLegalDocument(
                new LegalDocument(
                    "60/2014/QH13",
                    null,
                    null,
                    LocalDate.of(2014, 11, 20),
                    LocalDate.of(2016, 1, 1),
                    null))
            .build();

    ObjectNode pkg = DvcqgProcedurePackage.export(p);
    assertThat(pkg.at("/CANCUPHAPLY/0/NGAYBANHANH").asText()).isEqualTo("20/11/2014");
    assertThat(pkg.at("/CANCUPHAPLY/0/NGAYHIEULUC").asText()).isEqualTo("01/01/2016");

    ObjectNode iso = pkg.deepCopy();
    at(iso, "/CANCUPHAPLY/0")
        .put("NGAYBANHANH", "2014-11-20T00:00:00")
        .put("NGAYHIEULUC", "2016-01-01");
    Procedure imported =
        DvcqgProcedurePackage.read(Fixtures.json(iso.toString(), "p")).orElseThrow();
    Procedure later =
        imported.toBuilder()
            .legalBasis(
                List.of(
                    new LegalDocument(
                        "60/2014/QH13",
                        null,
                        null,
                        LocalDate.of(2014, 11, 21),
                        LocalDate.of(2016, 1, 2),
                        null)))
            .build();
    ObjectNode exported = DvcqgProcedurePackage.export(later);
    assertThat(exported.at("/CANCUPHAPLY/0/NGAYBANHANH").asText()).isEqualTo("2014-11-21");
    assertThat(exported.at("/CANCUPHAPLY/0/NGAYHIEULUC").asText()).isEqualTo("2016-01-02");
  }

  @Test
  void export_ofAProcedureImportedFromOpenDvcFormat_writesItWhole() {
    Procedure p =
        Procedure.builder(ProcedureCode.of("1.001193"), LocalizedText.of("Đăng ký khai sinh"))
            .origin(new ProcedureOrigin(ProcedureFormat.OPENDVC, "{\"code\": \"1.001193\"}"))
            .build();

    assertThat(DvcqgProcedurePackage.export(p))
        .isEqualTo(mutableTree("{\"MATTHC\": \"1.001193\", \"TENTTHC\": \"Đăng ký khai sinh\"}"));
  }

  @Test
  void export_whenTheOriginIsNotJson_failsWithTheProcedureCode() {
    Procedure p =
        Procedure.builder(ProcedureCode.of("1.001193"), LocalizedText.of("X"))
            .origin(new ProcedureOrigin(ProcedureFormat.DVCQG_PACKAGE, "{not json"))
            .build();

    assertThatThrownBy(() -> DvcqgProcedurePackage.export(p))
        .isInstanceOf(OpenDvcException.class)
        .hasMessageContaining("1.001193");
  }

  // ---------------------------------------------------------------- structural problems

  @Test
  void import_withAValidator_reportsContentProblemsAtThePackagesPointers() {
    DvcqgProcedurePackage.Import imported =
        DvcqgProcedurePackage.importPackage(
            Fixtures.document("/dvcqg/1.001193.fee-without-amount.package.json"),
            ProcedureValidator.standard());

    assertThat(imported.procedure()).isNotNull();
    assertThat(reported(imported))
        .containsExactly(
            "PROC_NO_EFFECTIVE_DATE ",
            "PROC_FEE_WITHOUT_AMOUNT /CACHTHUCTHUCHIEN/0/THOIGIAN/0/PHILEPHI/0/SOTIEN");
    assertThat(imported.diagnostics()).allSatisfy(d -> assertThat(d.position()).isNotNull());
  }

  @Test
  void import_withoutCodeButWithAValidator_reportsTheContentProblemsWithoutAProcedure() {
    DvcqgProcedurePackage.Import imported =
        DvcqgProcedurePackage.importPackage(
            Fixtures.document("/dvcqg/1.001193.without-code.package.json"),
            ProcedureValidator.standard());

    assertThat(imported.procedure()).isNull();
    assertThat(reported(imported))
        .contains(
            "JSON_REQUIRED_MISSING /MATTHC",
            "PROC_FEE_WITHOUT_AMOUNT /CACHTHUCTHUCHIEN/0/THOIGIAN/0/PHILEPHI/0/SOTIEN")
        .noneMatch(s -> s.startsWith("PROC_SELF_LINK"));
  }

  @Test
  void import_withoutCode_reportsRequiredMissingAndHasNoProcedure() {
    DvcqgProcedurePackage.Import imported = importJson("{\"TENTTHC\": \"Đăng ký khai sinh\"}");

    assertThat(imported.procedure()).isNull();
    assertThat(reported(imported)).containsExactly("JSON_REQUIRED_MISSING /MATTHC");
  }

  @Test
  void import_withABlankName_reportsBlankAndHasNoProcedure() {
    DvcqgProcedurePackage.Import imported =
        importJson("{\"MATTHC\": \"1.001193\", \"TENTTHC\": \" \"}");

    assertThat(imported.procedure()).isNull();
    assertThat(reported(imported)).containsExactly("JSON_BLANK /TENTTHC");
  }

  @Test
  void import_withAMalformedCode_reportsItAtTheCodeMember() {
    DvcqgProcedurePackage.Import imported =
        importJson("{\"MATTHC\": \"1.0011\", \"TENTTHC\": \"X\"}");

    assertThat(imported.procedure()).isNull();
    assertThat(reported(imported)).containsExactly("ID_PROCEDURE_CODE_MALFORMED /MATTHC");
    assertThat(imported.diagnostics().get(0).position()).isNotNull();
  }

  @Test
  void import_codeWithAgencySuffix_keepsTheNationalCodeAndSaysSo() {
    DvcqgProcedurePackage.Import imported =
        importJson("{\"MaTTHC\": \"1.001193.000.00.00.H56\", \"TENTTHC\": \"X\"}");

    assertThat(imported.procedure().code()).isEqualTo(ProcedureCode.of("1.001193"));
    assertThat(imported.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("DVCQG_CODE_AGENCY_FORM");
              assertThat(d.severity()).isEqualTo(Severity.INFO);
              assertThat(d.pointer()).isEqualTo("/MaTTHC");
            });
  }

  @Test
  void import_numbersWrittenAsNumbers_areReadLikeStrings() {
    Procedure p =
        importJson(
                """
                {"MATTHC": "1.001193", "TENTTHC": "X", "CAPTHUCHIEN": [{"CAPTHUCHIEN": 1}],
                 "CACHTHUCTHUCHIEN": [{"KENH": 2, "THOIGIAN": [{"THOIGIANGIAIQUYET": 0.5,
                   "DONVITINH": "ngày", "PHILEPHI": [{"SOTIEN": 50000}]}]}],
                 "THANHPHANHOSO": [{"GIAYTO": [{"TENGIAYTO": "Tờ khai", "SOBANCHINH": 2, "SOBANSAO": "01"}]}]}
                """)
            .procedure();

    assertThat(p.levels()).containsExactly(GovernmentLevel.PROVINCE);
    Channel online = p.channels().get(0);
    assertThat(online.kind()).isEqualTo(ChannelKind.ONLINE);
    assertThat(online.processingTime().value()).isEqualByComparingTo("0.5");
    assertThat(online.processingTime().unit()).isEqualTo(ProcessingTimeUnit.DAYS);
    assertThat(online.fees().get(0).amount()).isEqualByComparingTo("50000");
    assertThat(p.cases().get(0).documents().get(0).originals()).isEqualTo(2);
    assertThat(p.cases().get(0).documents().get(0).copies()).isEqualTo(1);
  }

  @Test
  void import_reportsUnknownCodesAndUnreadableValuesAsWarningsWithPointers() {
    DvcqgProcedurePackage.Import imported =
        importJson(
            """
            {"MATTHC": "1.001193", "TENTTHC": "X",
             "CAPTHUCHIEN": [{"CAPTHUCHIEN": "4"}, {"TENCAP": "Cấp Xã"}],
             "CACHTHUCTHUCHIEN": [
               {"KENH": "9"},
               {"KENH": "1", "THOIGIAN": [{"THOIGIANGIAIQUYET": "15 ngày", "DONVITINH": "Ngày"}]},
               {"KENH": "2", "THOIGIAN": [{"THOIGIANGIAIQUYET": "3", "DONVITINH": "Tuần"},
                                          {"THOIGIANGIAIQUYET": "5", "DONVITINH": "Ngày"}]},
               {"KENH": "3", "THOIGIAN": [{"PHILEPHI": [{"SOTIEN": "Miễn phí"}]}]}],
             "THANHPHANHOSO": [{"GIAYTO": [{"TENGIAYTO": "Tờ khai", "SOBANCHINH": "1.5"}]}],
             "CANCUPHAPLY": [{"SOVANBAN": "60/2014/QH13", "NGAYBANHANH": "khoảng 2014"}],
             "TTHCLIENTHONG": ["1.0042", {"MATTHC": "1.004222"}, 7]}
            """);

    assertThat(reported(imported))
        .containsExactly(
            "DVCQG_LEVEL_UNKNOWN /CAPTHUCHIEN/0/CAPTHUCHIEN",
            "JSON_REQUIRED_MISSING /CAPTHUCHIEN/1/CAPTHUCHIEN",
            "DVCQG_CHANNEL_UNKNOWN /CACHTHUCTHUCHIEN/0/KENH",
            "DVCQG_NUMBER_UNPARSEABLE /CACHTHUCTHUCHIEN/1/THOIGIAN/0/THOIGIANGIAIQUYET",
            "DVCQG_EXTRA_TIME_OPTIONS /CACHTHUCTHUCHIEN/2/THOIGIAN",
            "DVCQG_TIME_UNIT_UNKNOWN /CACHTHUCTHUCHIEN/2/THOIGIAN/0/DONVITINH",
            "DVCQG_NUMBER_UNPARSEABLE /CACHTHUCTHUCHIEN/3/THOIGIAN/0/PHILEPHI/0/SOTIEN",
            "DVCQG_NUMBER_UNPARSEABLE /THANHPHANHOSO/0/GIAYTO/0/SOBANCHINH",
            "DVCQG_DATE_UNPARSEABLE /CANCUPHAPLY/0/NGAYBANHANH",
            "ID_PROCEDURE_CODE_MALFORMED /TTHCLIENTHONG/0",
            "ID_PROCEDURE_CODE_MALFORMED /TTHCLIENTHONG/2");
    assertThat(imported.diagnostics())
        .filteredOn(Diagnostic::isError)
        .extracting(Diagnostic::pointer)
        .containsExactly("/CAPTHUCHIEN/1/CAPTHUCHIEN", "/TTHCLIENTHONG/0", "/TTHCLIENTHONG/2");
    Procedure p = imported.procedure();
    assertThat(p.levels()).isEmpty();
    assertThat(p.channels())
        .extracting(Channel::kind)
        .containsExactly(ChannelKind.IN_PERSON, ChannelKind.ONLINE, ChannelKind.POSTAL);
    assertThat(p.channels()).allSatisfy(c -> assertThat(c.processingTime()).isNull());
    assertThat(p.interconnectedProcedures()).containsExactly(ProcedureCode.of("1.004222"));
  }

  @Test
  void import_reportsWrongTypesAndSkipsWhatCannotBeUsed() {
    DvcqgProcedurePackage.Import imported =
        importJson(
            """
            {"MATTHC": "1.001193", "TENTTHC": "X", "LINHVUCTHUCHIEN": {"MALINHVUC": "1"},
             "KETQUATHUCHIEN": ["Giấy khai sinh"], "CACHTHUCTHUCHIEN": [{"KENH": "1", "THOIGIAN": {}}],
             "THANHPHANHOSO": [{"GIAYTO": [{"TENGIAYTO": true}]}], "TTHCLIENQUAN": "1.004222"}
            """);

    assertThat(reported(imported))
        .containsExactly(
            "JSON_WRONG_TYPE /LINHVUCTHUCHIEN",
            "JSON_WRONG_TYPE /CACHTHUCTHUCHIEN/0/THOIGIAN",
            "JSON_WRONG_TYPE /THANHPHANHOSO/0/GIAYTO/0/TENGIAYTO",
            "JSON_WRONG_TYPE /KETQUATHUCHIEN/0",
            "JSON_WRONG_TYPE /TTHCLIENQUAN");
    Procedure p = imported.procedure();
    assertThat(p.sectors()).isEmpty();
    assertThat(p.results()).isEmpty();
    assertThat(p.cases().get(0).documents()).isEmpty();
  }

  @Test
  void import_envelopeWithSeveralPackages_isAnError() {
    DvcqgProcedurePackage.Import imported =
        importJson("{\"result\": [{\"MATTHC\": \"1.001193\"}, {\"MATTHC\": \"1.000894\"}]}");

    assertThat(imported.procedure()).isNull();
    assertThat(reported(imported)).containsExactly("DVCQG_MULTIPLE_PACKAGES /result");
    assertThat(imported.diagnostics().get(0).message().en()).contains("2 procedure packages");
  }

  @Test
  void import_envelopeReportsPointersInsideIt() {
    DvcqgProcedurePackage.Import imported = importJson("{\"result\": [{\"TENTTHC\": \"X\"}]}");

    assertThat(reported(imported)).containsExactly("JSON_REQUIRED_MISSING /result/0/MATTHC");
  }

  @Test
  void import_translatesModelPointersIntoThePackage() {
    DvcqgProcedurePackage.Import imported =
        DvcqgProcedurePackage.importPackage(Fixtures.document(ENVELOPE));

    assertThat(imported.pointers().translate("/channels/1/fees/0/amount"))
        .isEqualTo("/result/0/CACHTHUCTHUCHIEN/1/THOIGIAN/0/PHILEPHI/0/SOTIEN");
    assertThat(imported.pointers().translate("/cases/0/documents/1/name"))
        .isEqualTo("/result/0/THANHPHANHOSO/0/GIAYTO/1/TENGIAYTO");
    assertThat(imported.pointers().translate("/interconnectedProcedures/0"))
        .isEqualTo("/result/0/TTHCLIENTHONG/0");
    assertThat(imported.pointers().translate("/version")).isEqualTo("/result/0");
  }

  @Test
  void read_givesTheProcedureAndTheDiagnostics() {
    Validated<Procedure> read =
        DvcqgProcedurePackage.read(Fixtures.json("{\"MATTHC\": \"1.001193\"}", "p"));

    assertThat(read.value()).isEmpty();
    assertThat(read.errors()).extracting(Diagnostic::code).containsExactly("JSON_REQUIRED_MISSING");
  }

  @Test
  void looksLikePackage_recognisesPackagesAndEnvelopes() {
    assertThat(DvcqgProcedurePackage.looksLikePackage(mutableTree("{\"MATTHC\": \"1\"}"))).isTrue();
    assertThat(DvcqgProcedurePackage.looksLikePackage(mutableTree("{\"TENTTHC\": \"X\"}")))
        .isTrue();
    assertThat(
            DvcqgProcedurePackage.looksLikePackage(
                mutableTree("{\"result\": [{\"MaTTHC\": \"1\"}]}")))
        .isTrue();
    assertThat(DvcqgProcedurePackage.looksLikePackage(mutableTree("{\"result\": [{\"a\": 1}]}")))
        .isFalse();
    assertThat(DvcqgProcedurePackage.looksLikePackage(mutableTree("{\"result\": []}"))).isFalse();
    assertThat(DvcqgProcedurePackage.looksLikePackage(mutableTree("{\"code\": \"1.001193\"}")))
        .isFalse();
  }
}
