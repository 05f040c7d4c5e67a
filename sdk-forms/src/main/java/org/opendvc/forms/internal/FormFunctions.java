package org.opendvc.forms.internal;

import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.parser.CelMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.cel.runtime.CelStandardFunctions;
import dev.cel.runtime.standard.AddOperator.AddOverload;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opendvc.forms.FormLimits;

/**
 * The CEL options, the functions forms may call, and the one runtime every form shares.
 *
 * <p>Dates are CEL timestamps at midnight UTC of the calendar date, so {@code getFullYear()} and
 * friends give the calendar fields without a time zone argument, and comparisons work. String and
 * list concatenation are replaced by versions that stop at {@link FormLimits#MAX_STRING_LENGTH} and
 * {@link FormLimits#MAX_LIST_SIZE}: a chain of calculated fields that each double a string cannot
 * exhaust memory.
 */
public final class FormFunctions {
  /** The variable holding the ids of answered fields; {@code answered(x)} expands to a lookup. */
  public static final String ANSWERED_VARIABLE = "_answered";

  /** Starts the messages of our own limits, which are safe to show (they quote no value). */
  static final String LIMIT_MARKER = "[limit]";

  /** The variable holding today's date. */
  public static final String TODAY_VARIABLE = "today";

  /** Names a field may not take: keywords, type names, functions and our own variables. */
  public static final List<String> RESERVED_NAMES =
      List.of(
          "as",
          "break",
          "const",
          "continue",
          "else",
          "false",
          "for",
          "function",
          "if",
          "import",
          "in",
          "let",
          "loop",
          "package",
          "namespace",
          "null",
          "return",
          "true",
          "var",
          "void",
          "while",
          "int",
          "uint",
          "double",
          "bool",
          "string",
          "bytes",
          "list",
          "map",
          "type",
          "dyn",
          "timestamp",
          "duration",
          "null_type",
          "has",
          "size",
          "matches",
          "all",
          "exists",
          "exists_one",
          "filter",
          "today",
          "answered",
          "date",
          "ageAt",
          "daysBetween",
          "addDays",
          "addMonths",
          "addYears",
          "joinNonBlank",
          "isBlank",
          "upper");

  /** The options every compiler and the runtime use. */
  public static final CelOptions OPTIONS =
      CelOptions.current()
          .maxExpressionCodePointSize(FormLimits.MAX_EXPRESSION_LENGTH)
          .maxParseRecursionDepth(FormLimits.MAX_EXPRESSION_DEPTH)
          .comprehensionMaxIterations(FormLimits.MAX_ITERATIONS)
          .maxRegexProgramSize(FormLimits.MAX_REGEX_PROGRAM_SIZE)
          .enableHeterogeneousNumericComparisons(true)
          .build();

  /** {@code answered(field)}: whether the field has an answer; expands to a map lookup. */
  static final CelMacro ANSWERED_MACRO =
      CelMacro.newGlobalMacro(
          "answered",
          1,
          (factory, target, args) -> {
            var arg = args.get(0);
            if (arg.getKind() != dev.cel.common.ast.CelExpr.ExprKind.Kind.IDENT) {
              return Optional.of(
                  factory.reportError(
                      "answered() takes a field id, such as" + " answered(childName)"));
            }
            return Optional.of(
                factory.newGlobalCall(
                    "@in",
                    factory.newStringLiteral(arg.ident().name()),
                    factory.newIdentifier(ANSWERED_VARIABLE)));
          });

  static final List<CelFunctionDecl> DECLARATIONS =
      List.of(
          function("date", global("date_string", SimpleType.TIMESTAMP, SimpleType.STRING)),
          function(
              "ageAt",
              global(
                  "ageAt_timestamp_timestamp",
                  SimpleType.INT,
                  SimpleType.TIMESTAMP,
                  SimpleType.TIMESTAMP)),
          function(
              "daysBetween",
              global(
                  "daysBetween_timestamp_timestamp",
                  SimpleType.INT,
                  SimpleType.TIMESTAMP,
                  SimpleType.TIMESTAMP)),
          function(
              "addDays",
              global(
                  "addDays_timestamp_int",
                  SimpleType.TIMESTAMP,
                  SimpleType.TIMESTAMP,
                  SimpleType.INT)),
          function(
              "addMonths",
              global(
                  "addMonths_timestamp_int",
                  SimpleType.TIMESTAMP,
                  SimpleType.TIMESTAMP,
                  SimpleType.INT)),
          function(
              "addYears",
              global(
                  "addYears_timestamp_int",
                  SimpleType.TIMESTAMP,
                  SimpleType.TIMESTAMP,
                  SimpleType.INT)),
          function(
              "joinNonBlank",
              global(
                  "joinNonBlank_list_string",
                  SimpleType.STRING,
                  ListType.create(SimpleType.STRING),
                  SimpleType.STRING)),
          function("isBlank", global("isBlank_string", SimpleType.BOOL, SimpleType.STRING)),
          function("upper", global("upper_string", SimpleType.STRING, SimpleType.STRING)));

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /** The shared runtime: standard functions with capped concatenation, plus ours. */
  static final CelRuntime RUNTIME = buildRuntime();

  private FormFunctions() {}

  /** The timestamp CEL sees for a calendar date. */
  public static Instant toTimestamp(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The calendar date of a timestamp built by {@link #toTimestamp(LocalDate)}. */
  public static LocalDate toDate(Instant timestamp) {
    return LocalDate.ofInstant(timestamp, ZoneOffset.UTC);
  }

  private static CelFunctionDecl function(String name, CelOverloadDecl overload) {
    return CelFunctionDecl.newFunctionDeclaration(name, overload);
  }

  private static CelOverloadDecl global(
      String id, dev.cel.common.types.CelType result, dev.cel.common.types.CelType... params) {
    return CelOverloadDecl.newGlobalOverload(id, result, params);
  }

  private static CelRuntime buildRuntime() {
    CelStandardFunctions standard =
        CelStandardFunctions.newBuilder()
            .filterFunctions(
                (function, overload) ->
                    overload != AddOverload.ADD_STRING && overload != AddOverload.ADD_LIST)
            .build();
    List<Class<?>> twoLists = List.of(List.class, List.class);
    return CelRuntimeFactory.standardCelRuntimeBuilder()
        .setOptions(OPTIONS)
        .setStandardEnvironmentEnabled(false)
        .setStandardFunctions(standard)
        .addFunctionBindings(
            CelFunctionBinding.from(
                "add_string", String.class, String.class, FormFunctions::concat),
            CelFunctionBinding.from("add_list", twoLists, args -> concatLists(args[0], args[1])),
            CelFunctionBinding.from("date_string", String.class, FormFunctions::parseDate),
            CelFunctionBinding.from(
                "ageAt_timestamp_timestamp",
                Instant.class,
                Instant.class,
                (birth, at) -> (long) Period.between(toDate(birth), toDate(at)).getYears()),
            CelFunctionBinding.from(
                "daysBetween_timestamp_timestamp",
                Instant.class,
                Instant.class,
                (from, to) -> ChronoUnit.DAYS.between(toDate(from), toDate(to))),
            CelFunctionBinding.from(
                "addDays_timestamp_int",
                Instant.class,
                Long.class,
                (date, days) -> shift(date, days, ChronoUnit.DAYS)),
            CelFunctionBinding.from(
                "addMonths_timestamp_int",
                Instant.class,
                Long.class,
                (date, months) -> shift(date, months, ChronoUnit.MONTHS)),
            CelFunctionBinding.from(
                "addYears_timestamp_int",
                Instant.class,
                Long.class,
                (date, years) -> shift(date, years, ChronoUnit.YEARS)),
            CelFunctionBinding.from(
                "joinNonBlank_list_string",
                List.of(List.class, String.class),
                args -> joinNonBlank(args[0], (String) args[1])),
            CelFunctionBinding.from("isBlank_string", String.class, String::isBlank),
            CelFunctionBinding.from(
                "upper_string", String.class, text -> text.toUpperCase(VIETNAMESE)))
        .build();
  }

  private static String concat(String a, String b) throws CelEvaluationException {
    if ((long) a.length() + b.length() > FormLimits.MAX_STRING_LENGTH) {
      throw tooLong();
    }
    return a.concat(b);
  }

  private static List<Object> concatLists(Object a, Object b) throws CelEvaluationException {
    List<?> left = (List<?>) a;
    List<?> right = (List<?>) b;
    if ((long) left.size() + right.size() > FormLimits.MAX_LIST_SIZE) {
      throw new CelEvaluationException(
          LIMIT_MARKER + " list longer than " + FormLimits.MAX_LIST_SIZE + " items");
    }
    List<Object> joined = new ArrayList<>(left.size() + right.size());
    joined.addAll(left);
    joined.addAll(right);
    return joined;
  }

  private static Instant parseDate(String text) throws CelEvaluationException {
    try {
      return toTimestamp(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      throw new CelEvaluationException(LIMIT_MARKER + " date() needs YYYY-MM-DD", e);
    }
  }

  private static Instant shift(Instant date, long amount, ChronoUnit unit)
      throws CelEvaluationException {
    if (Math.abs(amount) > 100_000) {
      throw new CelEvaluationException(LIMIT_MARKER + " date shift too large");
    }
    return toTimestamp(toDate(date).plus(amount, unit));
  }

  private static String joinNonBlank(Object parts, String separator) throws CelEvaluationException {
    StringBuilder out = new StringBuilder();
    for (Object part : (List<?>) parts) {
      String text = String.valueOf(part).strip();
      if (text.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(separator);
      }
      out.append(text);
      if (out.length() > FormLimits.MAX_STRING_LENGTH) {
        throw tooLong();
      }
    }
    return out.toString();
  }

  private static CelEvaluationException tooLong() {
    return new CelEvaluationException(
        LIMIT_MARKER + " string longer than " + FormLimits.MAX_STRING_LENGTH + " characters");
  }
}
