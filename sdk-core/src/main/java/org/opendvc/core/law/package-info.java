/** References to Vietnamese legal documents, rendered as citations in Vietnamese and English. */
@NullMarked
package org.opendvc.core.law;

import org.jspecify.annotations.NullMarked;
