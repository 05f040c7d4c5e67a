package org.opendvc.core.dossier;

import static org.opendvc.core.internal.json.JsonFields.Need.OPTIONAL;
import static org.opendvc.core.internal.json.JsonFields.Need.REQUIRED;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.OpenDvcException;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.diagnostic.DiagnosticCollector;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.id.DossierCode;
import org.opendvc.core.id.Identifier;
import org.opendvc.core.id.IdentifierKind;
import org.opendvc.core.id.PhoneNumber;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.internal.json.CommonReaders;
import org.opendvc.core.internal.json.JsonFields;
import org.opendvc.core.internal.json.JsonTrees;
import org.opendvc.core.json.JsonDiagnostics;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.json.OpenDvcJson;
import org.opendvc.core.procedure.ChannelKind;
import org.opendvc.core.procedure.FeeKind;
import org.opendvc.core.procedure.OnlineServiceLevel;
import org.opendvc.core.procedure.ProcessingTime;
import org.opendvc.core.procedure.ProcessingTimeUnit;
import org.opendvc.core.procedure.Sector;

/**
 * OpenDVC's JSON form of one dossier, described by {@code dossier.schema.json}: one object per line
 * in a JSON Lines file ({@link DossierJsonLines}).
 *
 * <p>{@link #write(Dossier)} is canonical: members in a fixed order, no whitespace, instants at
 * {@code +07:00} ({@code 2026-03-09T10:30:00+07:00}), and members that are null, false or empty
 * left out; so two equal dossiers always give the same line. {@link #read(JsonDocument)} reports
 * every problem at once with JSON Pointers: missing, mistyped and unknown members, malformed codes
 * and identifiers ({@code ID_*}), and a dossier whose parts do not hold together ({@code
 * DOSSIER_*}: an illegal or broken event log, a status that is not the last event's, a due date
 * before the receipt). For any dossier, {@code read(write(d))} equals {@code d}.
 *
 * <p>The file holds personal data in clear (it is the dossier); the diagnostics never do:
 * identifiers that fail to parse are shown masked.
 */
public final class DossierJson {
  /** The schema identifier, for tools that look for one. */
  public static final String SCHEMA_ID = "https://opendvc.org/schema/1/dossier.schema.json";

  /** The largest processing time value accepted, in any unit. */
  public static final int MAX_PROCESSING_TIME = 10_000;

  private static final ZoneOffset VIETNAM_OFFSET = ZoneOffset.ofHours(7);
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private static final List<String> TOP =
      List.of(
          "$schema",
          "code",
          "status",
          "procedure",
          "channel",
          "processingTime",
          "dueAt",
          "applicant",
          "summary",
          "processingUnit",
          "resultByPost",
          "components",
          "fees",
          "payments",
          "results",
          "supplements",
          "ratings",
          "registries",
          "events",
          "syncs");
  private static final List<String> PROCEDURE =
      List.of("code", "version", "name", "sector", "onlineServiceLevel");
  private static final List<String> TIME = List.of("value", "unit");
  private static final List<String> APPLICANT =
      List.of("kind", "name", "identifiers", "phone", "email", "address", "verifiedWithVneid");
  private static final List<String> IDENTIFIER = List.of("kind", "value");
  private static final List<String> COMPONENT =
      List.of(
          "component",
          "name",
          "documentType",
          "subject",
          "provision",
          "digitised",
          "resultCode",
          "replaceableBy",
          "fileId",
          "fileName",
          "url");
  private static final List<String> FEE = List.of("code", "name", "kind", "amount");
  private static final List<String> PAYMENT = List.of("method", "amount", "paidAt", "reference");
  private static final List<String> RESULT =
      List.of("code", "name", "electronic", "documentId", "url", "issuedAt");
  private static final List<String> SUPPLEMENT =
      List.of(
          "requestedAt",
          "requestedBy",
          "content",
          "answeredAt",
          "receivedBy",
          "previousDueAt",
          "newDueAt");
  private static final List<String> RATING = List.of("level", "ratedAt", "comment");
  private static final List<String> EVENT = List.of("at", "by", "from", "to", "note");
  private static final List<String> SYNC = List.of("at", "events");

  /** Reference date for identifiers of a record whose log cannot be read. */
  private static final Instant FAR_FUTURE = Instant.parse("2099-12-31T00:00:00Z");

  private DossierJson() {}

  // ---------------------------------------------------------------- reading

  /**
   * Reads one dossier from a parsed document, reporting every problem with its pointer, line and
   * column. There is a value only when there is no error.
   */
  public static Validated<Dossier> read(JsonDocument document) {
    DiagnosticCollector sink = new DiagnosticCollector();
    Dossier dossier = read(document.root(), sink);
    return Validated.of(sink.hasErrors() ? null : dossier, document.locate(sink.toList()));
  }

  private static @Nullable Dossier read(JsonNode root, DiagnosticCollector sink) {
    JsonFields top = JsonFields.of(root, "", sink);
    if (top == null) {
      return null;
    }
    DossierCode code = top.read("code", REQUIRED, DossierJson::dossierCode);
    String label = code == null ? "?" : code.value();
    List<DossierEvent> events = top.list("events", REQUIRED, (n, p, s) -> event(n, p, s, label));
    Instant reference = events.isEmpty() ? FAR_FUTURE : events.get(0).at();
    DossierStatus status = top.enumValue("status", DossierStatus.class, REQUIRED);
    ProcedureRef procedure = top.read("procedure", REQUIRED, DossierJson::procedure);
    ChannelKind channel = top.enumValue("channel", ChannelKind.class, REQUIRED);
    ProcessingTime time = top.read("processingTime", OPTIONAL, DossierJson::processingTime);
    Instant dueAt = instant(top, "dueAt", OPTIONAL);
    Applicant applicant =
        top.read("applicant", REQUIRED, (n, p, s) -> applicant(n, p, s, reference));
    String summary = top.text("summary", OPTIONAL);
    String processingUnit = top.text("processingUnit", OPTIONAL);
    Boolean byPost = top.bool("resultByPost", OPTIONAL);
    List<SubmittedComponent> components =
        top.list("components", OPTIONAL, (n, p, s) -> component(n, p, s, label));
    List<DossierFee> fees = top.list("fees", OPTIONAL, DossierJson::fee);
    List<Payment> payments = top.list("payments", OPTIONAL, DossierJson::payment);
    List<DossierResult> results = top.list("results", OPTIONAL, DossierJson::result);
    List<Supplement> supplements =
        top.list("supplements", OPTIONAL, (n, p, s) -> supplement(n, p, s, label));
    List<Rating> ratings = top.list("ratings", OPTIONAL, DossierJson::rating);
    List<Registry> registries =
        top.list("registries", OPTIONAL, (n, p, s) -> JsonFields.enumOf(n, p, Registry.class, s));
    List<PortalSync> syncs = top.list("syncs", OPTIONAL, DossierJson::sync);
    top.rejectUnknown(TOP);
    if (code == null
        || procedure == null
        || channel == null
        || applicant == null
        || events.size() != arraySize(root, "events")) {
      return null;
    }
    sink.addAll(DossierChecks.check(code.value(), events, syncs, dueAt));
    DossierStatus last = events.isEmpty() ? null : events.get(events.size() - 1).to();
    if (status != null && last != null && status != last) {
      sink.add(
          DossierDiagnostics.STATUS_MISMATCH.at(
              "/status",
              code.value(),
              DossierChecks.describe(status),
              DossierChecks.describe(last)));
    }
    if (sink.hasErrors()) {
      return null;
    }
    return Dossier.builder(code, procedure, channel, applicant)
        .processingTime(time)
        .summary(summary)
        .processingUnit(processingUnit)
        .resultByPost(Boolean.TRUE.equals(byPost))
        .components(components)
        .fees(fees)
        .payments(payments)
        .results(results)
        .supplements(supplements)
        .ratings(ratings)
        .registries(registries)
        .events(events)
        .syncs(syncs)
        .dueAt(dueAt)
        .build();
  }

  /** How many items the array member {@code name} has, so a list with dropped items is noticed. */
  private static int arraySize(JsonNode root, String name) {
    JsonNode value = root.get(name);
    return value != null && value.isArray() ? value.size() : -1;
  }

  private static @Nullable DossierCode dossierCode(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    String text = JsonFields.textItem(node, pointer, sink);
    if (text == null) {
      return null;
    }
    Validated<DossierCode> parsed = DossierCode.parse(text);
    parsed.diagnostics().forEach(d -> sink.add(d.withPointer(pointer)));
    return parsed.isValid() ? parsed.value().orElse(null) : null;
  }

  private static @Nullable ProcedureRef procedure(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    ProcedureCode code = f.read("code", REQUIRED, CommonReaders::procedureCode);
    String version = f.text("version", OPTIONAL);
    LocalizedText name = f.localized("name", REQUIRED);
    Sector sector =
        f.read("sector", OPTIONAL, (n, p, s) -> CommonReaders.codeName(n, p, s, Sector::new));
    OnlineServiceLevel level =
        f.enumValue("onlineServiceLevel", OnlineServiceLevel.class, OPTIONAL);
    f.rejectUnknown(PROCEDURE);
    return code == null || name == null
        ? null
        : new ProcedureRef(code, version, name, sector, level);
  }

  private static @Nullable ProcessingTime processingTime(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    BigDecimal value = f.decimal("value", REQUIRED, BigDecimal.ZERO);
    ProcessingTimeUnit unit = f.enumValue("unit", ProcessingTimeUnit.class, REQUIRED);
    f.rejectUnknown(TIME);
    if (value != null && value.compareTo(BigDecimal.valueOf(MAX_PROCESSING_TIME)) > 0) {
      sink.add(
          JsonDiagnostics.OUT_OF_RANGE,
          f.pointerOf("value"),
          value.toPlainString(),
          "0.." + MAX_PROCESSING_TIME);
      return null;
    }
    return value == null || unit == null ? null : new ProcessingTime(value, unit, null);
  }

  private static @Nullable Applicant applicant(
      JsonNode node, String pointer, DiagnosticCollector sink, Instant reference) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    ApplicantKind kind = f.enumValue("kind", ApplicantKind.class, REQUIRED);
    String name = f.text("name", REQUIRED);
    List<Identifier> identifiers =
        f.list("identifiers", OPTIONAL, (n, p, s) -> identifier(n, p, s, reference));
    PhoneNumber phone = f.read("phone", OPTIONAL, DossierJson::phone);
    String email = f.text("email", OPTIONAL);
    String address = f.text("address", OPTIONAL);
    Boolean vneid = f.bool("verifiedWithVneid", OPTIONAL);
    f.rejectUnknown(APPLICANT);
    if (kind == null || name == null) {
      return null;
    }
    return new Applicant(
        kind, name, identifiers, phone, email, address, Boolean.TRUE.equals(vneid));
  }

  private static @Nullable Identifier identifier(
      JsonNode node, String pointer, DiagnosticCollector sink, Instant reference) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    String kindId = f.text("kind", REQUIRED);
    String value = f.text("value", REQUIRED);
    f.rejectUnknown(IDENTIFIER);
    if (kindId == null || value == null) {
      return null;
    }
    IdentifierKind kind = IdentifierKind.fromId(kindId).orElse(null);
    if (kind == null || !Applicant.IDENTIFIER_KINDS.contains(kind)) {
      sink.add(
          DossierDiagnostics.IDENTIFIER_KIND_NOT_ALLOWED,
          f.pointerOf("kind"),
          kindId,
          String.join(
              ", ", Applicant.IDENTIFIER_KINDS.stream().map(IdentifierKind::id).sorted().toList()));
      return null;
    }
    Validated<Identifier> parsed = kind.parse(value, Clock.fixed(reference, VIETNAM_OFFSET));
    parsed.diagnostics().forEach(d -> sink.add(d.withPointer(f.pointerOf("value"))));
    return parsed.isValid() ? parsed.value().orElse(null) : null;
  }

  private static @Nullable PhoneNumber phone(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    String text = JsonFields.textItem(node, pointer, sink);
    if (text == null) {
      return null;
    }
    Validated<PhoneNumber> parsed = PhoneNumber.parse(text);
    parsed.diagnostics().forEach(d -> sink.add(d.withPointer(pointer)));
    return parsed.isValid() ? parsed.value().orElse(null) : null;
  }

  private static @Nullable SubmittedComponent component(
      JsonNode node, String pointer, DiagnosticCollector sink, String dossier) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    String component = f.text("component", REQUIRED);
    String name = f.text("name", OPTIONAL);
    String documentType = f.text("documentType", OPTIONAL);
    SubjectRole subject = f.enumValue("subject", SubjectRole.class, OPTIONAL);
    ComponentProvision provision = f.enumValue("provision", ComponentProvision.class, REQUIRED);
    Boolean digitised = f.bool("digitised", OPTIONAL);
    String resultCode = f.text("resultCode", OPTIONAL);
    String replaceableBy = f.text("replaceableBy", OPTIONAL);
    String fileId = f.text("fileId", OPTIONAL);
    String fileName = f.text("fileName", OPTIONAL);
    String url = f.text("url", OPTIONAL);
    f.rejectUnknown(COMPONENT);
    if (component == null || provision == null) {
      return null;
    }
    if ((provision == ComponentProvision.REPLACED_BY_RESULT) != (resultCode != null)) {
      sink.add(DossierDiagnostics.RESULT_CODE_MISMATCH, pointer, dossier, component);
      return null;
    }
    return new SubmittedComponent(
        component,
        name,
        documentType,
        subject == null ? SubjectRole.APPLICANT : subject,
        provision,
        Boolean.TRUE.equals(digitised),
        resultCode,
        replaceableBy,
        fileId,
        fileName,
        url);
  }

  private static @Nullable DossierFee fee(JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    String code = f.text("code", OPTIONAL);
    String name = f.text("name", REQUIRED);
    FeeKind kind = f.enumValue("kind", FeeKind.class, OPTIONAL);
    BigDecimal amount = f.decimal("amount", REQUIRED, BigDecimal.ZERO);
    f.rejectUnknown(FEE);
    return name == null || amount == null ? null : new DossierFee(code, name, kind, amount);
  }

  private static @Nullable Payment payment(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    PaymentMethod method = f.enumValue("method", PaymentMethod.class, REQUIRED);
    BigDecimal amount = f.decimal("amount", REQUIRED, BigDecimal.ZERO);
    Instant paidAt = instant(f, "paidAt", REQUIRED);
    String reference = f.text("reference", OPTIONAL);
    f.rejectUnknown(PAYMENT);
    if (amount != null && amount.signum() == 0) {
      sink.add(JsonDiagnostics.OUT_OF_RANGE, f.pointerOf("amount"), "0", "> 0");
      return null;
    }
    return method == null || amount == null || paidAt == null
        ? null
        : new Payment(method, amount, paidAt, reference);
  }

  private static @Nullable DossierResult result(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    String code = f.text("code", OPTIONAL);
    String name = f.text("name", REQUIRED);
    Boolean electronic = f.bool("electronic", OPTIONAL);
    String documentId = f.text("documentId", OPTIONAL);
    String url = f.text("url", OPTIONAL);
    Instant issuedAt = instant(f, "issuedAt", OPTIONAL);
    f.rejectUnknown(RESULT);
    return name == null
        ? null
        : new DossierResult(code, name, Boolean.TRUE.equals(electronic), documentId, url, issuedAt);
  }

  private static @Nullable Supplement supplement(
      JsonNode node, String pointer, DiagnosticCollector sink, String dossier) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    Instant requestedAt = instant(f, "requestedAt", REQUIRED);
    String requestedBy = f.text("requestedBy", REQUIRED);
    String content = f.text("content", OPTIONAL);
    Instant answeredAt = instant(f, "answeredAt", OPTIONAL);
    String receivedBy = f.text("receivedBy", OPTIONAL);
    Instant previousDueAt = instant(f, "previousDueAt", OPTIONAL);
    Instant newDueAt = instant(f, "newDueAt", OPTIONAL);
    f.rejectUnknown(SUPPLEMENT);
    if (requestedAt == null || requestedBy == null) {
      return null;
    }
    if (answeredAt != null && answeredAt.isBefore(requestedAt)) {
      sink.add(
          DossierDiagnostics.SUPPLEMENT_ANSWERED_BEFORE_REQUEST,
          f.pointerOf("answeredAt"),
          dossier,
          pointer.substring(pointer.lastIndexOf('/') + 1),
          answeredAt,
          requestedAt);
      return null;
    }
    return new Supplement(
        requestedAt, requestedBy, content, answeredAt, receivedBy, previousDueAt, newDueAt);
  }

  private static @Nullable Rating rating(JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    SatisfactionLevel level = f.enumValue("level", SatisfactionLevel.class, REQUIRED);
    Instant ratedAt = instant(f, "ratedAt", REQUIRED);
    String comment = f.text("comment", OPTIONAL);
    f.rejectUnknown(RATING);
    return level == null || ratedAt == null ? null : new Rating(level, ratedAt, comment);
  }

  private static @Nullable DossierEvent event(
      JsonNode node, String pointer, DiagnosticCollector sink, String dossier) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    Instant at = instant(f, "at", REQUIRED);
    String by = f.text("by", REQUIRED);
    DossierStatus from = f.enumValue("from", DossierStatus.class, OPTIONAL);
    DossierStatus to = f.enumValue("to", DossierStatus.class, REQUIRED);
    String note = f.text("note", OPTIONAL);
    f.rejectUnknown(EVENT);
    if (by != null && DossierEvent.looksPersonal(by)) {
      sink.add(
          DossierDiagnostics.ACTOR_PERSONAL,
          f.pointerOf("by"),
          dossier,
          pointer.substring(pointer.lastIndexOf('/') + 1));
      return null;
    }
    return at == null || by == null || to == null || (from == null && f.has("from"))
        ? null
        : new DossierEvent(at, by, from, to, note);
  }

  private static @Nullable PortalSync sync(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    Instant at = instant(f, "at", REQUIRED);
    Integer events = f.integer("events", REQUIRED, 1, Integer.MAX_VALUE);
    f.rejectUnknown(SYNC);
    return at == null || events == null ? null : new PortalSync(at, events);
  }

  private static @Nullable Instant instant(JsonFields f, String name, JsonFields.Need need) {
    String text = f.text(name, need);
    if (text == null) {
      return null;
    }
    Instant fast = parseCanonical(text);
    if (fast != null) {
      return fast;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      f.sink().add(DossierDiagnostics.INVALID_INSTANT, f.pointerOf(name), text);
      return null;
    }
  }

  /**
   * The instant {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|±HH:MM)} stands for, read without a
   * formatter (a file holds some twenty per dossier); null for any other text, which {@link
   * OffsetDateTime#parse} then reads or refuses.
   */
  static @Nullable Instant parseCanonical(String t) {
    int n = t.length();
    if (n < 20
        || t.charAt(4) != '-'
        || t.charAt(7) != '-'
        || t.charAt(10) != 'T'
        || t.charAt(13) != ':'
        || t.charAt(16) != ':') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 7);
    int day = digits(t, 8, 10);
    int hour = digits(t, 11, 13);
    int minute = digits(t, 14, 16);
    int second = digits(t, 17, 19);
    if (year < 0
        || hour < 0
        || minute < 0
        || second < 0
        || month < 1
        || month > 12
        || day < 1
        || hour > 23
        || minute > 59
        || second > 59
        || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    int i = 19;
    long nanos = 0;
    if (t.charAt(i) == '.') {
      int start = ++i;
      while (i < n && i - start < 9 && Character.isDigit(t.charAt(i))) {
        nanos = nanos * 10 + (t.charAt(i) - '0');
        i++;
      }
      if (i == start || (i < n && Character.isDigit(t.charAt(i)))) {
        return null;
      }
      for (int k = i - start; k < 9; k++) {
        nanos *= 10;
      }
    }
    int offset;
    if (i == n - 1 && t.charAt(i) == 'Z') {
      offset = 0;
    } else if (i == n - 6 && (t.charAt(i) == '+' || t.charAt(i) == '-') && t.charAt(i + 3) == ':') {
      int oh = digits(t, i + 1, i + 3);
      int om = digits(t, i + 4, i + 6);
      if (oh < 0 || oh > 18 || om < 0 || om > 59) {
        return null;
      }
      offset = (t.charAt(i) == '-' ? -1 : 1) * (oh * 3600 + om * 60);
    } else {
      return null;
    }
    long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
    long seconds = epochDay * 86_400 + hour * 3600L + minute * 60L + second - offset;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /** The number written in {@code t[from, to)}, or -1 if it is not all digits. */
  private static int digits(String t, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  // ---------------------------------------------------------------- writing

  /** The dossier as a JSON tree, members in the canonical order. */
  public static ObjectNode toTree(Dossier d) {
    ObjectNode o = F.objectNode();
    o.put("code", d.code().value());
    o.put("status", d.status().name());
    o.set("procedure", procedureNode(d.procedure()));
    o.put("channel", d.channel().name());
    ProcessingTime time = d.processingTime();
    if (time != null) {
      ObjectNode t = o.putObject("processingTime");
      t.put("value", time.value());
      t.put("unit", time.unit().name());
    }
    putInstant(o, "dueAt", d.dueAt());
    o.set("applicant", applicantNode(d.applicant()));
    JsonTrees.putIfPresent(o, "summary", d.summary());
    JsonTrees.putIfPresent(o, "processingUnit", d.processingUnit());
    putTrue(o, "resultByPost", d.resultByPost());
    JsonTrees.putList(o, "components", d.components(), DossierJson::componentNode);
    JsonTrees.putList(o, "fees", d.fees(), DossierJson::feeNode);
    JsonTrees.putList(o, "payments", d.payments(), DossierJson::paymentNode);
    JsonTrees.putList(o, "results", d.results(), DossierJson::resultNode);
    JsonTrees.putList(o, "supplements", d.supplements(), DossierJson::supplementNode);
    JsonTrees.putList(o, "ratings", d.ratings(), DossierJson::ratingNode);
    JsonTrees.putList(o, "registries", d.registries(), r -> F.textNode(r.name()));
    JsonTrees.putList(o, "events", d.events(), DossierJson::eventNode);
    JsonTrees.putList(o, "syncs", d.syncs(), DossierJson::syncNode);
    return o;
  }

  /** The dossier as one line of JSON, without the line break. */
  public static String write(Dossier dossier) {
    try {
      return OpenDvcJson.mapper().writeValueAsString(toTree(dossier));
    } catch (JsonProcessingException e) {
      throw new OpenDvcException("Cannot write dossier " + dossier.code(), e);
    }
  }

  /** An instant as the format writes it: ISO-8601 at {@code +07:00}. */
  public static String format(Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(VIETNAM_OFFSET));
  }

  private static ObjectNode procedureNode(ProcedureRef p) {
    ObjectNode o = F.objectNode();
    o.put("code", p.code().value());
    JsonTrees.putIfPresent(o, "version", p.version());
    o.set("name", JsonTrees.localized(p.name()));
    Sector sector = p.sector();
    if (sector != null) {
      o.set("sector", JsonTrees.codeName(sector.code(), sector.name()));
    }
    if (p.onlineServiceLevel() != null) {
      o.put("onlineServiceLevel", p.onlineServiceLevel().name());
    }
    return o;
  }

  private static ObjectNode applicantNode(Applicant a) {
    ObjectNode o = F.objectNode();
    o.put("kind", a.kind().name());
    o.put("name", a.name());
    JsonTrees.putList(
        o,
        "identifiers",
        a.identifiers(),
        i -> F.objectNode().put("kind", i.kind().id()).put("value", i.value()));
    JsonTrees.putIfPresent(o, "phone", a.phone() == null ? null : a.phone().value());
    JsonTrees.putIfPresent(o, "email", a.email());
    JsonTrees.putIfPresent(o, "address", a.address());
    putTrue(o, "verifiedWithVneid", a.verifiedWithVneid());
    return o;
  }

  private static ObjectNode componentNode(SubmittedComponent c) {
    ObjectNode o = F.objectNode();
    o.put("component", c.component());
    JsonTrees.putIfPresent(o, "name", c.name());
    JsonTrees.putIfPresent(o, "documentType", c.documentType());
    if (c.subject() != SubjectRole.APPLICANT) {
      o.put("subject", c.subject().name());
    }
    o.put("provision", c.provision().name());
    putTrue(o, "digitised", c.digitised());
    JsonTrees.putIfPresent(o, "resultCode", c.resultCode());
    JsonTrees.putIfPresent(o, "replaceableBy", c.replaceableBy());
    JsonTrees.putIfPresent(o, "fileId", c.fileId());
    JsonTrees.putIfPresent(o, "fileName", c.fileName());
    JsonTrees.putIfPresent(o, "url", c.url());
    return o;
  }

  private static ObjectNode feeNode(DossierFee fee) {
    ObjectNode o = F.objectNode();
    JsonTrees.putIfPresent(o, "code", fee.code());
    o.put("name", fee.name());
    if (fee.kind() != null) {
      o.put("kind", fee.kind().name());
    }
    o.put("amount", fee.amount());
    return o;
  }

  private static ObjectNode paymentNode(Payment p) {
    ObjectNode o = F.objectNode();
    o.put("method", p.method().name());
    o.put("amount", p.amount());
    putInstant(o, "paidAt", p.paidAt());
    JsonTrees.putIfPresent(o, "reference", p.reference());
    return o;
  }

  private static ObjectNode resultNode(DossierResult r) {
    ObjectNode o = F.objectNode();
    JsonTrees.putIfPresent(o, "code", r.code());
    o.put("name", r.name());
    putTrue(o, "electronic", r.electronic());
    JsonTrees.putIfPresent(o, "documentId", r.documentId());
    JsonTrees.putIfPresent(o, "url", r.url());
    putInstant(o, "issuedAt", r.issuedAt());
    return o;
  }

  private static ObjectNode supplementNode(Supplement s) {
    ObjectNode o = F.objectNode();
    putInstant(o, "requestedAt", s.requestedAt());
    o.put("requestedBy", s.requestedBy());
    JsonTrees.putIfPresent(o, "content", s.content());
    putInstant(o, "answeredAt", s.answeredAt());
    JsonTrees.putIfPresent(o, "receivedBy", s.receivedBy());
    putInstant(o, "previousDueAt", s.previousDueAt());
    putInstant(o, "newDueAt", s.newDueAt());
    return o;
  }

  private static ObjectNode ratingNode(Rating r) {
    ObjectNode o = F.objectNode();
    o.put("level", r.level().name());
    putInstant(o, "ratedAt", r.ratedAt());
    JsonTrees.putIfPresent(o, "comment", r.comment());
    return o;
  }

  private static ObjectNode eventNode(DossierEvent e) {
    ObjectNode o = F.objectNode();
    putInstant(o, "at", e.at());
    o.put("by", e.actor());
    if (e.from() != null) {
      o.put("from", e.from().name());
    }
    o.put("to", e.to().name());
    JsonTrees.putIfPresent(o, "note", e.note());
    return o;
  }

  private static ObjectNode syncNode(PortalSync s) {
    ObjectNode o = F.objectNode();
    putInstant(o, "at", s.at());
    o.put("events", s.events());
    return o;
  }

  private static void putTrue(ObjectNode o, String name, boolean value) {
    if (value) {
      o.put(name, true);
    }
  }

  private static void putInstant(ObjectNode o, String name, @Nullable Instant value) {
    if (value != null) {
      o.put(name, format(value));
    }
  }
}
