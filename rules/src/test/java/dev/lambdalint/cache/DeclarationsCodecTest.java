package dev.lambdalint.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdalint.source.Declarations;
import dev.lambdalint.source.SourceFile;
import dev.lambdalint.source.SourceScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule sample's declarations read back from their bytes equal those taken from its tree. */
class DeclarationsCodecTest {
    @Test
    void declarationsReadBackEqualThoseOfTheTree() throws IOException {
        SourceScanner scanner = new SourceScanner(Path.of("."), List.of(), List.of(), StandardCharsets.UTF_8, 2);
        List<SourceFile> files = scanner.scan(List.of(Path.of("src/test/resources/samples"))).files();
        assertTrue(files.size() > 300, files.size() + " sample files");
        int withSites = 0;
        for (SourceFile file : files) {
            Declarations declared = file.declarations();
            assertEquals(declared, DeclarationsCodec.decode(DeclarationsCodec.encode(declared), s -> s),
                    file.relativePath());
            withSites += declared.written().functionSites().isEmpty() ? 0 : 1;
        }
        assertTrue(withSites > 50, withSites + " files with lambdas or method references");
    }
}
