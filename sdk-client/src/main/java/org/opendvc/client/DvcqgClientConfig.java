package org.opendvc.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.opendvc.client.auth.Credentials;
import org.opendvc.client.event.DvcqgListener;

/**
 * Everything a {@link DvcqgClient} needs, immutable and validated when built. Derive variants with
 * {@link #toBuilder()}.
 *
 * <pre>{@code
 * DvcqgClientConfig config = DvcqgClientConfig.builder()
 *     .baseUrl(URI.create("https://adapter.example.gov.vn/dvcqg"))
 *     .agencyCode("000.00.00.H56")
 *     .credentials(Credentials.sessionLogin("adapter", secret))
 *     .readTimeout(Duration.ofSeconds(20))
 *     .build();
 * }</pre>
 *
 * <p>Thread-safe. Holds no global state: two clients with two configurations are independent.
 */
public final class DvcqgClientConfig {
  /** The default path of the login endpoint under the base URL. */
  public static final String DEFAULT_LOGIN_PATH = "/auth";

  /** The default path of the integration endpoint under the base URL. */
  public static final String DEFAULT_SERVICE_PATH = "/service";

  private final URI baseUrl;
  private final String loginPath;
  private final String servicePath;
  private final String agencyCode;
  private final Credentials credentials;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration attemptTimeout;
  private final Duration callTimeout;
  private final RetryPolicy retryPolicy;
  private final DvcqgListener listener;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier jitter;
  private final Supplier<String> requestIds;
  private final long maxResponseBytes;
  private final Duration sessionLifetime;
  private final Duration refreshMargin;

  private DvcqgClientConfig(Builder b) {
    this.baseUrl = checkBaseUrl(b.baseUrl);
    this.loginPath = checkPath(b.loginPath, "loginPath");
    this.servicePath = checkPath(b.servicePath, "servicePath");
    if (b.agencyCode == null || b.agencyCode.isBlank()) {
      throw new IllegalArgumentException(
          "agencyCode is required: the sending agency's code (madonvi), such as 000.00.00.H56");
    }
    this.agencyCode = b.agencyCode;
    if (b.credentials == null) {
      throw new IllegalArgumentException(
          "credentials are required: Credentials.sessionLogin(user, password) or"
              + " Credentials.oauth2(tokenUrl, clientId, secret)");
    }
    this.credentials = b.credentials;
    this.connectTimeout = positive(b.connectTimeout, "connectTimeout");
    this.readTimeout = positive(b.readTimeout, "readTimeout");
    this.writeTimeout = positive(b.writeTimeout, "writeTimeout");
    this.attemptTimeout = positive(b.attemptTimeout, "attemptTimeout");
    this.callTimeout = positive(b.callTimeout, "callTimeout");
    this.retryPolicy = Objects.requireNonNull(b.retryPolicy, "retryPolicy");
    this.listener = Objects.requireNonNull(b.listener, "listener");
    this.clock = Objects.requireNonNull(b.clock, "clock");
    this.sleeper = Objects.requireNonNull(b.sleeper, "sleeper");
    this.jitter = Objects.requireNonNull(b.jitter, "jitter");
    this.requestIds = Objects.requireNonNull(b.requestIds, "requestIds");
    if (b.maxResponseBytes < 1024) {
      throw new IllegalArgumentException("maxResponseBytes must be at least 1024");
    }
    this.maxResponseBytes = b.maxResponseBytes;
    this.sessionLifetime = positive(b.sessionLifetime, "sessionLifetime");
    this.refreshMargin = Objects.requireNonNull(b.refreshMargin, "refreshMargin");
    if (refreshMargin.isNegative() || refreshMargin.compareTo(sessionLifetime) >= 0) {
      throw new IllegalArgumentException("refreshMargin must be between 0 and sessionLifetime");
    }
  }

  private static URI checkBaseUrl(@Nullable URI url) {
    if (url == null) {
      throw new IllegalArgumentException(
          "baseUrl is required: the adapter's address, such as https://adapter.example.gov.vn");
    }
    String scheme = url.getScheme();
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
      throw new IllegalArgumentException("baseUrl must be an http or https URL, was " + url);
    }
    if (url.getHost() == null) {
      throw new IllegalArgumentException("baseUrl has no host: " + url);
    }
    return url;
  }

  private static String checkPath(String path, String name) {
    Objects.requireNonNull(path, name);
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException(name + " must start with '/', was " + path);
    }
    return path;
  }

  private static Duration positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
    return d;
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this configuration. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.baseUrl = baseUrl;
    b.loginPath = loginPath;
    b.servicePath = servicePath;
    b.agencyCode = agencyCode;
    b.credentials = credentials;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.writeTimeout = writeTimeout;
    b.attemptTimeout = attemptTimeout;
    b.callTimeout = callTimeout;
    b.retryPolicy = retryPolicy;
    b.listener = listener;
    b.clock = clock;
    b.sleeper = sleeper;
    b.jitter = jitter;
    b.requestIds = requestIds;
    b.maxResponseBytes = maxResponseBytes;
    b.sessionLifetime = sessionLifetime;
    b.refreshMargin = refreshMargin;
    return b;
  }

  /** The adapter's base URL; paths are appended to it. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** The login endpoint's path; default {@value #DEFAULT_LOGIN_PATH}. */
  public String loginPath() {
    return loginPath;
  }

  /** The integration endpoint's path; default {@value #DEFAULT_SERVICE_PATH}. */
  public String servicePath() {
    return servicePath;
  }

  /** The sending agency's code, sent as {@code madonvi} in every request. */
  public String agencyCode() {
    return agencyCode;
  }

  /** The credentials. */
  public Credentials credentials() {
    return credentials;
  }

  /** Time to establish a connection; default 10 s. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** Longest silence while reading an answer; default 30 s. */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** Longest stall while writing a request; default 30 s. */
  public Duration writeTimeout() {
    return writeTimeout;
  }

  /** Time for one attempt, from connecting to the end of the answer; default 45 s. */
  public Duration attemptTimeout() {
    return attemptTimeout;
  }

  /** Time for a whole call, retries and waits included; default 2 min. */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** The retry policy; default {@link RetryPolicy#standard()}. */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** The listener told of calls, attempts and retries; default none. */
  public DvcqgListener listener() {
    return listener;
  }

  /** The clock for deadlines and token expiry; default the system clock. */
  public Clock clock() {
    return clock;
  }

  /** What waits between retries; default {@link Sleeper#SYSTEM}. */
  public Sleeper sleeper() {
    return sleeper;
  }

  /** The source of jitter, uniform in [0, 1); default {@link ThreadLocalRandom}. */
  public DoubleSupplier jitter() {
    return jitter;
  }

  /** Makes request ids and idempotency keys, one per logical call; default random UUIDs. */
  public Supplier<String> requestIds() {
    return requestIds;
  }

  /** The largest answer read, in bytes; a larger one fails the call; default 16 MiB. */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /**
   * How long a login session is trusted before the client logs in again, since the login answer
   * gives no expiry; default 25 min.
   */
  public Duration sessionLifetime() {
    return sessionLifetime;
  }

  /** How long before a session or token expires the client refreshes it; default 60 s. */
  public Duration refreshMargin() {
    return refreshMargin;
  }

  @Override
  public String toString() {
    return "DvcqgClientConfig[baseUrl="
        + baseUrl
        + ", agencyCode="
        + agencyCode
        + ", credentials="
        + credentials
        + ", retryPolicy="
        + retryPolicy
        + "]";
  }

  /** Builds a {@link DvcqgClientConfig}. Not thread-safe. */
  public static final class Builder {
    private @Nullable URI baseUrl;
    private String loginPath = DEFAULT_LOGIN_PATH;
    private String servicePath = DEFAULT_SERVICE_PATH;
    private @Nullable String agencyCode;
    private @Nullable Credentials credentials;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private Duration attemptTimeout = Duration.ofSeconds(45);
    private Duration callTimeout = Duration.ofMinutes(2);
    private RetryPolicy retryPolicy = RetryPolicy.standard();
    private DvcqgListener listener = DvcqgListener.NONE;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
    private Supplier<String> requestIds = () -> UUID.randomUUID().toString();
    private long maxResponseBytes = 16L * 1024 * 1024;
    private Duration sessionLifetime = Duration.ofMinutes(25);
    private Duration refreshMargin = Duration.ofSeconds(60);

    private Builder() {}

    /** The adapter's base URL (required). */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /** The login endpoint's path under the base URL. */
    public Builder loginPath(String loginPath) {
      this.loginPath = loginPath;
      return this;
    }

    /** The integration endpoint's path under the base URL. */
    public Builder servicePath(String servicePath) {
      this.servicePath = servicePath;
      return this;
    }

    /** The sending agency's code, {@code madonvi} (required). */
    public Builder agencyCode(String agencyCode) {
      this.agencyCode = agencyCode;
      return this;
    }

    /** The credentials (required). */
    public Builder credentials(Credentials credentials) {
      this.credentials = credentials;
      return this;
    }

    /** Time to establish a connection. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
      return this;
    }

    /** Longest silence while reading an answer. */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = readTimeout;
      return this;
    }

    /** Longest stall while writing a request. */
    public Builder writeTimeout(Duration writeTimeout) {
      this.writeTimeout = writeTimeout;
      return this;
    }

    /** Time for one attempt. */
    public Builder attemptTimeout(Duration attemptTimeout) {
      this.attemptTimeout = attemptTimeout;
      return this;
    }

    /** Time for a whole call, retries and waits included. */
    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = callTimeout;
      return this;
    }

    /** The retry policy. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = retryPolicy;
      return this;
    }

    /** The listener for metrics. */
    public Builder listener(DvcqgListener listener) {
      this.listener = listener;
      return this;
    }

    /** The clock (tests pass a fixed or stepping clock). */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** What waits between retries (tests pass one that records and returns). */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    /** The source of jitter, uniform in [0, 1). */
    public Builder jitter(DoubleSupplier jitter) {
      this.jitter = jitter;
      return this;
    }

    /** Makes request ids and idempotency keys. */
    public Builder requestIds(Supplier<String> requestIds) {
      this.requestIds = requestIds;
      return this;
    }

    /** The largest answer read, in bytes. */
    public Builder maxResponseBytes(long maxResponseBytes) {
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /** How long a login session is trusted. */
    public Builder sessionLifetime(Duration sessionLifetime) {
      this.sessionLifetime = sessionLifetime;
      return this;
    }

    /** How long before expiry a session or token is refreshed. */
    public Builder refreshMargin(Duration refreshMargin) {
      this.refreshMargin = refreshMargin;
      return this;
    }

    /**
     * The configuration.
     *
     * @throws IllegalArgumentException naming what is missing or wrong and how to fix it
     */
    public DvcqgClientConfig build() {
      return new DvcqgClientConfig(this);
    }
  }
}
