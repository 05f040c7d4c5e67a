package org.opendvc.forms.burden;

import java.util.List;
import java.util.Objects;

/**
 * How much a form asks of a person: how many fields are shown, prefilled (locked or editable),
 * calculated or left to fill, and the estimated seconds from login to submission.
 *
 * @param formId the form's id
 * @param formVersion the form's version
 * @param device the device assumed
 * @param scenario the prefill assumed ({@link PrefillScenario#name()})
 * @param fieldsTotal the fields of the form (a group's fields counted once per assumed item; groups
 *     themselves not counted)
 * @param fieldsShown the fields shown on the typical path
 * @param fieldsPrefilledLocked shown fields prefilled and locked
 * @param fieldsPrefilledEditable shown fields prefilled and editable
 * @param fieldsDefaulted shown fields holding the form's default, assumed right
 * @param fieldsCalculated shown fields calculated by the form
 * @param fieldsToType shown fields left for the person to fill (typed, picked or uploaded)
 * @param fieldsOptional shown optional fields, read and assumed skipped
 * @param fieldsConditional fields shown only for some answers, assumed not shown
 * @param overheadSeconds login, finding the procedure, moving between sections, declaring and
 *     submitting
 * @param estimatedSeconds the estimated time from login to submission
 * @param fields the estimate field by field
 */
public record BurdenEstimate(
    String formId,
    String formVersion,
    Device device,
    String scenario,
    int fieldsTotal,
    int fieldsShown,
    int fieldsPrefilledLocked,
    int fieldsPrefilledEditable,
    int fieldsDefaulted,
    int fieldsCalculated,
    int fieldsToType,
    int fieldsOptional,
    int fieldsConditional,
    double overheadSeconds,
    double estimatedSeconds,
    List<FieldBurden> fields) {

  /** Checks the parts and copies the list. */
  public BurdenEstimate {
    Objects.requireNonNull(formId, "formId");
    Objects.requireNonNull(formVersion, "formVersion");
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(scenario, "scenario");
    fields = List.copyOf(fields);
  }

  /** Whether the estimate is within {@code target}. */
  public boolean meets(BurdenTarget target) {
    return estimatedSeconds <= target.seconds();
  }

  /** The fields prefilled, locked or not. */
  public int fieldsPrefilled() {
    return fieldsPrefilledLocked + fieldsPrefilledEditable;
  }
}
