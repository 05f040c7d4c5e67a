package org.opendvc.forms.prefill;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.Language;
import org.opendvc.core.data.Subject;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.registry.HeldValue;
import org.opendvc.core.registry.RegistryAnswer;
import org.opendvc.core.registry.RegistryException;
import org.opendvc.core.registry.RegistryLookup;
import org.opendvc.forms.CodeList;
import org.opendvc.forms.Field;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.UnknownCodeRule;
import org.opendvc.forms.internal.Messages;
import org.opendvc.forms.internal.Paths;
import org.opendvc.forms.internal.PrefillValues;
import org.opendvc.forms.internal.Roles;

/**
 * Asks registries what a {@link PrefillPlan} needs, all at once, and turns their answers into
 * prefilled values with provenance and lock decisions.
 *
 * <p>Every question runs concurrently through the {@link RegistryLookup} and is given up after the
 * timeout. A registry that is down, too slow, refuses, or answers only in part costs only its own
 * fields: the result carries a diagnostic, the fields are left to type, and everything else is
 * prefilled. The returned stage never completes exceptionally for a registry's failure.
 *
 * <pre>{@code
 * PrefillEngine engine = PrefillEngine.builder(lookup).timeout(Duration.ofSeconds(3)).build();
 * PrefillResult result = engine.prefill(plan).toCompletableFuture().join();
 * }</pre>
 *
 * <p>Immutable and thread-safe; share one engine.
 */
public final class PrefillEngine {
  /** The default time a registry gets to answer. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

  private final RegistryLookup lookup;
  private final Duration timeout;
  private final LockPolicy lockPolicy;

  private PrefillEngine(Builder b) {
    this.lookup = b.lookup;
    this.timeout = b.timeout;
    this.lockPolicy = b.lockPolicy;
  }

  /** A builder asking registries through {@code lookup}. */
  public static Builder builder(RegistryLookup lookup) {
    return new Builder(lookup);
  }

  /** Asks the registries of {@code plan}; completes when all have answered or timed out. */
  public CompletionStage<PrefillResult> prefill(PrefillPlan plan) {
    Objects.requireNonNull(plan, "plan");
    List<CompletableFuture<Asked>> asked = new ArrayList<>(plan.lookups().size());
    for (PlannedLookup planned : plan.lookups()) {
      asked.add(ask(planned));
    }
    return CompletableFuture.allOf(asked.toArray(CompletableFuture[]::new))
        .thenApply(done -> assemble(plan, asked.stream().map(CompletableFuture::join).toList()));
  }

  private CompletableFuture<Asked> ask(PlannedLookup planned) {
    CompletableFuture<RegistryAnswer> answer;
    try {
      // copy(): the timeout must not complete a future the registry client may share.
      answer = lookup.lookup(planned.toQuery()).toCompletableFuture().copy();
    } catch (RuntimeException e) {
      answer = CompletableFuture.failedFuture(e);
    }
    return answer
        .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .handle((value, error) -> new Asked(planned, value, error));
  }

  private record Asked(
      PlannedLookup lookup, @Nullable RegistryAnswer answer, @Nullable Throwable error) {}

  private PrefillResult assemble(PrefillPlan plan, List<Asked> answers) {
    FormDefinition form = plan.form();
    List<PrefilledValue> values = new ArrayList<>();
    List<LookupOutcome> outcomes = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Asked asked : answers) {
      PlannedLookup planned = asked.lookup();
      RegistryAnswer answer = asked.answer();
      RegistryException.Reason failure = failure(asked);
      if (failure == null && answer != null && !matches(planned, answer)) {
        failure = RegistryException.Reason.MALFORMED_ANSWER;
      }
      if (failure != null || answer == null) {
        RegistryException.Reason reason =
            failure == null ? RegistryException.Reason.MALFORMED_ANSWER : failure;
        outcomes.add(
            new LookupOutcome(planned, LookupOutcome.Status.FAILED, reason, planned.elements()));
        diagnostics.add(failed(planned, reason));
        continue;
      }
      if (!answer.subjectFound()) {
        outcomes.add(
            new LookupOutcome(
                planned, LookupOutcome.Status.SUBJECT_NOT_FOUND, null, planned.elements()));
        diagnostics.add(about(PrefillDiagnostics.SUBJECT_NOT_FOUND, planned));
        continue;
      }
      Set<String> unavailable = new HashSet<>();
      for (String path : planned.paths()) {
        Field field = form.field(Paths.fieldPath(path)).orElseThrow();
        String element = field.binding().orElseThrow().element();
        HeldValue held = answer.values().get(element);
        if (held == null) {
          if (unavailable.add(element)) {
            diagnostics.add(
                Messages.at(
                    PrefillDiagnostics.ELEMENT_UNAVAILABLE,
                    "/" + path.replace('.', '/').replace("[", "/").replace("]", ""),
                    lang -> args(planned, lang, element)));
          }
          continue;
        }
        PrefilledValue value = prefilled(form, field, path, planned, answer, held, diagnostics);
        if (value != null) {
          values.add(value);
        }
      }
      outcomes.add(
          new LookupOutcome(
              planned,
              unavailable.isEmpty() ? LookupOutcome.Status.ANSWERED : LookupOutcome.Status.PARTIAL,
              null,
              unavailable));
    }
    return new PrefillResult(form, values, outcomes, diagnostics);
  }

  private @Nullable PrefilledValue prefilled(
      FormDefinition form,
      Field field,
      String path,
      PlannedLookup planned,
      RegistryAnswer answer,
      HeldValue held,
      List<Diagnostic> diagnostics) {
    CodeList list = field.codeList().flatMap(form::codeList).orElse(null);
    PrefillValues.Converted converted =
        PrefillValues.convert(field, list, planned.registry(), held.value());
    String pointer = "/" + path.replace('.', '/').replace("[", "/").replace("]", "");
    if (converted.unknownCode() != null) {
      String done =
          switch (converted.unknownCode()) {
            case REJECT -> "not prefilled|không điền sẵn";
            case KEEP -> "kept|giữ nguyên";
            case MAP_TO_OTHER ->
                "mapped to "
                    + list.otherCode().orElse("?")
                    + "|chuyển thành "
                    + list.otherCode().orElse("?");
          };
      diagnostics.add(
          Messages.at(
              PrefillDiagnostics.CODE_UNKNOWN,
              pointer,
              lang ->
                  args(
                      planned,
                      lang,
                      held.element(),
                      list.id(),
                      done.split("\\|")[lang == Language.VI ? 1 : 0])));
      if (converted.unknownCode() == UnknownCodeRule.REJECT) {
        return null;
      }
    }
    if (converted.unusable()) {
      diagnostics.add(
          Messages.at(
              PrefillDiagnostics.VALUE_UNUSABLE,
              pointer,
              lang -> args(planned, lang, held.element(), field.path())));
      return null;
    }
    Subject subject = new Subject(planned.subject().role(), planned.subject().index(), null);
    Provenance provenance =
        new Provenance(
            planned.registry(),
            held.element(),
            subject,
            answer.fetchedAt(),
            held.sourceUpdatedAt(),
            held.assurance());
    LockDecision lock =
        lockPolicy.decide(
            field, held.element(), held.assurance(), converted.blank(), converted.uncertain());
    return new PrefilledValue(path, held.value(), converted.json(), provenance, lock);
  }

  private static boolean matches(PlannedLookup planned, RegistryAnswer answer) {
    return answer.registry() == planned.registry()
        && answer.subject().role() == planned.subject().role()
        && answer.subject().index() == planned.subject().index();
  }

  private static RegistryException.@Nullable Reason failure(Asked asked) {
    Throwable error = asked.error();
    while ((error instanceof CompletionException || error instanceof ExecutionException)
        && error.getCause() != null) {
      error = error.getCause();
    }
    if (error == null) {
      return asked.answer() == null ? RegistryException.Reason.MALFORMED_ANSWER : null;
    }
    if (error instanceof RegistryException registry) {
      return registry.reason();
    }
    if (error instanceof TimeoutException) {
      return RegistryException.Reason.TIMEOUT;
    }
    return RegistryException.Reason.UNAVAILABLE;
  }

  private Diagnostic failed(PlannedLookup planned, RegistryException.Reason reason) {
    return switch (reason) {
      case TIMEOUT ->
          Messages.at(
              PrefillDiagnostics.REGISTRY_TIMEOUT,
              "",
              lang -> args(planned, lang, timeout.toMillis()));
      case REFUSED -> about(PrefillDiagnostics.REGISTRY_REFUSED, planned);
      case MALFORMED_ANSWER -> about(PrefillDiagnostics.REGISTRY_MALFORMED, planned);
      case UNAVAILABLE -> about(PrefillDiagnostics.REGISTRY_UNAVAILABLE, planned);
    };
  }

  private static Diagnostic about(PrefillDiagnostics kind, PlannedLookup planned) {
    return Messages.at(kind, "", lang -> args(planned, lang));
  }

  private static Object[] args(PlannedLookup planned, Language lang, Object... more) {
    Object[] args = new Object[2 + more.length];
    args[0] = planned.registry().displayName().get(lang);
    args[1] = Roles.describe(planned.subject(), lang);
    System.arraycopy(more, 0, args, 2, more.length);
    return args;
  }

  @Override
  public String toString() {
    return "PrefillEngine[timeout=" + timeout + ", " + lockPolicy + "]";
  }

  /** Builds an engine. Not thread-safe. */
  public static final class Builder {
    private final RegistryLookup lookup;
    private Duration timeout = DEFAULT_TIMEOUT;
    private LockPolicy lockPolicy = LockPolicy.standard();

    private Builder(RegistryLookup lookup) {
      this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /**
     * How long each registry gets to answer; default {@link #DEFAULT_TIMEOUT}.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder timeout(Duration value) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("timeout must be positive");
      }
      this.timeout = value;
      return this;
    }

    /** The lock policy; default {@link LockPolicy#standard()}. */
    public Builder lockPolicy(LockPolicy value) {
      this.lockPolicy = Objects.requireNonNull(value, "lockPolicy");
      return this;
    }

    /** The engine. */
    public PrefillEngine build() {
      return new PrefillEngine(this);
    }
  }
}
