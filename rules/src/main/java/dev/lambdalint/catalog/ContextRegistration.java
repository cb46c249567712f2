package dev.lambdalint.catalog;

import java.util.List;

/**
 * An annotation on a class an application context is started from that says what else the context registers
 * (Spring's {@code @ComponentScan}, {@code @SpringBootApplication}, {@code @Import}).
 *
 * @param annotation     the annotation type
 * @param scans          whether it scans packages for components: those its attributes name, and when none of
 *                       them is written, the package of the annotated class
 * @param packages       attributes whose values are package names to scan
 * @param packageClasses attributes whose values are classes whose packages are scanned
 * @param classes        attributes whose values are classes the context registers as configuration
 */
public record ContextRegistration(String annotation, boolean scans, List<String> packages,
                                  List<String> packageClasses, List<String> classes) {

    public ContextRegistration {
        packages = Copies.listOrEmpty(packages);
        packageClasses = Copies.listOrEmpty(packageClasses);
        classes = Copies.listOrEmpty(classes);
    }
}
