package org.opendvc.core.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.json.JsonPointers;
import org.opendvc.core.procedure.Channel;
import org.opendvc.core.procedure.DocumentRequirement;
import org.opendvc.core.procedure.Fee;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.ProcedureCase;
import org.opendvc.core.testing.DvcqgPackageArbitraries;
import org.opendvc.core.testing.Fixtures;
import org.opendvc.core.testing.ProcedureArbitraries;

/** The algebra of import and export: each undoes the other, and edits touch only what changed. */
class DvcqgProcedurePackagePropertyTest {

  @Provide
  Arbitrary<ObjectNode> packages() {
    return DvcqgPackageArbitraries.packages();
  }

  @Provide
  Arbitrary<Procedure> procedures() {
    return ProcedureArbitraries.dvcqgProcedures();
  }

  private static DvcqgProcedurePackage.Import importTree(JsonNode pkg) {
    return DvcqgProcedurePackage.importPackage(Fixtures.json(pkg.toString(), "package.json"));
  }

  @Property(tries = 200)
  void exportOfImport_isThePackageExactly(@ForAll("packages") ObjectNode pkg) {
    DvcqgProcedurePackage.Import imported = importTree(pkg);
    Assume.that(imported.procedure() != null);

    assertThat(DvcqgProcedurePackage.export(imported.procedure())).isEqualTo(pkg);
  }

  @Property(tries = 200)
  void import_reportsEveryProblemWithAPointerIntoThePackageAndAPosition(
      @ForAll("packages") ObjectNode pkg) {
    DvcqgProcedurePackage.Import imported = importTree(pkg);

    assertThat(imported.diagnostics())
        .allSatisfy(
            d -> {
              assertThat(d.position()).isNotNull();
              assertThat(pkg.at(JsonPointers.parent(d.pointer())).isMissingNode())
                  .as("parent of %s is in the package", d.pointer())
                  .isFalse();
            });
    if (imported.procedure() == null) {
      assertThat(imported.diagnostics()).anyMatch(Diagnostic::isError);
    }
  }

  @Property(tries = 200)
  void importOfExport_isTheProcedure(@ForAll("procedures") Procedure p) {
    DvcqgProcedurePackage.Import imported = importTree(DvcqgProcedurePackage.export(p));

    assertThat(imported.diagnostics()).noneMatch(Diagnostic::isError);
    assertThat(imported.procedure()).isNotNull();
    assertThat(imported.procedure().withoutOrigin()).isEqualTo(p);
  }

  @Property(tries = 200)
  void exportOfAnEdit_changesOnlyWhatWasEdited(
      @ForAll("packages") ObjectNode pkg,
      @ForAll Edit edit,
      @ForAll @IntRange(min = 0, max = 99) int which) {
    DvcqgProcedurePackage.Import imported = importTree(pkg);
    Procedure p = imported.procedure();
    Assume.that(p != null);
    Editor editor = new Editor(p, imported, pkg.deepCopy(), which);
    Procedure edited = edit.apply(editor);
    Assume.that(edited != null);

    ObjectNode exported = DvcqgProcedurePackage.export(edited);

    assertThat(exported).isEqualTo(editor.expected);
    Procedure reimported = importTree(exported).procedure();
    assertThat(reimported).isNotNull();
    assertThat(reimported.withoutOrigin()).isEqualTo(edited.withoutOrigin());
  }

  /** One change to an imported procedure. */
  enum Edit {
    REMOVE_LEVEL {
      @Override
      Procedure apply(Editor e) {
        return e.remove(e.p.levels(), "/levels", l -> e.p.toBuilder().levels(l).build());
      }
    },
    REMOVE_SECTOR {
      @Override
      Procedure apply(Editor e) {
        return e.remove(e.p.sectors(), "/sectors", l -> e.p.toBuilder().sectors(l).build());
      }
    },
    REMOVE_CHANNEL {
      @Override
      Procedure apply(Editor e) {
        return e.remove(e.p.channels(), "/channels", l -> e.p.toBuilder().channels(l).build());
      }
    },
    REMOVE_RESULT {
      @Override
      Procedure apply(Editor e) {
        return e.remove(e.p.results(), "/results", l -> e.p.toBuilder().results(l).build());
      }
    },
    REMOVE_LEGAL_DOCUMENT {
      @Override
      Procedure apply(Editor e) {
        return e.remove(
            e.p.legalBasis(), "/legalBasis", l -> e.p.toBuilder().legalBasis(l).build());
      }
    },
    REMOVE_LINK {
      @Override
      Procedure apply(Editor e) {
        return e.remove(
            e.p.interconnectedProcedures(),
            "/interconnectedProcedures",
            l -> e.p.toBuilder().interconnectedProcedures(l).build());
      }
    },
    REMOVE_DOCUMENT {
      @Override
      Procedure apply(Editor e) {
        if (e.p.cases().isEmpty()) {
          return null;
        }
        int c = e.which % e.p.cases().size();
        ProcedureCase only = e.p.cases().get(c);
        return e.remove(
            only.documents(),
            "/cases/" + c + "/documents",
            l -> e.withCase(c, new ProcedureCase(only.name(), l)));
      }
    },
    CHANGE_FEE_AMOUNT {
      @Override
      Procedure apply(Editor e) {
        for (int c = 0; c < e.p.channels().size(); c++) {
          Channel channel = e.p.channels().get(c);
          if (channel.fees().isEmpty()) {
            continue;
          }
          int f = e.which % channel.fees().size();
          Fee fee = channel.fees().get(f);
          BigDecimal amount =
              (fee.amount() == null ? BigDecimal.ZERO : fee.amount()).add(BigDecimal.valueOf(1000));
          List<Fee> fees = new ArrayList<>(channel.fees());
          fees.set(
              f, new Fee(fee.code(), fee.kind(), amount, fee.description(), fee.documentUrl()));
          List<Channel> channels = new ArrayList<>(e.p.channels());
          channels.set(
              c, new Channel(channel.kind(), channel.processingTime(), fees, channel.note()));
          e.expect("/channels/" + c + "/fees/" + f, o -> o.put("SOTIEN", amount.toPlainString()));
          return e.p.toBuilder().channels(channels).build();
        }
        return null;
      }
    },
    RENAME_DOCUMENT {
      @Override
      Procedure apply(Editor e) {
        return e.editDocument(
            (d, o) -> {
              o.put("TENGIAYTO", "Văn bản ủy quyền");
              return new DocumentRequirement(
                  d.code(),
                  LocalizedText.of("Văn bản ủy quyền"),
                  d.originals(),
                  d.copies(),
                  d.template(),
                  d.replaceableByResult(),
                  d.documentType(),
                  d.dataElements());
            });
      }
    },
    CHANGE_COPIES {
      @Override
      Procedure apply(Editor e) {
        return e.editDocument(
            (d, o) -> {
              int copies = (d.copies() + 1) % 100;
              o.put("SOBANSAO", Integer.toString(copies));
              return new DocumentRequirement(
                  d.code(),
                  d.name(),
                  d.originals(),
                  copies,
                  d.template(),
                  d.replaceableByResult(),
                  d.documentType(),
                  d.dataElements());
            });
      }
    };

    /**
     * The edited procedure, recording the expected package in the editor; null if it does not
     * apply.
     */
    abstract Procedure apply(Editor e);
  }

  /** Applies edits to the model and the same edits, by hand, to a copy of the package. */
  static final class Editor {
    final Procedure p;
    final DvcqgProcedurePackage.Import imported;
    final ObjectNode expected;
    final int which;

    Editor(Procedure p, DvcqgProcedurePackage.Import imported, ObjectNode expected, int which) {
      this.p = p;
      this.imported = imported;
      this.expected = expected;
      this.which = which;
    }

    /** The package element that the model element at {@code modelPointer} was read from. */
    private String source(String modelPointer) {
      return imported.pointers().translate(modelPointer);
    }

    <T> Procedure remove(
        List<T> items,
        String modelPointer,
        java.util.function.Function<List<T>, Procedure> rebuild) {
      if (items.isEmpty()) {
        return null;
      }
      int i = which % items.size();
      T removed = items.get(i);
      // Two equal items cannot be told apart in the model, so which element goes is not defined.
      Assume.that(items.stream().filter(removed::equals).count() == 1);
      String source = source(modelPointer + "/" + i);
      ArrayNode array = (ArrayNode) expected.at(JsonPointers.parent(source));
      array.remove(Integer.parseInt(source.substring(source.lastIndexOf('/') + 1)));
      List<T> rest = new ArrayList<>(items);
      rest.remove(i);
      return rebuild.apply(rest);
    }

    void expect(String modelPointer, Consumer<ObjectNode> change) {
      change.accept((ObjectNode) expected.at(source(modelPointer)));
    }

    Procedure withCase(int index, ProcedureCase replacement) {
      List<ProcedureCase> cases = new ArrayList<>(p.cases());
      cases.set(index, replacement);
      return p.toBuilder().cases(cases).build();
    }

    Procedure editDocument(
        java.util.function.BiFunction<DocumentRequirement, ObjectNode, DocumentRequirement> edit) {
      for (int c = 0; c < p.cases().size(); c++) {
        ProcedureCase procedureCase = p.cases().get(c);
        if (procedureCase.documents().isEmpty()) {
          continue;
        }
        int d = which % procedureCase.documents().size();
        ObjectNode element = (ObjectNode) expected.at(source("/cases/" + c + "/documents/" + d));
        DocumentRequirement changed = edit.apply(procedureCase.documents().get(d), element);
        Assume.that(!changed.equals(procedureCase.documents().get(d)));
        List<DocumentRequirement> documents = new ArrayList<>(procedureCase.documents());
        documents.set(d, changed);
        return withCase(c, new ProcedureCase(procedureCase.name(), documents));
      }
      return null;
    }
  }
}
