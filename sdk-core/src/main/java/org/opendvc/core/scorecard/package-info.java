/**
 * The Decision 766/QĐ-TTg scorecard (bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ
 * người dân, doanh nghiệp), computed from dossiers as DVCQG computes it: six groups, 100 points,
 * each metric with DVCQG's code, numerator, denominator, ratio and score.
 *
 * <p>Start with {@link org.opendvc.core.scorecard.ScorecardAccumulator}: one streaming pass over
 * the dossiers of an agency and a period, in memory that does not grow with their number. The rules
 * the reference leaves open are in {@link org.opendvc.core.scorecard.ScorecardRules}; the inputs a
 * dossier cannot carry (procedures published on time, petitions, communes offering certified
 * copies) come in an {@link org.opendvc.core.scorecard.AgencyProfile}.
 */
@NullMarked
package org.opendvc.core.scorecard;

import org.jspecify.annotations.NullMarked;
