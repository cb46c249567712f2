package dev.lambdalint.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The code of the module being checked, to decide which deployed functions run it: a function whose code path (a
 * folder, a jar or a zip) is the module's folder or lies inside it is the module's; one whose path lies elsewhere
 * belongs to another module. When no path decides (none written, an S3 object, a folder above the module), the
 * function is the module's when the module declares its handler class, or when its template lies in the module.
 *
 * @param moduleDir   the module's folder
 * @param sourceRoots the module's source folders, where a handler class would be declared
 */
public record ModuleCode(Path moduleDir, List<Path> sourceRoots) {

    public ModuleCode {
        Path module = moduleDir.toAbsolutePath().normalize();
        moduleDir = module;
        sourceRoots = sourceRoots.stream().map(r -> module.resolve(r).normalize()).toList();
    }

    /** Whether a function is this module's code, and why, for the debug log. */
    record Decision(boolean ours, String why) {
    }

    Decision decide(LambdaFunction function, FunctionCode code, Path template) {
        if (code != null && code.path() != null) {
            Path path = code.path();
            if (path.startsWith(moduleDir)) {
                return new Decision(true, "its code " + code.written() + " is this module's");
            }
            if (!moduleDir.startsWith(path)) {
                return new Decision(false, "its code " + code.written() + " lies outside this module");
            }
        }
        Optional<HandlerName> handler = function.handlerName();
        if (handler.isPresent() && declares(handler.get())) {
            return new Decision(true, "this module declares its handler " + handler.get().type());
        }
        if (template != null && template.toAbsolutePath().normalize().startsWith(moduleDir)) {
            return new Decision(true, "its template lies in this module");
        }
        return new Decision(false, handler.map(h -> "this module does not declare its handler " + h.type())
                .orElse("nothing ties it to this module"));
    }

    /** Whether a source root holds the file of the handler's class (a nested class lives in its outer one's file). */
    boolean declares(HandlerName handler) {
        String[] parts = handler.type().split("\\.");
        for (int end = parts.length; end >= Math.min(2, parts.length); end--) {
            String file = String.join("/", List.of(parts).subList(0, end)) + ".java";
            for (Path root : sourceRoots) {
                if (Files.isRegularFile(root.resolve(file))) {
                    return true;
                }
            }
        }
        return false;
    }
}
