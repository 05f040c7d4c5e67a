package org.opendvc.testkit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.opendvc.core.Language;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.json.OpenDvcJson;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.FormLoader;
import org.opendvc.forms.burden.BurdenEstimate;
import org.opendvc.forms.burden.BurdenEstimator;
import org.opendvc.forms.burden.BurdenTarget;
import org.opendvc.forms.burden.Device;
import org.opendvc.forms.burden.FieldBurden;
import org.opendvc.forms.burden.KeystrokeModel;
import org.opendvc.forms.burden.PrefillScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dvc burden}: how long a form takes from login to submission, with and without prefill. */
@Command(
    name = "burden",
    mixinStandardHelpOptions = true,
    description = {
      "Estimates the burden of an e-form: fields shown, prefilled (locked or editable), left to"
          + " fill, and the seconds from login to submission by a keystroke-level model, compared"
          + " with the targets of Decision 1565/QĐ-TTg (480 s in 2025) and the 300 s aim for 2026.",
      "Exit status: 0 when estimated, 1 when the form has errors, 2 for a usage error."
    })
final class BurdenCommand implements Callable<Integer> {
  /** How much prefill to assume. */
  enum Assumption {
    /** Every registry holding a bound element answers. */
    ALL,
    /** No prefill. */
    NONE
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FORM", description = "The form definition file.")
  Path file;

  @Mixin OutputOptions output = new OutputOptions();

  @Option(
      names = "--assume-prefill",
      defaultValue = "all",
      paramLabel = "all|none",
      description = "all (default): every registry answers; none: no prefill.")
  Assumption assumption = Assumption.ALL;

  @Option(
      names = "--device",
      defaultValue = "desktop",
      paramLabel = "desktop|mobile",
      description = "desktop (default) or mobile.")
  Device device = Device.DESKTOP;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(file)) {
      spec.commandLine().getErr().println("dvc burden: no such file: " + file);
      return 2;
    }
    Validated<FormDefinition> loaded = FormLoader.standard().load(file);
    if (loaded.value().isEmpty()) {
      DiagnosticPrinter.print(out, output.format, output.lang, 1, loaded.diagnostics());
      return 1;
    }
    FormDefinition form = loaded.value().get();
    BurdenEstimator estimator = new BurdenEstimator(KeystrokeModel.of(device), Clock.systemUTC());
    BurdenEstimate estimate =
        estimator.estimate(
            form,
            assumption == Assumption.ALL
                ? PrefillScenario.everyRegistryAnswers()
                : PrefillScenario.none());
    BurdenEstimate without =
        assumption == Assumption.ALL ? estimator.estimate(form, PrefillScenario.none()) : null;
    if (output.format == OutputFormat.JSON) {
      printJson(out, form, estimate, without);
    } else {
      printText(out, form, estimate, without);
    }
    return 0;
  }

  private void printText(
      PrintWriter out, FormDefinition form, BurdenEstimate e, BurdenEstimate without) {
    boolean vi = output.lang == Language.VI;
    out.println(
        form.title().get(output.lang)
            + " ("
            + form.id()
            + "@"
            + form.version()
            + ", "
            + form.procedure()
            + ")");
    out.println(
        (vi ? "  Thiết bị: " : "  Device: ")
            + (device == Device.DESKTOP
                ? (vi ? "máy tính" : "desktop")
                : (vi ? "điện thoại" : "phone"))
            + (vi ? " · điền sẵn: " : " · prefill: ")
            + (assumption == Assumption.ALL
                ? (vi ? "mọi cơ sở dữ liệu trả lời" : "every registry answers")
                : (vi ? "không" : "none")));
    String counts =
        vi
            ? "  Trường: %d · hiển thị %d · điền sẵn và khóa %d · điền sẵn, sửa được %d · mặc định"
                + " %d · tự tính %d · phải nhập %d · tùy chọn %d · có điều kiện %d"
            : "  Fields: %d · shown %d · prefilled and locked %d · prefilled, editable %d ·"
                + " default %d · calculated %d · to fill %d · optional %d · conditional %d";
    out.println(
        String.format(
            counts,
            e.fieldsTotal(),
            e.fieldsShown(),
            e.fieldsPrefilledLocked(),
            e.fieldsPrefilledEditable(),
            e.fieldsDefaulted(),
            e.fieldsCalculated(),
            e.fieldsToType(),
            e.fieldsOptional(),
            e.fieldsConditional()));
    out.println(
        (vi ? "  Thời gian ước tính: " : "  Estimated time: ")
            + seconds(e.estimatedSeconds())
            + (vi
                ? " (đăng nhập, tìm thủ tục, chuyển trang, nộp: "
                : " (login, finding the procedure, pages, submitting: ")
            + seconds(e.overheadSeconds())
            + ")");
    if (without != null) {
      out.println(
          (vi ? "  Không điền sẵn: " : "  Without prefill: ")
              + seconds(without.estimatedSeconds())
              + (vi ? ", " : ", ")
              + without.fieldsToType()
              + (vi
                  ? " trường phải nhập — điền sẵn tiết kiệm "
                  : " fields to fill — prefill saves ")
              + seconds(without.estimatedSeconds() - e.estimatedSeconds()));
    }
    for (BurdenTarget target : BurdenTarget.values()) {
      out.println(
          "  "
              + targetName(target, vi)
              + ": "
              + (e.meets(target) ? (vi ? "đạt" : "met") : (vi ? "chưa đạt" : "not met")));
    }
  }

  private static String targetName(BurdenTarget target, boolean vi) {
    return switch (target) {
      case DECISION_1565_2025 ->
          vi
              ? "Mục tiêu 2025, dưới 480 s (QĐ 1565/QĐ-TTg)"
              : "2025 target, under 480 s (Decision 1565/QĐ-TTg)";
      case AIM_2026 ->
          vi ? "Mục tiêu 2026, 300 s (chưa xác nhận)" : "2026 aim, 300 s (unconfirmed)";
    };
  }

  private String seconds(double value) {
    long whole = Math.round(value);
    String text = String.format(Locale.ROOT, "%.1f s", value);
    if (output.lang == Language.VI) {
      text = text.replace('.', ',');
    }
    return text + " (" + whole / 60 + ":" + String.format("%02d", whole % 60) + ")";
  }

  private void printJson(
      PrintWriter out, FormDefinition form, BurdenEstimate e, BurdenEstimate without) {
    ObjectNode root = OpenDvcJson.mapper().createObjectNode();
    root.put("form", form.id());
    root.put("version", form.version());
    root.put("procedure", form.procedure().value());
    root.put("device", e.device().name());
    root.put("assumePrefill", assumption.name().toLowerCase(Locale.ROOT));
    root.put("fieldsTotal", e.fieldsTotal());
    root.put("fieldsShown", e.fieldsShown());
    root.put("fieldsPrefilledLocked", e.fieldsPrefilledLocked());
    root.put("fieldsPrefilledEditable", e.fieldsPrefilledEditable());
    root.put("fieldsDefaulted", e.fieldsDefaulted());
    root.put("fieldsCalculated", e.fieldsCalculated());
    root.put("fieldsToType", e.fieldsToType());
    root.put("fieldsOptional", e.fieldsOptional());
    root.put("fieldsConditional", e.fieldsConditional());
    root.put("overheadSeconds", e.overheadSeconds());
    root.put("estimatedSeconds", e.estimatedSeconds());
    if (without != null) {
      root.put("withoutPrefillSeconds", without.estimatedSeconds());
      root.put("withoutPrefillFieldsToType", without.fieldsToType());
      root.put(
          "savedSeconds",
          Math.round((without.estimatedSeconds() - e.estimatedSeconds()) * 10) / 10.0);
    }
    ArrayNode targets = root.putArray("targets");
    for (BurdenTarget target : BurdenTarget.values()) {
      ObjectNode t = targets.addObject();
      t.put("name", target.name());
      t.put("seconds", target.seconds());
      t.put("met", e.meets(target));
    }
    ArrayNode fields = root.putArray("fields");
    List<FieldBurden> list = e.fields();
    for (FieldBurden f : list) {
      ObjectNode o = fields.addObject();
      o.put("path", f.path());
      o.put("category", f.category().name());
      o.put("seconds", f.seconds());
      o.put("operators", f.operators());
    }
    try {
      out.println(OpenDvcJson.prettyWriter().writeValueAsString(root));
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
