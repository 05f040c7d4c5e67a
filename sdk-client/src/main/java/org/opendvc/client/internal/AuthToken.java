package org.opendvc.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import okhttp3.FormBody;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import org.opendvc.client.DvcqgClientConfig;
import org.opendvc.client.auth.Credentials;
import org.opendvc.client.error.DvcqgAuthenticationException;
import org.opendvc.client.error.DvcqgProtocolException;

/**
 * Keeps the session or access token of one client, refreshes it shortly before it expires (one
 * refresh at a time), and drops it when the portal answers 401 so the next attempt logs in again.
 */
final class AuthToken {
  /** A session or token, and when to refresh it. */
  record Token(String value, boolean bearer, Instant refreshAt) {
    @Override
    public String toString() {
      return "Token[***, refreshAt=" + refreshAt + "]";
    }
  }

  private final DvcqgClientConfig config;
  private final Transport transport;
  private final Clock clock;
  private volatile @Nullable Token current;

  AuthToken(DvcqgClientConfig config, Transport transport) {
    this.config = config;
    this.transport = transport;
    this.clock = config.clock();
  }

  /** The current token if it is still fresh, without blocking. */
  @Nullable Token cached() {
    Token t = current;
    return t != null && clock.instant().isBefore(t.refreshAt()) ? t : null;
  }

  /** A fresh token, logging in if needed. */
  synchronized Token token() {
    Token t = cached();
    if (t != null) {
      return t;
    }
    t = fetch();
    current = t;
    return t;
  }

  /** Forgets {@code stale} if it is still the current token. */
  synchronized void invalidate(@Nullable Token stale) {
    if (stale != null && current == stale) {
      current = null;
    }
  }

  private Token fetch() {
    Credentials credentials = config.credentials();
    if (credentials instanceof Credentials.SessionLogin login) {
      return login(login);
    }
    return oauth((Credentials.OAuth2ClientCredentials) credentials);
  }

  private Token login(Credentials.SessionLogin login) {
    ObjectNode body = WireJson.mapper().createObjectNode();
    body.put("username", login.username());
    body.put("password", login.password());
    CallSpec spec =
        new CallSpec(
            "login",
            Safety.READ,
            false,
            true,
            token ->
                new Request.Builder()
                    .url(transport.url(config.loginPath()))
                    .post(Transport.json(body)));
    Answer answer = transport.execute(spec);
    if (answer.kind() != Answer.Kind.SUCCESS) {
      throw new DvcqgAuthenticationException(
          "The portal refused the login; check the user name and password",
          answer.details(),
          answer.message(),
          null);
    }
    String session = Answer.member(answer.root(), "session", "Session", "token");
    if (session == null || session.isBlank()) {
      throw new DvcqgProtocolException(
          "The login answer has no session", answer.details(), null, null);
    }
    Duration life = config.sessionLifetime().minus(config.refreshMargin());
    return new Token(session, false, clock.instant().plus(life));
  }

  private Token oauth(Credentials.OAuth2ClientCredentials c) {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (c.clientId() + ":" + c.clientSecret()).getBytes(StandardCharsets.UTF_8));
    FormBody.Builder form = new FormBody.Builder().add("grant_type", "client_credentials");
    if (c.scope() != null) {
      form.add("scope", c.scope());
    }
    FormBody body = form.build();
    CallSpec spec =
        new CallSpec(
            "token",
            Safety.READ,
            false,
            true,
            token ->
                new Request.Builder()
                    .url(c.tokenUrl().toString())
                    .header("Authorization", "Basic " + basic)
                    .post(body));
    Answer answer = transport.execute(spec);
    JsonNode root = answer.root();
    String access = Answer.member(root, "access_token");
    if (access == null || access.isBlank()) {
      throw new DvcqgAuthenticationException(
          "The token endpoint gave no access_token; check the client id and secret",
          answer.details(),
          Answer.member(root, "error_description", "error"),
          null);
    }
    long expiresIn = root.path("expires_in").asLong(3600);
    Duration life = Duration.ofSeconds(Math.max(expiresIn, 1));
    Duration margin = config.refreshMargin();
    // A token shorter-lived than the margin is refreshed at half its life.
    Duration useFor =
        life.compareTo(margin.multipliedBy(2)) > 0 ? life.minus(margin) : life.dividedBy(2);
    return new Token(access, true, clock.instant().plus(useFor));
  }
}
