package dev.lambdalint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdalint.SourceModule;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** Which modules of the build a module sees, read from the project models alone. */
class ReactorModulesTest {
    private final MavenProject model = project("model", List.of());
    private final MavenProject common = project("common", List.of(dependency("model", null),
            dependency("jackson-databind", null)));
    private final MavenProject testing = project("testing", List.of());
    private final MavenProject sibling = project("sibling", List.of());
    private final MavenProject function = project("function", List.of(dependency("common", "compile"),
            dependency("testing", "test"), dependency("aws-serverless-java-container-springboot3", null)));
    private final List<MavenProject> reactor = List.of(model, common, testing, sibling, function);

    @Test
    void checkFollowsTheReactorDependenciesTransitivelyButNotTestScopeOrSiblings() {
        List<SourceModule> modules = new ReactorModules(reactor, function, this::roots).forCheck(function, true);

        assertEquals(List.of("it:function", "it:common", "it:model"), modules.stream().map(SourceModule::name).toList());
        SourceModule own = modules.get(0);
        assertTrue(own.judged());
        assertEquals(List.of("it:common", "it:model"), own.dependsOn());
        assertEquals(List.of(Path.of("/repo/function/src/main/java")), own.sourceRoots());
        assertTrue(own.libraries().contains("it:aws-serverless-java-container-springboot3"), own.libraries().toString());
        assertFalse(own.libraries().contains("it:testing"), "test dependencies are not the main code's");
        assertFalse(modules.get(1).judged(), "a dependency's handlers are judged in its own module");
        assertEquals(List.of("it:model"), modules.get(1).dependsOn());
    }

    @Test
    void checkCanKeepToTheModule() {
        List<SourceModule> modules = new ReactorModules(reactor, function, this::roots).forCheck(function, false);

        assertEquals(List.of("it:function"), modules.stream().map(SourceModule::name).toList());
    }

    @Test
    void aggregateJudgesEveryModuleWithItsOwnDependencies() {
        MavenProject root = project("root", List.of());
        root.setPackaging("pom");
        List<SourceModule> modules = new ReactorModules(reactor, root, this::roots)
                .forAggregate(List.of(root, model, common, function));

        assertEquals(List.of("it:model", "it:common", "it:function"), modules.stream().map(SourceModule::name).toList());
        assertTrue(modules.stream().allMatch(SourceModule::judged));
        assertEquals(List.of("it:common"), modules.get(2).dependsOn());
        assertEquals(Path.of("/repo/function").toAbsolutePath(), modules.get(2).directory(),
                "its folder tells which deployed functions run its code");
    }

    private List<Path> roots(MavenProject project) {
        return List.of(Path.of("/repo", project.getArtifactId(), "src/main/java"));
    }

    private static MavenProject project(String artifactId, List<Dependency> dependencies) {
        MavenProject project = new MavenProject();
        project.setGroupId("it");
        project.setArtifactId(artifactId);
        project.setVersion("1");
        project.setPackaging("jar");
        project.setDependencies(dependencies);
        project.setFile(Path.of("/repo", artifactId, "pom.xml").toFile());
        return project;
    }

    private static Dependency dependency(String artifactId, String scope) {
        Dependency dependency = new Dependency();
        dependency.setGroupId("it");
        dependency.setArtifactId(artifactId);
        dependency.setVersion("1");
        dependency.setScope(scope);
        return dependency;
    }
}
