package org.opendvc.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.EventListener;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.opendvc.client.DvcqgClientConfig;
import org.opendvc.client.RetryPolicy;
import org.opendvc.client.error.DvcqgAuthenticationException;
import org.opendvc.client.error.DvcqgConnectionException;
import org.opendvc.client.error.DvcqgException;
import org.opendvc.client.error.DvcqgProtocolException;
import org.opendvc.client.error.DvcqgRateLimitException;
import org.opendvc.client.error.DvcqgRequestException;
import org.opendvc.client.error.DvcqgServerException;
import org.opendvc.client.error.DvcqgTimeoutException;
import org.opendvc.client.error.DvcqgValidationException;
import org.opendvc.client.error.ErrorDetails;
import org.opendvc.client.error.FieldError;
import org.opendvc.client.event.AttemptCompleted;
import org.opendvc.client.event.CallCompleted;
import org.opendvc.client.event.CallStarted;
import org.opendvc.client.event.Outcome;
import org.opendvc.client.event.RetryScheduled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends calls to the portal: one attempt at a time through OkHttp, every attempt through our retry
 * policy. OkHttp's own silent retry and redirects are off, so no request is ever repeated without
 * passing {@link #decide}. The blocking and the async drivers share the attempt and decision code;
 * only how they wait differs (the async one schedules, it never sleeps on a thread).
 */
public final class Transport implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Transport.class);
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final int MAX_ERROR_BODY = 64 * 1024;
  static final String USER_AGENT = "opendvc-sdk-client/0.1";

  private final DvcqgClientConfig config;
  private final OkHttpClient http;
  private final RetryBudget budget;
  private final Listeners listeners;
  private final AuthToken auth;
  private final HttpUrl base;
  private @Nullable ScheduledExecutorService scheduler;
  private @Nullable ExecutorService authExecutor;

  /** A transport for {@code config}, with its own connection pool. */
  public Transport(DvcqgClientConfig config) {
    this.config = config;
    this.base = HttpUrl.get(config.baseUrl().toString());
    this.http =
        new OkHttpClient.Builder()
            .retryOnConnectionFailure(false)
            .followRedirects(false)
            .followSslRedirects(false)
            .connectTimeout(config.connectTimeout())
            .readTimeout(config.readTimeout())
            .writeTimeout(config.writeTimeout())
            .callTimeout(config.attemptTimeout())
            .connectionPool(new ConnectionPool(16, 30, TimeUnit.SECONDS))
            .eventListenerFactory(call -> SentTracker.LISTENER)
            .build();
    this.budget = new RetryBudget(config.retryPolicy().budgetCapacity());
    this.listeners = new Listeners(config.listener());
    this.auth = new AuthToken(config, this);
  }

  /** The configuration. */
  public DvcqgClientConfig config() {
    return config;
  }

  /** The retry budget's tokens left, for tests and diagnostics. */
  public int retryBudgetAvailable() {
    return budget.available();
  }

  String url(String path) {
    String b = base.toString();
    return (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path;
  }

  static RequestBody json(JsonNode body) {
    try {
      return RequestBody.create(WireJson.mapper().writeValueAsBytes(body), JSON);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree always serialises", e);
    }
  }

  /**
   * The spec of a call to the integration endpoint: the envelope {@code {session, madonvi, service,
   * ...params}}, or with a bearer token in the {@code Authorization} header instead of the session.
   */
  public CallSpecHandle service(String service, Safety safety, ObjectNode params) {
    CallSpec spec =
        new CallSpec(
            service,
            safety,
            true,
            false,
            token -> {
              ObjectNode envelope = WireJson.mapper().createObjectNode();
              Request.Builder request = new Request.Builder().url(url(config.servicePath()));
              if (token != null && token.bearer()) {
                request.header("Authorization", "Bearer " + token.value());
              } else if (token != null) {
                envelope.put("session", token.value());
              }
              envelope.put("madonvi", config.agencyCode());
              envelope.put("service", service);
              envelope.setAll(params);
              return request.post(json(envelope));
            });
    return new CallSpecHandle(spec);
  }

  /** An opaque handle to a call spec, so the clients need not see its parts. */
  public static final class CallSpecHandle {
    final CallSpec spec;

    CallSpecHandle(CallSpec spec) {
      this.spec = spec;
    }
  }

  /** Runs a call to the end, retrying as the policy allows; blocks. */
  public Answer execute(CallSpecHandle handle) {
    return execute(handle.spec);
  }

  Answer execute(CallSpec spec) {
    CallState state = new CallState(spec, config.requestIds().get(), config.clock().instant());
    listeners.callStarted(new CallStarted(spec.operation(), state.requestId));
    while (true) {
      AuthToken.Token token;
      try {
        token = spec.authenticated() ? auth.token() : null;
      } catch (DvcqgException e) {
        finish(state, outcomeOf(e));
        throw e;
      }
      Result result = attempt(state, token);
      if (result.answer != null) {
        return result.answer;
      }
      Decision decision = decide(state, result.failure, token);
      if (decision.exception != null) {
        throw decision.exception;
      }
      try {
        config.sleeper().sleep(decision.delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DvcqgConnectionException(
            "Interrupted while waiting to retry",
            details(state, 0, null, "").withAttempts(state.attempts, true),
            null,
            e);
      }
    }
  }

  /** Runs a call to the end without blocking a thread while waiting to retry. */
  public CompletableFuture<Answer> executeAsync(CallSpecHandle handle) {
    CallSpec spec = handle.spec;
    CallState state = new CallState(spec, config.requestIds().get(), config.clock().instant());
    listeners.callStarted(new CallStarted(spec.operation(), state.requestId));
    CompletableFuture<Answer> result = new CompletableFuture<>();
    attemptAsync(state, result);
    return result;
  }

  private void attemptAsync(CallState state, CompletableFuture<Answer> result) {
    CallSpec spec = state.spec;
    CompletableFuture<AuthToken.@Nullable Token> tokenFuture;
    if (!spec.authenticated()) {
      tokenFuture = CompletableFuture.completedFuture(null);
    } else {
      AuthToken.Token cached = auth.cached();
      tokenFuture =
          cached != null
              ? CompletableFuture.completedFuture(cached)
              : CompletableFuture.supplyAsync(auth::token, authExecutor());
    }
    tokenFuture.whenComplete(
        (token, error) -> {
          if (error != null) {
            Throwable cause = error.getCause() != null ? error.getCause() : error;
            if (cause instanceof DvcqgException e) {
              finish(state, outcomeOf(e));
            }
            result.completeExceptionally(cause);
            return;
          }
          Prepared prepared = prepare(state, token);
          prepared.call.enqueue(
              new Callback() {
                @Override
                public void onResponse(Call call, Response response) {
                  handleAsync(state, token, complete(state, prepared, response), result);
                }

                @Override
                public void onFailure(Call call, IOException e) {
                  handleAsync(state, token, failed(state, prepared, e), result);
                }
              });
        });
  }

  private void handleAsync(
      CallState state,
      AuthToken.@Nullable Token token,
      Result attempt,
      CompletableFuture<Answer> result) {
    if (attempt.answer != null) {
      result.complete(attempt.answer);
      return;
    }
    Decision decision = decide(state, attempt.failure, token);
    if (decision.exception != null) {
      result.completeExceptionally(decision.exception);
      return;
    }
    scheduler()
        .schedule(
            () -> attemptAsync(state, result), decision.delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  private synchronized ScheduledExecutorService scheduler() {
    if (scheduler == null) {
      scheduler =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "dvcqg-retry");
                t.setDaemon(true);
                return t;
              });
    }
    return scheduler;
  }

  private synchronized ExecutorService authExecutor() {
    if (authExecutor == null) {
      authExecutor =
          Executors.newCachedThreadPool(
              r -> {
                Thread t = new Thread(r, "dvcqg-auth");
                t.setDaemon(true);
                return t;
              });
    }
    return authExecutor;
  }

  /** The state of one logical call across its attempts. */
  private static final class CallState {
    final CallSpec spec;
    final String requestId;
    final Instant started;
    final long startedNanos = System.nanoTime();
    int attempts;
    int retries;
    boolean reauthenticated;
    boolean unknown;

    CallState(CallSpec spec, String requestId, Instant started) {
      this.spec = spec;
      this.requestId = requestId;
      this.started = started;
    }
  }

  /** An attempt ready to go. */
  private record Prepared(Call call, SentTracker tracker, long startNanos) {}

  /** What one attempt gave: an answer, or a failure. */
  private record Result(@Nullable Answer answer, @Nullable Failure failure) {}

  /** The exception type a failure becomes. */
  private enum Kind {
    CONNECTION,
    TIMEOUT,
    AUTHENTICATION,
    RATE_LIMIT,
    VALIDATION,
    SERVER,
    PROTOCOL,
    REQUEST
  }

  /** How an attempt failed, and whether repeating it is safe. */
  private record Failure(
      Kind kind,
      String summary,
      ErrorDetails details,
      @Nullable String portalMessage,
      @Nullable Throwable cause,
      List<FieldError> fieldErrors,
      Retry retry,
      Outcome outcome,
      @Nullable Duration retryAfter,
      boolean unauthorized,
      boolean unknown) {

    Failure(
        Kind kind,
        String summary,
        ErrorDetails details,
        @Nullable String portalMessage,
        @Nullable Throwable cause,
        Retry retry,
        Outcome outcome) {
      this(
          kind,
          summary,
          details,
          portalMessage,
          cause,
          List.of(),
          retry,
          outcome,
          null,
          false,
          false);
    }

    DvcqgException toException(int attempts, boolean unknownOutcome, @Nullable String why) {
      ErrorDetails d = details.withAttempts(attempts, unknownOutcome || unknown);
      String text = why == null ? summary : summary + " (gave up: " + why + ")";
      return switch (kind) {
        case CONNECTION -> new DvcqgConnectionException(text, d, portalMessage, cause);
        case TIMEOUT -> new DvcqgTimeoutException(text, d, portalMessage, cause);
        case AUTHENTICATION -> new DvcqgAuthenticationException(text, d, portalMessage, cause);
        case RATE_LIMIT -> new DvcqgRateLimitException(text, d, portalMessage, retryAfter);
        case VALIDATION -> new DvcqgValidationException(text, d, portalMessage, fieldErrors);
        case SERVER -> new DvcqgServerException(text, d, portalMessage, cause);
        case PROTOCOL -> new DvcqgProtocolException(text, d, portalMessage, cause);
        case REQUEST -> new DvcqgRequestException(text, d, portalMessage, cause);
      };
    }
  }

  /** What to do after a failed attempt: wait {@code delay} and retry, or throw. */
  private record Decision(@Nullable Duration delay, @Nullable DvcqgException exception) {}

  /** Whether a failed attempt may be repeated. */
  private enum Retry {
    /** The request surely was not applied: repeat any operation. */
    NOT_APPLIED,
    /** The request may have been applied: repeat only safe operations. */
    AMBIGUOUS,
    /** Repeating cannot help. */
    NEVER
  }

  private Prepared prepare(CallState state, AuthToken.@Nullable Token token) {
    state.attempts++;
    SentTracker tracker = new SentTracker();
    Request request =
        state
            .spec
            .builder()
            .build(token)
            .header("X-Request-Id", state.requestId)
            .header("Idempotency-Key", state.requestId)
            .header("User-Agent", USER_AGENT)
            .header("Accept", "application/json")
            .tag(SentTracker.class, tracker)
            .build();
    return new Prepared(http.newCall(request), tracker, System.nanoTime());
  }

  private Result attempt(CallState state, AuthToken.@Nullable Token token) {
    Prepared prepared = prepare(state, token);
    Response response;
    try {
      response = prepared.call.execute();
    } catch (IOException e) {
      return failed(state, prepared, e);
    }
    return complete(state, prepared, response);
  }

  private Result failed(CallState state, Prepared prepared, IOException e) {
    boolean sent = prepared.tracker.sent;
    boolean timeout = e instanceof InterruptedIOException;
    boolean neverConnected =
        e instanceof ConnectException
            || e instanceof UnknownHostException
            || e instanceof NoRouteToHostException;
    Retry retry = sent && !neverConnected ? Retry.AMBIGUOUS : Retry.NOT_APPLIED;
    ErrorDetails details = details(state, 0, null, "");
    String summary =
        timeout
            ? (sent ? "No answer in time" : "Could not connect in time")
            : (sent ? "The connection broke before the whole answer arrived" : "Could not connect");
    Outcome outcome = timeout ? Outcome.TIMEOUT : Outcome.CONNECTION_FAILED;
    attemptDone(state, prepared, 0, outcome);
    return new Result(
        null,
        new Failure(
            timeout ? Kind.TIMEOUT : Kind.CONNECTION, summary, details, null, e, retry, outcome));
  }

  private Result complete(CallState state, Prepared prepared, Response response) {
    try (response) {
      int status = response.code();
      String requestId = response.header("X-Request-Id");
      boolean ok = status >= 200 && status < 300;
      byte[] bytes;
      try {
        bytes = read(response.body(), ok ? config.maxResponseBytes() : MAX_ERROR_BODY, ok);
      } catch (TooLarge e) {
        ErrorDetails d = details(state, status, requestId, "");
        attemptDone(state, prepared, status, Outcome.MALFORMED_ANSWER);
        return new Result(
            null,
            new Failure(
                Kind.PROTOCOL,
                "The answer is larger than maxResponseBytes (" + config.maxResponseBytes() + ")",
                d,
                null,
                null,
                Retry.NEVER,
                Outcome.MALFORMED_ANSWER));
      } catch (IOException e) {
        return failed(state, prepared, e);
      }
      String text = new String(bytes, StandardCharsets.UTF_8);
      ErrorDetails details = details(state, status, requestId, Redactor.redact(text));
      if (ok) {
        return readSuccess(state, prepared, response, text, details);
      }
      Failure failure = httpFailure(state, response, status, text, details);
      attemptDone(state, prepared, status, failure.outcome);
      return new Result(null, failure);
    }
  }

  private Result readSuccess(
      CallState state, Prepared prepared, Response response, String text, ErrorDetails details) {
    String body = text.strip();
    String contentType = response.header("Content-Type", "");
    String problem = null;
    Answer answer = null;
    if (body.isEmpty()) {
      problem = "The portal's answer is empty";
    } else if (body.startsWith("<") || contentType.toLowerCase().contains("html")) {
      problem =
          "The portal answered with an HTML page instead of JSON (a proxy or login page in front of"
              + " the adapter? check the base URL and paths)";
    } else if (body.startsWith("{") || body.startsWith("[")) {
      try {
        answer = Answer.ofJson(WireJson.mapper().readTree(body), details);
      } catch (JsonProcessingException e) {
        problem =
            "The portal's answer is not valid JSON (malformed or truncated) at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr();
      }
    } else if (Answer.saysSuccess(body)) {
      answer = Answer.plainSuccess(body, details);
    } else {
      problem = "The portal answered with plain text that is not a success";
    }
    if (answer != null) {
      Outcome outcome =
          switch (answer.kind()) {
            case SUCCESS -> Outcome.SUCCESS;
            case ALREADY_EXISTS -> Outcome.ALREADY_EXISTS;
            case REJECTED -> Outcome.REJECTED;
          };
      attemptDone(state, prepared, response.code(), outcome);
      budget.refund(config.retryPolicy().successRefund());
      finish(state, outcome);
      return new Result(answer, null);
    }
    attemptDone(state, prepared, response.code(), Outcome.MALFORMED_ANSWER);
    // A write may have been applied although its answer is unreadable.
    boolean unknown = state.spec.safety() != Safety.READ;
    return new Result(
        null,
        new Failure(
            Kind.PROTOCOL,
            problem,
            details,
            null,
            null,
            List.of(),
            Retry.NEVER,
            Outcome.MALFORMED_ANSWER,
            null,
            false,
            unknown));
  }

  private Failure httpFailure(
      CallState state, Response response, int status, String text, ErrorDetails details) {
    JsonNode root = parseQuietly(text);
    String code = root == null ? null : Answer.member(root, "error_code", "errorCode", "code");
    String message =
        root == null ? null : Answer.member(root, "message", "error_description", "error");
    ErrorDetails d =
        new ErrorDetails(
            details.operation(),
            status,
            code,
            details.requestId(),
            details.attempts(),
            false,
            details.bodyExcerpt());
    Optional<Duration> retryAfter =
        RetryAfter.parse(response.header("Retry-After"), config.clock().instant());
    if (status == 401 || (state.spec.credentialEndpoint() && status >= 400 && status < 500)) {
      String summary =
          state.spec.credentialEndpoint()
              ? "The portal refused the credentials; check them in the configuration"
              : "The portal refused the session or token (HTTP 401)";
      return new Failure(
          Kind.AUTHENTICATION,
          summary,
          d,
          message,
          null,
          List.of(),
          Retry.NEVER,
          Outcome.UNAUTHORIZED,
          null,
          !state.spec.credentialEndpoint(),
          false);
    }
    if (status == 429) {
      return new Failure(
          Kind.RATE_LIMIT,
          "The portal is rate limiting",
          d,
          message,
          null,
          List.of(),
          Retry.NOT_APPLIED,
          Outcome.RATE_LIMITED,
          retryAfter.orElse(null),
          false,
          false);
    }
    if (status == 408) {
      return new Failure(
          Kind.TIMEOUT,
          "The portal timed out reading the request",
          d,
          message,
          null,
          Retry.NOT_APPLIED,
          Outcome.TIMEOUT);
    }
    if (status >= 500) {
      boolean unavailable = status == 503;
      return new Failure(
          Kind.SERVER,
          "The portal failed (HTTP " + status + ")",
          d,
          message,
          null,
          List.of(),
          unavailable ? Retry.NOT_APPLIED : Retry.AMBIGUOUS,
          Outcome.SERVER_ERROR,
          unavailable ? retryAfter.orElse(null) : null,
          false,
          false);
    }
    if (status == 400 || status == 422) {
      return new Failure(
          Kind.VALIDATION,
          "The portal rejected the request (HTTP " + status + ")",
          d,
          message,
          null,
          root == null ? List.of() : Answer.fieldErrors(root),
          Retry.NEVER,
          Outcome.REJECTED,
          null,
          false,
          false);
    }
    boolean redirect = status >= 300 && status < 400;
    String summary =
        redirect
            ? "The portal answered with a redirect (HTTP "
                + status
                + "), which the client does not follow; check the base URL"
            : "The portal refused the request (HTTP " + status + ")";
    return new Failure(
        redirect ? Kind.PROTOCOL : Kind.REQUEST,
        summary,
        d,
        message,
        null,
        Retry.NEVER,
        redirect ? Outcome.MALFORMED_ANSWER : Outcome.REJECTED);
  }

  private static @Nullable JsonNode parseQuietly(String text) {
    String t = text.strip();
    if (!t.startsWith("{")) {
      return null;
    }
    try {
      return WireJson.mapper().readTree(t);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** Whether and when to try again. Emits the call's end when giving up. */
  private Decision decide(CallState state, Failure failure, AuthToken.@Nullable Token token) {
    RetryPolicy policy = config.retryPolicy();
    if (failure.retry == Retry.AMBIGUOUS && state.spec.safety() == Safety.NON_IDEMPOTENT_WRITE) {
      state.unknown = true;
    }
    if (failure.unauthorized && !state.reauthenticated) {
      // Log in again and replay once; this does not count as a retry.
      state.reauthenticated = true;
      auth.invalidate(token);
      return new Decision(Duration.ZERO, null);
    }
    String reason = null;
    if (failure.retry == Retry.AMBIGUOUS && state.spec.safety() == Safety.NON_IDEMPOTENT_WRITE) {
      reason = "it may have been applied, and repeating it would apply it twice";
    } else if (failure.retry != Retry.NEVER && state.retries + 1 >= policy.maxAttempts()) {
      reason = policy.maxAttempts() + " attempts made";
    }
    boolean retryable = failure.retry != Retry.NEVER && reason == null;
    Duration delay = Duration.ZERO;
    if (retryable) {
      boolean throttled = failure.outcome == Outcome.RATE_LIMITED || failure.retryAfter != null;
      delay =
          Backoff.delay(
              throttled ? policy.throttledBaseDelay() : policy.baseDelay(),
              policy.maxDelay(),
              state.retries + 1,
              config.jitter());
      if (failure.retryAfter != null) {
        if (failure.retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
          reason =
              "Retry-After of "
                  + failure.retryAfter.toSeconds()
                  + " s is longer than maxRetryAfter";
        } else if (failure.retryAfter.compareTo(delay) > 0) {
          delay = failure.retryAfter;
        }
      }
    }
    if (retryable && reason == null) {
      Instant deadline = state.started.plus(config.callTimeout());
      if (config.clock().instant().plus(delay).isAfter(deadline)) {
        reason = "callTimeout reached";
      }
    }
    if (retryable && reason == null) {
      int cost =
          failure.outcome == Outcome.TIMEOUT ? policy.timeoutRetryCost() : policy.retryCost();
      if (!budget.tryAcquire(cost)) {
        reason = "retry budget exhausted";
      }
    }
    if (!retryable || reason != null) {
      LOG.debug(
          "dvcqg giving up operation={} attempts={} outcome={} reason={} requestId={}",
          state.spec.operation(),
          state.attempts,
          failure.outcome,
          reason == null ? "not retryable" : reason,
          state.requestId);
      finish(state, failure.outcome);
      return new Decision(null, failure.toException(state.attempts, state.unknown, reason));
    }
    state.retries++;
    listeners.retryScheduled(
        new RetryScheduled(
            state.spec.operation(), state.requestId, state.attempts + 1, delay, failure.outcome));
    return new Decision(delay, null);
  }

  private ErrorDetails details(
      CallState state, int status, @Nullable String serverRequestId, String excerpt) {
    return new ErrorDetails(
        state.spec.operation(),
        status,
        null,
        serverRequestId != null ? serverRequestId : state.requestId,
        state.attempts,
        false,
        excerpt);
  }

  private void attemptDone(CallState state, Prepared prepared, int status, Outcome outcome) {
    Duration latency = Duration.ofNanos(System.nanoTime() - prepared.startNanos);
    LOG.debug(
        "dvcqg attempt operation={} attempt={} status={} outcome={} latencyMs={} requestId={}",
        state.spec.operation(),
        state.attempts,
        status,
        outcome,
        latency.toMillis(),
        state.requestId);
    listeners.attemptCompleted(
        new AttemptCompleted(
            state.spec.operation(), state.requestId, state.attempts, status, outcome, latency));
  }

  private void finish(CallState state, Outcome outcome) {
    listeners.callCompleted(
        new CallCompleted(
            state.spec.operation(),
            state.requestId,
            state.attempts,
            outcome,
            Duration.ofNanos(System.nanoTime() - state.startedNanos)));
  }

  private static Outcome outcomeOf(DvcqgException e) {
    if (e instanceof DvcqgAuthenticationException) {
      return Outcome.UNAUTHORIZED;
    }
    if (e instanceof DvcqgTimeoutException) {
      return Outcome.TIMEOUT;
    }
    if (e instanceof DvcqgConnectionException) {
      return Outcome.CONNECTION_FAILED;
    }
    if (e instanceof DvcqgRateLimitException) {
      return Outcome.RATE_LIMITED;
    }
    if (e instanceof DvcqgServerException) {
      return Outcome.SERVER_ERROR;
    }
    if (e instanceof DvcqgProtocolException) {
      return Outcome.MALFORMED_ANSWER;
    }
    return Outcome.REJECTED;
  }

  /** An answer over the configured limit. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
  }

  private static byte[] read(@Nullable ResponseBody body, long limit, boolean failIfLarger)
      throws IOException {
    if (body == null) {
      return new byte[0];
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try (InputStream in = body.byteStream()) {
      int n;
      while ((n = in.read(buffer)) != -1) {
        if (out.size() + n > limit) {
          if (failIfLarger) {
            throw new TooLarge();
          }
          out.write(buffer, 0, (int) (limit - out.size()));
          break;
        }
        out.write(buffer, 0, n);
      }
    }
    return out.toByteArray();
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    synchronized (this) {
      if (scheduler != null) {
        scheduler.shutdownNow();
      }
      if (authExecutor != null) {
        authExecutor.shutdownNow();
      }
    }
  }

  /** Records whether an attempt's request headers started going out. */
  static final class SentTracker {
    volatile boolean sent;

    static final EventListener LISTENER =
        new EventListener() {
          @Override
          public void requestHeadersStart(Call call) {
            SentTracker tracker = call.request().tag(SentTracker.class);
            if (tracker != null) {
              tracker.sent = true;
            }
          }
        };
  }
}
