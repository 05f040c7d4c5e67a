package org.opendvc.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Severity;
import org.opendvc.core.dictionary.DataDictionary;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.law.Laws;

/**
 * One specification per kind of problem: each starts from a procedure with no problem at all and
 * changes one thing, either just enough to trigger the kind or just short of it.
 */
class ProcedureValidatorTest {
  private static final ProcedureCode BIRTH = ProcedureCode.of("1.001193");
  private static final ProcedureCode RESIDENCE = ProcedureCode.of("1.004222");
  private static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);
  private static final ProcedureValidator VALIDATOR = ProcedureValidator.standard();

  private static Fee fee(String amount) {
    return new Fee(
        null, FeeKind.CHARGE, amount == null ? null : new BigDecimal(amount), null, null);
  }

  private static Channel channel(ChannelKind kind, Fee... fees) {
    return new Channel(
        kind, ProcessingTime.of(0, ProcessingTimeUnit.WORKING_DAYS), List.of(fees), null);
  }

  private static DocumentRequirement document(String name) {
    return DocumentRequirement.named(LocalizedText.of(name));
  }

  private static DocumentRequirement withCode(String code, String name) {
    return new DocumentRequirement(code, LocalizedText.of(name), 1, 0, null, null, null, List.of());
  }

  private static ProcedureCase onlyCase(DocumentRequirement... documents) {
    return new ProcedureCase(null, List.of(documents));
  }

  private static ProcedureCase namedCase(String name, DocumentRequirement... documents) {
    return new ProcedureCase(LocalizedText.of(name), List.of(documents));
  }

  private static LegalDocument law(LocalDate issued, LocalDate effective, String url) {
    return new LegalDocument(
        "60/2014/QH13", LocalizedText.of("Luật Hộ tịch"), "Quốc hội", issued, effective, url);
  }

  /** Birth registration as it should be written: nothing to report. */
  private static Procedure.Builder clean() {
    Agency committee = new Agency(null, LocalizedText.of("Ủy ban nhân dân cấp xã"));
    return Procedure.builder(BIRTH, LocalizedText.of("Đăng ký khai sinh"))
        .version("2025.1")
        .effectiveFrom(JULY_2025)
        .addLevel(GovernmentLevel.COMMUNE)
        .agencies(new Agencies(List.of(committee), List.of(), List.of(), List.of()))
        .onlineServiceLevel(OnlineServiceLevel.FULL)
        .addChannel(channel(ChannelKind.IN_PERSON, fee("0")))
        .addChannel(channel(ChannelKind.ONLINE, fee("0")))
        .addCase(
            onlyCase(
                new DocumentRequirement(
                    null,
                    LocalizedText.of("Tờ khai đăng ký khai sinh"),
                    1,
                    0,
                    new FormTemplate(
                        LocalizedText.of("Tờ khai đăng ký khai sinh"),
                        "https://csdl.dichvucong.gov.vn/web/jsp/download_file.jsp?ma=1"),
                    null,
                    null,
                    List.of("person.fullName", "person.dateOfBirth")),
                document("Giấy chứng sinh")))
        .addResult(new ProcedureResult("KQ-KS", LocalizedText.of("Giấy khai sinh"), null))
        .addLegalDocument(
            law(
                LocalDate.of(2014, 11, 20),
                LocalDate.of(2016, 1, 1),
                "https://vbpl.vn/luat-ho-tich"))
        .interconnectedProcedures(List.of(RESIDENCE));
  }

  private static List<Diagnostic> validate(UnaryOperator<Procedure.Builder> change) {
    return VALIDATOR.validate(change.apply(clean()).build());
  }

  private static List<String> codes(UnaryOperator<Procedure.Builder> change) {
    return validate(change).stream().map(Diagnostic::code).toList();
  }

  private static Diagnostic only(String code, UnaryOperator<Procedure.Builder> change) {
    List<Diagnostic> found = validate(change);
    assertThat(found).extracting(Diagnostic::code).containsExactly(code);
    return found.get(0);
  }

  @Test
  void validate_cleanProcedure_reportsNothing() {
    assertThat(VALIDATOR.validate(clean().build())).isEmpty();
  }

  @Test
  void validate_collectsEveryProblemInOnePassInDocumentOrder() {
    List<Diagnostic> found =
        validate(
            b ->
                b.effectiveTo(LocalDate.of(2025, 1, 1))
                    .levels(List.of())
                    .channels(List.of())
                    .onlineServiceLevel(null)
                    .results(List.of()));

    assertThat(found)
        .extracting(Diagnostic::code)
        .containsExactly(
            "PROC_EFFECTIVE_DATES_OUT_OF_ORDER",
            "PROC_NO_LEVELS",
            "PROC_NO_CHANNELS",
            "PROC_NO_RESULTS");
  }

  @Test
  void validate_usesTheDictionaryItIsGiven() {
    List<Diagnostic> found =
        new ProcedureValidator(DataDictionary.empty()).validate(clean().build());

    assertThat(found)
        .extracting(d -> d.code() + " " + d.pointer())
        .containsExactly(
            "PROC_DOCUMENT_TYPE_UNMATCHED /cases/0/documents/0/name",
            "PROC_DATA_ELEMENT_UNKNOWN /cases/0/documents/0/dataElements/0",
            "PROC_DATA_ELEMENT_UNKNOWN /cases/0/documents/0/dataElements/1",
            "PROC_DOCUMENT_TYPE_UNMATCHED /cases/0/documents/1/name");
  }

  // ---------------------------------------------------------------- dates

  @Test
  void validate_whenTheDefinitionEndsBeforeItStarts_reportsEffectiveDatesOutOfOrder() {
    Diagnostic d =
        only("PROC_EFFECTIVE_DATES_OUT_OF_ORDER", b -> b.effectiveTo(JULY_2025.minusDays(1)));

    assertThat(d.pointer()).isEqualTo("/effectiveTo");
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.message().en())
        .isEqualTo("The definition ends on 2025-06-30, before it starts on 2025-07-01");
  }

  @Test
  void validate_whenTheDefinitionLastsOneDay_reportsNoDateProblem() {
    assertThat(codes(b -> b.effectiveTo(JULY_2025))).isEmpty();
  }

  @Test
  void validate_withoutEffectiveDate_reportsNoEffectiveDateAsInformation() {
    Diagnostic d = only("PROC_NO_EFFECTIVE_DATE", b -> b.effectiveFrom(null));

    assertThat(d.severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void validate_withOnlyAnEndDate_reportsNoEffectiveDateButNoOrderProblem() {
    assertThat(codes(b -> b.effectiveFrom(null).effectiveTo(LocalDate.of(2020, 1, 1))))
        .containsExactly("PROC_NO_EFFECTIVE_DATE");
  }

  // ---------------------------------------------------------------- levels

  @Test
  void validate_withoutLevels_reportsNoLevels() {
    assertThat(only("PROC_NO_LEVELS", b -> b.levels(List.of())).pointer()).isEqualTo("/levels");
  }

  @Test
  void
      validate_whenADistrictDefinitionStartsOnTheDayDistrictsWereAbolished_reportsLevelAbolished() {
    Diagnostic d =
        only(
            "PROC_LEVEL_ABOLISHED",
            b -> b.levels(List.of(GovernmentLevel.COMMUNE, GovernmentLevel.DISTRICT)));

    assertThat(d.pointer()).isEqualTo("/levels/1");
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.legalReference()).isEqualTo(Laws.DECISION_19_2025);
    assertThat(d.message().en()).contains("DISTRICT").contains("2025-07-01");
  }

  @Test
  void validate_whenADistrictDefinitionEndsBeforeTheAbolition_reportsNothing() {
    assertThat(
            codes(
                b ->
                    b.levels(List.of(GovernmentLevel.DISTRICT))
                        .effectiveFrom(LocalDate.of(2020, 1, 1))
                        .effectiveTo(LocalDate.of(2025, 6, 30))))
        .isEmpty();
  }

  @Test
  void validate_whenADistrictDefinitionRunsPastTheAbolition_warnsLevelAbolishedDuringValidity() {
    Diagnostic d =
        only(
            "PROC_LEVEL_ABOLISHED_DURING_VALIDITY",
            b ->
                b.levels(List.of(GovernmentLevel.DISTRICT))
                    .effectiveFrom(LocalDate.of(2020, 1, 1)));

    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.pointer()).isEqualTo("/levels/0");
    assertThat(
            codes(
                b ->
                    b.levels(List.of(GovernmentLevel.DISTRICT))
                        .effectiveFrom(LocalDate.of(2020, 1, 1))
                        .effectiveTo(JULY_2025)))
        .containsExactly("PROC_LEVEL_ABOLISHED_DURING_VALIDITY");
  }

  @Test
  void validate_districtWithoutEffectiveDate_cannotBeCheckedAgainstTime() {
    assertThat(codes(b -> b.levels(List.of(GovernmentLevel.DISTRICT)).effectiveFrom(null)))
        .containsExactly("PROC_NO_EFFECTIVE_DATE");
  }

  @Test
  void validate_whenALevelIsListedTwice_warnsDuplicateLevelAtTheSecond() {
    Diagnostic d =
        only(
            "PROC_DUPLICATE_LEVEL",
            b ->
                b.levels(
                    List.of(
                        GovernmentLevel.COMMUNE,
                        GovernmentLevel.PROVINCE,
                        GovernmentLevel.COMMUNE)));

    assertThat(d.pointer()).isEqualTo("/levels/2");
    assertThat(codes(b -> b.levels(List.of(GovernmentLevel.COMMUNE, GovernmentLevel.PROVINCE))))
        .isEmpty();
  }

  // ---------------------------------------------------------------- agencies

  @Test
  void validate_withoutImplementingAgency_warnsNoImplementingAgency() {
    Agencies onlyCompetent =
        new Agencies(
            List.of(),
            List.of(new Agency("G13", LocalizedText.of("Bộ Tư pháp"))),
            List.of(),
            List.of());

    Diagnostic d = only("PROC_NO_IMPLEMENTING_AGENCY", b -> b.agencies(onlyCompetent));

    assertThat(d.pointer()).isEqualTo("/agencies");
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
  }

  // ---------------------------------------------------------------- channels

  @Test
  void validate_withoutChannels_reportsNoChannels() {
    assertThat(codes(b -> b.channels(List.of()).onlineServiceLevel(null)))
        .containsExactly("PROC_NO_CHANNELS");
  }

  @Test
  void validate_whenAChannelKindIsListedTwice_reportsDuplicateChannelAtItsKind() {
    Diagnostic d =
        only("PROC_DUPLICATE_CHANNEL", b -> b.addChannel(channel(ChannelKind.IN_PERSON, fee("0"))));

    assertThat(d.pointer()).isEqualTo("/channels/2/kind");
    assertThat(codes(b -> b.addChannel(channel(ChannelKind.POSTAL, fee("0"))))).isEmpty();
  }

  @Test
  void validate_whenAChannelHasNoProcessingTime_warnsChannelWithoutProcessingTime() {
    Diagnostic d =
        only(
            "PROC_CHANNEL_WITHOUT_PROCESSING_TIME",
            b -> b.addChannel(new Channel(ChannelKind.POSTAL, null, List.of(), null)));

    assertThat(d.pointer()).isEqualTo("/channels/2");
    assertThat(d.message().en()).contains("POSTAL");
  }

  @Test
  void validate_whenAFeeHasNoAmount_reportsFeeWithoutAmountAtTheAmount() {
    Diagnostic d =
        only(
            "PROC_FEE_WITHOUT_AMOUNT",
            b ->
                b.channels(
                    List.of(
                        channel(ChannelKind.IN_PERSON, fee("0")),
                        channel(ChannelKind.ONLINE, fee("0"), fee(null)))));

    assertThat(d.pointer()).isEqualTo("/channels/1/fees/1/amount");
    assertThat(d.isError()).isTrue();
  }

  @Test
  void validate_whenTheFeeIsZero_reportsNothing() {
    assertThat(codes(b -> b.channels(List.of(channel(ChannelKind.ONLINE, fee("0.00")))))).isEmpty();
  }

  @Test
  void
      validate_whenAnOnlineLevelIsDeclaredWithoutAnOnlineChannel_reportsOnlineLevelWithoutOnlineChannel() {
    Diagnostic d =
        only(
            "PROC_ONLINE_LEVEL_WITHOUT_ONLINE_CHANNEL",
            b -> b.channels(List.of(channel(ChannelKind.IN_PERSON, fee("0")))));

    assertThat(d.pointer()).isEqualTo("/onlineServiceLevel");
    assertThat(d.legalReference()).isEqualTo(Laws.DECREE_42_2022);
    assertThat(
            codes(
                b ->
                    b.channels(List.of(channel(ChannelKind.IN_PERSON, fee("0"))))
                        .onlineServiceLevel(null)))
        .isEmpty();
  }

  // ---------------------------------------------------------------- cases and documents

  @Test
  void validate_withoutCases_reportsNoCases() {
    assertThat(only("PROC_NO_CASES", b -> b.cases(List.of())).pointer()).isEqualTo("/cases");
  }

  @Test
  void validate_whenACaseListsNoDocuments_reportsCaseWithoutDocuments() {
    Diagnostic d =
        only(
            "PROC_CASE_WITHOUT_DOCUMENTS",
            b ->
                b.cases(
                    List.of(
                        namedCase("Đăng ký đúng hạn", document("Tờ khai")),
                        namedCase("Đăng ký quá hạn"))));

    assertThat(d.pointer()).isEqualTo("/cases/1/documents");
    assertThat(d.message().vi()).contains("Đăng ký quá hạn");
  }

  @Test
  void validate_whenTheOnlyCaseIsUnnamedAndEmpty_namesItWithADash() {
    Diagnostic d = only("PROC_CASE_WITHOUT_DOCUMENTS", b -> b.cases(List.of(onlyCase())));

    assertThat(d.message().en()).isEqualTo("Case \"—\" lists no documents");
  }

  @Test
  void validate_whenSeveralCasesHaveNoName_reportsUnnamedCases() {
    Diagnostic d =
        only(
            "PROC_UNNAMED_CASES",
            b -> b.cases(List.of(onlyCase(document("Tờ khai")), onlyCase(document("Tờ khai")))));

    assertThat(d.pointer()).isEqualTo("/cases");
    assertThat(d.message().en()).startsWith("2 cases have no name");
    assertThat(
            codes(
                b ->
                    b.cases(
                        List.of(
                            onlyCase(document("Tờ khai")),
                            namedCase("Quá hạn", document("Tờ khai"))))))
        .isEmpty();
  }

  @Test
  void validate_whenADocumentCodeRepeatsInACase_warnsDuplicateDocumentCode() {
    Diagnostic d =
        only(
            "PROC_DUPLICATE_DOCUMENT_CODE",
            b ->
                b.cases(
                    List.of(
                        onlyCase(withCode("GT1", "Tờ khai"), withCode("GT1", "Giấy chứng sinh")))));

    assertThat(d.pointer()).isEqualTo("/cases/0/documents/1/code");
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void validate_whenTheSameDocumentCodeIsInTwoCases_reportsNothing() {
    assertThat(
            codes(
                b ->
                    b.cases(
                        List.of(
                            namedCase("Đúng hạn", withCode("GT1", "Tờ khai")),
                            namedCase("Quá hạn", withCode("GT1", "Tờ khai"))))))
        .isEmpty();
  }

  @Test
  void validate_whenAComponentNameMatchesNoDocumentType_informsDocumentTypeUnmatched() {
    Diagnostic d =
        only(
            "PROC_DOCUMENT_TYPE_UNMATCHED",
            b -> b.cases(List.of(onlyCase(document("Tờ khai"), document("Bản vẽ thiết kế")))));

    assertThat(d.pointer()).isEqualTo("/cases/0/documents/1/name");
    assertThat(d.severity()).isEqualTo(Severity.INFO);
    assertThat(d.message().vi()).contains("Bản vẽ thiết kế");
  }

  @Test
  void validate_whenAnUnmatchedNameDeclaresAKnownDocumentType_reportsNothing() {
    DocumentRequirement declared =
        new DocumentRequirement(
            null, LocalizedText.of("Bản vẽ thiết kế"), 1, 0, null, null, "EVIDENCE_X", List.of());
    DocumentRequirement known =
        new DocumentRequirement(
            null, LocalizedText.of("Bản vẽ thiết kế"), 1, 0, null, null, "PHOTO", List.of());

    assertThat(codes(b -> b.cases(List.of(onlyCase(known))))).isEmpty();
    assertThat(codes(b -> b.cases(List.of(onlyCase(declared)))))
        .containsExactly("PROC_DOCUMENT_TYPE_UNKNOWN");
  }

  @Test
  void validate_whenADeclaredDocumentTypeIsNotInTheCatalogue_reportsDocumentTypeUnknown() {
    DocumentRequirement declared =
        new DocumentRequirement(
            null, LocalizedText.of("Tờ khai"), 1, 0, null, null, "BIRTH_CERTIFICATES", List.of());

    Diagnostic d = only("PROC_DOCUMENT_TYPE_UNKNOWN", b -> b.cases(List.of(onlyCase(declared))));

    assertThat(d.pointer()).isEqualTo("/cases/0/documents/0/documentType");
    assertThat(d.isError()).isTrue();
  }

  @Test
  void validate_whenADataElementIsNotInTheDictionary_reportsDataElementUnknownAtTheItem() {
    DocumentRequirement form =
        new DocumentRequirement(
            null,
            LocalizedText.of("Tờ khai"),
            1,
            0,
            null,
            null,
            null,
            List.of("person.fullName", "person.favouriteColour"));

    Diagnostic d = only("PROC_DATA_ELEMENT_UNKNOWN", b -> b.cases(List.of(onlyCase(form))));

    assertThat(d.pointer()).isEqualTo("/cases/0/documents/0/dataElements/1");
    assertThat(d.message().en()).contains("person.favouriteColour");
  }

  // ---------------------------------------------------------------- results and legal basis

  @Test
  void validate_withoutResults_warnsNoResults() {
    Diagnostic d = only("PROC_NO_RESULTS", b -> b.results(List.of()));

    assertThat(d.pointer()).isEqualTo("/results");
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void validate_whenAResultCodeRepeats_reportsDuplicateResultCode() {
    ProcedureResult extract =
        new ProcedureResult("KQ-KS", LocalizedText.of("Trích lục khai sinh"), null);

    Diagnostic d = only("PROC_DUPLICATE_RESULT_CODE", b -> b.addResult(extract));

    assertThat(d.pointer()).isEqualTo("/results/1/code");
    ProcedureResult uncoded = new ProcedureResult(null, LocalizedText.of("Trích lục"), null);
    assertThat(codes(b -> b.addResult(uncoded).addResult(uncoded))).isEmpty();
  }

  @Test
  void validate_withoutLegalBasis_warnsNoLegalBasis() {
    assertThat(only("PROC_NO_LEGAL_BASIS", b -> b.legalBasis(List.of())).pointer())
        .isEqualTo("/legalBasis");
  }

  @Test
  void validate_whenALawTakesEffectBeforeItIsIssued_reportsLegalDatesOutOfOrder() {
    Diagnostic d =
        only(
            "PROC_LEGAL_DATES_OUT_OF_ORDER",
            b ->
                b.legalBasis(
                    List.of(law(LocalDate.of(2016, 1, 1), LocalDate.of(2014, 11, 20), null))));

    assertThat(d.pointer()).isEqualTo("/legalBasis/0/effectiveFrom");
    assertThat(d.message().en())
        .isEqualTo(
            "Legal document 60/2014/QH13 takes effect on 2014-11-20, before it was issued on 2016-01-01");
  }

  @Test
  void validate_whenALawTakesEffectTheDayItIsIssuedOrDatesAreMissing_reportsNothing() {
    LocalDate day = LocalDate.of(2014, 11, 20);
    assertThat(codes(b -> b.legalBasis(List.of(law(day, day, null))))).isEmpty();
    assertThat(codes(b -> b.legalBasis(List.of(law(null, day, null))))).isEmpty();
  }

  // ---------------------------------------------------------------- links

  @Test
  void validate_whenAProcedureLinksToItself_warnsSelfLink() {
    Diagnostic d = only("PROC_SELF_LINK", b -> b.relatedProcedures(List.of(RESIDENCE, BIRTH)));

    assertThat(d.pointer()).isEqualTo("/relatedProcedures/1");
    assertThat(d.message().en()).contains("1.001193");
  }

  @Test
  void validateIgnoringCode_checksEverythingButLinksToItself() {
    Procedure draft = clean().relatedProcedures(List.of(BIRTH)).results(List.of()).build();

    assertThat(VALIDATOR.validateIgnoringCode(draft))
        .extracting(Diagnostic::code)
        .containsExactly("PROC_NO_RESULTS");
    assertThat(VALIDATOR.validate(draft))
        .extracting(Diagnostic::code)
        .containsExactly("PROC_NO_RESULTS", "PROC_SELF_LINK");
  }

  @Test
  void validate_whenAProcedureIsLinkedTwice_warnsDuplicateLinkAtTheSecond() {
    Diagnostic d =
        only("PROC_DUPLICATE_LINK", b -> b.interconnectedProcedures(List.of(RESIDENCE, RESIDENCE)));

    assertThat(d.pointer()).isEqualTo("/interconnectedProcedures/1");
    assertThat(codes(b -> b.relatedProcedures(List.of(RESIDENCE)))).isEmpty();
  }

  // ---------------------------------------------------------------- URLs

  @ParameterizedTest
  @ValueSource(
      strings = {
        "www.vbpl.vn/luat",
        "ftp://vbpl.vn/luat",
        "https://",
        "not a url",
        "https:///path",
        "javascript:alert(1)"
      })
  void validate_whenALinkIsNotAnAbsoluteHttpUrl_warnsUrlMalformed(String url) {
    Diagnostic d = only("PROC_URL_MALFORMED", b -> b.legalBasis(List.of(law(null, null, url))));

    assertThat(d.pointer()).isEqualTo("/legalBasis/0/url");
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"http://vbpl.vn", "HTTPS://VBPL.VN/luat?id=1#d1", "https://a.gov.vn:8443/x"})
  void validate_whenALinkIsAnAbsoluteHttpUrl_reportsNothing(String url) {
    assertThat(codes(b -> b.legalBasis(List.of(law(null, null, url))))).isEmpty();
  }

  @Test
  void validate_checksEveryPlaceThatHoldsAUrl() {
    Fee fee = new Fee(null, null, BigDecimal.ZERO, null, "fee-doc");
    FormTemplate template = new FormTemplate(LocalizedText.of("Mẫu"), "mau.docx");
    DocumentRequirement form =
        new DocumentRequirement(
            null, LocalizedText.of("Tờ khai"), 1, 0, template, null, null, List.of());
    List<ProcedureResult> results =
        List.of(new ProcedureResult(null, LocalizedText.of("Giấy khai sinh"), template));

    List<String> found =
        validate(
                b ->
                    b.channels(List.of(channel(ChannelKind.ONLINE, fee)))
                        .cases(List.of(onlyCase(form)))
                        .results(results))
            .stream()
            .map(d -> d.code() + " " + d.pointer())
            .toList();

    assertThat(found)
        .containsExactly(
            "PROC_URL_MALFORMED /channels/0/fees/0/documentUrl",
            "PROC_URL_MALFORMED /cases/0/documents/0/template/url",
            "PROC_URL_MALFORMED /results/0/template/url");
  }

  @Test
  void everyKindOfProcedureProblem_isSpecifiedHere() throws Exception {
    // Requirements have their own specification class; every other kind is specified here.
    String source =
        java.nio.file.Files.readString(
                java.nio.file.Path.of(
                    "src/test/java/org/opendvc/core/procedure/ProcedureValidatorTest.java"))
            + java.nio.file.Files.readString(
                java.nio.file.Path.of(
                    "src/test/java/org/opendvc/core/procedure/ProcedureRequirementsTest.java"));
    List<String> unspecified = new ArrayList<>();
    for (ProcedureDiagnostics kind : ProcedureDiagnostics.values()) {
      if (kind != ProcedureDiagnostics.FORMAT_UNKNOWN
          && !source.contains("\"" + kind.code() + "\"")) {
        unspecified.add(kind.code());
      }
    }
    assertThat(unspecified).as("kinds without a specification").isEmpty();
  }
}
