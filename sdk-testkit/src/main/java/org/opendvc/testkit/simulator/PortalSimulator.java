package org.opendvc.testkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.opendvc.client.DvcqgClientConfig;
import org.opendvc.client.auth.Credentials;
import org.opendvc.client.wire.PortalDossier;
import org.opendvc.client.wire.WireFormat;
import org.opendvc.core.json.OpenDvcJson;
import org.opendvc.testkit.simulator.SimpleHttpServer.Ending;
import org.opendvc.testkit.simulator.SimpleHttpServer.Reply;
import org.opendvc.testkit.simulator.SimpleHttpServer.Request;
import org.opendvc.testkit.synthetic.SyntheticCatalog;

/**
 * A simulated National Public Service Portal (DVCQG) adapter on a local port: the protocol the
 * client speaks (see {@code docs/simulator.md}), in-memory state, the portal's rules, a synthetic
 * population database and e-document warehouse, and injected faults.
 *
 * <pre>{@code
 * try (PortalSimulator portal = PortalSimulator.builder().seed(7).faults(FaultPlan.all(0.3)).start()) {
 *   DvcqgClient client = DvcqgClient.create(portal.clientConfig().build());
 *   ...
 *   assertThat(portal.stats().duplicatesStored()).isZero();
 * }
 * }</pre>
 *
 * <p>Endpoints: {@code POST /auth} (session login), {@code POST /oauth/token} (client credentials),
 * {@code POST /service} (every operation), {@code GET /__simulator/stats}. Thread-safe.
 */
public final class PortalSimulator implements AutoCloseable {
  /** The user name the simulator accepts by default. */
  public static final String DEFAULT_USERNAME = "opendvc";

  /** The password the simulator accepts by default. */
  public static final String DEFAULT_PASSWORD = "opendvc-secret";

  /** The OAuth client id the simulator accepts by default. */
  public static final String DEFAULT_CLIENT_ID = "opendvc-client";

  /** The OAuth client secret the simulator accepts by default. */
  public static final String DEFAULT_CLIENT_SECRET = "opendvc-client-secret";

  /** The agency code the simulator expects by default, whose province prefix it checks. */
  public static final String DEFAULT_AGENCY = "000.00.00.H56";

  private static final ObjectMapper JSON = OpenDvcJson.mapper();

  private final Builder config;
  private final PortalState state;
  private final FaultInjector faults;
  private final Map<String, Instant> sessions = new ConcurrentHashMap<>();
  private final AtomicLong requests = new AtomicLong();
  private final List<SyntheticCitizen> population;
  private final SimpleHttpServer server;

  private PortalSimulator(Builder b) throws IOException {
    this.config = b;
    this.population = SyntheticPopulation.generate(b.populationSize, b.seed);
    this.state =
        new PortalState(b.codePrefix, SyntheticCatalog.generate(b.procedures, b.seed), population);
    this.faults = new FaultInjector(b.seed, b.faults);
    this.server = new SimpleHttpServer(b.host, b.port, this::handle);
  }

  /** A builder with the defaults: a free local port, no faults, seed 1. */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts a simulator with the defaults. */
  public static PortalSimulator start() {
    return builder().start();
  }

  /** The base URL, such as {@code http://127.0.0.1:53124}. */
  public URI url() {
    String host = server.address().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + server.port());
  }

  /** The port it listens on. */
  public int port() {
    return server.port();
  }

  /** A client configuration pointing at this simulator with session login, ready to build. */
  public DvcqgClientConfig.Builder clientConfig() {
    return DvcqgClientConfig.builder()
        .baseUrl(url())
        .agencyCode(DEFAULT_AGENCY)
        .credentials(Credentials.sessionLogin(config.username, config.password));
  }

  /** OAuth 2.0 client credentials accepted by this simulator. */
  public Credentials oauthCredentials() {
    return Credentials.oauth2(
        URI.create(url() + "/oauth/token"), DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET);
  }

  /** Changes the faults injected from now on. */
  public void faults(FaultPlan plan) {
    faults.plan(Objects.requireNonNull(plan, "plan"));
  }

  /** Expires every session and token, so the next call is answered 401. */
  public void expireSessions() {
    sessions.clear();
  }

  /** The synthetic citizens its population database and warehouse hold. */
  public List<SyntheticCitizen> population() {
    return population;
  }

  /** The counters, as {@code GET /__simulator/stats} serves them. */
  public SimulatorStats stats() {
    return state.stats(faults.injected(), requests.get());
  }

  /** The dossier codes stored, in the order they were created. */
  public List<String> dossierCodes() {
    return state.dossierCodes();
  }

  /** What the portal holds about a dossier, as {@code TraCuuHoSo} would answer. */
  public Optional<PortalDossier> dossier(String code) {
    String json = state.dossierJson(code);
    if (json == null) {
      return Optional.empty();
    }
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var record = WireFormat.fromJson(json, org.opendvc.client.wire.DossierSyncRecord.class);
    List<org.opendvc.client.wire.ProgressRecord> steps = new java.util.ArrayList<>();
    for (JsonNode s : node.path("DanhSachTienDoXuLy")) {
      steps.add(WireFormat.fromJson(s.toString(), org.opendvc.client.wire.ProgressRecord.class));
    }
    return Optional.of(new PortalDossier(record, steps));
  }

  /** How many ratings are stored. */
  public int ratingCount() {
    return state.ratingCount();
  }

  private Reply handle(Request request) {
    if (request.path().startsWith("/__simulator/")) {
      return admin(request);
    }
    requests.incrementAndGet();
    if (!"POST".equals(request.method())) {
      return Reply.json(405, PortalState.ok("-1", "Chỉ hỗ trợ POST").toString());
    }
    JsonNode body = null;
    String identity = request.path();
    if (!request.path().equals("/oauth/token")) {
      try {
        body = JSON.readTree(request.bodyText());
      } catch (IOException e) {
        return Reply.json(400, PortalState.ok("-1", "Yêu cầu không phải JSON").toString());
      }
      if (!(body instanceof ObjectNode)) {
        return Reply.json(
            400, PortalState.ok("-1", "Yêu cầu không phải đối tượng JSON").toString());
      }
      ObjectNode withoutSession = ((ObjectNode) body).deepCopy();
      withoutSession.remove("session");
      identity += withoutSession.toString();
    } else {
      identity += request.bodyText();
    }
    FaultInjector.Decision fault = faults.decide(identity);
    if (fault != null) {
      switch (fault.kind()) {
        case LATENCY -> pause(faults.plan().latency());
        case SERVER_ERROR -> {
          return serverError(fault);
        }
        case RATE_LIMITED -> {
          return new Reply(
              429,
              "application/json; charset=utf-8",
              PortalState.ok("429", "Quá nhiều yêu cầu")
                  .toString()
                  .getBytes(StandardCharsets.UTF_8),
              Map.of("Retry-After", Integer.toString(faults.plan().retryAfterSeconds())),
              Ending.NORMAL);
        }
        default -> {
          // applied below, then the answer is damaged
        }
      }
    }
    Reply reply = route(request, body);
    if (fault != null && fault.kind() == FaultKind.DROP_MID_RESPONSE) {
      return reply.with(Ending.DROP_MID_BODY);
    }
    if (fault != null && fault.kind() == FaultKind.LOST_RESPONSE) {
      return reply.with(Ending.CLOSE_SILENTLY);
    }
    return reply;
  }

  private static Reply serverError(FaultInjector.Decision fault) {
    int[] statuses = {500, 502, 504};
    int status = statuses[fault.random().nextInt(statuses.length)];
    if (fault.random().nextBoolean()) {
      return new Reply(
          status,
          "text/html; charset=utf-8",
          ("<html><head><title>"
                  + status
                  + "</title></head><body><h1>Lỗi hệ thống</h1></body></html>")
              .getBytes(StandardCharsets.UTF_8),
          Map.of(),
          Ending.NORMAL);
    }
    return Reply.json(status, PortalState.ok(Integer.toString(status), "Lỗi hệ thống").toString());
  }

  private static void pause(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Reply route(Request request, @Nullable JsonNode body) {
    switch (request.path()) {
      case "/auth" -> {
        if (config.username.equals(body.path("username").asText())
            && config.password.equals(body.path("password").asText())) {
          String session = UUID.randomUUID().toString();
          sessions.put(session, config.clock.instant().plus(config.sessionLifetime));
          ObjectNode ok = JSON.createObjectNode().put("session", session).put("error_code", 0);
          return Reply.json(200, ok.toString());
        }
        return Reply.json(200, PortalState.ok("-1", "Sai tên đăng nhập hoặc mật khẩu").toString());
      }
      case "/oauth/token" -> {
        return token(request);
      }
      case "/service" -> {
        if (!authorised(request, body)) {
          return Reply.json(401, PortalState.ok("401", "Phiên đăng nhập hết hạn").toString());
        }
        PortalState.Result result =
            state.handle(body.path("service").asText(""), (ObjectNode) body);
        return Reply.json(result.status(), result.body().toString());
      }
      default -> {
        return Reply.json(404, PortalState.ok("404", "Không tìm thấy").toString());
      }
    }
  }

  private Reply token(Request request) {
    String auth = request.header("authorization");
    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (DEFAULT_CLIENT_ID + ":" + DEFAULT_CLIENT_SECRET)
                        .getBytes(StandardCharsets.UTF_8));
    Map<String, String> form = form(request.bodyText());
    if (!expected.equals(auth) || !"client_credentials".equals(form.get("grant_type"))) {
      return Reply.json(401, "{\"error\":\"invalid_client\"}");
    }
    String token = UUID.randomUUID().toString();
    sessions.put(token, config.clock.instant().plus(config.sessionLifetime));
    ObjectNode ok = JSON.createObjectNode();
    ok.put("access_token", token);
    ok.put("token_type", "Bearer");
    ok.put("expires_in", config.sessionLifetime.toSeconds());
    return Reply.json(200, ok.toString());
  }

  private static Map<String, String> form(String body) {
    Map<String, String> out = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private boolean authorised(Request request, JsonNode body) {
    String bearer = request.header("authorization");
    String key =
        bearer != null && bearer.startsWith("Bearer ")
            ? bearer.substring(7)
            : body.path("session").asText("");
    Instant expiry = sessions.get(key);
    return expiry != null && config.clock.instant().isBefore(expiry);
  }

  private Reply admin(Request request) {
    if (request.path().equals("/__simulator/stats")) {
      try {
        return Reply.json(200, JSON.writeValueAsString(stats()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Reply.json(404, "{}");
  }

  /** Stops listening and drops every connection. */
  @Override
  public void close() {
    server.close();
  }

  /** Builds and starts a {@link PortalSimulator}. Not thread-safe. */
  public static final class Builder {
    private InetAddress host = InetAddress.getLoopbackAddress();
    private int port;
    private long seed = 1;
    private FaultPlan faults = FaultPlan.none();
    private String codePrefix = "H56";
    private int populationSize = 100;
    private int procedures = 20;
    private String username = DEFAULT_USERNAME;
    private String password = DEFAULT_PASSWORD;
    private Duration sessionLifetime = Duration.ofMinutes(30);
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The address to listen on; default the loopback address. */
    public Builder host(InetAddress host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port; default 0, a free port. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** The seed of faults and synthetic data; default 1. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** The faults to inject; default none. */
    public Builder faults(FaultPlan faults) {
      this.faults = Objects.requireNonNull(faults, "faults");
      return this;
    }

    /**
     * The province identifier every dossier code must start with; default {@code H56} (Thanh Hóa's,
     * as in {@code H56.14-260312-0001}).
     */
    public Builder codePrefix(String codePrefix) {
      this.codePrefix = Objects.requireNonNull(codePrefix, "codePrefix");
      return this;
    }

    /** How many synthetic citizens the population database holds; default 100. */
    public Builder population(int size) {
      this.populationSize = size;
      return this;
    }

    /** How many synthetic procedures the catalogue holds; default 20. */
    public Builder procedures(int count) {
      this.procedures = count;
      return this;
    }

    /** The login accepted; default {@value #DEFAULT_USERNAME} / {@value #DEFAULT_PASSWORD}. */
    public Builder login(String username, String password) {
      this.username = Objects.requireNonNull(username, "username");
      this.password = Objects.requireNonNull(password, "password");
      return this;
    }

    /** How long sessions and tokens last; default 30 min. */
    public Builder sessionLifetime(Duration sessionLifetime) {
      this.sessionLifetime = Objects.requireNonNull(sessionLifetime, "sessionLifetime");
      return this;
    }

    /** The clock for session expiry; default the system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Starts the simulator.
     *
     * @throws UncheckedIOException if the port cannot be opened
     */
    public PortalSimulator start() {
      try {
        return new PortalSimulator(this);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the portal simulator on port " + port, e);
      }
    }
  }
}
