package org.opendvc.forms.internal;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.CelKind;
import dev.cel.common.types.CelType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.diagnostic.DiagnosticCollector;
import org.opendvc.forms.Expression;
import org.opendvc.forms.FormDiagnostics;
import org.opendvc.forms.FormLimits;

/**
 * Compiles the expressions of one scope: the whole form, or the items of one repeating group (whose
 * fields are visible beside the form's). Reports every problem as a diagnostic at the expression's
 * JSON Pointer. Not thread-safe; used while a form loads.
 */
final class ScopeCompiler {
  private static final Pattern UNDECLARED = Pattern.compile("undeclared reference to '([^']+)'");

  private final CelCompiler compiler;
  private final Set<String> fields;
  private final Map<String, String> groupOfOutsideField;

  /**
   * @param variables the fields visible in the scope, with their CEL types
   * @param groupOfOutsideField for fields of other groups, the group holding each, to explain why
   *     they cannot be read here
   */
  ScopeCompiler(Map<String, CelType> variables, Map<String, String> groupOfOutsideField) {
    CelCompilerBuilder builder =
        CelCompilerFactory.standardCelCompilerBuilder()
            .setOptions(FormFunctions.OPTIONS)
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addMacros(FormFunctions.ANSWERED_MACRO)
            .addFunctionDeclarations(FormFunctions.DECLARATIONS)
            .addVar(FormFunctions.TODAY_VARIABLE, SimpleType.TIMESTAMP)
            .addVar(
                FormFunctions.ANSWERED_VARIABLE,
                MapType.create(SimpleType.STRING, SimpleType.BOOL));
    variables.forEach(builder::addVar);
    this.compiler = builder.build();
    this.fields = Set.copyOf(variables.keySet());
    this.groupOfOutsideField = Map.copyOf(groupOfOutsideField);
  }

  /**
   * Compiles {@code expression}, checking it gives {@code expected}.
   *
   * @param owner the field or section the expression belongs to, for messages
   * @param pointer where the expression is in the file
   * @return the compiled expression, or {@code null} when it has errors (reported)
   */
  @Nullable CompiledExpression compile(
      Expression expression,
      ExpressionProperty property,
      CelType expected,
      String owner,
      String pointer,
      DiagnosticCollector sink) {
    String source = expression.source();
    if (expression.isTrue() || expression.isFalse()) {
      if (expected.kind() != CelKind.BOOL) {
        sink.add(
            FormDiagnostics.EXPR_WRONG_RESULT_TYPE.at(
                pointer, property.member(), owner, describe(expected), "bool"));
        return null;
      }
      return CompiledExpression.constant(property, expression.isTrue());
    }
    if (source.codePointCount(0, source.length()) > FormLimits.MAX_EXPRESSION_LENGTH) {
      sink.add(
          FormDiagnostics.EXPR_TOO_LONG.at(
              pointer, property.member(), owner, FormLimits.MAX_EXPRESSION_LENGTH));
      return null;
    }
    CelAbstractSyntaxTree parsed;
    try {
      CelValidationResult parse = compiler.parse(source);
      if (parse.hasError()) {
        sink.add(
            FormDiagnostics.EXPR_SYNTAX.at(
                pointer, property.member(), owner, issue(parse.getErrors().get(0))));
        return null;
      }
      parsed = parse.getAst();
    } catch (CelValidationException | RuntimeException | StackOverflowError e) {
      sink.add(
          FormDiagnostics.EXPR_SYNTAX.at(
              pointer, property.member(), owner, e.getClass().getSimpleName()));
      return null;
    }
    CelAbstractSyntaxTree checked;
    try {
      CelValidationResult check = compiler.check(parsed);
      if (check.hasError()) {
        reportCheckErrors(check.getErrors(), property, owner, pointer, sink);
        return null;
      }
      checked = check.getAst();
    } catch (CelValidationException | RuntimeException | StackOverflowError e) {
      sink.add(
          FormDiagnostics.EXPR_TYPE.at(
              pointer, property.member(), owner, e.getClass().getSimpleName()));
      return null;
    }
    CelType actual = checked.getResultType();
    if (!fits(expected, actual)) {
      sink.add(
          FormDiagnostics.EXPR_WRONG_RESULT_TYPE.at(
              pointer, property.member(), owner, describe(expected), describe(actual)));
      return null;
    }
    Walk walk = new Walk();
    walk.visit(checked.getExpr(), new HashSet<>());
    int before = sink.errorCount();
    for (String answered : walk.answered) {
      if (!fields.contains(answered)) {
        sink.add(
            FormDiagnostics.EXPR_UNKNOWN_FIELD.at(
                pointer, property.member(), owner, answered, hint(answered)));
      }
    }
    for (String regex : walk.regexLiterals) {
      String problem = RegexCheck.problem(regex);
      if (problem != null) {
        sink.add(FormDiagnostics.EXPR_INVALID_REGEX.at(pointer, property.member(), owner, problem));
      }
    }
    for (String date : walk.dateLiterals) {
      try {
        LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        sink.add(FormDiagnostics.EXPR_INVALID_DATE.at(pointer, property.member(), owner, date));
      }
    }
    if (sink.errorCount() > before) {
      return null;
    }
    try {
      CelRuntime.Program program = FormFunctions.RUNTIME.createProgram(checked);
      Set<String> references = new LinkedHashSet<>(walk.identifiers);
      references.addAll(walk.answered);
      return new CompiledExpression(source, property, program, references, walk.readsToday);
    } catch (CelEvaluationException | RuntimeException e) {
      sink.add(
          FormDiagnostics.EXPR_TYPE.at(
              pointer, property.member(), owner, e.getClass().getSimpleName()));
      return null;
    }
  }

  private void reportCheckErrors(
      List<CelIssue> errors,
      ExpressionProperty property,
      String owner,
      String pointer,
      DiagnosticCollector sink) {
    List<String> unknown = new ArrayList<>();
    String other = null;
    for (CelIssue error : errors) {
      Matcher m = UNDECLARED.matcher(error.getMessage());
      if (m.find()) {
        if (!unknown.contains(m.group(1))) {
          unknown.add(m.group(1));
        }
      } else if (other == null) {
        other = issue(error);
      }
    }
    for (String name : unknown) {
      sink.add(
          FormDiagnostics.EXPR_UNKNOWN_FIELD.at(
              pointer, property.member(), owner, name, hint(name)));
    }
    if (other != null && unknown.isEmpty()) {
      sink.add(FormDiagnostics.EXPR_TYPE.at(pointer, property.member(), owner, other));
    }
  }

  private String hint(String name) {
    String group = groupOfOutsideField.get(name);
    return group == null ? "" : " (" + group + "[].{" + name + "})";
  }

  private static String issue(CelIssue issue) {
    String message = issue.getMessage();
    if (message.length() > 200) {
      message = message.substring(0, 200) + "…";
    }
    int column = issue.getSourceLocation().getColumn();
    return column >= 0 ? message + " @" + (column + 1) : message;
  }

  private static boolean fits(CelType expected, CelType actual) {
    if (actual.kind() == CelKind.DYN || expected.equals(actual)) {
      return true;
    }
    if (expected.kind() == CelKind.DOUBLE && actual.kind() == CelKind.INT) {
      return true;
    }
    try {
      return expected.isAssignableFrom(actual);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String describe(CelType type) {
    return switch (type.kind()) {
      case TIMESTAMP -> "date (timestamp)";
      case LIST -> "list";
      case MAP -> "map";
      default -> type.name();
    };
  }

  /** Collects what an expression reads, and the literals worth checking at load. */
  private final class Walk {
    final Set<String> identifiers = new LinkedHashSet<>();
    final Set<String> answered = new LinkedHashSet<>();
    final List<String> regexLiterals = new ArrayList<>();
    final List<String> dateLiterals = new ArrayList<>();
    boolean readsToday;

    void visit(CelExpr expr, Set<String> locals) {
      switch (expr.getKind()) {
        case IDENT -> {
          String name = expr.ident().name();
          if (locals.contains(name)) {
            return;
          }
          if (name.equals(FormFunctions.TODAY_VARIABLE)) {
            readsToday = true;
          } else if (fields.contains(name)) {
            identifiers.add(name);
          }
        }
        case SELECT -> visit(expr.select().operand(), locals);
        case CALL -> visitCall(expr.call(), locals);
        case LIST -> expr.list().elements().forEach(e -> visit(e, locals));
        case MAP ->
            expr.map()
                .entries()
                .forEach(
                    e -> {
                      visit(e.key(), locals);
                      visit(e.value(), locals);
                    });
        case STRUCT -> expr.struct().entries().forEach(e -> visit(e.value(), locals));
        case COMPREHENSION -> {
          var c = expr.comprehension();
          visit(c.iterRange(), locals);
          visit(c.accuInit(), locals);
          Set<String> inner = new HashSet<>(locals);
          inner.add(c.iterVar());
          if (!c.iterVar2().isEmpty()) {
            inner.add(c.iterVar2());
          }
          inner.add(c.accuVar());
          visit(c.loopCondition(), inner);
          visit(c.loopStep(), inner);
          visit(c.result(), inner);
        }
        default -> {
          // constants and unset nodes read nothing
        }
      }
    }

    private void visitCall(CelExpr.CelCall call, Set<String> locals) {
      List<CelExpr> args = call.args();
      if (call.function().equals("@in")
          && args.size() == 2
          && args.get(1).getKind() == CelExpr.ExprKind.Kind.IDENT
          && args.get(1).ident().name().equals(FormFunctions.ANSWERED_VARIABLE)
          && args.get(0).getKind() == CelExpr.ExprKind.Kind.CONSTANT) {
        answered.add(args.get(0).constant().stringValue());
        return;
      }
      if (call.function().equals("matches")) {
        Optional<CelExpr> pattern =
            call.target().isPresent()
                ? (args.isEmpty() ? Optional.empty() : Optional.of(args.get(0)))
                : (args.size() < 2 ? Optional.empty() : Optional.of(args.get(1)));
        pattern.flatMap(ScopeCompiler::stringConstant).ifPresent(regexLiterals::add);
      }
      if (call.function().equals("date") && args.size() == 1) {
        stringConstant(args.get(0)).ifPresent(dateLiterals::add);
      }
      call.target().ifPresent(t -> visit(t, locals));
      args.forEach(a -> visit(a, locals));
    }
  }

  private static Optional<String> stringConstant(CelExpr expr) {
    if (expr.getKind() == CelExpr.ExprKind.Kind.CONSTANT
        && expr.constant().getKind() == CelConstant.Kind.STRING_VALUE) {
      return Optional.of(expr.constant().stringValue());
    }
    return Optional.empty();
  }
}
