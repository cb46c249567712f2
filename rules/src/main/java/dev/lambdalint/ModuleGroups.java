package dev.lambdalint;

import dev.lambdalint.deploy.ModuleCode;
import dev.lambdalint.source.ParseProblem;
import dev.lambdalint.source.SourceFile;
import dev.lambdalint.source.SourceScanner;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The request's modules as the analysis resolves them: the Java files each module holds (each file in one module,
 * the first that lists it), and for each judged module the files it can see, its own and those of the modules it
 * depends on (transitively), as the compiler would. Code is linked within one such view only, so a call never
 * crosses into a sibling module and two modules may declare a class of the same name.
 */
final class ModuleGroups {

    /** One judged module: the files its code is resolved with, the ones it owns, the libraries it has. */
    record Group(String module, List<SourceFile> visible, Set<Path> own, Set<String> libraries) {
    }

    private final List<SourceModule> modules;
    private final Map<String, List<Path>> filesByModule = new LinkedHashMap<>();

    private ModuleGroups(List<SourceModule> modules) {
        this.modules = modules;
    }

    /** Lists each module's Java files; problems met while listing them are added to {@code problems}. */
    static ModuleGroups list(List<SourceModule> modules, SourceScanner scanner, List<ParseProblem> problems) {
        ModuleGroups groups = new ModuleGroups(modules);
        Set<Path> assigned = new HashSet<>();
        for (SourceModule module : modules) {
            List<Path> files = scanner.javaFiles(module.sourceRoots(), problems).stream()
                    .filter(assigned::add).toList();
            groups.filesByModule.put(module.name(), files);
        }
        return groups;
    }

    /** Every file of every module, sorted. */
    List<Path> allFiles() {
        TreeSet<Path> all = new TreeSet<>();
        filesByModule.values().forEach(all::addAll);
        return new ArrayList<>(all);
    }

    /** One group per judged module, in the request's order, from the files the scan parsed and kept. */
    List<Group> groups(List<SourceFile> parsed) {
        Map<Path, SourceFile> byPath = new LinkedHashMap<>();
        parsed.forEach(f -> byPath.put(f.path(), f));
        List<Group> groups = new ArrayList<>();
        for (SourceModule module : modules) {
            if (!module.judged()) {
                continue;
            }
            List<SourceFile> visible = new ArrayList<>();
            Set<String> libraries = new TreeSet<>();
            for (SourceModule seen : visibleFrom(module)) {
                libraries.addAll(seen.libraries());
                for (Path file : filesByModule.getOrDefault(seen.name(), List.of())) {
                    if (byPath.containsKey(file)) {
                        visible.add(byPath.get(file));
                    }
                }
            }
            visible.sort((a, b) -> a.path().compareTo(b.path()));
            groups.add(new Group(module.name(), visible, new HashSet<>(filesByModule.get(module.name())), libraries));
        }
        return groups;
    }

    /**
     * The code of each judged module, by name, by which the deployed functions that run it are told apart: its
     * source roots, in its folder (the base directory when it names none).
     */
    Map<String, ModuleCode> judgedCode(Path baseDir) {
        Map<String, ModuleCode> code = new LinkedHashMap<>();
        for (SourceModule module : modules) {
            if (module.judged()) {
                Path dir = module.directory() == null ? baseDir : baseDir.resolve(module.directory());
                code.put(module.name(), new ModuleCode(dir, module.sourceRoots().stream().map(baseDir::resolve)
                        .toList()));
            }
        }
        return code;
    }

    /** The module and every module it depends on, transitively; names of no module in the request are ignored. */
    private List<SourceModule> visibleFrom(SourceModule start) {
        Map<String, SourceModule> byName = new LinkedHashMap<>();
        modules.forEach(m -> byName.put(m.name(), m));
        Set<String> seen = new LinkedHashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(start.name()));
        while (!queue.isEmpty()) {
            String name = queue.poll();
            if (byName.containsKey(name) && seen.add(name)) {
                queue.addAll(byName.get(name).dependsOn());
            }
        }
        return seen.stream().map(byName::get).toList();
    }
}
