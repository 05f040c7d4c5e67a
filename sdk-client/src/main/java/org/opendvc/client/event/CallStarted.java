package org.opendvc.client.event;

/**
 * A logical call began; its attempts follow.
 *
 * @param operation the portal service, such as {@code DongBoHoSoMC}
 * @param requestId the id sent with every attempt of this call ({@code X-Request-Id})
 */
public record CallStarted(String operation, String requestId) {}
