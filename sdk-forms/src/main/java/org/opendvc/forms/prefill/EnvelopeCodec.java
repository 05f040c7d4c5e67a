package org.opendvc.forms.prefill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.data.Subject;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.dictionary.AssuranceLevel;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.json.OpenDvcJson;
import org.opendvc.forms.FormException;
import org.opendvc.forms.internal.CanonicalJson;

/** The envelope's wire format and its HMAC-SHA256 computations, shared by signer and verifier. */
final class EnvelopeCodec {
  static final String ALGORITHM = "HmacSHA256";
  private static final String SIGNING_PREFIX = "opendvc-prefill-envelope-v1.";
  private static final int DIGEST_BYTES = 16;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private EnvelopeCodec() {}

  static byte[] hmac(EnvelopeKey key, String message) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key.secret(), ALGORITHM));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new FormException("The JDK cannot compute " + ALGORITHM, e);
    }
  }

  /** The keyed digest of a field's value as submitted (after normalisation). */
  static String valueDigest(EnvelopeKey key, String formId, String path, JsonNode value) {
    String message =
        "value\u0000" + formId + "\u0000" + path + "\u0000" + CanonicalJson.write(value);
    return ENCODER.encodeToString(Arrays.copyOf(hmac(key, message), DIGEST_BYTES));
  }

  /** The keyed digest of the applicant's identifier, binding the envelope to one person. */
  static String subjectDigest(EnvelopeKey key, String identifier) {
    return ENCODER.encodeToString(
        Arrays.copyOf(hmac(key, "subject\u0000" + identifier.strip()), DIGEST_BYTES));
  }

  static boolean sameDigest(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }

  static String sign(EnvelopeKey key, ObjectNode payload) {
    String body =
        ENCODER.encodeToString(CanonicalJson.write(payload).getBytes(StandardCharsets.UTF_8));
    return body + "." + ENCODER.encodeToString(hmac(key, SIGNING_PREFIX + body));
  }

  /** Whether the token's signature is the one {@code key} makes for its body. */
  static boolean signatureValid(EnvelopeKey key, String body, String signature) {
    byte[] expected = hmac(key, SIGNING_PREFIX + body);
    byte[] given;
    try {
      given = DECODER.decode(signature);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(expected, given);
  }

  /** The parts of a token, or a reason it has none. */
  record Parts(
      @Nullable String body,
      @Nullable String signature,
      @Nullable JsonNode payload,
      String problem) {}

  static Parts split(String token) {
    int dot = token.indexOf('.');
    if (token.length() > 1_000_000 || dot <= 0 || dot != token.lastIndexOf('.')) {
      return new Parts(null, null, null, "not two parts separated by a dot");
    }
    String body = token.substring(0, dot);
    String signature = token.substring(dot + 1);
    try {
      byte[] json = DECODER.decode(body);
      JsonNode payload = OpenDvcJson.mapper().readTree(json);
      if (payload == null || !payload.isObject()) {
        return new Parts(null, null, null, "the payload is not a JSON object");
      }
      return new Parts(body, signature, payload, "");
    } catch (IllegalArgumentException e) {
      return new Parts(null, null, null, "not base64url");
    } catch (java.io.IOException e) {
      return new Parts(null, null, null, "the payload is not JSON");
    }
  }

  static ObjectNode payload(
      String keyId,
      String formId,
      String version,
      String hash,
      Instant issuedAt,
      Instant expiresAt,
      @Nullable String subjectDigest,
      List<PrefillEnvelope.Entry> entries) {
    ObjectNode payload = OpenDvcJson.mapper().createObjectNode();
    payload.put("v", 1);
    payload.put("kid", keyId);
    payload.put("form", formId);
    payload.put("version", version);
    payload.put("hash", hash);
    payload.put("iat", issuedAt.getEpochSecond());
    payload.put("exp", expiresAt.getEpochSecond());
    if (subjectDigest != null) {
      payload.put("sub", subjectDigest);
    }
    ArrayNode values = payload.putArray("values");
    for (PrefillEnvelope.Entry entry : entries) {
      ObjectNode e = values.addObject();
      Provenance p = entry.provenance();
      e.put("path", entry.path());
      e.put("digest", entry.digest());
      e.put("registry", p.registry().name());
      e.put("element", p.element());
      e.put("role", p.subject().role().name());
      e.put("index", p.subject().index());
      e.put("fetchedAt", p.fetchedAt().toString());
      if (p.sourceUpdatedAt() != null) {
        e.put("sourceUpdatedAt", p.sourceUpdatedAt().toString());
      }
      e.put("assurance", p.assurance().name());
      e.put("lock", entry.lock().reason().name());
    }
    return payload;
  }

  /** Reads a verified payload; throws {@link IllegalArgumentException} when it is malformed. */
  static PrefillEnvelope decode(String token, JsonNode payload) {
    if (payload.path("v").asInt() != 1) {
      throw new IllegalArgumentException("unknown version");
    }
    List<PrefillEnvelope.Entry> entries = new ArrayList<>();
    for (JsonNode e : payload.path("values")) {
      Subject subject =
          new Subject(SubjectRole.valueOf(text(e, "role")), e.path("index").asInt(), null);
      JsonNode updated = e.get("sourceUpdatedAt");
      Provenance provenance =
          new Provenance(
              Registry.valueOf(text(e, "registry")),
              text(e, "element"),
              subject,
              Instant.parse(text(e, "fetchedAt")),
              updated == null ? null : Instant.parse(updated.asText()),
              AssuranceLevel.valueOf(text(e, "assurance")));
      LockReason reason = LockReason.valueOf(text(e, "lock"));
      entries.add(
          new PrefillEnvelope.Entry(
              text(e, "path"),
              text(e, "digest"),
              provenance,
              new LockDecision(reason == LockReason.REGISTRY_VOUCHES, reason)));
    }
    return new PrefillEnvelope(
        token,
        text(payload, "kid"),
        text(payload, "form"),
        text(payload, "version"),
        text(payload, "hash"),
        Instant.ofEpochSecond(number(payload, "iat")),
        Instant.ofEpochSecond(number(payload, "exp")),
        entries);
  }

  static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("missing " + name);
    }
    return value.asText();
  }

  static long number(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || !value.canConvertToLong()) {
      throw new IllegalArgumentException("missing " + name);
    }
    return value.longValue();
  }
}
