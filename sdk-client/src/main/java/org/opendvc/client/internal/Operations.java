package org.opendvc.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.opendvc.client.DvcqgClient;
import org.opendvc.client.SyncMode;
import org.opendvc.client.SyncResult;
import org.opendvc.client.error.DvcqgException;
import org.opendvc.client.error.DvcqgProtocolException;
import org.opendvc.client.error.DvcqgRequestException;
import org.opendvc.client.error.DvcqgValidationException;
import org.opendvc.client.wire.CitizenQuery;
import org.opendvc.client.wire.CitizenRecord;
import org.opendvc.client.wire.DossierSyncRecord;
import org.opendvc.client.wire.PaymentTransaction;
import org.opendvc.client.wire.PortalDossier;
import org.opendvc.client.wire.ProcedureSummary;
import org.opendvc.client.wire.ProgressRecord;
import org.opendvc.client.wire.SatisfactionRating;
import org.opendvc.client.wire.WarehouseDocument;
import org.opendvc.client.wire.WarehouseQuery;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.dvcqg.DvcqgProcedurePackage;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.procedure.Agency;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.Sector;

/**
 * Every portal operation as a request to build and an answer to read, shared by the blocking and
 * the async clients. Service names are those of OpenCPS's adapter where they exist; the others are
 * OpenDVC's and documented as such in {@code docs/simulator.md}.
 */
public final class Operations {
  /** Service names. */
  public static final String PROCEDURE = "LayThuTuc";

  /** Lists procedures. */
  public static final String PROCEDURES = "LayDanhSachTTHC";

  /** Lists agencies. */
  public static final String AGENCIES = "LayDanhMucCoQuan";

  /** Lists sectors. */
  public static final String SECTORS = "LayDanhMucLinhVuc";

  /** Looks a dossier up. */
  public static final String LOOKUP = "TraCuuHoSo";

  /** Syncs a dossier. */
  public static final String SYNC = "DongBoHoSoMC";

  /** Sends progress. */
  public static final String PROGRESS = "CapNhatTienDoHoSoMC";

  /** Asks the e-document warehouse. */
  public static final String WAREHOUSE = "GetKetQuaGiayTo";

  /** Asks the population database (OpenDVC's name). */
  public static final String CITIZEN = "TraCuuThongTinCongDan";

  /** Reports a payment (OpenDVC's name). */
  public static final String PAYMENT = "DongBoThanhToan";

  /** Looks a payment up (OpenDVC's name). */
  public static final String PAYMENT_LOOKUP = "TraCuuThanhToan";

  /** Reports a rating (OpenDVC's name). */
  public static final String RATING = "DongBoDanhGiaHaiLong";

  /** The member of a {@code TraCuuHoSo} answer that holds the processing steps (OpenDVC's). */
  public static final String PROGRESS_HISTORY = "DanhSachTienDoXuLy";

  /**
   * One operation: the call and how to read its answer.
   *
   * @param <T> what the answer is read into
   * @param call the call
   * @param read reads the answer
   */
  public record Op<T>(Transport.CallSpecHandle call, Function<Answer, T> read) {}

  private final Transport transport;

  /** Operations over {@code transport}. */
  public Operations(Transport transport) {
    this.transport = transport;
  }

  private ObjectNode params() {
    return WireJson.mapper().createObjectNode();
  }

  private <T> Op<T> op(String service, Safety safety, ObjectNode params, Function<Answer, T> read) {
    return new Op<>(transport.service(service, safety, params), read);
  }

  /** {@code LayThuTuc}. */
  public Op<Optional<Validated<Procedure>>> getProcedure(String code) {
    ObjectNode p = params().put("maTTHC", code);
    return op(
        PROCEDURE,
        Safety.READ,
        p,
        a -> {
          JsonNode pkg = first(success(a).payload());
          if (pkg == null) {
            return Optional.empty();
          }
          String text = pkg.toString();
          Validated<JsonDocument> doc = JsonDocument.parse(text, PROCEDURE + " " + code);
          if (doc.value().isEmpty()) {
            throw protocol(a, "The procedure package is not readable JSON", null);
          }
          return Optional.of(DvcqgProcedurePackage.read(doc.value().get()));
        });
  }

  /** {@code LayDanhSachTTHC}. */
  public Op<List<ProcedureSummary>> listProcedures() {
    return op(PROCEDURES, Safety.READ, params(), a -> list(a, ProcedureSummary.class));
  }

  /** {@code LayDanhMucCoQuan}. */
  public Op<List<Agency>> listAgencies() {
    return op(
        AGENCIES,
        Safety.READ,
        params(),
        a -> {
          List<Agency> out = new ArrayList<>();
          for (JsonNode n : items(success(a).payload())) {
            String name = Answer.member(n, "TENDONVI", "TenDonVi");
            if (name == null) {
              throw protocol(a, "An agency without TENDONVI", null);
            }
            out.add(new Agency(Answer.member(n, "MADONVI", "MaDonVi"), LocalizedText.of(name)));
          }
          return List.copyOf(out);
        });
  }

  /** {@code LayDanhMucLinhVuc}. */
  public Op<List<Sector>> listSectors() {
    return op(
        SECTORS,
        Safety.READ,
        params(),
        a -> {
          List<Sector> out = new ArrayList<>();
          for (JsonNode n : items(success(a).payload())) {
            String name = Answer.member(n, "TENLINHVUC", "TenLinhVuc");
            if (name == null) {
              throw protocol(a, "A sector without TENLINHVUC", null);
            }
            out.add(new Sector(Answer.member(n, "MALINHVUC", "MaLinhVuc"), LocalizedText.of(name)));
          }
          return List.copyOf(out);
        });
  }

  /** {@code TraCuuHoSo}. */
  public Op<Optional<PortalDossier>> lookupDossier(String dossierCode) {
    ObjectNode p = params().put("mahoso", dossierCode);
    return op(
        LOOKUP,
        Safety.READ,
        p,
        a -> {
          JsonNode node = first(success(a).payload());
          if (node == null) {
            return Optional.empty();
          }
          DossierSyncRecord record = value(a, node, DossierSyncRecord.class);
          List<ProgressRecord> steps = new ArrayList<>();
          for (JsonNode step : node.path(PROGRESS_HISTORY)) {
            steps.add(value(a, step, ProgressRecord.class));
          }
          return Optional.of(new PortalDossier(record, steps));
        });
  }

  /**
   * {@code DongBoHoSoMC}: empty when the portal answers that the dossier already exists (the caller
   * then sends {@link SyncMode#UPDATE}).
   */
  public Op<Optional<SyncResult>> syncDossier(DossierSyncRecord record, SyncMode mode) {
    boolean update = mode == SyncMode.UPDATE;
    ObjectNode p = params().put("isUpdating", update ? "True" : "False");
    p.putArray("data").add(tree(record));
    return op(
        SYNC,
        Safety.IDEMPOTENT_WRITE,
        p,
        a -> {
          if (a.kind() == Answer.Kind.ALREADY_EXISTS && !update) {
            return Optional.empty();
          }
          success(a);
          return Optional.of(new SyncResult(record.dossierCode(), !update));
        });
  }

  /** {@code CapNhatTienDoHoSoMC}. */
  public Op<Void> updateProgress(List<ProgressRecord> steps) {
    if (steps.isEmpty() || steps.size() > DvcqgClient.MAX_PROGRESS_BATCH) {
      throw new IllegalArgumentException(
          "A progress update carries 1 to "
              + DvcqgClient.MAX_PROGRESS_BATCH
              + " steps, not "
              + steps.size());
    }
    ObjectNode p = params();
    ArrayNode data = p.putArray("data");
    steps.forEach(s -> data.add(tree(s)));
    return op(PROGRESS, Safety.NON_IDEMPOTENT_WRITE, p, this::nothing);
  }

  /** {@code GetKetQuaGiayTo}. */
  public Op<List<WarehouseDocument>> findResultDocuments(WarehouseQuery query) {
    ObjectNode p = (ObjectNode) tree(query);
    return op(
        WAREHOUSE,
        Safety.READ,
        p,
        a -> {
          JsonNode payload = success(a).payload();
          JsonNode docs =
              payload.has("DanhSachGiayToKetQua") ? payload.get("DanhSachGiayToKetQua") : payload;
          List<WarehouseDocument> out = new ArrayList<>();
          for (JsonNode n : items(docs)) {
            out.add(value(a, n, WarehouseDocument.class));
          }
          return List.copyOf(out);
        });
  }

  /** The population lookup. */
  public Op<Optional<CitizenRecord>> lookupCitizen(CitizenQuery query) {
    ObjectNode p = (ObjectNode) tree(query);
    return op(
        CITIZEN,
        Safety.READ,
        p,
        a -> {
          JsonNode payload = success(a).payload();
          JsonNode envelope = payload.has("Envelope") ? payload : a.root();
          JsonNode citizen =
              first(
                  envelope.path("Envelope").path("Body").path("CongdanCollection").path("CongDan"));
          return citizen == null
              ? Optional.empty()
              : Optional.of(value(a, citizen, CitizenRecord.class));
        });
  }

  /** The payment report. */
  public Op<Void> syncPayment(PaymentTransaction payment) {
    ObjectNode p = params();
    p.putArray("data").add(tree(payment));
    return op(PAYMENT, Safety.IDEMPOTENT_WRITE, p, this::nothing);
  }

  /** The payment lookup. */
  public Op<Optional<PaymentTransaction>> lookupPayment(String referenceCode) {
    ObjectNode p = params().put("MaThamChieu", referenceCode);
    return op(
        PAYMENT_LOOKUP,
        Safety.READ,
        p,
        a -> {
          JsonNode node = first(success(a).payload());
          return node == null
              ? Optional.empty()
              : Optional.of(value(a, node, PaymentTransaction.class));
        });
  }

  /** The rating report. */
  public Op<Void> submitRating(SatisfactionRating rating) {
    ObjectNode p = params();
    p.putArray("data").add(tree(rating));
    return op(RATING, Safety.IDEMPOTENT_WRITE, p, this::nothing);
  }

  private @Nullable Void nothing(Answer a) {
    success(a);
    return null;
  }

  private static JsonNode tree(Object value) {
    return WireJson.mapper().valueToTree(value);
  }

  /** The answer, if it is a success; otherwise the exception it means. */
  static Answer success(Answer a) {
    if (a.kind() == Answer.Kind.SUCCESS) {
      return a;
    }
    var errors = a.fieldErrors();
    if (!errors.isEmpty()) {
      throw new DvcqgValidationException(
          "The portal rejected the request", a.details(), a.message(), errors);
    }
    String summary =
        a.kind() == Answer.Kind.ALREADY_EXISTS
            ? "The portal says the record already exists"
            : "The portal refused the request";
    throw new DvcqgRequestException(summary, a.details(), a.message(), null);
  }

  private static @Nullable JsonNode first(JsonNode payload) {
    if (payload.isArray()) {
      return payload.isEmpty() ? null : payload.get(0);
    }
    if (payload.isObject() && !payload.isEmpty()) {
      return payload;
    }
    return null;
  }

  private static List<JsonNode> items(JsonNode payload) {
    List<JsonNode> out = new ArrayList<>();
    if (payload.isArray()) {
      payload.forEach(out::add);
    } else if (payload.isObject() && !payload.isEmpty()) {
      out.add(payload);
    }
    return out;
  }

  private static <T> List<T> list(Answer a, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (JsonNode n : items(success(a).payload())) {
      out.add(value(a, n, type));
    }
    return List.copyOf(out);
  }

  private static <T> T value(Answer a, JsonNode node, Class<T> type) {
    try {
      return WireJson.mapper().treeToValue(node, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      // The message of a Jackson exception may quote values: keep it only as the cause.
      throw protocol(a, "The answer does not have the shape of " + type.getSimpleName(), e);
    }
  }

  private static DvcqgException protocol(Answer a, String summary, @Nullable Throwable cause) {
    return new DvcqgProtocolException(summary, a.details(), null, cause);
  }
}
