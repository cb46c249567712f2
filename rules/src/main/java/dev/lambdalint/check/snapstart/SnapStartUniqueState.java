package dev.lambdalint.check.snapstart;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.lambdalint.Severity;
import dev.lambdalint.analysis.CallPatterns;
import dev.lambdalint.analysis.ClientConstructions;
import dev.lambdalint.analysis.CodeText;
import dev.lambdalint.catalog.CallPattern;
import dev.lambdalint.catalog.SnapStartCatalog;
import dev.lambdalint.check.Rule;
import dev.lambdalint.check.RuleContext;
import dev.lambdalint.check.RuleMeta;
import dev.lambdalint.model.CodeUnit;
import java.util.Optional;

/**
 * With SnapStart on, state that must differ per execution environment but is made during INIT and kept in a
 * field: every environment restored from the snapshot starts with the same value. Random generators, random
 * UUIDs and values, values drawn from any generator (SecureRandom's too), clock readings, generators seeded at
 * INIT. Quiet when an afterRestore hook or per-invocation code makes the value again, for a restore-safe
 * SecureRandom, a constant seed, a duration between two readings, and a value only logged.
 */
@RuleMeta(id = "snapstart-unique-state", severity = Severity.WARNING,
        summary = "With SnapStart on, a random generator, random or unique value or clock reading made during INIT "
                + "and kept in a field is the same in every execution environment restored from the snapshot.",
        tags = {"snapstart", "correctness", "lambda"})
public final class SnapStartUniqueState implements Rule {

    /** What a source is: a generator, a value meant to be unique, a value drawn from a generator, a reading. */
    enum Category { GENERATOR, UNIQUE_VALUE, DRAWN, READING, RANDOM_BYTES }

    record Unique(Category category, String what) {
    }

    @Override
    public void check(RuleContext context) {
        ClientConstructions constructions = new ClientConstructions(context.model(), context.catalog());
        CallPatterns patterns = new CallPatterns(constructions);
        SnapStartCatalog catalog = context.catalog().snapStart();
        for (SnapStartInit init : SnapStartInit.all(context, patterns)) {
            ValueSources<Unique> sources = new ValueSources<>(context.model(), classifier(patterns, catalog),
                    init.phase());
            for (InitStores.Store store : init.stores()) {
                if (init.renewed(store)) {
                    continue;
                }
                if (store.kind() == InitStores.Kind.FILLED) {
                    context.report(this, store.reach(), SnapStartInit.at(store.value()), message(init, store,
                            new ValueSources.Source<>(store.value(), store.reach(),
                                    new Unique(Category.RANDOM_BYTES, "random bytes")), patterns, catalog));
                    continue;
                }
                for (ValueSources.Source<Unique> source : sources.of(store.value(), store.reach())) {
                    context.report(this, source.reach(), SnapStartInit.at(source.at()),
                            message(init, store, source, patterns, catalog));
                }
            }
        }
    }

    private static ValueSources.Classifier<Unique> classifier(CallPatterns patterns, SnapStartCatalog catalog) {
        return new ValueSources.Classifier<>() {
            @Override
            public Unique source(Expression e, CodeUnit unit) {
                Optional<CallPattern> generator = patterns.match(e, unit, catalog.generators());
                if (generator.isPresent() && (!(e instanceof ObjectCreationExpr creation)
                        || creation.getArguments().isEmpty())) {
                    return new Unique(Category.GENERATOR, generator.get().what());
                }
                return patterns.match(e, unit, catalog.uniqueValues())
                        .map(p -> new Unique(Category.UNIQUE_VALUE, p.what()))
                        .or(() -> patterns.match(e, unit, catalog.draws()).map(p -> new Unique(Category.DRAWN,
                                p.what())))
                        .or(() -> patterns.match(e, unit, catalog.timeReadings()).map(p -> new Unique(
                                Category.READING, p.what())))
                        .orElse(null);
            }

            @Override
            public boolean inert(Expression e, CodeUnit unit) {
                return patterns.match(e, unit, catalog.durations()).isPresent();
            }

            @Override
            public boolean cancelsInDifference(Unique kind) {
                return kind.category() == Category.READING;
            }
        };
    }

    /** Whether the source is (part of) the seed given to a generator it is written in: new Random(nanoTime()). */
    private static boolean seeds(ValueSources.Source<Unique> source, CallPatterns patterns, SnapStartCatalog catalog) {
        for (Node n = source.at().getParentNode().orElse(null); n instanceof Expression e;
             n = n.getParentNode().orElse(null)) {
            if (patterns.match(e, source.reach().unit(), catalog.generators()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static String message(SnapStartInit init, InitStores.Store store, ValueSources.Source<Unique> source,
                                  CallPatterns patterns, SnapStartCatalog catalog) {
        String field = store.field().name();
        String code = CodeText.of(source.at());
        Unique unique = source.kind();
        boolean seedsGenerator = store.kind() == InitStores.Kind.SEEDED || seeds(source, patterns, catalog);
        String made = unique.what() + " (" + code + ") made during INIT of " + init.handlerName();
        String what;
        String effect;
        String fix = "Make it per invocation (or lazily in the handler), or make it again in a CRaC afterRestore hook "
                + "(a registered org.crac.Resource).";
        if (seedsGenerator) {
            what = made + " seeds the generator kept in " + field;
            effect = "every environment restored from the snapshot draws the same sequence of numbers";
            fix = "Seed it per invocation or in a CRaC afterRestore hook, or use a SecureRandom, which is "
                    + "restore-safe.";
        } else if (unique.category() == Category.GENERATOR) {
            what = unique.what() + " (" + code + ") created during INIT of " + init.handlerName() + " is kept in "
                    + field;
            effect = "every environment restored from the snapshot continues from the same generator state and "
                    + "draws the same sequence of numbers";
            fix = "Use a SecureRandom, which is restore-safe, or create the generator per invocation or again in a "
                    + "CRaC afterRestore hook (a registered org.crac.Resource).";
        } else if (unique.category() == Category.READING) {
            what = made + " is kept in " + field;
            effect = "every environment restored from the snapshot holds the same time, the snapshot's, which can be "
                    + "hours or days before it starts, so start times, ages and ids made from it are wrong and repeat";
        } else {
            what = made + (unique.category() == Category.RANDOM_BYTES ? " are kept in " : " is kept in ") + field;
            effect = "every environment restored from the snapshot holds the same value, so what is meant to be "
                    + "unique (ids, tokens, keys, sampling decisions) repeats across environments";
        }
        return what + ": " + init.snapStartOn() + ", and " + effect + ". " + fix;
    }
}
