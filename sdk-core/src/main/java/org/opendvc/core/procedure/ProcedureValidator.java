package org.opendvc.core.procedure;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.DiagnosticCollector;
import org.opendvc.core.dictionary.DataDictionary;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.json.JsonPointers;

/**
 * Checks the content of a procedure: what a reader cannot see from the structure alone.
 *
 * <p>Reports every problem in one pass, with JSON Pointers in the terms of OpenDVC's format ({@code
 * /channels/0/fees/1/amount}); {@link ProcedureLoader} translates them for DVCQG packages. See
 * {@link ProcedureDiagnostics} for the checks.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProcedureValidator {
  private final DataDictionary dictionary;

  /** A validator that checks data elements and document types against {@code dictionary}. */
  public ProcedureValidator(DataDictionary dictionary) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
  }

  /** A validator using the standard dictionary. */
  public static ProcedureValidator standard() {
    return new ProcedureValidator(DataDictionary.standard());
  }

  /** Every problem with {@code procedure}, in document order. */
  public List<Diagnostic> validate(Procedure procedure) {
    DiagnosticCollector sink = new DiagnosticCollector();
    validate(procedure, sink);
    return sink.toList();
  }

  /** Adds every problem with {@code procedure} to {@code sink}. */
  public void validate(Procedure p, DiagnosticCollector sink) {
    validate(p, p.code(), sink);
  }

  /**
   * Every problem with a procedure read from a file without a usable code, which carries a
   * placeholder code so that its other parts can still be checked: everything {@link
   * #validate(Procedure)} checks, apart from what needs the real code (a link to itself).
   */
  public List<Diagnostic> validateIgnoringCode(Procedure draft) {
    DiagnosticCollector sink = new DiagnosticCollector();
    validate(draft, null, sink);
    return sink.toList();
  }

  private void validate(Procedure p, @Nullable ProcedureCode self, DiagnosticCollector sink) {
    checkDates(p, sink);
    checkLevels(p, sink);
    if (p.agencies().implementing().isEmpty()) {
      sink.add(ProcedureDiagnostics.NO_IMPLEMENTING_AGENCY, "/agencies");
    }
    checkChannels(p, sink);
    checkCases(p, sink);
    checkResults(p, sink);
    checkLegalBasis(p, sink);
    checkLinks(self, p.relatedProcedures(), "/relatedProcedures", sink);
    checkLinks(self, p.interconnectedProcedures(), "/interconnectedProcedures", sink);
    checkRequirements(p, sink);
  }

  private void checkRequirements(Procedure p, DiagnosticCollector sink) {
    Set<String> ids = new HashSet<>();
    p.requirements().forEach(r -> ids.add(r.id()));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < p.requirements().size(); i++) {
      Requirement r = p.requirements().get(i);
      String pointer = JsonPointers.index("/requirements", i);
      if (!seen.add(r.id())) {
        sink.add(ProcedureDiagnostics.REQUIREMENT_DUPLICATE_ID, pointer + "/id", r.id());
      }
      if (r.element() != null && !dictionary.contains(r.element())) {
        sink.add(
            ProcedureDiagnostics.REQUIREMENT_ELEMENT_UNKNOWN, pointer + "/element", r.element());
      }
      if (r.legalReference() == null) {
        sink.add(ProcedureDiagnostics.REQUIREMENT_WITHOUT_LEGAL_REFERENCE, pointer, r.id());
      }
      checkRequirementShape(r, pointer, ids, sink);
    }
  }

  private void checkRequirementShape(
      Requirement r, String pointer, Set<String> ids, DiagnosticCollector sink) {
    switch (r.kind()) {
      case MINIMUM_AGE -> {
        boolean any = r.parameter("any").isPresent();
        boolean bySex = r.parameter("male").isPresent() && r.parameter("female").isPresent();
        if (!any && !bySex) {
          sink.add(
              ProcedureDiagnostics.REQUIREMENT_PARAMETER_MISSING,
              pointer + "/parameters",
              r.kind(),
              "any | male + female");
        }
      }
      case TIME_LIMIT_SINCE_EVENT -> {
        needElement(r, pointer, sink);
        if (r.parameter("days").isEmpty()) {
          sink.add(
              ProcedureDiagnostics.REQUIREMENT_PARAMETER_MISSING,
              pointer + "/parameters",
              r.kind(),
              "days");
        }
      }
      case DECLARATION -> needElement(r, pointer, sink);
      case MARITAL_STATUS -> needValues(r, pointer, "marital status codes", sink);
      case HOLDS_DOCUMENT -> {
        needValues(r, pointer, "a document type", sink);
        for (int k = 0; k < r.values().size(); k++) {
          if (dictionary.documentTypes().find(r.values().get(k)).isEmpty()) {
            sink.add(
                ProcedureDiagnostics.REQUIREMENT_DOCUMENT_TYPE_UNKNOWN,
                JsonPointers.index(pointer + "/values", k),
                r.values().get(k));
          }
        }
      }
      case FEE_EXEMPTION -> {
        needValues(r, pointer, "the ids of the requirements it rests on", sink);
        for (int k = 0; k < r.values().size(); k++) {
          String basis = r.values().get(k);
          if (!ids.contains(basis) || basis.equals(r.id())) {
            sink.add(
                ProcedureDiagnostics.REQUIREMENT_BASIS_UNKNOWN,
                JsonPointers.index(pointer + "/values", k),
                basis);
          }
        }
      }
      case RULE_PACKAGE -> needValues(r, pointer, "the rule package", sink);
      case RESIDENCE -> {
        // Province codes are optional: without them, any registered residence meets it.
      }
    }
  }

  private static void needElement(Requirement r, String pointer, DiagnosticCollector sink) {
    if (r.element() == null) {
      sink.add(ProcedureDiagnostics.REQUIREMENT_ELEMENT_MISSING, pointer, r.kind());
    }
  }

  private static void needValues(
      Requirement r, String pointer, String what, DiagnosticCollector sink) {
    if (r.values().isEmpty()) {
      sink.add(ProcedureDiagnostics.REQUIREMENT_VALUE_MISSING, pointer, r.kind(), what);
    }
  }

  private static void checkDates(Procedure p, DiagnosticCollector sink) {
    LocalDate from = p.effectiveFrom();
    LocalDate to = p.effectiveTo();
    if (from == null) {
      sink.add(ProcedureDiagnostics.NO_EFFECTIVE_DATE, "");
    } else if (to != null && to.isBefore(from)) {
      sink.add(ProcedureDiagnostics.EFFECTIVE_DATES_OUT_OF_ORDER, "/effectiveTo", to, from);
    }
  }

  private static void checkLevels(Procedure p, DiagnosticCollector sink) {
    if (p.levels().isEmpty()) {
      sink.add(ProcedureDiagnostics.NO_LEVELS, "/levels");
    }
    Set<GovernmentLevel> seen = EnumSet.noneOf(GovernmentLevel.class);
    for (int i = 0; i < p.levels().size(); i++) {
      GovernmentLevel level = p.levels().get(i);
      String pointer = JsonPointers.index("/levels", i);
      if (!seen.add(level)) {
        sink.add(ProcedureDiagnostics.DUPLICATE_LEVEL, pointer, level);
      }
      LocalDate abolished = level.abolishedOn().orElse(null);
      LocalDate from = p.effectiveFrom();
      if (abolished == null || from == null) {
        continue;
      }
      if (!from.isBefore(abolished)) {
        sink.add(ProcedureDiagnostics.LEVEL_ABOLISHED, pointer, level, abolished);
      } else if (p.effectiveTo() == null || !p.effectiveTo().isBefore(abolished)) {
        sink.add(ProcedureDiagnostics.LEVEL_ABOLISHED_DURING_VALIDITY, pointer, level, abolished);
      }
    }
  }

  private static void checkChannels(Procedure p, DiagnosticCollector sink) {
    if (p.channels().isEmpty()) {
      sink.add(ProcedureDiagnostics.NO_CHANNELS, "/channels");
    }
    Set<ChannelKind> seen = EnumSet.noneOf(ChannelKind.class);
    for (int i = 0; i < p.channels().size(); i++) {
      Channel channel = p.channels().get(i);
      String pointer = JsonPointers.index("/channels", i);
      if (!seen.add(channel.kind())) {
        sink.add(ProcedureDiagnostics.DUPLICATE_CHANNEL, pointer + "/kind", channel.kind());
      }
      if (channel.processingTime() == null) {
        sink.add(ProcedureDiagnostics.CHANNEL_WITHOUT_PROCESSING_TIME, pointer, channel.kind());
      }
      for (int j = 0; j < channel.fees().size(); j++) {
        Fee fee = channel.fees().get(j);
        String feePointer = JsonPointers.index(pointer + "/fees", j);
        if (!fee.hasAmount()) {
          sink.add(ProcedureDiagnostics.FEE_WITHOUT_AMOUNT, feePointer + "/amount");
        }
        checkUrl(fee.documentUrl(), feePointer + "/documentUrl", sink);
      }
    }
    if (p.onlineServiceLevel() != null && !seen.contains(ChannelKind.ONLINE)) {
      sink.add(
          ProcedureDiagnostics.ONLINE_LEVEL_WITHOUT_ONLINE_CHANNEL,
          "/onlineServiceLevel",
          p.onlineServiceLevel());
    }
  }

  private void checkCases(Procedure p, DiagnosticCollector sink) {
    if (p.cases().isEmpty()) {
      sink.add(ProcedureDiagnostics.NO_CASES, "/cases");
    }
    long unnamed = p.cases().stream().filter(c -> c.name() == null).count();
    if (unnamed > 1) {
      sink.add(ProcedureDiagnostics.UNNAMED_CASES, "/cases", unnamed);
    }
    for (int i = 0; i < p.cases().size(); i++) {
      ProcedureCase c = p.cases().get(i);
      String pointer = JsonPointers.index("/cases", i);
      if (c.documents().isEmpty()) {
        sink.add(
            ProcedureDiagnostics.CASE_WITHOUT_DOCUMENTS,
            pointer + "/documents",
            c.name() == null ? "—" : c.name().vi());
      }
      Set<String> codes = new HashSet<>();
      for (int j = 0; j < c.documents().size(); j++) {
        DocumentRequirement d = c.documents().get(j);
        String docPointer = JsonPointers.index(pointer + "/documents", j);
        if (d.code() != null && !codes.add(d.code())) {
          sink.add(ProcedureDiagnostics.DUPLICATE_DOCUMENT_CODE, docPointer + "/code", d.code());
        }
        checkDocument(d, docPointer, sink);
      }
    }
  }

  private void checkDocument(DocumentRequirement d, String pointer, DiagnosticCollector sink) {
    if (d.documentType() != null) {
      if (dictionary.documentTypes().find(d.documentType()).isEmpty()) {
        sink.add(
            ProcedureDiagnostics.DOCUMENT_TYPE_UNKNOWN,
            pointer + "/documentType",
            d.documentType());
      }
    } else if (dictionary.documentTypes().match(d.name().vi()).isEmpty()) {
      sink.add(ProcedureDiagnostics.DOCUMENT_TYPE_UNMATCHED, pointer + "/name", d.name().vi());
    }
    for (int k = 0; k < d.dataElements().size(); k++) {
      String element = d.dataElements().get(k);
      if (!dictionary.contains(element)) {
        sink.add(
            ProcedureDiagnostics.DATA_ELEMENT_UNKNOWN,
            JsonPointers.index(pointer + "/dataElements", k),
            element);
      }
    }
    if (d.template() != null) {
      checkUrl(d.template().url(), pointer + "/template/url", sink);
    }
  }

  private static void checkResults(Procedure p, DiagnosticCollector sink) {
    if (p.results().isEmpty()) {
      sink.add(ProcedureDiagnostics.NO_RESULTS, "/results");
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < p.results().size(); i++) {
      ProcedureResult r = p.results().get(i);
      String pointer = JsonPointers.index("/results", i);
      if (r.code() != null && !codes.add(r.code())) {
        sink.add(ProcedureDiagnostics.DUPLICATE_RESULT_CODE, pointer + "/code", r.code());
      }
      if (r.template() != null) {
        checkUrl(r.template().url(), pointer + "/template/url", sink);
      }
    }
  }

  private static void checkLegalBasis(Procedure p, DiagnosticCollector sink) {
    if (p.legalBasis().isEmpty()) {
      sink.add(ProcedureDiagnostics.NO_LEGAL_BASIS, "/legalBasis");
    }
    for (int i = 0; i < p.legalBasis().size(); i++) {
      LegalDocument l = p.legalBasis().get(i);
      String pointer = JsonPointers.index("/legalBasis", i);
      if (l.issuedOn() != null
          && l.effectiveFrom() != null
          && l.effectiveFrom().isBefore(l.issuedOn())) {
        sink.add(
            ProcedureDiagnostics.LEGAL_DATES_OUT_OF_ORDER,
            pointer + "/effectiveFrom",
            l.number(),
            l.effectiveFrom(),
            l.issuedOn());
      }
      checkUrl(l.url(), pointer + "/url", sink);
    }
  }

  private static void checkLinks(
      @Nullable ProcedureCode self,
      List<ProcedureCode> links,
      String pointer,
      DiagnosticCollector sink) {
    Set<ProcedureCode> seen = new HashSet<>();
    for (int i = 0; i < links.size(); i++) {
      ProcedureCode link = links.get(i);
      String at = JsonPointers.index(pointer, i);
      if (link.equals(self)) {
        sink.add(ProcedureDiagnostics.SELF_LINK, at, link);
      } else if (!seen.add(link)) {
        sink.add(ProcedureDiagnostics.DUPLICATE_LINK, at, link);
      }
    }
  }

  private static void checkUrl(@Nullable String url, String pointer, DiagnosticCollector sink) {
    if (url != null && !isHttpUrl(url)) {
      sink.add(ProcedureDiagnostics.URL_MALFORMED, pointer, url);
    }
  }

  /** Whether {@code text} is an absolute http or https URL with a host. */
  static boolean isHttpUrl(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      return scheme != null
          && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
