package dev.lambdalint.cache;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import dev.lambdalint.source.Declarations;
import dev.lambdalint.source.FileMemory;
import dev.lambdalint.source.FileRecord;
import dev.lambdalint.source.PositionTable;
import dev.lambdalint.source.Relevance;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * The analysis's memory of file contents between runs, kept in the cache directory: a table of what each content
 * (by its hash) contributed, its pre-filter signature and parse outcome, and where its kept syntax tree is
 * ({@value #TABLE}), and the trees themselves ({@link TreeCodec}) in pack files under {@value #TREES}
 * ({@link TreePacks}). A run where some files changed reads and parses only those; the rest is recalled. The trees
 * a run writes go to one new pack, as writing a file per tree cost more than encoding the trees; saving drops the
 * packs nothing refers to any more, and copies the live trees into one new pack when the old ones are mostly
 * garbage or too many. A run that changed a few files appends only their entries (and the entries it forgot) to a
 * journal ({@value #JOURNAL}) instead of writing the whole table again; the journal is folded into a new table once
 * it holds more than a small share of the table's entries. The whole memory is dropped when the engine build, the
 * source encoding or the tree format changes; a damaged or missing part is only read and parsed again.
 */
public final class FileCache implements FileMemory, AutoCloseable {
    static final String TABLE = "files.bin";
    static final String JOURNAL = "files.log";
    static final String TREES = "trees";
    private static final int TABLE_FORMAT = 5;
    static final int MAX_PACKS = 8;
    /** The journal is folded into a new table when it holds more entries than this, or an eighth of the table's. */
    static final int JOURNAL_ENTRIES = 256;

    private final Path directory;
    private final String stamp;
    private final Map<String, FileRecord> records = new ConcurrentHashMap<>();
    private final Map<String, TreePacks.Location> trees = new ConcurrentHashMap<>();
    private final TreePacks packs;
    private volatile TreePacks.Writer written;
    // what the table and journal on disk hold, and what this run remembered: saving writes only the difference
    private Set<String> stored = new HashSet<>();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private long tableId; // 0: no table to append to
    private int journaled; // entries in the journal; -1 when it cannot be appended to (damaged or another table's)

    private FileCache(Path directory, String stamp) {
        this.directory = directory;
        this.stamp = stamp;
        this.packs = new TreePacks(directory.resolve(TREES));
        this.written = packs.newPack();
    }

    /** The memory kept in {@code directory}, empty when there is none or it was made by another build or encoding. */
    public static FileCache open(Path directory, Charset charset) {
        FileCache cache = new FileCache(directory, AnalysisCache.engineBuild() + " " + charset.name() + " tree "
                + TreeCodec.FORMAT);
        if (!cache.load()) {
            cache.packs.deleteAllBut(Set.of());
        }
        return cache;
    }

    @Override
    public Optional<FileRecord> recall(String hash) {
        return Optional.ofNullable(records.get(hash));
    }

    @Override
    public Optional<CompilationUnit> tree(String hash, Consumer<Node> built, PositionTable positions,
                                          Map<String, String> names) {
        TreePacks.Location location = trees.get(hash);
        Optional<byte[]> bytes = location == null ? Optional.empty() : packs.read(location);
        try {
            return bytes.isEmpty() ? Optional.empty() : Optional.of(TreeCodec.decode(bytes.get(), built, positions, names));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged: the file is parsed again
        }
    }

    @Override
    public void remember(String hash, FileRecord record, CompilationUnit keptTree) {
        records.put(hash, record);
        changed.add(hash);
        if (keptTree != null) {
            try {
                trees.put(hash, written.append(TreeCodec.encode(keptTree)));
            } catch (IOException | RuntimeException e) {
                // the memory only saves time: a tree not written is parsed again next time
            }
        }
    }

    /**
     * Keeps the contents analyzed now ({@code live}): the entries this run changed and those it dropped are
     * appended to the journal, or the whole table is written again; then deletes the packs nothing refers to and
     * closes every pack opened. The memory can still be used after, on packs opened again.
     */
    public void save(Collection<String> live) {
        Set<String> kept = new TreeSet<>(live);
        kept.retainAll(records.keySet());
        trees.keySet().retainAll(kept);
        boolean moved = compactIfWasteful();
        boolean saved = false;
        try {
            Files.createDirectories(directory);
            List<String> puts = kept.stream().filter(changed::contains).toList();
            List<String> drops = stored.stream().filter(hash -> !kept.contains(hash)).sorted().toList();
            int entries = puts.size() + drops.size();
            if (moved || tableId == 0 || journaled < 0
                    || journaled + entries > Math.max(JOURNAL_ENTRIES, kept.size() / 8)) {
                writeTable(kept);
            } else if (entries > 0) {
                appendJournal(puts, drops);
            }
            stored = new HashSet<>(kept);
            changed.clear();
            saved = true;
        } catch (IOException | RuntimeException e) {
            // the memory only saves time; the packs of the table still there are kept
        } finally {
            written = packs.newPack();
            packs.close();
        }
        if (saved) {
            packs.deleteAllBut(referencedPacks());
        }
    }

    private void writeTable(Set<String> kept) throws IOException {
        long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        CacheFiles.writeWhole(directory.resolve(TABLE), out -> {
            out.writeInt(TABLE_FORMAT);
            CacheFiles.writeString(out, stamp);
            out.writeLong(id);
            write(out, kept, List.of());
        });
        tableId = id;
        journaled = -1; // until the journal of the table replaced is gone
        Files.deleteIfExists(directory.resolve(JOURNAL));
        journaled = 0;
    }

    /** One block: its length, its CRC32 and the entries; a block cut short by a crash is told by them and skipped. */
    private void appendJournal(List<String> puts, List<String> drops) throws IOException {
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(block)) {
            write(out, puts, drops);
        }
        byte[] bytes = block.toByteArray();
        Path journal = directory.resolve(JOURNAL);
        boolean fresh = !Files.exists(journal);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(journal,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND), 1 << 16))) {
            if (fresh) {
                out.writeInt(TABLE_FORMAT);
                out.writeLong(tableId);
            }
            out.writeInt(bytes.length);
            out.writeInt(CacheFiles.crc(bytes));
            out.write(bytes);
        } catch (IOException e) {
            journaled = -1; // perhaps half a block: the next save writes the whole table
            throw e;
        }
        journaled += puts.size() + drops.size();
    }

    /** Closes the packs opened, when the analysis ends before {@link #save} (which closes them itself). */
    @Override
    public void close() {
        packs.close();
    }

    /** The packs the trees of the table are in. */
    Set<String> referencedPacks() {
        Set<String> names = new TreeSet<>();
        trees.values().forEach(location -> names.add(location.pack()));
        return names;
    }

    /** How many entries the journal holds, -1 when it is not appended to, for tests. */
    int journalEntries() {
        return journaled;
    }

    /** Where each content's tree is, for tests. */
    Map<String, TreePacks.Location> trees() {
        return Map.copyOf(trees);
    }

    /**
     * Copies the live trees into one new pack when the packs they are in hold more garbage than trees, or are too
     * many; the bytes are copied as they are, and a tree that no longer reads is dropped (parsed again next time).
     */
    private boolean compactIfWasteful() {
        Set<String> referenced = referencedPacks();
        long liveBytes = trees.values().stream().mapToLong(TreePacks.Location::length).sum();
        long packBytes = referenced.stream().mapToLong(packs::size).sum();
        if (referenced.size() <= MAX_PACKS && liveBytes * 2 >= packBytes) {
            return false;
        }
        TreePacks.Writer compacted = packs.newPack();
        Map<String, TreePacks.Location> moved = new HashMap<>();
        try {
            for (Map.Entry<String, TreePacks.Location> tree : new TreeMap<>(trees).entrySet()) {
                Optional<byte[]> bytes = packs.read(tree.getValue());
                if (bytes.isPresent()) {
                    moved.put(tree.getKey(), compacted.append(bytes.get()));
                }
            }
        } catch (IOException e) {
            return false; // the table keeps referring to the packs as they are, untouched
        }
        trees.clear();
        trees.putAll(moved);
        return true;
    }

    private boolean load() {
        Path table = directory.resolve(TABLE);
        if (!Files.isRegularFile(table)) {
            return false;
        }
        long id;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(table), 1 << 16))) {
            if (in.readInt() != TABLE_FORMAT || !stamp.equals(CacheFiles.readString(in, 1 << 24))) {
                return false;
            }
            id = in.readLong();
            apply(read(in));
        } catch (IOException | RuntimeException e) {
            records.clear();
            trees.clear();
            stored.clear();
            return false; // damaged: everything is read again
        }
        tableId = id;
        loadJournal();
        return true;
    }

    /** Applies the journal's blocks in order, up to the first one damaged or cut short. */
    private void loadJournal() {
        Path journal = directory.resolve(JOURNAL);
        if (!Files.isRegularFile(journal)) {
            return;
        }
        journaled = -1;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(journal),
                1 << 16))) {
            if (in.readInt() != TABLE_FORMAT || in.readLong() != tableId) {
                return; // another table's: the next save writes a new table and deletes it
            }
            int entries = 0;
            while (true) {
                int length;
                try {
                    length = in.readInt();
                } catch (EOFException end) {
                    journaled = entries;
                    return;
                }
                int crc = in.readInt();
                if (length < 0 || length > 1 << 28) {
                    return;
                }
                byte[] bytes = in.readNBytes(length);
                if (bytes.length != length || CacheFiles.crc(bytes) != crc) {
                    return;
                }
                Section section = read(new DataInputStream(new ByteArrayInputStream(bytes)));
                apply(section);
                entries += section.records().size() + section.drops().size();
            }
        } catch (IOException | RuntimeException e) {
            // the blocks read so far stand; the next save writes a new table
        }
    }

    /** What a table or a journal block holds: entries, with where their trees are, and the contents dropped. */
    private record Section(Map<String, FileRecord> records, Map<String, TreePacks.Location> trees,
                           List<String> drops) {
    }

    private void apply(Section section) {
        for (Map.Entry<String, FileRecord> entry : section.records().entrySet()) {
            String hash = entry.getKey();
            records.put(hash, entry.getValue());
            TreePacks.Location location = section.trees().get(hash);
            if (location == null) {
                trees.remove(hash);
            } else {
                trees.put(hash, location);
            }
            stored.add(hash);
        }
        for (String hash : section.drops()) {
            records.remove(hash);
            trees.remove(hash);
            stored.remove(hash);
        }
    }

    private static Section read(DataInputStream in) throws IOException {
        Map<String, String> sharedStrings = new HashMap<>();
        java.util.function.UnaryOperator<String> shared = s -> dev.lambdalint.source.KeptTrees.shared(sharedStrings, s);
        String[] strings = new String[in.readInt()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = CacheFiles.readString(in, 1 << 24);
        }
        int count = in.readInt();
        Map<String, FileRecord> loaded = new HashMap<>();
        Map<String, TreePacks.Location> located = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String hash = strings[in.readInt()];
            boolean malformed = in.readBoolean();
            FileRecord.Parsed parsed = switch (in.readByte()) {
                case 0 -> null;
                case 1 -> FileRecord.Parsed.OK;
                default -> new FileRecord.Parsed(false, in.readInt(), in.readInt(), strings[in.readInt()],
                        strings[in.readInt()]);
            };
            Relevance.Signature signature = new Relevance.Signature(strings[in.readInt()], names(in, strings),
                    names(in, strings), names(in, strings), names(in, strings));
            Declarations declarations = null;
            if (in.readBoolean()) {
                byte[] bytes = in.readNBytes(in.readInt());
                declarations = DeclarationsCodec.decode(bytes, shared);
            }
            loaded.put(hash, new FileRecord(signature, malformed, parsed, declarations));
            if (in.readBoolean()) {
                located.put(hash, new TreePacks.Location(strings[in.readInt()], in.readLong(), in.readInt(),
                        in.readInt()));
            }
        }
        String[] drops = new String[in.readInt()];
        for (int i = 0; i < drops.length; i++) {
            drops[i] = strings[in.readInt()];
        }
        return new Section(loaded, located, List.of(drops));
    }

    private void write(DataOutputStream out, Collection<String> hashes, List<String> drops) throws IOException {
        Map<String, Integer> ids = new HashMap<>();
        List<String> strings = new ArrayList<>();
        for (String hash : hashes) {
            FileRecord record = records.get(hash);
            Relevance.Signature s = record.signature();
            List<String> used = new ArrayList<>(List.of(hash, s.pkg()));
            if (trees.containsKey(hash)) {
                used.add(trees.get(hash).pack());
            }
            if (record.parsed() != null && !record.parsed().ok()) {
                used.add(record.parsed().message());
                used.add(record.parsed().kind());
            }
            for (Set<String> names : List.of(s.declared(), s.named(), s.supertypes(), s.packagesNamed())) {
                used.addAll(names);
            }
            for (String name : used) {
                ids.computeIfAbsent(name, k -> {
                    strings.add(k);
                    return strings.size() - 1;
                });
            }
        }
        for (String hash : drops) {
            ids.computeIfAbsent(hash, k -> {
                strings.add(k);
                return strings.size() - 1;
            });
        }
        out.writeInt(strings.size());
        for (String s : strings) {
            CacheFiles.writeString(out, s);
        }
        out.writeInt(hashes.size());
        for (String hash : hashes) {
            FileRecord record = records.get(hash);
            out.writeInt(ids.get(hash));
            out.writeBoolean(record.malformed());
            FileRecord.Parsed parsed = record.parsed();
            if (parsed == null) {
                out.writeByte(0);
            } else if (parsed.ok()) {
                out.writeByte(1);
            } else {
                out.writeByte(2);
                out.writeInt(parsed.line());
                out.writeInt(parsed.column());
                out.writeInt(ids.get(parsed.message()));
                out.writeInt(ids.get(parsed.kind()));
            }
            Relevance.Signature s = record.signature();
            out.writeInt(ids.get(s.pkg()));
            for (Set<String> names : List.of(s.declared(), s.named(), s.supertypes(), s.packagesNamed())) {
                out.writeInt(names.size());
                for (String name : new TreeSet<>(names)) {
                    out.writeInt(ids.get(name));
                }
            }
            out.writeBoolean(record.declarations() != null);
            if (record.declarations() != null) {
                byte[] bytes = DeclarationsCodec.encode(record.declarations());
                out.writeInt(bytes.length);
                out.write(bytes);
            }
            TreePacks.Location tree = trees.get(hash);
            out.writeBoolean(tree != null);
            if (tree != null) {
                out.writeInt(ids.get(tree.pack()));
                out.writeLong(tree.offset());
                out.writeInt(tree.length());
                out.writeInt(tree.crc());
            }
        }
        out.writeInt(drops.size());
        for (String hash : drops) {
            out.writeInt(ids.get(hash));
        }
    }

    private static Set<String> names(DataInputStream in, String[] strings) throws IOException {
        String[] names = new String[in.readInt()];
        for (int i = 0; i < names.length; i++) {
            names[i] = strings[in.readInt()];
        }
        return Set.of(names); // compact, as the scanner's own; a damaged table with a repeated name fails here
    }
}
