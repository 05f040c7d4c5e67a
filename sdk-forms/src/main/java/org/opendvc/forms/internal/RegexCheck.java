package org.opendvc.forms.internal;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks a literal regular expression when its form loads, by running it once through the same
 * runtime and options as the form will: a pattern RE2 refuses, or one over the program size limit,
 * is reported then rather than at the first submission.
 */
final class RegexCheck {
  private static final CelRuntime.Program PROBE = buildProbe();

  private RegexCheck() {}

  /** What is wrong with {@code regex}, or {@code null} when it is usable. */
  static @Nullable String problem(String regex) {
    try {
      PROBE.eval(Map.of("pattern", regex));
      return null;
    } catch (CelEvaluationException e) {
      String message = String.valueOf(e.getMessage());
      int colon = message.indexOf(": ", message.indexOf("<input>"));
      String detail = colon < 0 ? message : message.substring(colon + 2);
      return detail.length() > 200 ? detail.substring(0, 200) + "…" : detail;
    }
  }

  private static CelRuntime.Program buildProbe() {
    try {
      CelAbstractSyntaxTree ast =
          CelCompilerFactory.standardCelCompilerBuilder()
              .setOptions(FormFunctions.OPTIONS)
              .addVar("pattern", SimpleType.STRING)
              .build()
              .compile("''.matches(pattern)")
              .getAst();
      return FormFunctions.RUNTIME.createProgram(ast);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot build the regular expression probe", e);
    }
  }
}
