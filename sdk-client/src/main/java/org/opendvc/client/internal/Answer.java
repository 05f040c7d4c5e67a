package org.opendvc.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opendvc.client.error.ErrorDetails;
import org.opendvc.client.error.FieldError;
import org.opendvc.core.internal.text.VietnameseText;

/**
 * A readable answer from the portal (HTTP 2xx with JSON or a plain-text success), interpreted in
 * the dialects working adapters use: {@code error_code} (or {@code errorCode}, {@code ErrorCode},
 * {@code MaLoi}) {@code "0"}, {@code "00"} or {@code 0} is success; {@code "3"}/{@code "-3"} with
 * "đã tồn tại" means the dossier already exists; a message containing "thành công" without a code
 * is success; plain text containing "thành công" is success (the Thanh Hóa progress endpoint).
 *
 * @param root the JSON answer, or a missing node for a plain-text success
 * @param kind what the answer means
 * @param errorCode the error code, if any
 * @param message the portal's message, if any; may contain personal data
 * @param details the call's context, for exceptions
 */
public record Answer(
    JsonNode root,
    Kind kind,
    @Nullable String errorCode,
    @Nullable String message,
    ErrorDetails details) {

  /** What an answer means. */
  public enum Kind {
    /** Success. */
    SUCCESS,
    /** The dossier already exists. */
    ALREADY_EXISTS,
    /** Refused: another error code. */
    REJECTED
  }

  private static final String[] CODE_MEMBERS = {"error_code", "errorCode", "ErrorCode", "MaLoi"};
  private static final String[] MESSAGE_MEMBERS = {"message", "Message", "msg", "error_message"};

  /** Interprets a JSON answer. */
  static Answer ofJson(JsonNode root, ErrorDetails details) {
    String code = member(root, CODE_MEMBERS);
    String message = member(root, MESSAGE_MEMBERS);
    String folded = message == null ? "" : VietnameseText.fold(message);
    Kind kind;
    if (code == null) {
      kind = Kind.SUCCESS;
    } else if (isSuccessCode(code)) {
      kind = Kind.SUCCESS;
    } else if ((code.equals("3") || code.equals("-3")) && folded.contains("da ton tai")) {
      kind = Kind.ALREADY_EXISTS;
    } else if (folded.contains("thanh cong") && !folded.contains("khong thanh cong")) {
      kind = Kind.SUCCESS;
    } else {
      kind = Kind.REJECTED;
    }
    return new Answer(
        root,
        kind,
        code,
        message,
        new ErrorDetails(
            details.operation(),
            details.httpStatus(),
            code,
            details.requestId(),
            details.attempts(),
            false,
            details.bodyExcerpt()));
  }

  /** A plain-text success. */
  static Answer plainSuccess(String text, ErrorDetails details) {
    return new Answer(MissingNode.getInstance(), Kind.SUCCESS, null, text, details);
  }

  /** Whether a plain-text body says success. */
  static boolean saysSuccess(String text) {
    String folded = VietnameseText.fold(text);
    return folded.contains("thanh cong") && !folded.contains("khong thanh cong");
  }

  static boolean isSuccessCode(String code) {
    return code.equals("0") || code.equals("00");
  }

  static @Nullable String member(JsonNode root, String... names) {
    if (!root.isObject()) {
      return null;
    }
    for (String name : names) {
      JsonNode value = root.get(name);
      if (value != null && value.isValueNode() && !value.isNull()) {
        return value.asText().strip();
      }
    }
    return null;
  }

  /** The field errors the answer lists in {@code errors} or {@code fieldErrors}, if any. */
  public List<FieldError> fieldErrors() {
    return fieldErrors(root);
  }

  static List<FieldError> fieldErrors(JsonNode root) {
    List<FieldError> out = new ArrayList<>();
    for (String name : new String[] {"errors", "fieldErrors"}) {
      JsonNode list = root.path(name);
      for (JsonNode e : list) {
        String field = member(e, "field", "truong");
        if (field != null) {
          String code = member(e, "code");
          String message = member(e, "message");
          out.add(
              new FieldError(
                  field, code == null ? "INVALID" : code, message == null ? "" : message));
        }
      }
    }
    return out;
  }

  /** The member that carries the payload: {@code result}, else {@code data}, else the root. */
  public JsonNode payload() {
    if (root.has("result")) {
      return root.get("result");
    }
    if (root.has("data")) {
      return root.get("data");
    }
    return root;
  }
}
