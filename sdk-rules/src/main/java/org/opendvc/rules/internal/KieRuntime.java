package org.opendvc.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.opendvc.rules.RuleInfo;
import org.opendvc.rules.RulesException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule bases, built once from the executable model pre-built into this jar, each with a pool of
 * sessions behind one shared stateless session. Thread-safe: every evaluation brings its own facts
 * and result sheet; the only per-call state is the list of fired rules, confined to the calling
 * thread for the duration of the call.
 */
public final class KieRuntime implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KieRuntime.class);

  /**
   * The rule bases, by the short names used in {@link RuleInfo#ruleBase()}, with the package of
   * their rules (one package per rule base, as in {@code META-INF/kmodule.xml}).
   */
  public static final Map<String, String> BASES =
      Map.of(
          "eligibility", "org.opendvc.rules.internal.eligibility",
          "once-only", "org.opendvc.rules.internal.onceonly",
          "readiness", "org.opendvc.rules.internal.readiness");

  /**
   * The list of model classes kie-maven-plugin generates for this module. Reading it directly,
   * rather than letting a class-path KieContainer discover the module, keeps the rules loadable
   * from a fat jar: there the container pairs kmodule.xml with whichever pom.properties it meets
   * first, looks for the model under the wrong coordinates, and falls back to compiling DRL.
   */
  static final String MODEL_INDEX = "META-INF/kie/org.opendvc/sdk-rules/drools-model";

  private static final ThreadLocal<List<String>> FIRED = new ThreadLocal<>();

  private final Map<String, KieBase> bases = new LinkedHashMap<>();
  private final List<KieSessionsPool> pools = new ArrayList<>();
  private final Map<String, StatelessKieSession> sessions = new LinkedHashMap<>();

  public KieRuntime(int poolSize) {
    long start = System.nanoTime();
    Map<String, Model> models = models();
    for (Map.Entry<String, String> base : BASES.entrySet()) {
      Model model = models.get(base.getValue());
      if (model == null) {
        throw new RulesException(
            "Rule base "
                + base.getKey()
                + " is missing from "
                + MODEL_INDEX
                + ": was sdk-rules built with kie-maven-plugin?");
      }
      KieBase kieBase;
      try {
        kieBase = KieBaseBuilder.createKieBaseFromModel(model);
      } catch (RuntimeException e) {
        throw new RulesException("Cannot build the " + base.getKey() + " rule base", e);
      }
      KieSessionsPool pool = kieBase.newKieSessionsPool(poolSize);
      StatelessKieSession session = pool.newStatelessKieSession();
      session.addEventListener(
          new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
              List<String> fired = FIRED.get();
              if (fired != null) {
                fired.add(event.getMatch().getRule().getName());
              }
            }
          });
      bases.put(base.getKey(), kieBase);
      pools.add(pool);
      sessions.put(base.getKey(), session);
    }
    LOG.debug("rule bases loaded millis={}", (System.nanoTime() - start) / 1_000_000);
  }

  /** The generated model of each rule package, read from {@link #MODEL_INDEX}. */
  private static Map<String, Model> models() {
    ClassLoader loader = KieRuntime.class.getClassLoader();
    List<String> lines;
    try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
      if (in == null) {
        throw new RulesException(
            "No pre-built rules at " + MODEL_INDEX + ": is the sdk-rules jar on the class path?");
      }
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new RulesException("Cannot read " + MODEL_INDEX, e);
    }
    Map<String, Model> models = new LinkedHashMap<>();
    for (String line : lines) {
      String className = line.strip();
      if (className.isEmpty() || className.contains(":")) {
        continue; // the header line, "Drools-Model-Version:..."
      }
      try {
        Model model =
            (Model) Class.forName(className, true, loader).getDeclaredConstructor().newInstance();
        models.put(model.getPackageName(), model);
      } catch (ReflectiveOperationException | ClassCastException e) {
        throw new RulesException("Cannot load the rule model " + className, e);
      }
    }
    return models;
  }

  /**
   * Runs the rule base {@code base} over {@code facts} and returns the ids of the rules that fired,
   * in order. The facts include the result sheet the consequences write to.
   */
  public List<String> execute(String base, List<Object> facts) {
    List<String> fired = new ArrayList<>();
    FIRED.set(fired);
    try {
      sessions.get(base).execute(facts);
    } catch (RulesException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new RulesException("A rule of the " + base + " rule base failed: " + e.getMessage(), e);
    } finally {
      FIRED.remove();
    }
    return fired;
  }

  /** Every rule of every rule base with its metadata, sorted by rule base and id. */
  public List<RuleInfo> rules() {
    List<RuleInfo> all = new ArrayList<>();
    for (Map.Entry<String, KieBase> base : bases.entrySet()) {
      for (KiePackage p : base.getValue().getKiePackages()) {
        for (Rule rule : p.getRules()) {
          all.add(info(base.getKey(), rule));
        }
      }
    }
    all.sort(java.util.Comparator.comparing(RuleInfo::ruleBase).thenComparing(RuleInfo::id));
    return all;
  }

  private static RuleInfo info(String base, Rule rule) {
    Map<String, Object> meta = rule.getMetaData();
    return new RuleInfo(
        rule.getName(),
        base,
        ruleFile(rule.getName()),
        String.valueOf(meta.getOrDefault(RuleMetadata.MESSAGE_KEY, "")),
        String.valueOf(meta.getOrDefault(RuleMetadata.LAW_REFERENCE, "")),
        date(meta.get(RuleMetadata.EFFECTIVE_FROM)),
        date(meta.get(RuleMetadata.EFFECTIVE_TO)));
  }

  /** A date annotation's value; null when the rule does not carry the annotation. */
  private static @Nullable LocalDate date(@Nullable Object annotation) {
    return annotation == null ? null : LocalDate.parse(annotation.toString());
  }

  /** The rule file a rule is written in, from the prefix of its id. */
  static String ruleFile(String id) {
    if (id.startsWith("ELIG-")) {
      return "requirements";
    } else if (id.startsWith("RET-")) {
      return "retirement-age";
    } else if (id.startsWith("IDC-")) {
      return "identity-card";
    } else if (id.startsWith("OO-DEF-")) {
      return "definition";
    } else if (id.startsWith("OO-DOSSIER-")) {
      return "dossier";
    } else if (id.startsWith("RDY-")) {
      return "readiness";
    }
    return "unknown";
  }

  @Override
  public void close() {
    pools.forEach(KieSessionsPool::shutdown);
  }
}
