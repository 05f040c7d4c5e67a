package org.opendvc.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendvc.client.auth.Credentials;
import org.opendvc.client.error.DvcqgAuthenticationException;
import org.opendvc.client.error.DvcqgConnectionException;
import org.opendvc.client.error.DvcqgException;
import org.opendvc.client.error.DvcqgProtocolException;
import org.opendvc.client.error.DvcqgRateLimitException;
import org.opendvc.client.error.DvcqgRequestException;
import org.opendvc.client.error.DvcqgServerException;
import org.opendvc.client.error.DvcqgValidationException;
import org.opendvc.client.wire.ProgressRecord;
import org.opendvc.core.dossier.DossierStatus;

/** The answers a real portal, proxy or network gives besides success, over a real socket. */
class ErrorPathsTest {
  private static final String LOGIN = "{\"session\":\"s1\",\"error_code\":0}";
  private MockWebServer server;
  private final List<Duration> slept = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private DvcqgClient client(RetryPolicy policy) {
    return DvcqgClient.create(
        DvcqgClientConfig.builder()
            .baseUrl(URI.create(server.url("/").toString()))
            .agencyCode("000.00.00.H56")
            .credentials(Credentials.sessionLogin("u", "p"))
            .retryPolicy(policy)
            .sleeper(slept::add)
            .jitter(() -> 0.5)
            .readTimeout(Duration.ofSeconds(2))
            .build());
  }

  private DvcqgClient client() {
    return client(RetryPolicy.standard());
  }

  private void enqueue(int code, String body) {
    server.enqueue(new MockResponse.Builder().code(code).body(body).build());
  }

  private void enqueue(int code, String body, String header, String value) {
    server.enqueue(
        new MockResponse.Builder().code(code).body(body).addHeader(header, value).build());
  }

  @Test
  void malformedJson_isAProtocolErrorWithTheLocation() {
    enqueue(200, LOGIN);
    enqueue(200, "{\"error_code\":\"0\",\"result\":[{\"MALINHVUC\":");
    try (DvcqgClient c = client()) {
      assertThatThrownBy(c::listSectors)
          .isInstanceOf(DvcqgProtocolException.class)
          .hasMessageContaining("not valid JSON")
          .hasMessageContaining("operation=LayDanhMucLinhVuc");
    }
  }

  @Test
  void htmlPage_isAProtocolErrorThatNamesTheLikelyCause() {
    enqueue(200, LOGIN);
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "text/html")
            .body("<html><body>Đăng nhập</body></html>")
            .build());
    try (DvcqgClient c = client()) {
      assertThatThrownBy(c::listSectors)
          .isInstanceOf(DvcqgProtocolException.class)
          .hasMessageContaining("HTML");
    }
  }

  @Test
  void htmlErrorPage502_isRetriedForReads_thenAServerError() {
    enqueue(200, LOGIN);
    for (int i = 0; i < 3; i++) {
      enqueue(502, "<html>Bad Gateway</html>");
    }
    try (DvcqgClient c = client()) {
      assertThatThrownBy(c::listSectors)
          .isInstanceOfSatisfying(
              DvcqgServerException.class,
              e -> {
                assertThat(e.httpStatus()).isEqualTo(502);
                assertThat(e.details().attempts()).isEqualTo(3);
              });
    }
    assertThat(slept).hasSize(2);
  }

  @Test
  void truncatedBody_isAConnectionFailureAndReadsAreRetried() {
    enqueue(200, LOGIN);
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(
                "{\"error_code\":\"0\",\"result\":[{\"MALINHVUC\":\"1\",\"TENLINHVUC\":\"Hộ tịch\"}]}")
            .onResponseBody(new SocketEffect.CloseSocket(true, true, true))
            .build());
    enqueue(
        200,
        "{\"error_code\":\"0\",\"result\":[{\"MALINHVUC\":\"1\",\"TENLINHVUC\":\"Hộ tịch\"}]}");
    try (DvcqgClient c = client()) {
      assertThat(c.listSectors()).hasSize(1);
    }
  }

  @Test
  void truncatedAnswerToProgress_isNotRepeated_andSaysOutcomeUnknown() {
    enqueue(200, LOGIN);
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("{\"error_code\":\"00\",\"message\":\"Cập nhật tiến độ thành công\"}")
            .onResponseBody(new SocketEffect.CloseSocket(true, true, true))
            .build());
    ProgressRecord step =
        ProgressRecord.of(
            "H56.14-260312-0001",
            Instant.parse("2026-03-12T01:00:00Z"),
            DossierStatus.RECEIVED,
            "x");
    try (DvcqgClient c = client()) {
      assertThatThrownBy(() -> c.updateProgress(List.of(step)))
          .isInstanceOfSatisfying(
              DvcqgConnectionException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void wrongStatusCodes_mapToTypedErrors() {
    enqueue(200, LOGIN);
    enqueue(404, "Not Found");
    enqueue(302, "", "Location", "https://elsewhere.example/");
    enqueue(400, "{\"error_code\":\"-1\",\"errors\":[{\"field\":\"MaHoSo\",\"code\":\"PREFIX\"}]}");
    try (DvcqgClient c = client()) {
      assertThatThrownBy(c::listSectors).isInstanceOf(DvcqgRequestException.class);
      assertThatThrownBy(c::listSectors)
          .isInstanceOf(DvcqgProtocolException.class)
          .hasMessageContaining("redirect");
      assertThatThrownBy(c::listSectors)
          .isInstanceOfSatisfying(
              DvcqgValidationException.class,
              e -> assertThat(e.fieldErrors()).hasToString("[MaHoSo:PREFIX]"));
    }
  }

  @Test
  void unauthorized_logsInAgainOnce_thenGivesUp() throws Exception {
    enqueue(200, LOGIN);
    enqueue(401, "{\"error_code\":\"401\"}");
    enqueue(200, "{\"session\":\"s2\",\"error_code\":\"0\"}");
    enqueue(200, "{\"error_code\":\"0\",\"result\":[]}");
    enqueue(401, "{}");
    enqueue(200, "{\"session\":\"s3\",\"error_code\":\"0\"}");
    enqueue(401, "{}");
    try (DvcqgClient c = client()) {
      assertThat(c.listSectors()).isEmpty();
      assertThatThrownBy(c::listSectors).isInstanceOf(DvcqgAuthenticationException.class);
    }
    server.takeRequest();
    server.takeRequest();
    server.takeRequest();
    assertThat(server.takeRequest().getBody().utf8()).contains("\"session\":\"s2\"");
  }

  @Test
  void loginRefused_isAnAuthenticationError() {
    enqueue(200, "{\"error_code\":\"-1\",\"message\":\"Sai mật khẩu\"}");
    try (DvcqgClient c = client()) {
      assertThatThrownBy(c::listSectors)
          .isInstanceOf(DvcqgAuthenticationException.class)
          .hasMessageNotContaining("Sai mật khẩu");
    }
  }

  @Test
  void rateLimit_honoursRetryAfterInSecondsAndAsHttpDate() {
    enqueue(200, LOGIN);
    enqueue(429, "{}", "Retry-After", "3");
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            Instant.now().plusSeconds(30).atOffset(ZoneOffset.UTC));
    enqueue(503, "{}", "Retry-After", date);
    enqueue(200, "{\"error_code\":\"0\",\"result\":[]}");
    try (DvcqgClient c = client()) {
      assertThat(c.listSectors()).isEmpty();
    }
    assertThat(slept.get(0)).isEqualTo(Duration.ofSeconds(3));
    assertThat(slept.get(1)).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(31));
  }

  @Test
  void rateLimit_longerThanTheCeiling_failsAtOnceWithTheWait() {
    enqueue(200, LOGIN);
    enqueue(429, "{}", "Retry-After", "3600");
    try (DvcqgClient c = client()) {
      assertThatThrownBy(c::listSectors)
          .isInstanceOfSatisfying(
              DvcqgRateLimitException.class,
              e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)));
    }
    assertThat(slept).isEmpty();
  }

  @Test
  void retryBudget_whenSpent_stopsRetrying() {
    RetryPolicy tight = RetryPolicy.builder().maxAttempts(5).budget(10, 5, 10, 1).build();
    enqueue(200, LOGIN);
    for (int i = 0; i < 10; i++) {
      enqueue(503, "{}");
    }
    try (DvcqgClient c = client(tight)) {
      assertThatThrownBy(c::listSectors)
          .isInstanceOf(DvcqgServerException.class)
          .hasMessageContaining("retry budget exhausted");
      // Two retries took the budget; the next call gets none.
      assertThatThrownBy(c::listSectors)
          .isInstanceOfSatisfying(
              DvcqgException.class, e -> assertThat(e.details().attempts()).isEqualTo(1));
    }
  }

  @Test
  void everyAttempt_carriesTheSameRequestIdAndIdempotencyKey() throws Exception {
    enqueue(200, LOGIN);
    enqueue(500, "{}");
    enqueue(200, "{\"error_code\":\"0\",\"result\":[]}");
    try (DvcqgClient c = client()) {
      c.listSectors();
    }
    server.takeRequest();
    var first = server.takeRequest();
    var second = server.takeRequest();
    assertThat(first.getHeaders().get("Idempotency-Key"))
        .isNotNull()
        .isEqualTo(second.getHeaders().get("Idempotency-Key"));
    assertThat(first.getBody().utf8()).contains("\"service\":\"LayDanhMucLinhVuc\"", "\"madonvi\"");
  }

  @Test
  void nothingListening_isAConnectionError() {
    DvcqgClient c =
        DvcqgClient.create(
            DvcqgClientConfig.builder()
                .baseUrl(URI.create("http://127.0.0.1:1"))
                .agencyCode("x")
                .credentials(Credentials.sessionLogin("u", "p"))
                .retryPolicy(RetryPolicy.none())
                .build());
    try (c) {
      assertThatThrownBy(c::listSectors)
          .isInstanceOfSatisfying(
              DvcqgConnectionException.class, e -> assertThat(e.outcomeUnknown()).isFalse());
    }
  }

  @Test
  void config_whenIncomplete_saysWhatToFix() {
    assertThatThrownBy(() -> DvcqgClientConfig.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseUrl is required");
    assertThatThrownBy(() -> DvcqgClientConfig.builder().baseUrl(URI.create("http://x")).build())
        .hasMessageContaining("agencyCode");
  }
}
