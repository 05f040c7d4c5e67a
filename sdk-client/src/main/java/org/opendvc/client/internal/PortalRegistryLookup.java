package org.opendvc.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;
import org.opendvc.client.DvcqgAsyncClient;
import org.opendvc.client.error.DvcqgAuthenticationException;
import org.opendvc.client.error.DvcqgException;
import org.opendvc.client.error.DvcqgProtocolException;
import org.opendvc.client.error.DvcqgRequestException;
import org.opendvc.client.error.DvcqgTimeoutException;
import org.opendvc.client.error.DvcqgValidationException;
import org.opendvc.client.wire.CitizenQuery;
import org.opendvc.client.wire.CitizenRecord;
import org.opendvc.client.wire.WarehouseDocument;
import org.opendvc.client.wire.WarehouseFile;
import org.opendvc.client.wire.WarehouseQuery;
import org.opendvc.core.data.DataValue;
import org.opendvc.core.dictionary.DataDictionary;
import org.opendvc.core.dictionary.DataElement;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.dictionary.RegistryHolding;
import org.opendvc.core.registry.HeldDocument;
import org.opendvc.core.registry.HeldValue;
import org.opendvc.core.registry.RegistryAnswer;
import org.opendvc.core.registry.RegistryException;
import org.opendvc.core.registry.RegistryLookup;
import org.opendvc.core.registry.RegistryQuery;

/**
 * The population database and the e-document warehouse, asked through the portal. Elements are read
 * from the population record by the source field the data dictionary gives them ({@code
 * person.fullName} ← {@code HoVaTen}, {@code person.father.fullName} ← {@code Cha.HoVaTen}).
 */
public final class PortalRegistryLookup implements RegistryLookup {
  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.BASIC_ISO_DATE,
          DateTimeFormatter.ofPattern("dd/MM/uuuu"),
          DateTimeFormatter.ISO_LOCAL_DATE);

  private final DvcqgAsyncClient client;
  private final DataDictionary dictionary;
  private final Clock clock;

  /** A lookup through {@code client}, reading elements as {@code dictionary} maps them. */
  public PortalRegistryLookup(DvcqgAsyncClient client, DataDictionary dictionary, Clock clock) {
    this.client = client;
    this.dictionary = dictionary;
    this.clock = clock;
  }

  @Override
  public Set<Registry> registries() {
    return Set.of(Registry.POPULATION, Registry.E_DOCUMENT_WAREHOUSE);
  }

  @Override
  public CompletionStage<RegistryAnswer> lookup(RegistryQuery query) {
    String id = query.subject().identifier();
    CompletableFuture<RegistryAnswer> answer;
    if (query.registry() == Registry.POPULATION) {
      answer = client.lookupCitizen(CitizenQuery.byId(id)).thenApply(c -> population(query, c));
    } else if (query.registry() == Registry.E_DOCUMENT_WAREHOUSE) {
      WarehouseQuery wq = WarehouseQuery.forOwner(id, null, List.copyOf(query.resultCodes()));
      answer = client.findResultDocuments(wq).thenApply(docs -> warehouse(query, docs));
    } else {
      return CompletableFuture.failedFuture(
          new RegistryException(
              query.registry(),
              RegistryException.Reason.REFUSED,
              "the portal client offers only the population database and the e-document"
                  + " warehouse"));
    }
    return answer.exceptionallyCompose(
        t -> CompletableFuture.failedFuture(translate(query.registry(), t)));
  }

  private RegistryAnswer population(RegistryQuery query, Optional<CitizenRecord> citizen) {
    if (citizen.isEmpty()) {
      return RegistryAnswer.notFound(query, clock.instant());
    }
    JsonNode tree = WireJson.mapper().valueToTree(citizen.get());
    Map<String, HeldValue> values = new HashMap<>();
    Set<String> unavailable = new HashSet<>();
    for (String element : query.elements()) {
      Optional<DataElement> known = dictionary.element(element);
      Optional<RegistryHolding> holding = known.flatMap(e -> e.holding(Registry.POPULATION));
      String field = holding.map(RegistryHolding::sourceField).orElse(null);
      DataValue value = field == null ? null : read(tree, field, known.get());
      if (value == null || value.isBlank()) {
        unavailable.add(element);
      } else {
        values.put(element, new HeldValue(element, value, holding.get().assurance(), null));
      }
    }
    return new RegistryAnswer(
        Registry.POPULATION,
        query.subject(),
        true,
        values,
        unavailable,
        List.of(),
        clock.instant());
  }

  private RegistryAnswer warehouse(RegistryQuery query, List<WarehouseDocument> docs) {
    List<HeldDocument> held = new ArrayList<>();
    for (WarehouseDocument d : docs) {
      String reference = d.reference();
      if (reference == null) {
        reference =
            d.files().stream()
                .map(WarehouseFile::path)
                .filter(p -> p != null)
                .findFirst()
                .orElse(null);
      }
      if (d.resultCode() != null && reference != null) {
        held.add(
            new HeldDocument(
                d.resultCode(),
                d.name() == null ? d.resultCode() : d.name(),
                reference,
                d.issuer(),
                null));
      }
    }
    return new RegistryAnswer(
        Registry.E_DOCUMENT_WAREHOUSE,
        query.subject(),
        true,
        Map.of(),
        query.elements(),
        held,
        clock.instant());
  }

  /** The value at a dotted source field such as {@code Cha.HoVaTen}, typed as the element is. */
  static @Nullable DataValue read(JsonNode tree, String field, DataElement element) {
    JsonNode node = tree;
    for (String part : field.split("\\.")) {
      node = node.path(part);
    }
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    if (node.isObject() && (node.has("Ho") || node.has("Ten"))) {
      return DataValue.text(
          WireJson.mapper()
              .convertValue(node, org.opendvc.client.wire.PersonName.class)
              .fullName());
    }
    if (node.isObject() && (node.has("NgayThangNam") || node.has("Nam"))) {
      return date(node.path("NgayThangNam").asText(""));
    }
    if (node.isObject()) {
      return new DataValue.Address(
          text(node, "MaTinhThanh"),
          text(node, "MaQuanHuyen"),
          text(node, "MaPhuongXa"),
          text(node, "TenTinhThanh"),
          text(node, "TenQuanHuyen"),
          text(node, "TenPhuongXa"),
          text(node, "ChiTiet"));
    }
    String text = node.asText();
    return switch (element.type()) {
      case DATE -> date(text);
      case CODE -> DataValue.code(text);
      default -> DataValue.text(text);
    };
  }

  private static @Nullable String text(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static @Nullable DataValue date(String text) {
    for (DateTimeFormatter f : DATES) {
      try {
        return DataValue.date(LocalDate.parse(text.strip(), f));
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return null;
  }

  private static RegistryException translate(Registry registry, Throwable t) {
    Throwable cause = DefaultDvcqgClient.unwrap(t);
    RegistryException.Reason reason;
    if (cause instanceof DvcqgTimeoutException) {
      reason = RegistryException.Reason.TIMEOUT;
    } else if (cause instanceof DvcqgProtocolException) {
      reason = RegistryException.Reason.MALFORMED_ANSWER;
    } else if (cause instanceof DvcqgAuthenticationException
        || cause instanceof DvcqgValidationException
        || cause instanceof DvcqgRequestException) {
      reason = RegistryException.Reason.REFUSED;
    } else {
      reason = RegistryException.Reason.UNAVAILABLE;
    }
    String message =
        cause instanceof DvcqgException ? cause.getMessage() : cause.getClass().getSimpleName();
    return new RegistryException(registry, reason, message, cause);
  }
}
