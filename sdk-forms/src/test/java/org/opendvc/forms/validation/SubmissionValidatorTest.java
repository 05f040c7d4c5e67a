package org.opendvc.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendvc.core.Language;
import org.opendvc.core.data.DataValue;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.diagnostic.Severity;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.TestForms;
import org.opendvc.forms.prefill.PrefillCorrection;

class SubmissionValidatorTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-07-01T03:00:00Z"), ZoneOffset.UTC);
  private static final FormDefinition FORM = TestForms.valid("all-types.json");
  private static final SubmissionValidator VALIDATOR =
      SubmissionValidator.builder(FORM).clock(CLOCK).build();

  /** A complete, valid submission. */
  private static final String VALID =
      """
      {
        "fullName": "  Nguyễn Văn An ",
        "dateOfBirth": "1990-01-02",
        "relationship": "PARENT",
        "income": 100,
        "fee": 50000,
        "sex": "MALE",
        "spoken": ["vi", "en"],
        "personalIdNumber": "001090012345",
        "enterpriseTaxCode": "0100109106",
        "phone": "+84 912 345 678",
        "email": "an@example.vn",
        "residence": {"province": "01", "commune": "00070", "detail": "Số 1"},
        "proof": [{"name": "giay.pdf", "mediaType": "application/pdf", "size": 900}],
        "children": [{"childPersonalIdNumber": "001222012345", "childName": "Bé", "childDateOfBirth": "2022-03-04"}]
      }""";

  private static SubmissionResult validate(String data) {
    return VALIDATOR.validate(Submission.on(FORM).data(TestForms.json(data)).build());
  }

  private static SubmissionResult validateWith(java.util.function.Consumer<ObjectNode> change) {
    ObjectNode data = (ObjectNode) TestForms.json(VALID);
    change.accept(data);
    return VALIDATOR.validate(Submission.on(FORM).data(data).build());
  }

  private static List<String> problems(SubmissionResult result) {
    return result.problems().stream().map(p -> p.path() + ":" + p.code()).toList();
  }

  @Test
  void validate_aCompleteSubmission_acceptsItNormalised() {
    SubmissionResult result = validate(VALID);

    assertThat(result.errors()).isEmpty();
    assertThat(result.isAccepted()).isTrue();
    ObjectNode data = result.data();
    assertThat(data.get("fullName").asText()).isEqualTo("Nguyễn Văn An");
    assertThat(data.get("phone").asText()).isEqualTo("0912345678");
    assertThat(data.get("age").asDouble()).isEqualTo(35.0);
    assertThat(data.get("children").get(0).get("childUnder6").asBoolean()).isTrue();
  }

  @Test
  void validate_reportsEveryProblemAtOnceKeyedByPath() {
    SubmissionResult result =
        validateWith(
            data -> {
              data.remove("fullName");
              data.put("personalIdNumber", "12345");
              data.put("email", "not-an-email");
              data.put("income", 2_000_000);
              ((ObjectNode) data.get("children").get(0)).put("childName", "");
            });

    assertThat(result.isAccepted()).isFalse();
    assertThat(problems(result))
        .contains(
            "fullName:FORM_VALUE_REQUIRED",
            "income:FORM_VALUE_ABOVE_MAX",
            "personalIdNumber:FORM_VALUE_PERSONAL_ID_INVALID",
            "email:FORM_VALUE_EMAIL_INVALID",
            "children[0].childName:FORM_VALUE_REQUIRED");
    assertThat(result.problemsAt("children[0].childName").get(0).pointer())
        .isEqualTo("/children/0/childName");
  }

  @Test
  void validate_messagesNameTheFieldInBothLanguagesAndNeverEchoTheValue() {
    SubmissionResult result = validateWith(data -> data.put("phone", "0123 secret 99"));

    FieldError error = result.problemsAt("phone").get(0);
    assertThat(error.code()).isEqualTo("FORM_VALUE_PHONE_INVALID");
    assertThat(error.message().vi()).startsWith("Số điện thoại:");
    assertThat(error.message().get(Language.EN)).startsWith("Phone:");
    assertThat(error.message().vi() + error.message().get(Language.EN) + error)
        .doesNotContain("secret");
  }

  @Test
  void validate_hiddenFieldsAreNotValidatedAndTheirValuesDropped() {
    SubmissionResult result =
        validateWith(data -> data.put("relationshipOther", 42)); // wrong type, but hidden

    assertThat(result.errors()).isEmpty();
    assertThat(result.data().has("relationshipOther")).isFalse();
  }

  @Test
  void validate_aShownFieldRequiredByExpression_isRequired() {
    SubmissionResult result = validateWith(data -> data.put("relationship", "OTHER"));

    assertThat(problems(result)).contains("relationshipOther:FORM_VALUE_REQUIRED");
  }

  @Test
  void validate_requiredByExpression_dependsOnOtherAnswers() {
    SubmissionResult noContact =
        validateWith(
            data -> {
              data.remove("phone");
              data.remove("email");
            });
    SubmissionResult emailOnly = validateWith(data -> data.remove("phone"));

    assertThat(problems(noContact)).contains("phone:FORM_VALUE_REQUIRED");
    assertThat(emailOnly.errors()).isEmpty();
  }

  @Test
  void validate_aFailedConstraint_givesTheFormsMessage() {
    SubmissionResult result = validateWith(data -> data.put("dateOfBirth", "2030-01-01"));

    FieldError error = result.problemsAt("dateOfBirth").get(0);
    assertThat(error.code()).isEqualTo("FORM_VALUE_CONSTRAINT");
    assertThat(error.message().vi()).isEqualTo("Ngày sinh: Ngày sinh không được sau hôm nay");
    assertThat(error.message().get(Language.EN))
        .isEqualTo("Date of birth: The date of birth cannot be after today");
  }

  @Test
  void validate_calculatedFieldsIgnoreWhatTheClientSent() {
    SubmissionResult result = validateWith(data -> data.put("adult", false).put("age", 3));

    assertThat(result.data().get("adult").asBoolean()).isTrue();
    assertThat(result.data().get("age").asDouble()).isEqualTo(35.0);
  }

  @Test
  void validate_everyTypeChecksItsValues() {
    SubmissionResult result =
        validateWith(
            data -> {
              data.put("fee", 10.5);
              data.put("note", "ab");
              data.put("income", -5);
              data.put("sex", "X");
              data.putArray("spoken").add("vi").add("vi");
              data.put("enterpriseTaxCode", "0100109107");
              data.putObject("residence").put("province", "99").put("commune", "12");
              data.putArray("proof")
                  .add(
                      TestForms.json(
                          "{\"name\": \"a.exe\", \"mediaType\": \"application/x-msdownload\", \"size\": 5000}"))
                  .add(
                      TestForms.json(
                          "{\"name\": \"b.png\", \"mediaType\": \"image/png\", \"size\": 10}"))
                  .add(
                      TestForms.json(
                          "{\"name\": \"c.png\", \"mediaType\": \"image/png\", \"size\": 10}"));
              data.put("dateOfBirth", "1990-13-45");
              data.put("fullName", "x".repeat(101));
              data.put("adult", "yes");
            });

    assertThat(problems(result))
        .contains(
            "fee:FORM_VALUE_NOT_WHOLE",
            "note:FORM_VALUE_TOO_SHORT",
            "income:FORM_VALUE_BELOW_MIN",
            "sex:FORM_VALUE_CODE_UNKNOWN",
            "spoken:FORM_VALUE_DUPLICATE_CHOICE",
            "enterpriseTaxCode:FORM_VALUE_TAX_CODE_INVALID",
            "residence:FORM_VALUE_PROVINCE_UNKNOWN",
            "residence:FORM_VALUE_COMMUNE_MALFORMED",
            "proof:FORM_VALUE_TOO_MANY_FILES",
            "proof:FORM_VALUE_ATTACHMENT_TYPE",
            "proof:FORM_VALUE_ATTACHMENT_TOO_LARGE",
            "dateOfBirth:FORM_VALUE_DATE_MALFORMED",
            "fullName:FORM_VALUE_TOO_LONG");
    // A calculated field is recomputed whatever its type on the wire.
    assertThat(problems(result)).doesNotContain("adult:FORM_VALUE_WRONG_TYPE");
  }

  @Test
  void validate_codesTheListDoesNotKnow_followTheListsRule() {
    SubmissionResult kept = validateWith(data -> data.putArray("spoken").add("vi").add("fr"));
    SubmissionResult mapped =
        validateWith(data -> data.put("relationship", "NEIGHBOUR").put("relationshipOther", "x"));

    assertThat(kept.isAccepted()).isTrue();
    assertThat(kept.problemsAt("spoken"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("FORM_VALUE_CODE_NOT_IN_LIST");
              assertThat(p.severity()).isEqualTo(Severity.WARNING);
            });
    assertThat(kept.data().get("spoken").toString()).isEqualTo("[\"vi\",\"fr\"]");
    assertThat(mapped.data().get("relationship").asText()).isEqualTo("OTHER");
    assertThat(mapped.problemsAt("relationship"))
        .extracting(FieldError::code)
        .containsExactly("FORM_VALUE_CODE_NOT_IN_LIST");
  }

  @Test
  void validate_anAddressNeedsProvinceAndCommune() {
    SubmissionResult result =
        validateWith(data -> data.putObject("residence").put("detail", "Số 1"));

    assertThat(problems(result)).contains("residence:FORM_VALUE_ADDRESS_INCOMPLETE");
  }

  @Test
  void validate_groups_checkTheirItemsAndLimits() {
    SubmissionResult tooMany =
        validateWith(
            data -> {
              data.put("dateOfBirth", "2015-01-01");
              var kids = data.putArray("children");
              for (int i = 0; i < 4; i++) {
                kids.addObject().put("childName", "K" + i);
              }
            });

    assertThat(problems(tooMany)).contains("children:FORM_VALUE_TOO_MANY_ITEMS");
    assertThat(tooMany.data().get("children").size()).isEqualTo(3);
  }

  @Test
  void validate_unknownMembers_areErrors() {
    SubmissionResult result = validateWith(data -> data.put("isAdmin", true));

    assertThat(problems(result)).contains("isAdmin:FORM_VALUE_UNKNOWN_FIELD");
  }

  @Test
  void validate_anotherFormOrVersion_isRejectedWithoutLookingFurther() {
    SubmissionResult otherForm =
        VALIDATOR.validate(Submission.builder("other", "1").data(TestForms.json(VALID)).build());
    SubmissionResult otherVersion =
        VALIDATOR.validate(Submission.builder(FORM.id(), "0").data(TestForms.json(VALID)).build());
    SubmissionResult otherHash =
        VALIDATOR.validate(
            Submission.builder(FORM.id(), FORM.version())
                .formHash("sha256:00")
                .data(TestForms.json(VALID))
                .build());

    assertThat(otherForm.errors())
        .extracting(FieldError::code)
        .containsExactly("FORM_SUBMISSION_WRONG_FORM");
    assertThat(otherVersion.errors())
        .extracting(FieldError::code)
        .containsExactly("FORM_SUBMISSION_VERSION_MISMATCH");
    assertThat(otherHash.errors())
        .extracting(FieldError::code)
        .containsExactly("FORM_SUBMISSION_VERSION_MISMATCH");
  }

  @Test
  void validate_boundValuesCarryElementSubjectAndTypedValue() {
    SubmissionResult result =
        VALIDATOR.validate(
            Submission.on(FORM).data(TestForms.json(VALID)).applicant("001090012345").build());

    BoundValue name =
        result.boundValues().stream()
            .filter(b -> b.path().equals("fullName"))
            .findFirst()
            .orElseThrow();
    assertThat(name.element()).isEqualTo("person.fullName");
    assertThat(name.subject().role()).isEqualTo(SubjectRole.APPLICANT);
    assertThat(name.subject().identifier()).isEqualTo("001090012345");
    assertThat(name.value()).isEqualTo(DataValue.text("Nguyễn Văn An"));
    BoundValue child =
        result.boundValues().stream()
            .filter(b -> b.path().equals("children[0].childName"))
            .findFirst()
            .orElseThrow();
    assertThat(child.subject().role()).isEqualTo(SubjectRole.CHILD);
    assertThat(child.subject().identifier()).isEqualTo("001222012345");
    assertThat(child.toString()).doesNotContain("Bé").doesNotContain("001222012345");
  }

  @Test
  void validate_correctionFlags_areKeptEvenWhenTheSubmissionFails() {
    SubmissionResult result =
        VALIDATOR.validate(
            Submission.on(FORM)
                .data(TestForms.json("{}"))
                .correction(
                    new PrefillCorrection(
                        "fullName", TestForms.json("\"Nguyễn Văn Ân\""), "tên sai dấu"))
                .correction(PrefillCorrection.of("nothingHere"))
                .build());

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.corrections())
        .extracting(CorrectionRequest::path)
        .containsExactly("fullName", "nothingHere");
    assertThat(problems(result))
        .contains(":FORM_CORRECTION_UNKNOWN_FIELD", "fullName:FORM_CORRECTION_NOT_PREFILLED");
    assertThat(result.corrections().get(0).toString()).doesNotContain("Ân").doesNotContain("sai");
  }

  @Test
  void validate_fieldStatus_tellsWhatIsShownRequiredAndReadOnly() {
    SubmissionResult result = validate(VALID);

    assertThat(result.status("personalIdNumber").orElseThrow().readOnly()).isTrue();
    assertThat(result.status("relationshipOther").orElseThrow().shown()).isFalse();
    assertThat(result.status("fullName").orElseThrow().required()).isTrue();
  }

  @Test
  void toString_ofSubmissionAndResult_showsNoAnswer() {
    Submission submission =
        Submission.on(FORM).data(TestForms.json(VALID)).applicant("001090012345").build();

    assertThat(submission.toString())
        .doesNotContain("Nguyễn")
        .doesNotContain("001090012345")
        .contains("0010******45");
    assertThat(VALIDATOR.validate(submission).toString()).doesNotContain("Nguyễn");
  }
}
