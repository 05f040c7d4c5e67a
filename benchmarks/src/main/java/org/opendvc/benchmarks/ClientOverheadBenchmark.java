package org.opendvc.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.opendvc.client.DvcqgClient;
import org.opendvc.core.procedure.Sector;
import org.opendvc.testkit.simulator.PortalSimulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One {@code LayDanhMucLinhVuc} call to the local simulator through {@link DvcqgClient} (envelope,
 * auth, retry bookkeeping, listener, answer dialects, typed mapping) beside the same request sent
 * with a bare OkHttp client whose answer is read as a string.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClientOverheadBenchmark {
  PortalSimulator portal;
  DvcqgClient client;
  OkHttpClient raw;
  Request request;

  @Setup(Level.Trial)
  public void start() throws IOException {
    portal = PortalSimulator.builder().procedures(20).population(1).start();
    client = DvcqgClient.create(portal.clientConfig().build());
    raw = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    MediaType json = MediaType.get("application/json; charset=utf-8");
    String login =
        "{\"username\":\""
            + PortalSimulator.DEFAULT_USERNAME
            + "\",\"password\":\""
            + PortalSimulator.DEFAULT_PASSWORD
            + "\"}";
    String session;
    try (Response r =
        raw.newCall(
                new Request.Builder()
                    .url(portal.url() + "/auth")
                    .post(RequestBody.create(login, json))
                    .build())
            .execute()) {
      String body = r.body().string();
      int start = body.indexOf("\"session\":\"") + 11;
      session = body.substring(start, body.indexOf('"', start));
    }
    String envelope =
        "{\"session\":\""
            + session
            + "\",\"madonvi\":\""
            + PortalSimulator.DEFAULT_AGENCY
            + "\",\"service\":\"LayDanhMucLinhVuc\"}";
    request =
        new Request.Builder()
            .url(portal.url() + "/service")
            .post(RequestBody.create(envelope, json))
            .build();
  }

  @TearDown(Level.Trial)
  public void stop() {
    client.close();
    raw.dispatcher().executorService().shutdown();
    raw.connectionPool().evictAll();
    portal.close();
  }

  /** Baseline: the same request with bare OkHttp, answer read as a string. */
  @Benchmark
  public int rawOkHttp() throws IOException {
    try (Response r = raw.newCall(request).execute()) {
      return r.body().string().length();
    }
  }

  /** The typed client. */
  @Benchmark
  public int dvcqgClient() {
    List<Sector> sectors = client.listSectors();
    return sectors.size();
  }
}
