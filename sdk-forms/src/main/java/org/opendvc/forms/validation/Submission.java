package org.opendvc.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.data.Subject;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.prefill.PrefillCorrection;

/**
 * What a person submits on a form: which form and version, the answers (shaped as the form's JSON
 * Schema export describes), the prefill envelope issued with the prefilled data, the person's
 * correction flags, and who is submitting.
 *
 * <p>Immutable: the answers are copied in and out. {@code toString()} shows no answer and masks the
 * applicant's identifier.
 */
public final class Submission {
  private final String formId;
  private final String formVersion;
  private final @Nullable String formHash;
  private final ObjectNode data;
  private final @Nullable String envelope;
  private final List<PrefillCorrection> corrections;
  private final @Nullable String applicantIdentifier;

  private Submission(Builder b) {
    this.formId = b.formId;
    this.formVersion = b.formVersion;
    this.formHash = b.formHash;
    this.data = b.data.deepCopy();
    this.envelope = b.envelope;
    this.corrections = List.copyOf(b.corrections);
    this.applicantIdentifier = b.applicantIdentifier;
  }

  /** A builder for a submission on form {@code formId} at {@code formVersion}. */
  public static Builder builder(String formId, String formVersion) {
    return new Builder(formId, formVersion);
  }

  /** A builder for a submission on {@code form}, naming its id, version and content hash. */
  public static Builder on(FormDefinition form) {
    return new Builder(form.id(), form.version()).formHash(form.contentHash());
  }

  /** The form's id. */
  public String formId() {
    return formId;
  }

  /** The form's version. */
  public String formVersion() {
    return formVersion;
  }

  /** The form's content hash, if the submission records it. */
  public Optional<String> formHash() {
    return Optional.ofNullable(formHash);
  }

  /** The answers. The caller gets a copy. */
  public ObjectNode data() {
    return data.deepCopy();
  }

  ObjectNode dataView() {
    return data;
  }

  /** The prefill envelope's token, if prefill was used. */
  public Optional<String> envelope() {
    return Optional.ofNullable(envelope);
  }

  /** The person's flags that prefilled values are wrong. */
  public List<PrefillCorrection> corrections() {
    return corrections;
  }

  /** The logged-in applicant's identifier, if known. */
  public Optional<String> applicantIdentifier() {
    return Optional.ofNullable(applicantIdentifier);
  }

  @Override
  public String toString() {
    return "Submission["
        + formId
        + "@"
        + formVersion
        + ", "
        + data.size()
        + " answers ***, envelope="
        + (envelope != null)
        + ", corrections="
        + corrections.size()
        + ", applicant="
        + Subject.mask(applicantIdentifier)
        + "]";
  }

  /** Builds a submission. Not thread-safe. */
  public static final class Builder {
    private final String formId;
    private final String formVersion;
    private @Nullable String formHash;
    private ObjectNode data = JsonNodeFactory.instance.objectNode();
    private @Nullable String envelope;
    private final List<PrefillCorrection> corrections = new ArrayList<>();
    private @Nullable String applicantIdentifier;

    private Builder(String formId, String formVersion) {
      this.formId = Objects.requireNonNull(formId, "formId");
      this.formVersion = Objects.requireNonNull(formVersion, "formVersion");
    }

    /** The content hash of the form version the person saw. */
    public Builder formHash(@Nullable String value) {
      this.formHash = value;
      return this;
    }

    /**
     * The answers: a JSON object, one member per field, groups as arrays of objects. Copied.
     *
     * @throws IllegalArgumentException if {@code value} is not an object
     */
    public Builder data(JsonNode value) {
      Objects.requireNonNull(value, "data");
      if (!value.isObject()) {
        throw new IllegalArgumentException("data must be a JSON object");
      }
      this.data = (ObjectNode) value.deepCopy();
      return this;
    }

    /** The prefill envelope's token. */
    public Builder envelope(@Nullable String token) {
      this.envelope = token;
      return this;
    }

    /** Adds a correction flag. */
    public Builder correction(PrefillCorrection correction) {
      corrections.add(Objects.requireNonNull(correction, "correction"));
      return this;
    }

    /** The logged-in applicant's identifier. */
    public Builder applicant(@Nullable String identifier) {
      this.applicantIdentifier = identifier;
      return this;
    }

    /** The submission. */
    public Submission build() {
      return new Submission(this);
    }
  }
}
