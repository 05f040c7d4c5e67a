/**
 * The burden estimate: how many fields a person must fill, how many prefill fills for them, and how
 * long it takes from login to submission, by a keystroke-level model whose constants are cited
 * (Card, Moran and Newell 1980; Palin et al. 2019; Brysbaert 2019), compared with the government's
 * targets (Decision 1565/QĐ-TTg: under 8 minutes in 2025).
 */
@NullMarked
package org.opendvc.forms.burden;

import org.jspecify.annotations.NullMarked;
