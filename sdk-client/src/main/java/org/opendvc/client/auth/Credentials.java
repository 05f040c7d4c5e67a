package org.opendvc.client.auth;

import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The credentials the client logs in with. Secrets never appear in {@code toString()}.
 *
 * <p>The client keeps the session or token it obtains, refreshes it shortly before it expires, and
 * when the portal still answers 401 it logs in again and replays the call once.
 */
public sealed interface Credentials {

  /**
   * A session login, as OpenCPS's DVCQG adapter does: {@code POST} the user name and password to
   * the login path, receive a {@code session} to put in every later request body.
   *
   * @param username the adapter account's user name
   * @param password its password
   */
  record SessionLogin(String username, String password) implements Credentials {
    /** Checks both are present and not blank. */
    public SessionLogin {
      requireText(username, "username");
      requireText(password, "password");
    }

    @Override
    public String toString() {
      return "SessionLogin[username=" + username + ", password=***]";
    }
  }

  /**
   * OAuth 2.0 client credentials (RFC 6749 §4.4): the client id and secret are sent with HTTP Basic
   * authentication to the token endpoint; the access token is sent as {@code Authorization:
   * Bearer}.
   *
   * @param tokenUrl the token endpoint, such as {@code https://gateway.example/oauth2/token}
   * @param clientId the client id
   * @param clientSecret the client secret
   * @param scope the scope to ask for, or {@code null} for the default
   */
  record OAuth2ClientCredentials(
      URI tokenUrl, String clientId, String clientSecret, @Nullable String scope)
      implements Credentials {
    /** Checks the parts are present. */
    public OAuth2ClientCredentials {
      Objects.requireNonNull(tokenUrl, "tokenUrl");
      requireText(clientId, "clientId");
      requireText(clientSecret, "clientSecret");
    }

    @Override
    public String toString() {
      return "OAuth2ClientCredentials[tokenUrl="
          + tokenUrl
          + ", clientId="
          + clientId
          + ", clientSecret=***"
          + (scope == null ? "" : ", scope=" + scope)
          + "]";
    }
  }

  /** A session login with {@code username} and {@code password}. */
  static Credentials sessionLogin(String username, String password) {
    return new SessionLogin(username, password);
  }

  /** OAuth 2.0 client credentials at {@code tokenUrl}, with the default scope. */
  static Credentials oauth2(URI tokenUrl, String clientId, String clientSecret) {
    return new OAuth2ClientCredentials(tokenUrl, clientId, clientSecret, null);
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
