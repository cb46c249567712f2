package dev.lambdalint.model;

import dev.lambdalint.CallStep;
import dev.lambdalint.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A code unit that runs on every invocation of {@code handler}, how it is reached ({@code chain}, from the
 * handler's entry to this unit), and the file that declares it. The chain is kept as a link to the reach it was
 * called from and built only when asked for: a hundred handlers over one library reach the same units, and most
 * chains are never printed.
 */
public final class Reach {
    private final Handler handler;
    private final CodeUnit unit;
    private final SourceFile file;
    private final Reach caller;
    private final int callLine;
    private List<CallStep> chain;
    private long rank = -1;
    /** Where a reach whose chain or rank is not known yet learns them: its handler's whole walk. */
    private Function<Reach, Reach> source;

    /** A reach with its chain given. */
    public Reach(Handler handler, CodeUnit unit, List<CallStep> chain, SourceFile file) {
        this(handler, unit, file, null, 0);
        this.chain = List.copyOf(chain);
    }

    private Reach(Handler handler, CodeUnit unit, SourceFile file, Reach caller, int callLine) {
        this.handler = handler;
        this.unit = unit;
        this.file = file;
        this.caller = caller;
        this.callLine = callLine;
    }

    /** Where a walk starts: the chain is the unit alone. */
    static Reach start(Handler handler, CodeUnit unit, SourceFile file) {
        return new Reach(handler, unit, List.of(new CallStep(unit.displayName(), file.relativePath(), unit.line())),
                file);
    }

    /** The unit reached from {@code caller} by a call at {@code line} of the caller's file. */
    static Reach calledFrom(Reach caller, CodeUnit unit, int line, SourceFile file) {
        return new Reach(caller.handler, unit, file, caller, line);
    }

    public Handler handler() {
        return handler;
    }

    public CodeUnit unit() {
        return unit;
    }

    public SourceFile file() {
        return file;
    }

    /**
     * Where the reach stands among the model's: handlers in id order, then units in the order the handler's walk
     * found them. Of several reaches that report the same location, the lowest rank keeps it, whatever order rules
     * visit them in.
     */
    public long rank() {
        if (rank < 0 && source != null) {
            rank = source.apply(this).rank();
        }
        return rank;
    }

    void rank(long value) {
        rank = value;
    }

    /** The rank this reach was given is a position in a shortened walk: the whole walk's is asked of {@code from}. */
    void forgetRank(Function<Reach, Reach> from) {
        rank = -1;
        source = from;
    }

    /** A reach known to exist, its chain and rank to be asked of {@code from} when needed. */
    static Reach pending(Handler handler, CodeUnit unit, SourceFile file, Function<Reach, Reach> from) {
        Reach reach = new Reach(handler, unit, file, null, 0);
        reach.source = from;
        return reach;
    }

    /** The same reach, its chain and rank, with the finding placed in {@code other}. */
    public Reach inFile(SourceFile other) {
        Reach copy = new Reach(handler, unit, chain(), other);
        copy.rank = rank(); // the copy has no walk to ask: a rank not known yet is worked out now (chain() just did)
        return copy;
    }

    /** The reach this one was called from, in its handler's walk; null for a start or a reach whose chain was given. */
    Reach caller() {
        return caller;
    }

    /** The line of the call in the caller's file. */
    int callLine() {
        return callLine;
    }

    /** This reach as its handler's walk found it, with the links to its callers (a pending reach has none). */
    Reach walked() {
        return caller == null && source != null ? source.apply(this) : this;
    }

    /** Whether the unit is one the walk started from rather than one called. */
    public boolean isStart() {
        return chain().size() == 1;
    }

    /** From the handler's entry to this unit, each step with the line of the call in the caller's file. */
    public List<CallStep> chain() {
        if (chain == null && caller == null) {
            chain = source.apply(this).chain();
        } else if (chain == null) {
            List<CallStep> steps = new ArrayList<>(caller.chain());
            steps.add(new CallStep(unit.displayName(), caller.file.relativePath(), callLine));
            chain = List.copyOf(steps);
        }
        return chain;
    }

    @Override
    public String toString() {
        return handler.id() + " -> " + unit;
    }
}
