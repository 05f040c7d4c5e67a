package org.opendvc.examples.docs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import org.opendvc.core.Language;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.burden.BurdenEstimate;
import org.opendvc.forms.burden.BurdenEstimator;
import org.opendvc.forms.burden.BurdenTarget;
import org.opendvc.forms.burden.Device;
import org.opendvc.forms.burden.KeystrokeModel;
import org.opendvc.forms.burden.PrefillScenario;
import org.opendvc.forms.schema.JsonSchemaExporter;

/** The samples of {@code docs/forms.md} that the ministry developers' guide does not show. */
public final class FormsGuide {
  private FormsGuide() {}

  /** Whether a form can be filled in within the 2025 target, with every registry answering. */
  public static boolean meetsThe2025Target(FormDefinition form, Clock clock) {
    // [START burden]
    BurdenEstimator estimator = new BurdenEstimator(KeystrokeModel.of(Device.MOBILE), clock);
    BurdenEstimate estimate = estimator.estimate(form, PrefillScenario.everyRegistryAnswers());
    // estimate.fieldsToType(), fieldsPrefilledLocked(), estimatedSeconds(), fields(): per field
    boolean inTime = estimate.meets(BurdenTarget.DECISION_1565_2025); // under 480 s
    // [END burden]
    return inTime;
  }

  /** The data contract of a form's submissions, for a front end. */
  public static ObjectNode schemaForTheFrontEnd(FormDefinition form) {
    // [START json-schema]
    ObjectNode dataSchema = JsonSchemaExporter.dataSchema(form, Language.VI); // 2020-12
    ObjectNode uiSchema = JsonSchemaExporter.jsonFormsUiSchema(form, Language.VI); // JSON Forms
    // or JsonSchemaExporter.reactJsonSchemaFormUiSchema(form, Language.VI)
    // [END json-schema]
    return dataSchema.set("x-ui", uiSchema);
  }
}
