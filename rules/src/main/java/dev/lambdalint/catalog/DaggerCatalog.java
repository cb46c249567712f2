package dev.lambdalint.catalog;

import java.util.List;
import java.util.Map;

/**
 * Dagger 2's annotations and the shape of the class it generates for a component, which the sources never hold
 * ({@code DaggerOrderComponent}): what the invocation model needs to follow the wiring that generated class runs.
 *
 * @param components        annotations of a component interface or abstract class ({@code dagger.Component})
 * @param modulesAttribute  the component annotation's attribute naming its modules
 * @param modules           annotations of a module class
 * @param includesAttribute the module annotation's attribute naming the modules it includes
 * @param provides          annotations of a method that provides a binding ({@code @Provides})
 * @param binds             annotations of an abstract method that aliases its parameter's binding ({@code @Binds})
 * @param multibindings     annotations that make a provider contribute to a set or map rather than bind its type
 * @param inject            annotations of an injected constructor, field or method
 * @param qualifiers        qualifier annotations ({@code @Named}); a binding's key is its type and its qualifier
 * @param qualifierMeta     annotations that make a project annotation a qualifier
 * @param scopes            scope annotations: a binding carrying one is built once per component instance
 * @param scopeMeta         annotations that make a project annotation a scope
 * @param deferred          types a dependency asks for to get the binding later or lazily ({@code Provider<T>}),
 *                          not followed
 * @param generatedPrefix   the prefix of the generated class's simple name
 * @param nestedSeparator   what joins the simple names of a nested component in the generated class's name
 * @param create            the generated class's static method that makes a component with its default modules
 * @param builders          the generated class's static methods that start a builder or factory, each with the
 *                          method of that builder or factory which makes the component
 */
public record DaggerCatalog(List<String> components, String modulesAttribute, List<String> modules,
                            String includesAttribute, List<String> provides, List<String> binds,
                            List<String> multibindings, List<String> inject, List<String> qualifiers,
                            List<String> qualifierMeta, List<String> scopes, List<String> scopeMeta,
                            List<String> deferred, String generatedPrefix, String nestedSeparator, String create,
                            Map<String, String> builders) {

    public DaggerCatalog {
        components = Copies.listOrEmpty(components);
        modules = Copies.listOrEmpty(modules);
        provides = Copies.listOrEmpty(provides);
        binds = Copies.listOrEmpty(binds);
        multibindings = Copies.listOrEmpty(multibindings);
        inject = Copies.listOrEmpty(inject);
        qualifiers = Copies.listOrEmpty(qualifiers);
        qualifierMeta = Copies.listOrEmpty(qualifierMeta);
        scopes = Copies.listOrEmpty(scopes);
        scopeMeta = Copies.listOrEmpty(scopeMeta);
        deferred = Copies.listOrEmpty(deferred);
        builders = Copies.sortedMapOrEmpty(builders);
    }

    public static DaggerCatalog empty() {
        return new DaggerCatalog(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }
}
