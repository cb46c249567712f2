package dev.lambdalint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import dev.lambdalint.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reach placed in another file keeps its chain and its rank, also when neither was known yet. */
class ReachTest {
    @Test
    void aReachPlacedInAnotherFileBeforeItsRankIsKnownKeepsItsWalksRank() {
        CompilationUnit tree = StaticJavaParser.parse("class H { void handle() {} void helper() {} }");
        SourceFile file = new SourceFile(Path.of("H.java"), "H.java", tree);
        SourceFile other = new SourceFile(Path.of("F.java"), "F.java", tree);
        List<MethodDeclaration> methods = tree.findAll(MethodDeclaration.class);
        Handler handler = new Handler("H", "handle", methods.get(0), file, Handler.Kind.INTERFACE);
        CodeUnit entry = new CodeUnit(methods.get(0), "H", "H", "H.handle");
        CodeUnit helper = new CodeUnit(methods.get(1), "H", "H", "H.helper");
        Reach walked = Reach.calledFrom(Reach.start(handler, entry, file), helper, 1, file);
        walked.rank(7);

        Reach pending = Reach.pending(handler, helper, file, r -> walked);
        Reach placed = pending.inFile(other);

        assertEquals(7, placed.rank());
        assertEquals(walked.chain(), placed.chain());
        assertEquals(other, placed.file());
    }
}
