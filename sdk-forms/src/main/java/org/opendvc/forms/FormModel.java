package org.opendvc.forms;

import java.util.List;
import java.util.Set;
import org.opendvc.core.Language;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.id.ProcedureCode;

/** What {@link FormReader} read from a definition file, before checks and compilation. */
record FormModel(
    String id,
    String version,
    String contentHash,
    ProcedureCode procedure,
    LocalizedText title,
    Set<Language> languages,
    List<FormSubject> subjects,
    List<CodeList> codeLists,
    List<Section> sections) {}
