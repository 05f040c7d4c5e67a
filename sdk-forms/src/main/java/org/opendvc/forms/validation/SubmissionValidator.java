package org.opendvc.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.Language;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.data.DataValue;
import org.opendvc.core.data.Subject;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.DiagnosticKind;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.forms.Binding;
import org.opendvc.forms.CodeList;
import org.opendvc.forms.Field;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.FormException;
import org.opendvc.forms.FormSubject;
import org.opendvc.forms.SubjectIdentification;
import org.opendvc.forms.UnknownCodeRule;
import org.opendvc.forms.internal.CompiledForm.CompiledConstraint;
import org.opendvc.forms.internal.DataValues;
import org.opendvc.forms.internal.Evaluation;
import org.opendvc.forms.internal.FieldState;
import org.opendvc.forms.internal.FormEvaluator;
import org.opendvc.forms.internal.Messages;
import org.opendvc.forms.internal.Paths;
import org.opendvc.forms.internal.ValueChecks;
import org.opendvc.forms.prefill.EnvelopeVerifier;
import org.opendvc.forms.prefill.PrefillCorrection;
import org.opendvc.forms.prefill.PrefillDiagnostics;
import org.opendvc.forms.prefill.PrefillEnvelope;

/**
 * Validates submissions on one form, on the server, reporting every problem at once.
 *
 * <p>The form's logic runs again here, whatever the front end did: a field that is not shown is not
 * validated and its value is dropped; a calculated field is recomputed and what the client sent for
 * it is ignored; required, constraint and type checks apply to the shown fields; identifiers, phone
 * numbers, e-mail addresses and address codes are checked; codes are checked against the form's
 * code lists and their rule for unknown codes. When the submission carries a prefill envelope, the
 * envelope is verified and every locked value must be the one prefilled. The person's correction
 * flags are kept whatever the outcome.
 *
 * <pre>{@code
 * SubmissionValidator validator = SubmissionValidator.builder(form)
 *     .clock(clock).envelopeVerifier(verifier).build();
 * SubmissionResult result = validator.validate(submission);
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one per form and share it.
 */
public final class SubmissionValidator {
  private final FormDefinition form;
  private final Clock clock;
  private final @Nullable EnvelopeVerifier verifier;
  private final boolean requireEnvelope;

  private SubmissionValidator(Builder b) {
    this.form = b.form;
    this.clock = b.clock;
    this.verifier = b.verifier;
    this.requireEnvelope = b.requireEnvelope;
  }

  /** A builder for validating submissions on {@code form}. */
  public static Builder builder(FormDefinition form) {
    return new Builder(form);
  }

  /**
   * Validates {@code submission}.
   *
   * @throws FormException if the submission carries an envelope and no verifier was configured
   */
  public SubmissionResult validate(Submission submission) {
    Objects.requireNonNull(submission, "submission");
    List<FieldError> problems = new ArrayList<>();
    List<CorrectionRequest> corrections = new ArrayList<>();
    if (!submission.formId().equals(form.id())) {
      problems.add(whole(SubmissionDiagnostics.WRONG_FORM, submission.formId()));
      submission.corrections().forEach(c -> corrections.add(unrouted(c)));
      return new SubmissionResult(
          problems, submission.data(), List.of(), List.of(), corrections, List.of());
    }
    if (!submission.formVersion().equals(form.version())
        || submission.formHash().filter(h -> !h.equals(form.contentHash())).isPresent()) {
      problems.add(
          whole(SubmissionDiagnostics.VERSION_MISMATCH, submission.formVersion(), form.version()));
      submission.corrections().forEach(c -> corrections.add(unrouted(c)));
      return new SubmissionResult(
          problems, submission.data(), List.of(), List.of(), corrections, List.of());
    }
    Evaluation evaluation =
        FormEvaluator.evaluate(
            form, submission.dataView(), Paths.today(clock), FormEvaluator.Mode.FINAL, true);
    for (Evaluation.Problem problem : evaluation.problems()) {
      problems.add(
          error(
              problem.path(),
              problem.pointer(),
              problem.field(),
              problem.kind(),
              lang -> problem.args()));
    }
    for (Evaluation.Failure failure : evaluation.failures()) {
      problems.add(
          error(
              failure.path(),
              failure.pointer(),
              failure.field(),
              SubmissionDiagnostics.EXPRESSION_FAILED,
              lang -> new Object[] {failure.property().member(), failure.reason()}));
    }
    ObjectNode accepted = evaluation.accepted();
    for (FieldState state : evaluation.states()) {
      if (state.isShown()) {
        check(state, problems, accepted);
      }
    }
    List<AnswerProvenance> provenance = new ArrayList<>();
    PrefillEnvelope envelope = envelope(submission, evaluation, problems, provenance);
    for (PrefillCorrection correction : submission.corrections()) {
      corrections.add(correction(correction, envelope, problems));
    }
    Map<String, Integer> order = order(evaluation);
    problems.sort(
        java.util.Comparator.comparingInt(
            (FieldError p) -> order.getOrDefault(p.path(), Integer.MAX_VALUE)));
    List<FieldStatus> statuses = new ArrayList<>(evaluation.states().size());
    for (FieldState state : evaluation.states()) {
      statuses.add(
          new FieldStatus(state.path(), state.isShown(), state.isRequired(), state.isReadOnly()));
    }
    return new SubmissionResult(
        problems, accepted, boundValues(evaluation, submission), provenance, corrections, statuses);
  }

  private static Map<String, Integer> order(Evaluation evaluation) {
    Map<String, Integer> order = new HashMap<>();
    order.put("", -1);
    List<FieldState> states = evaluation.states();
    for (int i = 0; i < states.size(); i++) {
      order.put(states.get(i).path(), i);
    }
    return order;
  }

  private void check(FieldState state, List<FieldError> problems, ObjectNode accepted) {
    Field field = state.field();
    JsonNode value = state.json();
    if (field.isGroup()) {
      int items = state.items().size();
      if (items < field.minItems()) {
        problems.add(
            error(
                state,
                SubmissionDiagnostics.TOO_FEW_ITEMS,
                lang -> new Object[] {field.minItems()}));
      } else if (items == 0 && state.isRequired()) {
        problems.add(required(state));
      }
      return;
    }
    if (value == null) {
      if (state.isRequired()) {
        problems.add(required(state));
      }
      return;
    }
    for (CompiledConstraint constraint : state.failedConstraints()) {
      problems.add(
          error(
              state,
              SubmissionDiagnostics.CONSTRAINT,
              lang -> new Object[] {constraint.constraint().message().get(lang)}));
    }
    switch (field.type()) {
      case TEXT, LONG_TEXT -> length(state, value.asText(), problems);
      case PERSONAL_ID ->
          identifier(
              state,
              value.asText(),
              SubmissionDiagnostics.PERSONAL_ID_INVALID,
              ValueChecks.personalId(value.asText(), clock),
              problems);
      case TAX_CODE ->
          identifier(
              state,
              value.asText(),
              SubmissionDiagnostics.TAX_CODE_INVALID,
              ValueChecks.taxCode(value.asText(), clock),
              problems);
      case PHONE ->
          identifier(
              state,
              value.asText(),
              SubmissionDiagnostics.PHONE_INVALID,
              ValueChecks.phone(value.asText()),
              problems);
      case EMAIL -> {
        length(state, value.asText(), problems);
        if (!ValueChecks.email(value.asText())) {
          problems.add(error(state, SubmissionDiagnostics.EMAIL_INVALID, lang -> new Object[0]));
        }
      }
      case NUMBER, MONEY -> range(state, value, problems);
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> codes(state, value, problems, accepted);
      case ADDRESS -> address(state, value, problems);
      case ATTACHMENT -> files(state, value, problems);
      case DATE, BOOLEAN, GROUP -> {
        // Dates and booleans were checked when read; constraints do the rest.
      }
    }
  }

  private FieldError required(FieldState state) {
    return state
        .field()
        .requiredMessage()
        .map(
            message ->
                error(
                    state,
                    SubmissionDiagnostics.REQUIRED,
                    SubmissionDiagnostics.CONSTRAINT,
                    lang -> new Object[] {message.get(lang)}))
        .orElseGet(() -> error(state, SubmissionDiagnostics.REQUIRED, lang -> new Object[0]));
  }

  private void length(FieldState state, String text, List<FieldError> problems) {
    Field field = state.field();
    int length = text.codePointCount(0, text.length());
    if (length > field.maxLength()) {
      problems.add(
          error(state, SubmissionDiagnostics.TOO_LONG, lang -> new Object[] {field.maxLength()}));
    }
    field
        .minLength()
        .filter(min -> length < min)
        .ifPresent(
            min ->
                problems.add(
                    error(state, SubmissionDiagnostics.TOO_SHORT, lang -> new Object[] {min})));
  }

  /** Checks an identifier's length and its value, giving the sdk-core type's reason. */
  private void identifier(
      FieldState state,
      String text,
      SubmissionDiagnostics kind,
      @Nullable LocalizedText reason,
      List<FieldError> problems) {
    length(state, text, problems);
    if (reason != null) {
      problems.add(error(state, kind, lang -> new Object[] {reason.get(lang)}));
    }
  }

  private void range(FieldState state, JsonNode value, List<FieldError> problems) {
    Field field = state.field();
    var number = value.decimalValue();
    field
        .min()
        .filter(min -> number.compareTo(min) < 0)
        .ifPresent(
            min ->
                problems.add(
                    error(
                        state,
                        SubmissionDiagnostics.BELOW_MIN,
                        lang -> new Object[] {min.toPlainString()})));
    field
        .max()
        .filter(max -> number.compareTo(max) > 0)
        .ifPresent(
            max ->
                problems.add(
                    error(
                        state,
                        SubmissionDiagnostics.ABOVE_MAX,
                        lang -> new Object[] {max.toPlainString()})));
  }

  private void codes(
      FieldState state, JsonNode value, List<FieldError> problems, ObjectNode accepted) {
    Field field = state.field();
    CodeList list = field.codeList().flatMap(form::codeList).orElseThrow();
    List<String> given = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(v -> given.add(v.asText()));
    } else {
      given.add(value.asText());
    }
    List<String> kept = new ArrayList<>();
    boolean changed = false;
    for (String code : given) {
      if (list.contains(code)) {
        kept.add(code);
        continue;
      }
      UnknownCodeRule rule = list.unknownCodes();
      if (rule == UnknownCodeRule.REJECT) {
        problems.add(
            error(
                state,
                SubmissionDiagnostics.CODE_UNKNOWN,
                lang -> new Object[] {list.id(), list.version()}));
        return;
      }
      String done =
          rule == UnknownCodeRule.KEEP ? "kept|giữ nguyên" : "mapped|chuyển thành mã khác";
      problems.add(
          error(
              state,
              SubmissionDiagnostics.CODE_NOT_IN_LIST,
              lang ->
                  new Object[] {
                    list.id(), list.version(), done.split("\\|")[lang == Language.VI ? 1 : 0]
                  }));
      if (rule == UnknownCodeRule.MAP_TO_OTHER) {
        kept.add(list.otherCode().orElseThrow());
        changed = true;
      } else {
        kept.add(code);
      }
    }
    if (changed) {
      JsonNode replacement;
      if (value.isArray()) {
        ArrayNode array = accepted.arrayNode();
        kept.stream().distinct().forEach(array::add);
        replacement = array;
      } else {
        replacement = TextNode.valueOf(kept.get(0));
      }
      replace(accepted, state, replacement);
    }
  }

  private static void replace(ObjectNode accepted, FieldState state, JsonNode replacement) {
    Field field = state.field();
    if (state.item() < 0) {
      accepted.set(field.id(), replacement);
    } else {
      JsonNode item = accepted.path(field.groupId().orElseThrow()).path(state.item());
      if (item instanceof ObjectNode object) {
        object.set(field.id(), replacement);
      }
    }
  }

  private void address(FieldState state, JsonNode value, List<FieldError> problems) {
    String province = value.path("province").asText("");
    String commune = value.path("commune").asText("");
    if (province.isEmpty() || commune.isEmpty()) {
      problems.add(error(state, SubmissionDiagnostics.ADDRESS_INCOMPLETE, lang -> new Object[0]));
    }
    if (!province.isEmpty() && !ValueChecks.province(province)) {
      problems.add(error(state, SubmissionDiagnostics.PROVINCE_UNKNOWN, lang -> new Object[0]));
    }
    if (!commune.isEmpty() && !ValueChecks.commune(commune)) {
      problems.add(error(state, SubmissionDiagnostics.COMMUNE_MALFORMED, lang -> new Object[0]));
    }
    String detail = value.path("detail").asText("");
    if (detail.length() > org.opendvc.forms.Field.DEFAULT_TEXT_LENGTH) {
      problems.add(
          error(
              state,
              SubmissionDiagnostics.TOO_LONG,
              lang -> new Object[] {org.opendvc.forms.Field.DEFAULT_TEXT_LENGTH}));
    }
  }

  private void files(FieldState state, JsonNode value, List<FieldError> problems) {
    var rule = state.field().attachment();
    if (value.size() > rule.maxFiles()) {
      problems.add(
          error(
              state, SubmissionDiagnostics.TOO_MANY_FILES, lang -> new Object[] {rule.maxFiles()}));
    }
    for (JsonNode file : value) {
      if (!rule.accepts(file.path("mediaType").asText())) {
        problems.add(
            error(
                state,
                SubmissionDiagnostics.ATTACHMENT_TYPE,
                lang -> new Object[] {String.join(", ", rule.mediaTypes())}));
      }
      if (file.path("size").longValue() > rule.maxBytes()) {
        problems.add(
            error(
                state,
                SubmissionDiagnostics.ATTACHMENT_TOO_LARGE,
                lang -> new Object[] {rule.maxBytes()}));
      }
    }
  }

  private @Nullable PrefillEnvelope envelope(
      Submission submission,
      Evaluation evaluation,
      List<FieldError> problems,
      List<AnswerProvenance> provenance) {
    String token = submission.envelope().orElse(null);
    if (token == null) {
      if (requireEnvelope) {
        problems.add(FieldError.of(PrefillDiagnostics.ENVELOPE_MISSING.at("")));
      }
      return null;
    }
    if (verifier == null) {
      throw new FormException(
          "The submission carries a prefill envelope: configure an EnvelopeVerifier");
    }
    Validated<PrefillEnvelope> verified =
        verifier.verify(token, form, submission.applicantIdentifier().orElse(null));
    if (verified.value().isEmpty()) {
      verified.diagnostics().forEach(d -> problems.add(FieldError.of(d)));
      return null;
    }
    PrefillEnvelope envelope = verified.value().get();
    Map<String, FieldState> byPath = new HashMap<>();
    evaluation.states().forEach(s -> byPath.put(s.path(), s));
    for (PrefillEnvelope.Entry entry : envelope.entries()) {
      FieldState state = byPath.get(entry.path());
      if (state == null || !state.isShown()) {
        continue;
      }
      JsonNode submitted = state.json();
      boolean changed = submitted == null || !verifier.unchanged(envelope, entry, submitted);
      if (changed && entry.lock().locked()) {
        problems.add(
            error(
                state,
                SubmissionDiagnostics.LOCKED_VALUE_ALTERED,
                lang -> new Object[] {entry.provenance().registry().displayName().get(lang)}));
      }
      provenance.add(new AnswerProvenance(entry.path(), entry.provenance(), entry.lock(), changed));
    }
    return envelope;
  }

  private CorrectionRequest correction(
      PrefillCorrection correction, @Nullable PrefillEnvelope envelope, List<FieldError> problems) {
    String path = correction.path();
    Field field = form.field(Paths.fieldPath(path)).orElse(null);
    if (field == null) {
      problems.add(whole(SubmissionDiagnostics.CORRECTION_UNKNOWN_FIELD, path));
      return unrouted(correction);
    }
    PrefillEnvelope.Entry entry = envelope == null ? null : envelope.entry(path).orElse(null);
    if (entry == null) {
      problems.add(
          error(
              path,
              pointer(path),
              field,
              SubmissionDiagnostics.CORRECTION_NOT_PREFILLED,
              lang -> new Object[0]));
    }
    return new CorrectionRequest(
        path,
        entry == null ? null : entry.provenance(),
        correction.proposed().orElse(null),
        correction.comment());
  }

  private static CorrectionRequest unrouted(PrefillCorrection correction) {
    return new CorrectionRequest(
        correction.path(), null, correction.proposed().orElse(null), correction.comment());
  }

  private List<BoundValue> boundValues(Evaluation evaluation, Submission submission) {
    List<BoundValue> bound = new ArrayList<>();
    Map<String, String> identifiers = identifiers(evaluation, submission);
    for (FieldState state : evaluation.answered()) {
      Field field = state.field();
      Binding binding = field.binding().orElse(null);
      if (binding == null || state.json() == null) {
        continue;
      }
      SubjectRole role = binding.subject();
      if (role == null) {
        role = field.groupId().flatMap(form::field).flatMap(Field::subject).orElse(null);
      }
      DataValue value = DataValues.of(field, state.json());
      if (role == null || value == null) {
        continue;
      }
      int index = Math.max(0, state.item());
      Subject subject = new Subject(role, index, identifiers.get(role + "#" + index));
      bound.add(new BoundValue(state.path(), binding.element(), subject, value));
    }
    return bound;
  }

  /** The identifiers of the subjects, from the login and from the fields that identify them. */
  private Map<String, String> identifiers(Evaluation evaluation, Submission submission) {
    Map<String, String> ids = new HashMap<>();
    for (FormSubject subject : form.subjects()) {
      if (subject.identifiedBy() == SubjectIdentification.LOGIN) {
        submission.applicantIdentifier().ifPresent(id -> ids.put(subject.role() + "#0", id));
      } else if (subject.identifiedBy() == SubjectIdentification.FIELD) {
        for (FieldState state : evaluation.answered()) {
          if (state.field().id().equals(subject.field()) && state.json() != null) {
            ids.put(subject.role() + "#" + Math.max(0, state.item()), state.json().asText());
          }
        }
      }
    }
    return ids;
  }

  private FieldError whole(SubmissionDiagnostics kind, Object... args) {
    Object[] all = new Object[args.length + 1];
    all[0] = "";
    System.arraycopy(args, 0, all, 1, args.length);
    Diagnostic d = kind.at("", all);
    return FieldError.of(d);
  }

  private static FieldError error(
      FieldState state, SubmissionDiagnostics kind, Function<Language, Object[]> args) {
    return error(state.path(), state.pointer(), state.field(), kind, args);
  }

  /** A problem reported under {@code kind}'s code with the message of {@code template}. */
  private static FieldError error(
      FieldState state,
      SubmissionDiagnostics kind,
      DiagnosticKind template,
      Function<Language, Object[]> args) {
    var message =
        Messages.message(
            template, lang -> prepend(label(state.field(), state.path(), lang), args.apply(lang)));
    return new FieldError(
        state.path(),
        state.pointer(),
        kind.code(),
        kind.severity(),
        message,
        kind.legalReference());
  }

  private static FieldError error(
      String path,
      String pointer,
      @Nullable Field field,
      SubmissionDiagnostics kind,
      Function<Language, Object[]> args) {
    var message =
        Messages.message(kind, lang -> prepend(label(field, path, lang), args.apply(lang)));
    return new FieldError(
        path, pointer, kind.code(), kind.severity(), message, kind.legalReference());
  }

  private static String label(@Nullable Field field, String path, Language lang) {
    return field == null ? path : field.label().get(lang);
  }

  private static Object[] prepend(Object first, Object[] rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  private static String pointer(String path) {
    return "/" + path.replace("].", "/").replace("[", "/").replace('.', '/');
  }

  @Override
  public String toString() {
    return "SubmissionValidator[" + form.id() + "@" + form.version() + "]";
  }

  /** Builds a validator. Not thread-safe. */
  public static final class Builder {
    private final FormDefinition form;
    private Clock clock = Clock.systemUTC();
    private @Nullable EnvelopeVerifier verifier;
    private boolean requireEnvelope;

    private Builder(FormDefinition form) {
      this.form = Objects.requireNonNull(form, "form");
    }

    /**
     * The clock giving today's date to expressions and judging envelope expiry; default UTC system
     * clock.
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** The verifier of prefill envelopes; needed when submissions carry one. */
    public Builder envelopeVerifier(EnvelopeVerifier value) {
      this.verifier = Objects.requireNonNull(value, "verifier");
      return this;
    }

    /**
     * Whether a submission must carry a prefill envelope (default {@code false}). Turn it on when
     * the form was prefilled for this session: otherwise dropping the envelope would drop the check
     * of locked values.
     */
    public Builder requireEnvelope(boolean value) {
      this.requireEnvelope = value;
      return this;
    }

    /** The validator. */
    public SubmissionValidator build() {
      return new SubmissionValidator(this);
    }
  }
}
