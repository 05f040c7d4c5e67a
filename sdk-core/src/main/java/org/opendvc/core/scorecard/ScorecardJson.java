package org.opendvc.core.scorecard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;
import org.opendvc.core.Language;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.dossier.DossierJson;

/**
 * A scorecard as JSON, shaped like DVCQG's reporting answers: {@code {"groups": [{"name", "score",
 * "maxScore", "metrics": [{"code", "numerator", "denominator", "ratio", "score", "maxScore"}]}],
 * "total"}}, with what OpenDVC adds: the scope, the rules, each metric's status, the decision's
 * points, the tree parameters and a note on how it was computed.
 */
public final class ScorecardJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ScorecardJson() {}

  /** The scorecard as a JSON tree. */
  public static ObjectNode toTree(Scorecard scorecard) {
    ObjectNode root = F.objectNode();
    root.put("agency", scorecard.agency().code());
    ScorePeriod period = scorecard.period();
    root.put("period", period.toString());
    if (period.kind() != ScorePeriod.Kind.ALL) {
      root.put("from", period.firstDay().toString());
      root.put("to", period.lastDay().toString());
    }
    root.put("asOf", DossierJson.format(scorecard.asOf()));
    ObjectNode dossiers = root.putObject("dossiers");
    dossiers.put("read", scorecard.dossiersRead());
    dossiers.put("inScope", scorecard.dossiersInScope());
    ObjectNode rules = root.putObject("rules");
    rules.put("syncTolerance", scorecard.rules().syncTolerance().toString());
    rules.put("onlineService", scorecard.rules().onlineService().name());
    rules.put("whenInputMissing", scorecard.rules().whenInputMissing().name());
    rules.put("whenNothingToCount", scorecard.rules().whenNothingToCount().name());
    ArrayNode groups = root.putArray("groups");
    for (GroupScore group : scorecard.groups()) {
      ObjectNode g = groups.addObject();
      g.put("name", group.group().id());
      g.set("title", localized(group.group().title()));
      g.put("endpoint", group.group().endpoint());
      g.put("score", group.score());
      g.put("maxScore", group.maxScore());
      g.put("decisionMaxScore", group.group().maxScore());
      ArrayNode metrics = g.putArray("metrics");
      for (MetricScore metric : group.metrics()) {
        metrics.add(metric(metric));
      }
    }
    root.put("total", scorecard.total());
    root.put("maxTotal", scorecard.maxTotal());
    return root;
  }

  private static ObjectNode metric(MetricScore m) {
    ObjectNode o = F.objectNode();
    o.put("code", m.code().name());
    o.set("title", localized(m.code().title()));
    o.put("status", m.status().name());
    o.put("numerator", m.numerator());
    o.put("denominator", m.denominator());
    if (m.ratio() == null) {
      o.putNull("ratio");
    } else {
      o.put("ratio", m.ratio());
    }
    o.put("score", m.score());
    o.put("maxScore", m.maxScore());
    o.put("decisionMaxScore", m.decisionMaxScore());
    if (!m.parameters().isEmpty()) {
      ObjectNode parameters = o.putObject("parameters");
      for (Map.Entry<String, Number> p : m.parameters().entrySet()) {
        Number value = p.getValue();
        if (value instanceof BigDecimal decimal) {
          parameters.put(p.getKey(), decimal);
        } else {
          parameters.put(p.getKey(), value.longValue());
        }
      }
    }
    o.set("note", localized(m.note()));
    return o;
  }

  private static ObjectNode localized(LocalizedText text) {
    ObjectNode o = F.objectNode();
    o.put("vi", text.vi());
    o.put("en", text.get(Language.EN));
    return o;
  }
}
